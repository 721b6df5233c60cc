/**
 * SMS texts in the person's language (az, ru, en). Each message is one template with `{placeholders}`;
 * values are amounts, dates, a branch address, never a PIN or a name.
 */
export type SmsLanguage = 'az' | 'ru' | 'en';

export type SmsTemplate =
  | 'GRANTED_FIRST'
  | 'GRANTED'
  | 'GRANTED_ONE_TIME'
  | 'REFUSED'
  | 'TERM_ENDED'
  | 'ASSIGNMENT_ENDED'
  | 'CORRECTION_CONFIRMED'
  | 'CORRECTION_CORRECTED'
  | 'CORRECTION_REJECTED'
  | 'CORRECTION_FORWARDED';

const BENEFIT_NAMES: Record<string, Record<SmsLanguage, string>> = {
  TSA: { az: 'Ünvanlı dövlət sosial yardımı', ru: 'Адресная государственная социальная помощь', en: 'Targeted State Social Assistance' },
  OLD_AGE_PENSION: { az: 'Yaşa görə əmək pensiyası', ru: 'Трудовая пенсия по возрасту', en: 'Old-age labour pension' },
  DISABILITY_PENSION: { az: 'Əlilliyə görə əmək pensiyası', ru: 'Трудовая пенсия по инвалидности', en: 'Disability labour pension' },
  DISABILITY_ALLOWANCE: { az: 'Əlilliyə görə sosial müavinət', ru: 'Социальное пособие по инвалидности', en: 'Social allowance for disability' },
  SURVIVOR_PENSION: { az: 'Ailə başçısını itirməyə görə pensiya', ru: 'Пенсия по случаю потери кормильца', en: "Survivor's labour pension" },
  BIRTH_GRANT: { az: 'Uşağın doğulmasına görə birdəfəlik müavinət', ru: 'Единовременное пособие при рождении ребёнка', en: 'One-time birth grant' },
  CHILD_UNDER_ONE: { az: 'Bir yaşınadək uşağa görə müavinət', ru: 'Пособие на ребёнка до одного года', en: 'Allowance for a child under one' },
};

