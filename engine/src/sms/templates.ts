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
  | 'REDECIDED'
  | 'REDECIDED_STOPPED'
  | 'APPEAL_FILED'
  | 'APPEAL_REDECIDED'
  | 'APPEAL_IN_REVIEW'
  | 'APPEAL_UPHELD'
  | 'APPEAL_REFERRED'
  | 'APPEAL_SETTLED'
  | 'RENEWED'
  | 'NOT_RENEWED';

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
  REDECIDED: {
    az: '{benefit}: məlumat düzəldildiyi üçün qərar yenidən verildi: {from} tarixindən ayda {amount} AZN. Əvvəlki aylar üzrə sizə çatacaq: {arrears} AZN; geri qaytarılacaq artıq ödəniş: {overpayment} AZN. İzah e-sosial.az portalındadır.',
    ru: '{benefit}: решение принято заново по исправленным данным: {amount} AZN в месяц с {from}. Доплата за прошлые месяцы: {arrears} AZN; переплата к удержанию: {overpayment} AZN. Объяснение на портале e-sosial.az.',
    en: '{benefit}: decided again on corrected facts: {amount} AZN a month from {from}. Owed to you for past months: {arrears} AZN; overpaid, to be recovered: {overpayment} AZN. The explanation is on the e-sosial.az portal.',
  },
  REDECIDED_STOPPED: {
    az: '{benefit}: məlumat düzəldildiyi üçün qərar yenidən verildi: ödəniş {from} tarixindən dayandırılır ({reason}). Geri qaytarılacaq artıq ödəniş: {overpayment} AZN. İzah e-sosial.az portalındadır.',
    ru: '{benefit}: решение принято заново по исправленным данным: выплата прекращается с {from} ({reason}). Переплата к удержанию: {overpayment} AZN. Объяснение на портале e-sosial.az.',
    en: '{benefit}: decided again on corrected facts: payment stops from {from} ({reason}). Overpaid, to be recovered: {overpayment} AZN. The explanation is on the e-sosial.az portal.',
  },
  APPEAL_FILED: {
    az: '{benefit}: şikayətiniz qəbul edildi. Qərar əvvəlcə bugünkü məlumatlarla yenidən yoxlanılacaq.',
    ru: '{benefit}: ваша жалоба принята. Сначала решение будет проверено заново по сегодняшним данным.',
    en: '{benefit}: your appeal was received. The decision is first checked again on today’s facts.',
  },
  APPEAL_REDECIDED: {
    az: '{benefit}: şikayətiniz üzrə qərar yenidən verildi. Razı deyilsinizsə, e-sosial.az portalında şikayəti davam etdirin.',
    ru: '{benefit}: по вашей жалобе решение принято заново. Если вы не согласны, продолжите жалобу на портале e-sosial.az.',
    en: '{benefit}: on your appeal the decision was made again. If you still disagree, pursue the appeal on the e-sosial.az portal.',
  },
  APPEAL_IN_REVIEW: {
    az: '{benefit}: şikayətiniz apellyasiya əməkdaşına göndərildi, {deadline} tarixinədək baxılacaq.',
    ru: '{benefit}: ваша жалоба передана сотруднику по апелляциям и будет рассмотрена до {deadline}.',
    en: '{benefit}: your appeal went to an appeals officer and will be reviewed by {deadline}.',
  },
  APPEAL_UPHELD: {
    az: '{benefit}: şikayətinizə baxıldı, qərar qüvvədə qalır. Səbəb e-sosial.az portalındadır.',
    ru: '{benefit}: жалоба рассмотрена, решение остаётся в силе. Причина указана на портале e-sosial.az.',
    en: '{benefit}: your appeal was reviewed and the decision stands. The reason is on the e-sosial.az portal.',
  },
  APPEAL_REFERRED: {
    az: '{benefit}: şikayətiniz üzrə bir məlumat yoxlanılması üçün onu verən quruma göndərildi. Düzəliş olarsa, qərar avtomatik yenidən veriləcək.',
    ru: '{benefit}: по вашей жалобе одно из сведений отправлено на проверку в ведомство, которое его предоставило. Если его исправят, решение будет принято заново автоматически.',
    en: '{benefit}: on your appeal a fact was sent to the agency that supplied it to be checked. If it is corrected, the decision is made again automatically.',
  },
  APPEAL_SETTLED: {
    az: '{benefit}: şikayətiniz düzəldilmiş məlumatlar əsasında yeni qərarla həll olundu. İzah e-sosial.az portalındadır.',
    ru: '{benefit}: ваша жалоба решена новым решением по исправленным данным. Объяснение на портале e-sosial.az.',
    en: '{benefit}: your appeal was settled by a new decision on corrected facts. The explanation is on the e-sosial.az portal.',
  },
  RENEWED: {
    az: '{benefit}: yardım yeni müraciət olmadan {from} tarixindən ayda {amount} AZN məbləğində uzadıldı.',
    ru: '{benefit}: помощь продлена без нового заявления: {amount} AZN в месяц с {from}.',
    en: '{benefit}: renewed without a new application: {amount} AZN a month from {from}.',
  },
  NOT_RENEWED: {
    az: '{benefit}: yardım {to} tarixindən sonra uzadılmır ({reason}). İzah e-sosial.az portalındadır.',
    ru: '{benefit}: помощь не продлевается после {to} ({reason}). Объяснение на портале e-sosial.az.',
    en: '{benefit}: not renewed after {to} ({reason}). The explanation is on the e-sosial.az portal.',
  },
};

