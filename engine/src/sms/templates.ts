import { findTranslation, isMessageKey, toLanguage, translate, type Language, type MessageKey } from '@usr/shared/i18n';

/**
 * SMS texts in the person's language, from the registry's message catalogue (`sms.<KIND>`, with
 * the benefit's name `benefit.<CODE>` and the reason `reason.<CODE>`): amounts and dates formatted
 * per language. Values are amounts, dates, a branch address, never a PIN or a name.
 */
export type SmsLanguage = Language;

/** Every kind of SMS the engine sends: each has a text `sms.<KIND>` in every catalogue. */
export const SMS_KINDS = [
  'GRANTED_FIRST',
  'GRANTED',
  'GRANTED_ONE_TIME',
  'REFUSED',
  'TERM_ENDED',
  'ASSIGNMENT_ENDED',
  // A decision made again on corrected facts (flows/redecide.ts).
  'REDECIDED',
  'REDECIDED_STOPPED',
  // Each step of an appeal (flows/appeal-step.ts).
  'APPEAL_FILED',
  'APPEAL_REDECIDED',
  'APPEAL_IN_REVIEW',
  'APPEAL_UPHELD',
  'APPEAL_REFERRED',
  'APPEAL_SETTLED',
  // Renewal without an application (flows/renewal.ts).
  'RENEWED',
  'NOT_RENEWED',
  // Answers to a correction request: what was decided, and what happens next (no benefit named).
  'CORRECTION_CONFIRMED',
  'CORRECTION_CORRECTED',
  'CORRECTION_REJECTED',
  'CORRECTION_FORWARDED',
  // A month's payment reached the card, or the bank returned or rejected it.
  'PAYMENT_MADE',
  'PAYMENT_RETURNED',
  // The bank opened the card account: where and from when to collect the card (stream citizen).
  'CARD_READY',
  // changes stream (#13): a self-declared change that would raise an amount, at each step of its review.
  'CHANGE_REVIEW_OPENED',
  'CHANGE_REVIEW_CONFIRMED',
  'CHANGE_REVIEW_ACCEPTED',
  'CHANGE_REVIEW_REJECTED',
] as const;
export type SmsTemplate = (typeof SMS_KINDS)[number];

/** A person's stored language as one the registry writes in (Azerbaijani when unknown). */
export const normaliseLanguage = (language: string | null | undefined): SmsLanguage => toLanguage(language);

export type SmsValues = { benefitCode?: string | undefined; reasonCode?: string | undefined } & Record<string, string | undefined>;

/**
 * The SMS of a kind in a language. Amounts are Money strings ("405.99"), dates `YYYY-MM-DD`,
 * months `YYYY-MM`: the catalogue's message formats them. Throws when a value the text needs is
 * missing, so no SMS leaves half written.
 */
export const renderSms = (template: SmsTemplate, language: SmsLanguage, values: SmsValues): string => {
  const filled: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined) filled[name] = value;
  if (values.benefitCode) {
    const benefitKey = `benefit.${values.benefitCode}`;
    filled['benefit'] = isMessageKey(benefitKey) ? translate(language, benefitKey) : values.benefitCode;
  }
  if (values.reasonCode) filled['reason'] = findTranslation(language, `reason.${values.reasonCode}`) ?? translate(language, 'reason.NOT_ELIGIBLE');
  const key: MessageKey = `sms.${template}`;
  return translate(language, key, filled);
};