const TEMPLATES: Record<SmsTemplate, Record<SmsLanguage, string>> = {
  GRANTED_FIRST: {
    az: '{benefit}: {from} tarixindən ayda {amount} AZN təyin edildi. Bank kartını {pickupDate} tarixindən {branch} ünvanından götürün.',
    ru: '{benefit}: назначено {amount} AZN в месяц с {from}. Банковскую карту получите с {pickupDate} по адресу: {branch}.',
    en: '{benefit}: granted {amount} AZN a month from {from}. Collect your bank card from {pickupDate} at {branch}.',
  },
  GRANTED: {
    az: '{benefit}: {from} tarixindən ayda {amount} AZN təyin edildi. Ödəniş kartınıza köçürüləcək.',
    ru: '{benefit}: назначено {amount} AZN в месяц с {from}. Выплата поступит на вашу карту.',
    en: '{benefit}: granted {amount} AZN a month from {from}. It will be paid to your card.',
  },
  GRANTED_ONE_TIME: {
    az: '{benefit}: {amount} AZN birdəfəlik təyin edildi, {month} ayında kartınıza ödəniləcək.',
    ru: '{benefit}: назначено единовременно {amount} AZN, выплата на карту в {month}.',
    en: '{benefit}: a one-time {amount} AZN is granted, paid to your card in {month}.',
  },
  REFUSED: {
    az: '{benefit}: müraciətiniz rədd edildi ({reason}). Ətraflı izah e-sosial.az portalındadır.',
    ru: '{benefit}: в назначении отказано ({reason}). Подробное объяснение на портале e-sosial.az.',
    en: '{benefit}: refused ({reason}). The full explanation is on the e-sosial.az portal.',
  },
  TERM_ENDED: {
    az: '{benefit}: təyinatın müddəti {to} tarixində bitdi. Davam etmək üçün yenidən müraciət edin.',
    ru: '{benefit}: срок назначения истёк {to}. Чтобы продолжить, подайте заявление снова.',
    en: '{benefit}: your assignment ended on {to}. Apply again to continue receiving it.',
  },
  ASSIGNMENT_ENDED: {
    az: '{benefit}: ödəniş {to} tarixindən dayandırıldı ({reason}).',
    ru: '{benefit}: выплата прекращена с {to} ({reason}).',
    en: '{benefit}: payment stopped from {to} ({reason}).',
  },
  // Answers to a correction request: what was decided, and what happens next.
  CORRECTION_CONFIRMED: {
    az: 'Məlumatın düzəldilməsi sorğunuza baxıldı: məlumat olduğu kimi qalır. Səbəbi e-sosial.az portalındadır; bu məlumata əsaslanan qərardan orada şikayət edə bilərsiniz.',
    ru: 'Ваш запрос об исправлении сведений рассмотрен: сведения остаются без изменений. Причина указана на портале e-sosial.az; там же можно обжаловать решение, основанное на них.',
    en: 'Your request to correct a record was reviewed: the record stays as it is. The reason is on the e-sosial.az portal, where you can appeal a decision based on it.',
  },
  CORRECTION_CORRECTED: {
    az: 'Məlumatın düzəldilməsi sorğunuz təmin edildi: qurum məlumatı düzəltdi. Ondan istifadə edən qərarlar avtomatik yoxlanılacaq; dəyişiklik olsa, SMS alacaqsınız.',
    ru: 'Ваш запрос удовлетворён: ведомство исправило сведения. Решения, основанные на них, будут пересмотрены автоматически; об изменениях вы получите SMS.',
    en: 'Your request was granted: the agency corrected the record. Decisions that used it are re-checked automatically; you will get an SMS if anything changes.',
  },
  CORRECTION_REJECTED: {
    az: 'Məlumatın düzəldilməsi sorğunuz rədd edildi. Səbəbi e-sosial.az portalındadır; bu məlumata əsaslanan qərardan orada şikayət edə bilərsiniz.',
    ru: 'Ваш запрос об исправлении сведений отклонён. Причина указана на портале e-sosial.az; там же можно обжаловать решение, основанное на этих сведениях.',
    en: 'Your request to correct a record was rejected. The reason is on the e-sosial.az portal, where you can appeal a decision based on it.',
  },
  CORRECTION_FORWARDED: {
    az: 'Məlumatın düzəldilməsi sorğunuz yoxlanılması üçün məlumatı verən quruma göndərildi. Qurum cavab verəndə SMS alacaqsınız.',
    ru: 'Ваш запрос об исправлении сведений передан на проверку ведомству, которое их предоставило. Когда оно ответит, вы получите SMS.',
    en: 'Your request to correct a record was sent to the agency that supplied it, to check. You will get an SMS when it answers.',
  },
};

const REASONS: Record<string, Record<SmsLanguage, string>> = {
  INCOME_ABOVE_NEED_CRITERION: { az: 'gəlir ehtiyac meyarından yüksəkdir', ru: 'доход выше критерия нуждаемости', en: 'income above the need criterion' },
  ABLE_BODIED_ADULT_WITHOUT_REASON: { az: 'əmək qabiliyyətli üzvün üzrlü səbəbi yoxdur', ru: 'у трудоспособного члена семьи нет уважительной причины', en: 'an able-bodied adult has no valid reason' },
  NOT_WITHDRAWN: { az: 'vəsait 2 ay çıxarılmayıb', ru: 'средства не снимались 2 месяца', en: 'not withdrawn for 2 months' },
  CHILD_TURNED_ONE: { az: 'uşaq bir yaşına çatıb', ru: 'ребёнку исполнился год', en: 'the child turned one' },
  DEATH: { az: 'vəfat', ru: 'смерть', en: 'death' },
};

export const normaliseLanguage = (language: string | null | undefined): SmsLanguage => {
  const l = (language ?? '').toLowerCase();
  return l === 'ru' || l === 'en' ? l : 'az';
};

/** Renders a template in a language; unknown placeholders stay visible rather than vanish. */
export const renderSms = (template: SmsTemplate, language: SmsLanguage, values: { benefitCode?: string; reasonCode?: string } & Record<string, string | undefined>): string => {
  const all: Record<string, string | undefined> = {
    ...values,
    benefit: values.benefitCode ? (BENEFIT_NAMES[values.benefitCode]?.[language] ?? values.benefitCode) : undefined,
    reason: values.reasonCode ? (REASONS[values.reasonCode]?.[language] ?? values.reasonCode) : undefined,
  };
  return TEMPLATES[template][language].replace(/\{(\w+)\}/g, (whole, key: string) => all[key] ?? whole);
};
