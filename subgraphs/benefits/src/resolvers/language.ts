import type { ExplanationLanguage } from '@usr/shared';
import type { Language } from '../generated/resolvers-types.ts';

/** The GraphQL enum (AZ, RU, EN) and the registry's language codes (az, ru, en). */
export const fromLanguage = (language: Language | null | undefined): ExplanationLanguage => (language ?? 'EN').toLowerCase() as ExplanationLanguage;
export const toLanguage = (language: ExplanationLanguage): Language => language.toUpperCase() as Language;
