import type { Language } from '@usr/shared/i18n';
import type { Language as LanguageEnum } from '../generated/resolvers-types.ts';

/** The GraphQL enum (AZ, RU, EN) and the registry's language codes (az, ru, en). */
export const fromLanguage = (language: LanguageEnum | null | undefined): Language => (language ?? 'EN').toLowerCase() as Language;
export const toLanguage = (language: Language): LanguageEnum => language.toUpperCase() as LanguageEnum;
