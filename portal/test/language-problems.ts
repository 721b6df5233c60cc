import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { CATALOGUES, LANGUAGES, type Language } from '@usr/shared/i18n';

/**
 * What must never reach a page in `language`, derived from what produces text, not listed by hand:
 * the catalogue's keys (a missing translation shows its key), the SDL's enum values (from the
 * supergraph), another language's catalogue texts (for az and ru pages, every English text that
 * differs from its translation), ISO dates and months, the browser's Intl artefacts ("M04"), and
 * amounts written the other language's way.
 */
const supergraph = parse(readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'));

/** Values of the SDL's enums that read as codes (3+ characters, not a roman numeral); AZN is the English currency. */
export const ENUM_VALUES: readonly string[] = [
  ...new Set(
    supergraph.definitions.flatMap((d) => (d.kind === Kind.ENUM_TYPE_DEFINITION ? (d.values ?? []).map((v) => v.name.value) : [])),
  ),
].filter((v) => v.length >= 3 && !/^[IVX]+$/.test(v) && v !== 'AZN');

export const CATALOGUE_KEYS: readonly string[] = Object.keys(CATALOGUES.en);

/** The literal text of an ICU message, in pieces: arguments, plurals and selects cut out. */
const literalPieces = (message: string): string[] => {
  if (/\{[^{}]*,\s*(plural|select|selectordinal)/.test(message)) {
    // Keep what stands outside the first complex argument only.
    const start = message.search(/\{[^{}]*,\s*(plural|select|selectordinal)/);
    return literalPieces(message.slice(0, start));
  }
  return message
    .split(/\{[^{}]*\}/)
    .map((piece) => piece.replace(/^[\s.,:;·–—-]+|[\s.,:;·–—-]+$/g, ''))
    .filter((piece) => piece.length >= 4 && /\p{L}{3}/u.test(piece));
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bounded = (text: string, flags = 'u') => new RegExp(`(?<![\\p{L}\\p{N}_])${escape(text)}(?![\\p{L}\\p{N}_])`, flags);

const foreignPieces = new Map<Language, ReadonlyArray<{ piece: string; pattern: RegExp; from: Language }>>();

/** Another language's texts that cannot belong to `language` (absent from its own catalogue). */
const foreignFor = (language: Language) => {
  const cached = foreignPieces.get(language);
  if (cached) return cached;
  const own = Object.values(CATALOGUES[language]).join('\n');
  const pieces: Array<{ piece: string; pattern: RegExp; from: Language }> = [];
  for (const other of LANGUAGES.filter((l) => l !== language)) {
    for (const [key, text] of Object.entries(CATALOGUES[other])) {
      if (text === CATALOGUES[language][key as keyof (typeof CATALOGUES)['en']]) continue;
      for (const piece of literalPieces(text)) {
        if (bounded(piece).test(own)) continue;
        pieces.push({ piece, pattern: bounded(piece), from: other });
      }
    }
  }
  foreignPieces.set(language, pieces);
  return pieces;
};

/** Every problem with a page's text in `language`; empty when the page speaks only `language`. */
export const languageProblems = (text: string, language: Language): string[] => {
  const problems: string[] = [];
  for (const key of CATALOGUE_KEYS) if (text.includes(key)) problems.push(`catalogue key shown: ${key}`);
  for (const value of ENUM_VALUES) if (bounded(value).test(text)) problems.push(`enum value shown: ${value}`);
  for (const match of text.matchAll(/(?<![\d-])\d{4}-\d{2}(?:-\d{2})?(?![\d-])/g)) problems.push(`ISO date: ${match[0]}`);
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])M\d{2}(?![\p{L}\p{N}])/gu)) problems.push(`browser Intl artefact: ${match[0]}`);
  if (language === 'en') {
    for (const match of text.matchAll(/(?<![\d,.])\d+,\d{2}(?![\d,])/g)) problems.push(`amount written with a decimal comma: ${match[0]}`);
    if (text.includes('₼')) problems.push('manat sign on an English page (English writes AZN)');
    if (/\p{Script=Cyrillic}/u.test(text)) problems.push('Cyrillic text on an English page');
  } else {
    for (const match of text.matchAll(/(?<![\d.,])\d{1,3}(?:[ \u00A0,]\d{3})*\.\d{2}(?![\d.])/g)) problems.push(`amount written with a decimal point: ${match[0]}`);
    if (bounded('AZN').test(text)) problems.push(`AZN on a page in ${language} (it writes ₼)`);
    if (language === 'az' && /\p{Script=Cyrillic}/u.test(text)) problems.push('Cyrillic text on an Azerbaijani page');
  }
  for (const { piece, pattern, from } of foreignFor(language)) if (pattern.test(text)) problems.push(`text in ${from}: "${piece}"`);
  return [...new Set(problems)];
};
