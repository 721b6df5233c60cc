// Type-aware lint for TypeScript (the portal's React with the hooks rules), and lint for the SDL in schema/.
import tseslint from 'typescript-eslint';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/generated/**', '**/dist/**', 'portal/dist/**', '.data/**', 'schema/supergraph.graphql'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['portal/src/**/*.ts', 'portal/src/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // Dates, numbers and money are formatted by @usr/shared/i18n (useSpeech): Chromium has no
      // Azerbaijani locale data, so the browser's Intl would print "1990 M04 12".
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Intl']", message: 'Format with useSpeech() (@usr/shared/i18n), never the browser Intl.' },
        { selector: 'CallExpression[callee.property.name=/^toLocale/]', message: 'Format with useSpeech() (@usr/shared/i18n), never toLocale*String.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-intl',
              importNames: ['FormattedDate', 'FormattedTime', 'FormattedNumber', 'FormattedDateParts', 'FormattedNumberParts', 'FormattedTimeParts', 'FormattedRelativeTime', 'FormattedDateTimeRange', 'FormattedPlural'],
              message: 'Format with useSpeech() (@usr/shared/i18n): react-intl would use the browser Intl.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/test/**/*.ts', '**/*.test.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['schema/*.graphql'],
    languageOptions: { parser: graphqlPlugin.parser },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      '@graphql-eslint/require-description': ['error', { types: true, FieldDefinition: true, EnumValueDefinition: true, InputValueDefinition: true }],
      '@graphql-eslint/naming-convention': ['error', { types: 'PascalCase', FieldDefinition: 'camelCase', EnumValueDefinition: 'UPPER_CASE', InputValueDefinition: 'camelCase' }],
      '@graphql-eslint/no-hashtag-description': 'error',
      '@graphql-eslint/unique-enum-value-names': 'error',
    },
  },
);
