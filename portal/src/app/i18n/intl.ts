import { useMemo } from 'react';
import { ReactIntlErrorCode, createIntl, createIntlCache, useIntl, type IntlShape } from 'react-intl';
import {
  CATALOGUES,
  FORMATS,
  formatDate,
  formatDateTime,
  formatMoney,
  formatMonth,
  formatNumber,
  formattersFor,
  isLanguage,
  isMessageKey,
  type Language,
  type MessageKey,
} from '@usr/shared/i18n';

// react-intl checks message ids against the registry's one catalogue (@usr/shared/i18n).
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageKey;
    }
  }
}

/**
 * react-intl for one language over the registry's catalogue, formatting the numbers, money, dates
 * and plurals inside messages with the registry's own formatters (the same as the server's and
 * the SMS's): react-intl hands this `formatters` object to intl-messageformat at each format, so
 * the browser's Intl (which has no Azerbaijani in Chromium) is never asked.
 */
export const createRegistryIntl = (language: Language): IntlShape => {
  const intl = createIntl(
    {
      locale: language,
      defaultLocale: 'az',
      messages: CATALOGUES[language],
      formats: FORMATS,
      onError: (error) => {
        // The runtime's missing locale data is expected and irrelevant: nothing formats with it.
        if (error.code !== ReactIntlErrorCode.MISSING_DATA) console.error(error.message);
      },
    },
    createIntlCache(),
  );
  Object.assign(intl.formatters, formattersFor(language));
  return intl;
};

export type MessageValues = Readonly<Record<string, string | number>>;

/** The reader's language, a message of the catalogue by key, and our formatters bound to the language. */
export interface Speech {
  readonly language: Language;
  readonly t: (key: MessageKey, values?: MessageValues) => string;
  /** The text of a code known only at run time (a String field): its catalogue entry, else a dash, never the raw code. */
  readonly code: (area: string, value: string) => string;
  readonly date: (value: string) => string;
  readonly dateTime: (value: string) => string;
  readonly month: (value: string) => string;
  readonly money: (value: string | number) => string;
  readonly number: (value: string | number) => string;
}

export const useSpeech = (): Speech => {
  const intl = useIntl();
  return useMemo(() => {
    const language = intl.locale as Language;
    return {
      language,
      t: (key, values) => intl.formatMessage({ id: key }, values),
      code: (area, value) => {
        const key = `${area}.${value}`;
        return isMessageKey(key) ? intl.formatMessage({ id: key }) : '—';
      },
      date: (value) => formatDate(value, language),
      dateTime: (value) => formatDateTime(value, language),
      month: (value) => formatMonth(value, language),
      money: (value) => formatMoney(value, language),
      number: (value) => formatNumber(value, language),
    };
  }, [intl]);
};

const STORAGE_KEY = 'usr.portal.lang';

/** The remembered choice, else the browser's language when it is one of ours, else Azerbaijani. */
export const initialLanguage = (): Language => {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // storage blocked: fall through
  }
  const browser = navigator.language.slice(0, 2).toLowerCase();
  return isLanguage(browser) ? browser : 'az';
};

export const rememberLanguage = (language: Language): void => {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
};
