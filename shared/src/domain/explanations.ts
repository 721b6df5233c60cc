import { findBenefitType } from './benefit-catalogue.ts';

/**
 * Decisions in plain language, in the three languages of the registry (az, ru, en), kept in ONE
 * place: the decision engine records a step's `code` and `values` (strings), the benefits subgraph
 * renders them with these templates, the portal shows the result. A template names its
 * placeholders in braces, `{amount}`, filled from the step's values; a step with no code, an
 * unknown code or a value missing falls back to the step's own description, so nothing is ever
 * shown half filled.
 */

export const EXPLANATION_LANGUAGES = ['az', 'ru', 'en'] as const;
export type ExplanationLanguage = (typeof EXPLANATION_LANGUAGES)[number];

type Phrases = Readonly<Record<ExplanationLanguage, string>>;

/** Step templates by step code. Amounts are in manats, dates `YYYY-MM-DD`, as the engine records them. */
export const STEP_TEMPLATES: Readonly<Record<string, Phrases>> = {
  TSA_REASSESSED: {
    en: 'Your family’s circumstances changed: the assistance is {amount} AZN a month from {from} to {to} (it was {previous} AZN).',
    az: 'Ailənizin vəziyyəti dəyişdi: yardım {from} tarixindən {to} tarixinədək ayda {amount} AZN-dir (əvvəl {previous} AZN idi).',
    ru: 'Обстоятельства вашей семьи изменились: помощь составляет {amount} AZN в месяц с {from} по {to} (было {previous} AZN).',
  },
  TSA_REASSESSED_ENDED: {
    en: 'Your family’s circumstances changed: the assistance ({previous} AZN a month) ends on {to}.',
    az: 'Ailənizin vəziyyəti dəyişdi: yardım (ayda {previous} AZN) {to} tarixində bitir.',
    ru: 'Обстоятельства вашей семьи изменились: помощь ({previous} AZN в месяц) прекращается {to}.',
  },
  TSA_DECLARATION_NOT_RAISING: {
    en: 'A change you reported would raise the assistance: it is counted once the agency confirms it.',
    az: 'Bildirdiyiniz dəyişiklik yardımı artırardı: qurum onu təsdiq edəndə nəzərə alınacaq.',
    ru: 'Сообщённое вами изменение увеличило бы помощь: оно будет учтено после подтверждения ведомством.',
  },
  TSA_MEMBERS: {
    en: 'Your family had {members} members on the application date.',
    az: 'Müraciət tarixində ailənizin {members} üzvü var idi.',
    ru: 'На дату заявления в вашей семье было {members} чел.',
  },
  TSA_INCOME_TOTAL: {
    en: 'Your family’s income in the 12 months before the application was {total} AZN.',
    az: 'Müraciətdən əvvəlki 12 ayda ailənizin gəliri {total} AZN olub.',
    ru: 'Доход вашей семьи за 12 месяцев до заявления составил {total} AZN.',
  },
  TSA_INCOME_AVERAGE: {
    en: 'That is {average} AZN a month on average.',
    az: 'Bu, ayda orta hesabla {average} AZN deməkdir.',
    ru: 'Это в среднем {average} AZN в месяц.',
  },
  TSA_NEED: {
    en: 'The need criterion is {criterion} AZN a month per person, {need} AZN for your family.',
    az: 'Ehtiyac meyarı hər nəfərə ayda {criterion} AZN, ailəniz üçün {need} AZN-dir.',
    ru: 'Критерий нуждаемости — {criterion} AZN в месяц на человека, для вашей семьи {need} AZN.',
  },
  TSA_BELOW_NEED: {
    en: 'Your average income ({average} AZN) is below the need criterion ({need} AZN).',
    az: 'Orta gəliriniz ({average} AZN) ehtiyac meyarından ({need} AZN) aşağıdır.',
    ru: 'Ваш средний доход ({average} AZN) ниже критерия нуждаемости ({need} AZN).',
  },
  TSA_ABOVE_NEED: {
    en: 'Your average income ({average} AZN) is not below the need criterion ({need} AZN).',
    az: 'Orta gəliriniz ({average} AZN) ehtiyac meyarından ({need} AZN) aşağı deyil.',
    ru: 'Ваш средний доход ({average} AZN) не ниже критерия нуждаемости ({need} AZN).',
  },
  TSA_ABLE_BODIED_WITHOUT_REASON: {
    en: '{adults} able-bodied adult member(s) of working age have no recorded reason for not working.',
    az: 'Əmək qabiliyyətli yaşda olan {adults} üzvün işləməməsi üçün qeydə alınmış səbəb yoxdur.',
    ru: 'У {adults} трудоспособных взрослых членов семьи нет зарегистрированной причины не работать.',
  },
  TSA_AMOUNT: {
    en: 'Assistance is the need minus the income: {need} − {average} = {amount} AZN a month.',
    az: 'Yardım ehtiyacdan gəlirin çıxılmasıdır: {need} − {average} = ayda {amount} AZN.',
    ru: 'Помощь — это потребность минус доход: {need} − {average} = {amount} AZN в месяц.',
  },
  TSA_INFANT_SUPPLEMENT: {
    en: 'Plus {supplement} AZN a month for each of {children} child(ren) under one: {amount} AZN.',
    az: 'Üstəgəl bir yaşınadək {children} uşağın hər biri üçün ayda {supplement} AZN: {amount} AZN.',
    ru: 'Плюс {supplement} AZN в месяц на каждого из {children} детей до года: {amount} AZN.',
  },
  TERM: {
    en: 'Assigned from {from} to {to}.',
    az: '{from} tarixindən {to} tarixinədək təyin edilib.',
    ru: 'Назначено с {from} по {to}.',
  },
  PENSION_AGE_REACHED: {
    en: 'You are {age}: the pension age is {pensionAge}.',
    az: 'Sizin {age} yaşınız var: pensiya yaşı {pensionAge}-dir.',
    ru: 'Вам {age} лет: пенсионный возраст — {pensionAge}.',
  },
  PENSION_AGE_NOT_REACHED: {
    en: 'You are {age}: the pension age, {pensionAge}, is not reached yet.',
    az: 'Sizin {age} yaşınız var: pensiya yaşına ({pensionAge}) hələ çatmamısınız.',
    ru: 'Вам {age} лет: пенсионный возраст ({pensionAge}) ещё не наступил.',
  },
  INSURED_YEARS: {
    en: 'Your insurance record is {years} years; the minimum is {minimum}.',
    az: 'Sığorta stajınız {years} ildir; minimum {minimum} ildir.',
    ru: 'Ваш страховой стаж — {years} лет; минимум — {minimum}.',
  },
  DISABILITY_DETERMINED: {
    en: 'A disability was determined by the medical and social expertise commission.',
    az: 'Tibbi-sosial ekspert komissiyası tərəfindən əlillik müəyyən edilib.',
    ru: 'Медико-социальная экспертная комиссия установила инвалидность.',
  },
  BIRTH_REGISTERED: {
    en: 'The birth of a child was registered on {birthDate}.',
    az: 'Uşağın doğumu {birthDate} tarixində qeydə alınıb.',
    ru: 'Рождение ребёнка зарегистрировано {birthDate}.',
  },
  CHILD_UNDER_ONE: {
    en: 'A child under one lives in a family that receives targeted social assistance.',
    az: 'Ünvanlı sosial yardım alan ailədə bir yaşınadək uşaq yaşayır.',
    ru: 'В семье, получающей адресную социальную помощь, живёт ребёнок до года.',
  },
  SURVIVOR_DEPENDANTS: {
    en: 'The breadwinner died on {deathDate}; {dependants} dependant(s) live in the household.',
    az: 'Ailə başçısı {deathDate} tarixində vəfat edib; ailədə {dependants} himayədə olan şəxs yaşayır.',
    ru: 'Кормилец умер {deathDate}; в семье {dependants} иждивенцев.',
  },
  MONTHLY_AMOUNT: {
    en: 'The amount is {amount} AZN a month.',
    az: 'Məbləğ ayda {amount} AZN-dir.',
    ru: 'Сумма — {amount} AZN в месяц.',
  },
  ONE_TIME_AMOUNT: {
    en: 'A one-time payment of {amount} AZN.',
    az: 'Birdəfəlik {amount} AZN ödəniş.',
    ru: 'Единовременная выплата {amount} AZN.',
  },
};

