/**
 * The legal basis of a rule parameter value: the act, its article and date, and what it says (or why
 * the value is a placeholder), the texts in every language the registry speaks. Stored with each
 * parameter version and shown in the reader's language wherever a decision names it.
 */
export interface LocalizedText {
  readonly az: string;
  readonly ru: string;
  readonly en: string;
}

export interface LegalBasis {
  readonly act: LocalizedText;
  readonly article: string | null;
  /** YYYY-MM-DD, the day the act was adopted, or null when not known. */
  readonly date: string | null;
  readonly text: LocalizedText;
}

export type LegalBasisLanguage = keyof LocalizedText;

/** The text in `language`; English when the language is not one the registry speaks. */
export const localized = (text: LocalizedText, language: string): string => text[(language.toLowerCase() as LegalBasisLanguage)] ?? text.en;