const REASONS: Record<string, Record<SmsLanguage, string>> = {
  INCOME_ABOVE_NEED_CRITERION: { az: 'gəlir ehtiyac meyarından yüksəkdir', ru: 'доход выше критерия нуждаемости', en: 'income above the need criterion' },
  ABLE_BODIED_ADULT_WITHOUT_REASON: { az: 'əmək qabiliyyətli üzvün üzrlü səbəbi yoxdur', ru: 'у трудоспособного члена семьи нет уважительной причины', en: 'an able-bodied adult has no valid reason' },
  NOT_WITHDRAWN: { az: 'vəsait 2 ay çıxarılmayıb', ru: 'средства не снимались 2 месяца', en: 'not withdrawn for 2 months' },
  CHILD_TURNED_ONE: { az: 'uşaq bir yaşına çatıb', ru: 'ребёнку исполнился год', en: 'the child turned one' },
  DEATH: { az: 'vəfat', ru: 'смерть', en: 'death' },
  BELOW_PENSION_AGE: { az: 'pensiya yaşına çatmayıb', ru: 'не достигнут пенсионный возраст', en: 'pension age not reached' },
  INSUFFICIENT_INSURED_YEARS: { az: 'sığorta stajı kifayət deyil', ru: 'недостаточный страховой стаж', en: 'not enough insured years' },
  NO_DISABILITY: { az: 'əlillik müəyyən edilməyib', ru: 'инвалидность не установлена', en: 'no disability determined' },
};

export const normaliseLanguage = (language: string | null | undefined): SmsLanguage => {
  const l = (language ?? '').toLowerCase();
  return l === 'ru' || l === 'en' ? l : 'az';
};

/** Renders a template in a language; unknown placeholders stay visible rather than vanish. */
export const renderSms = (template: SmsTemplate, language: SmsLanguage, values: { benefitCode: string; reasonCode?: string } & Record<string, string | undefined>): string => {
  const all: Record<string, string | undefined> = {
    ...values,
    benefit: BENEFIT_NAMES[values.benefitCode]?.[language] ?? values.benefitCode,
    reason: values.reasonCode ? (REASONS[values.reasonCode]?.[language] ?? values.reasonCode) : undefined,
  };
  return TEMPLATES[template][language].replace(/\{(\w+)\}/g, (whole, key: string) => all[key] ?? whole);
};