/** Why a benefit was refused, by reason code, completing "refused because ...". */
export const REASON_PHRASES: Readonly<Record<string, Phrases>> = {
  INCOME_ABOVE_NEED_CRITERION: {
    en: 'the family’s average monthly income is not below the need criterion',
    az: 'ailənin orta aylıq gəliri ehtiyac meyarından aşağı deyil',
    ru: 'средний месячный доход семьи не ниже критерия нуждаемости',
  },
  ABLE_BODIED_ADULT_WITHOUT_REASON: {
    en: 'an able-bodied adult of working age has no recorded reason for not working',
    az: 'əmək qabiliyyətli yaşda olan yetkin üzvün işləməməsi üçün qeydə alınmış səbəb yoxdur',
    ru: 'у трудоспособного взрослого члена семьи нет зарегистрированной причины не работать',
  },
  PENSION_AGE_NOT_REACHED: {
    en: 'the pension age is not reached yet',
    az: 'pensiya yaşına hələ çatılmayıb',
    ru: 'пенсионный возраст ещё не наступил',
  },
  INSUFFICIENT_INSURED_YEARS: {
    en: 'the insurance record is shorter than the minimum',
    az: 'sığorta stajı minimumdan azdır',
    ru: 'страховой стаж меньше минимального',
  },
  NOT_ELIGIBLE: {
    en: 'the conditions of the benefit are not met',
    az: 'müavinətin şərtləri ödənilmir',
    ru: 'условия пособия не выполнены',
  },
};

