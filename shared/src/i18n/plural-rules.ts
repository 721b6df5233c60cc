import { PluralRules } from '@formatjs/intl-pluralrules';
// CLDR plural data for our three languages, bundled: Chromium ships no Azerbaijani locale data, and
// Node's depends on how it was built, so plural choice must not depend on the runtime.
import '@formatjs/intl-pluralrules/locale-data/az.js';
import '@formatjs/intl-pluralrules/locale-data/ru.js';
import '@formatjs/intl-pluralrules/locale-data/en.js';
import type { Language } from './languages.ts';

type LocaleData = Parameters<typeof PluralRules.__addLocaleData>[0];
interface FormatjsGlobal {
  __FORMATJS_PLURALRULES_DATA__?: LocaleData[];
}

// FormatJS's locale-data modules hand their data to a global Intl.PluralRules polyfill when one is
// installed, else park it in a buffer for one: we take it from the buffer into the ponyfill class
// and leave the runtime's own Intl untouched.
const buffer = (globalThis as FormatjsGlobal).__FORMATJS_PLURALRULES_DATA__;
if (buffer) {
  PluralRules.__addLocaleData(...buffer);
  delete (globalThis as FormatjsGlobal).__FORMATJS_PLURALRULES_DATA__;
}
const polyfilled = (Intl.PluralRules as unknown as { polyfilled?: boolean }).polyfilled === true;
const Rules: typeof Intl.PluralRules = polyfilled ? Intl.PluralRules : (PluralRules as unknown as typeof Intl.PluralRules);
for (const language of ['az', 'ru', 'en'] satisfies Language[]) {
  // A missing language would silently fall back to another's rules: refuse to start instead.
  if (Rules.supportedLocalesOf(language).length === 0) throw new Error(`Plural rules for "${language}" are not bundled.`);
}

const cache = new Map<string, Intl.PluralRules>();

/** CLDR plural rules for one of our languages, cardinal or ordinal, from the bundled data. */
export const pluralRules = (language: Language, type: Intl.PluralRuleType = 'cardinal'): Intl.PluralRules => {
  const key = `${language}/${type}`;
  let rules = cache.get(key);
  if (!rules) {
    rules = new Rules(language, { type });
    cache.set(key, rules);
  }
  return rules;
};
