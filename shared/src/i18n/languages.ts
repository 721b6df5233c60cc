/** The languages the registry speaks to people in; Azerbaijani is the default (the state language). */
export const LANGUAGES = ['az', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'az';

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** A stored or requested language ("RU", "ru-RU", null) as one of ours; anything else is Azerbaijani. */
export const toLanguage = (value: string | null | undefined): Language => {
  const primary = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : DEFAULT_LANGUAGE;
};