/** Benefit names by catalogue code; English falls back to the catalogue's own name. */
const BENEFIT_NAMES: Readonly<Record<string, Omit<Phrases, 'en'>>> = {
  TSA: { az: 'ünvanlı dövlət sosial yardımı', ru: 'адресная государственная социальная помощь' },
  OLD_AGE_PENSION: { az: 'yaşa görə əmək pensiyası', ru: 'трудовая пенсия по возрасту' },
  DISABILITY_PENSION: { az: 'əlilliyə görə əmək pensiyası', ru: 'трудовая пенсия по инвалидности' },
  SURVIVOR_PENSION: { az: 'ailə başçısını itirməyə görə əmək pensiyası', ru: 'трудовая пенсия по случаю потери кормильца' },
  DISABILITY_ALLOWANCE: { az: 'əlilliyə görə sosial müavinət', ru: 'социальное пособие по инвалидности' },
  BIRTH_GRANT: { az: 'uşağın doğulmasına görə birdəfəlik müavinət', ru: 'единовременное пособие при рождении ребёнка' },
  CHILD_UNDER_ONE: { az: 'bir yaşınadək uşağa görə müavinət', ru: 'пособие на ребёнка до года' },
};

const SUMMARIES = {
  monthly: {
    en: 'Granted: {benefit}, {amount} AZN a month from {date}.',
    az: 'Təyin edildi: {benefit}, {date} tarixindən ayda {amount} AZN.',
    ru: 'Назначено: {benefit}, {amount} AZN в месяц с {date}.',
  },
  oneTime: {
    en: 'Granted: {benefit}, a one-time payment of {amount} AZN.',
    az: 'Təyin edildi: {benefit}, birdəfəlik {amount} AZN.',
    ru: 'Назначено: {benefit}, единовременно {amount} AZN.',
  },
  granted: {
    en: 'Granted: {benefit} from {date}.',
    az: 'Təyin edildi: {benefit}, {date} tarixindən.',
    ru: 'Назначено: {benefit} с {date}.',
  },
  refused: {
    en: 'Refused: {benefit}, because {reason}.',
    az: 'İmtina edildi: {benefit}, çünki {reason}.',
    ru: 'Отказано: {benefit}, так как {reason}.',
  },
  refusedCode: {
    en: 'Refused: {benefit} (reason {reason}).',
    az: 'İmtina edildi: {benefit} (səbəb {reason}).',
    ru: 'Отказано: {benefit} (причина {reason}).',
  },
} as const satisfies Record<string, Phrases>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** Fills `{name}` placeholders from `values`; undefined when any is missing. */
export const fillTemplate = (template: string, values: Readonly<Record<string, string>>): string | undefined => {
  let complete = true;
  const text = template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) complete = false;
    return value ?? '';
  });
  return complete ? text : undefined;
};

/** The placeholders a template needs, e.g. for the engine's tests. */
export const templatePlaceholders = (template: string): string[] => [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');

export interface ExplainableStep {
  readonly code?: string | null | undefined;
  readonly description: string;
  readonly values?: Readonly<Record<string, string>> | null | undefined;
}

/** One step in plain language: its template filled, or its description when that cannot be done. */
export const explainStep = (step: ExplainableStep, language: ExplanationLanguage): string => {
  const template = step.code ? STEP_TEMPLATES[step.code]?.[language] : undefined;
  return (template && fillTemplate(template, step.values ?? {})) ?? step.description;
};

/** The benefit's name in `language`. */
export const benefitName = (code: string, language: ExplanationLanguage): string =>
  language === 'en' ? (findBenefitType(code)?.name ?? code) : (BENEFIT_NAMES[code]?.[language] ?? findBenefitType(code)?.name ?? code);

export interface SummarisableDecision {
  readonly benefitCode: string;
  readonly outcome: 'GRANTED' | 'REFUSED';
  readonly reasonCode: string;
  readonly effectiveDate: string;
  /** Decimal strings ("285.00"), as stored. */
  readonly monthlyAmount?: string | null | undefined;
  readonly oneTimeAmount?: string | null | undefined;
}

/** One sentence: granted X AZN a month from D, or refused because of the reason. */
export const summariseDecision = (decision: SummarisableDecision, language: ExplanationLanguage): string => {
  const benefit = benefitName(decision.benefitCode, language);
  const fill = (phrases: Phrases, values: Record<string, string>) => fillTemplate(phrases[language], { benefit, ...values }) ?? phrases[language];
  if (decision.outcome === 'REFUSED') {
    const reason = REASON_PHRASES[decision.reasonCode]?.[language];
    return reason ? fill(SUMMARIES.refused, { reason }) : fill(SUMMARIES.refusedCode, { reason: decision.reasonCode });
  }
  if (decision.monthlyAmount) return fill(SUMMARIES.monthly, { amount: decision.monthlyAmount, date: decision.effectiveDate });
  if (decision.oneTimeAmount) return fill(SUMMARIES.oneTime, { amount: decision.oneTimeAmount });
  return fill(SUMMARIES.granted, { date: decision.effectiveDate });
};
