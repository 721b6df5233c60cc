import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { PluralRules } from '@formatjs/intl-pluralrules';
import { describe, expect, it } from 'vitest';
import { formatMoney } from './format.ts';
import { LANGUAGES, type Language } from './languages.ts';
import { pluralRules } from './plural-rules.ts';
import { CATALOGUES, translate } from './translate.ts';

/**
 * Every argument a message uses and how it is shown: "amount:money", "from:day", "month:month",
 * "reason:select"; a count is "n:value" whether it is plain, a number or a plural (languages
 * differ in which counts need a plural).
 */
const argumentsOf = (elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> => {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        into.add(`${element.value}:value`);
        break;
      case TYPE.number:
        into.add(`${element.value}:${element.style === 'money' ? 'money' : 'value'}`);
        break;
      case TYPE.date:
      case TYPE.time:
        into.add(`${element.value}:${typeof element.style === 'string' ? element.style : 'unnamed date style'}`);
        break;
      case TYPE.plural:
        into.add(`${element.value}:value`);
        for (const option of Object.values(element.options)) argumentsOf(option.value, into);
        break;
      case TYPE.select:
        into.add(`${element.value}:select`);
        for (const option of Object.values(element.options)) argumentsOf(option.value, into);
        break;
      case TYPE.tag:
        argumentsOf(element.children, into);
        break;
      case TYPE.literal:
      case TYPE.pound:
        break;
    }
  }
  return into;
};

const KNOWN_STYLES = new Set(['value', 'money', 'day', 'month', 'select']);

describe('the message catalogues', () => {
  const reference = CATALOGUES.en;

  it.each(LANGUAGES)('%s has exactly the English keys, each message valid ICU with the same arguments', (language) => {
    const catalogue = CATALOGUES[language];
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(reference).sort());
    for (const [key, message] of Object.entries(catalogue)) {
      const used = argumentsOf(parse(message));
      expect({ key, arguments: [...used].sort() }).toEqual({ key, arguments: [...argumentsOf(parse(reference[key as keyof typeof reference]))].sort() });
      for (const argument of used) expect({ key, argument, known: KNOWN_STYLES.has(argument.split(':')[1] ?? '') }).toEqual({ key, argument, known: true });
      expect({ key, empty: message.trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it.each(LANGUAGES)('%s writes the currency in its texts as its money format does (a label too)', (language) => {
    // The currency as formatMoney writes it per language (₼ in az and ru, AZN in en).
    const currency = (l: Language) => formatMoney('1.00', l).replace(/[\d\s.,]/gu, '');
    const foreign = new Set(LANGUAGES.map(currency).filter((c) => c !== currency(language)));
    const wrong = Object.entries(CATALOGUES[language]).filter(([, message]) => [...foreign].some((c) => message.includes(c)));
    expect(wrong).toEqual([]);
  });

  it('uses bundled CLDR plural rules: Russian one/few/many, Azerbaijani one/other', () => {
    const ru = pluralRules('ru');
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => ru.select(n))).toEqual(['one', 'few', 'many', 'many', 'one', 'few', 'many', 'many']);
    expect([1, 2, 5].map((n) => pluralRules('az').select(n))).toEqual(['one', 'other', 'other']);
    expect(pluralRules('en').select(1)).toBe('one');
    // FormatJS's implementation with its bundled data, never the runtime's (Chromium lacks az).
    for (const language of LANGUAGES) expect(pluralRules(language)).toBeInstanceOf(PluralRules);
  });

  it('fills plurals, money and dates in the reader’s language', () => {
    expect(translate('ru', 'step.TSA_MEMBERS', { date: '2026-12-06', members: 2 })).toBe('На 06.12.2026 в вашей семье 2 человека.');
    expect(translate('ru', 'step.TSA_MEMBERS', { date: '2026-12-06', members: '5' })).toBe('На 06.12.2026 в вашей семье 5 человек.');
    expect(translate('en', 'step.TSA_MEMBERS', { date: '2026-12-06', members: 1 })).toBe('On 6 December 2026 your family has 1 member.');
    expect(translate('az', 'step.TSA_GRANTED', { amount: '405.99', from: '2026-12-01', to: '2027-11-30' })).toBe(
      'Təyin edildi: 01.12.2026 tarixindən 30.11.2027 tarixinədək ayda 405,99\u00A0₼.',
    );
    expect(translate('en', 'step.TSA_INCOME_TOTAL', { from: '2025-12', to: '2026-11', total: '3960.00' })).toBe(
      'The income of all members from December 2025 to November 2026 is 3,960.00 AZN.',
    );
  });
});
