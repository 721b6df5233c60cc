/**
 * Everything the registry says to a person, in az, ru and en: the ICU message catalogues
 * (FormatJS intl-messageformat), bundled CLDR plural rules, and our own date/number/money
 * formatters. Imports nothing Node-only: the portal imports this module as `@usr/shared/i18n`.
 */
export * from './languages.ts';
export * from './format.ts';
export * from './plural-rules.ts';
export * from './translate.ts';
export * from './purposes.ts';
export * from './fact-fields.ts';
