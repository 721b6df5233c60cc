import { formatDate } from '../i18n/format.ts';
import type { LegalBasis, LocalizedText } from './legal-basis.ts';

/**
 * The legal acts the seeded rule parameters cite, and the placeholder notes of values no published
 * act was found for, each in az/ru/en: the catalogue's `basis` is one of these (structured), so a
 * decision names its basis in the reader's language. Articles and adoption dates the team could not
 * verify are null rather than guessed.
 */

// Azerbaijani ordinal suffix of a year ("2023-cü", "2026-cı"): vowel harmony of the last number word.
const AZ_SUFFIX_BY_LAST_DIGIT: Record<string, string> = { '1': 'ci', '2': 'ci', '3': 'cü', '4': 'cü', '5': 'ci', '6': 'cı', '7': 'ci', '8': 'ci', '9': 'cu' };
const AZ_SUFFIX_BY_TENS: Record<string, string> = { '0': 'ci', '1': 'cu', '2': 'ci', '3': 'cu', '4': 'cı', '5': 'ci', '6': 'cı', '7': 'ci', '8': 'ci', '9': 'cı' };
const azYear = (year: number): string => {
  const digits = String(year);
  const last = digits.at(-1) ?? '0';
  return `${digits}-${last === '0' ? (AZ_SUFFIX_BY_TENS[digits.at(-2) ?? '0'] ?? 'ci') : (AZ_SUFFIX_BY_LAST_DIGIT[last] ?? 'ci')}`;
};

const basis = (act: LocalizedText, text: LocalizedText, article: string | null = null, date: string | null = null): LegalBasis => ({ act, article, date, text });

/** The annual law setting the need criterion of Targeted State Social Assistance. */
export const needCriterionLaw = (year: number): LegalBasis =>
  basis(
    {
      az: `Azərbaycan Respublikasında ${azYear(year)} il üçün ehtiyac meyarının həddi haqqında Qanun`,
      ru: `Закон «О размере критерия нуждаемости в Азербайджанской Республике на ${year} год»`,
      en: `Law on the need criterion in the Republic of Azerbaijan for ${year}`,
    },
    {
      az: `${azYear(year)} il üçün ehtiyac meyarının həddini müəyyən edir.`,
      ru: `Устанавливает критерий нуждаемости на ${year} год.`,
      en: `Sets the need criterion for ${year}.`,
    },
  );

const TSA_LAW: LocalizedText = {
  az: 'Ünvanlı dövlət sosial yardımı haqqında Azərbaycan Respublikasının Qanunu',
  ru: 'Закон Азербайджанской Республики «Об адресной государственной социальной помощи»',
  en: 'Law of the Republic of Azerbaijan on Targeted State Social Assistance',
};

export const tsaTermBefore2020: LegalBasis = basis(TSA_LAW, {
  az: 'Düzəlişdən əvvəl yardım iki il müddətinə təyin edilirdi.',
  ru: 'До поправки помощь назначалась на два года.',
  en: 'Before the amendment, assistance was assigned for two years.',
});

export const tsaTermFrom2020: LegalBasis = basis(TSA_LAW, {
  az: '2020-ci il düzəlişi ilə yardım bir il müddətinə təyin edilir.',
  ru: 'С поправкой 2020 года помощь назначается на один год.',
  en: 'Since the 2020 amendment, assistance is assigned for one year.',
});

export const presidentialDecreeNovember2025: LegalBasis = basis(
  {
    az: 'Azərbaycan Respublikası Prezidentinin Fərmanı, noyabr 2025',
    ru: 'Указ Президента Азербайджанской Республики, ноябрь 2025 года',
    en: 'Decree of the President of the Republic of Azerbaijan, November 2025',
  },
  {
    az: 'Ünvanlı dövlət sosial yardımı alan ailədə bir yaşınadək hər uşaq üçün aylıq əlavə.',
    ru: 'Ежемесячная надбавка на каждого ребёнка до одного года в семье, получающей адресную помощь.',
    en: 'A monthly supplement for each child under one in a family receiving targeted assistance.',
  },
);

const LABOUR_PENSIONS_LAW: LocalizedText = {
  az: 'Əmək pensiyaları haqqında Azərbaycan Respublikasının Qanunu',
  ru: 'Закон Азербайджанской Республики «О трудовых пенсиях»',
  en: 'Law of the Republic of Azerbaijan on Labour Pensions',
};

const ADMINISTRATIVE_PROCEEDINGS_LAW: LocalizedText = {
  az: 'İnzibati icraat haqqında Azərbaycan Respublikasının Qanunu',
  ru: 'Закон Азербайджанской Республики «Об административном производстве»',
  en: 'Law of the Republic of Azerbaijan on Administrative Proceedings',
};

const NO_ACT: LocalizedText = {
  az: 'Dərc olunmuş hüquqi akt tapılmayıb',
  ru: 'Опубликованный правовой акт не найден',
  en: 'No published legal act found',
};

/** Placeholder notes: why a value is not (fully) sourced. */
export const placeholderBasis = {
  notSourced: basis(NO_ACT, {
    az: 'Dəyər mənbə ilə təsdiqlənməyib: yoxlanılmalı olan açıq yer tutucudur.',
    ru: 'Значение не подтверждено источником: это явная заглушка, подлежащая проверке.',
    en: 'The value is not sourced: an explicit placeholder to be reviewed.',
  }),
  appealPeriod: basis(ADMINISTRATIVE_PROCEEDINGS_LAW, {
    az: 'İnzibati aktdan şikayət üçün bir ay; iş günləri ilə hesablama mənbə ilə təsdiqlənməyib.',
    ru: 'Один месяц на обжалование административного акта; пересчёт в рабочие дни не подтверждён источником.',
    en: 'One month to contest an administrative act; the working-day count is not sourced.',
  }),
  reviewPeriod: basis(NO_ACT, {
    az: 'Müraciətə baxılması üçün 15 iş günü ilə uyğunlaşdırılıb; mənbə ilə təsdiqlənməyib.',
    ru: 'Приравнено к 15 рабочим дням рассмотрения заявления; не подтверждено источником.',
    en: 'Aligned with the 15 working days for deciding an application; not sourced.',
  }),
  recoveryShare: basis(NO_ACT, {
    az: 'Mənbə ilə təsdiqlənməyib: hər ödənişin 20%-i.',
    ru: 'Не подтверждено источником: 20% каждой выплаты.',
    en: 'Not sourced: 20% of each payment.',
  }),
  renewal: basis(NO_ACT, {
    az: 'Mənbə ilə təsdiqlənməyib: proaktiv reyestr yardımı bir ay əvvəl yeniləyir.',
    ru: 'Не подтверждено источником: проактивный реестр продлевает помощь за месяц.',
    en: 'Not sourced: a proactive registry renews a month ahead.',
  }),
  pensionAge: basis(LABOUR_PENSIONS_LAW, {
    az: 'Pensiya yaşı; qadınlar üçün keçid dövrü modelləşdirilməyib.',
    ru: 'Пенсионный возраст; переходный период для женщин не смоделирован.',
    en: 'Pension age; the transition for women is not modelled.',
  }),
  insuredYears2017: basis(LABOUR_PENSIONS_LAW, {
    az: 'Minimal sığorta stajı, 2017-ci il səviyyəsi.',
    ru: 'Минимальный страховой стаж, уровень 2017 года.',
    en: 'Minimum insurance record, 2017 level.',
  }),
  insuredYearsRising: basis(LABOUR_PENSIONS_LAW, {
    az: 'Minimal sığorta stajı hər il bir il artır.',
    ru: 'Минимальный страховой стаж растёт на один год в год.',
    en: 'The minimum insurance record rises one year a year.',
  }),
} as const;

// ── rules-law (issue #15 item 7): the acts of TSA's asset conditions, the computed pensions, disability by group, survivors ──

const TSA_RULES_2016: LocalizedText = {
  az: 'Ünvanlı dövlət sosial yardımının alınması üçün müraciət edilməsi, onun təyin olunması, verilməsi və verilməsindən imtina edilməsi Qaydaları (Nazirlər Kabinetinin 5 fevral 2016-cı il tarixli 37 nömrəli Qərarı)',
  ru: 'Правила обращения за адресной государственной социальной помощью, её назначения, предоставления и отказа в ней (Постановление Кабинета Министров № 37 от 5 февраля 2016 года)',
  en: 'Rules on applying for, assigning, granting and refusing targeted state social assistance (Cabinet of Ministers Decision No. 37 of 5 February 2016)',
};
const TSA_INCOME_RULES_2006: LocalizedText = {
  az: 'Ailənin orta aylıq gəlirinin hesablanması Qaydası (Nazirlər Kabinetinin 2 fevral 2006-cı il tarixli 32 nömrəli Qərarı)',
  ru: 'Порядок исчисления среднемесячного дохода семьи (Постановление Кабинета Министров № 32 от 2 февраля 2006 года)',
  en: 'Rules on calculating the average monthly family income (Cabinet of Ministers Decision No. 32 of 2 February 2006)',
};
const SOCIAL_BENEFITS_DECREE_2025: LocalizedText = {
  az: 'Azərbaycan Respublikası Prezidentinin sosial müavinətlərin artırılması haqqında Fərmanı, iyun 2025 (mətn yoxlanılmayıb)',
  ru: 'Указ Президента Азербайджанской Республики о повышении социальных пособий, июнь 2025 года (текст не проверен)',
  en: 'Decree of the President of the Republic of Azerbaijan on increasing social benefits, June 2025 (text not verified)',
};

/** Bases of the values the rules-law stream added: sourced ones name act and date; placeholders say what is missing. */
export const rulesLawBasis = {
  twoPropertiesOfOnePurpose: basis(
    TSA_RULES_2016,
    {
      az: 'Ailənin mülkiyyətində müxtəlif ünvanlarda iki və daha çox eyni təyinatlı daşınmaz əmlak olduqda sosial yardımın təyin olunmasından imtina edilir.',
      ru: 'В помощи отказывается, если у семьи два или более объекта недвижимости одного назначения по разным адресам.',
      en: 'Assistance is refused when the family owns two or more real estate objects of the same purpose at different addresses.',
    },
    null,
    '2016-02-05',
  ),
  vehicle: basis(
    TSA_RULES_2016,
    {
      az: 'Ailənin mülkiyyətində və ya istifadəsində nəqliyyat vasitəsi olduqda (dövlətin reabilitasiya məqsədilə verdiyi istisna olmaqla) imtina edilir.',
      ru: 'В помощи отказывается, если у семьи есть транспортное средство в собственности или пользовании (кроме выданного государством для реабилитации).',
      en: 'Assistance is refused when the family owns or uses a vehicle (except one the state gave for rehabilitation).',
    },
    null,
    '2016-02-05',
  ),
  landPerMember: basis(TSA_INCOME_RULES_2006, {
    az: 'Torpaq gəlir mənbəyi kimi nəzərə alınır; hər ailə üzvünə düşən hədd mənbə ilə təsdiqlənməmiş yer tutucudur.',
    ru: 'Земля учитывается как источник дохода; предел на члена семьи — заглушка, не подтверждённая источником.',
    en: 'Land counts as a source of income; the limit per member is a placeholder no act was found for.',
  }),
  deposits: basis(NO_ACT, {
    az: 'Depozitlər üçün dərc olunmuş hədd tapılmayıb; yer tutucudur.',
    ru: 'Опубликованный предел вкладов не найден; это заглушка.',
    en: 'No published limit on deposits was found; a placeholder.',
  }),
  daysAbroad: basis(NO_ACT, {
    az: 'Xaricdə olma müddəti üçün dərc olunmuş hədd tapılmayıb; yer tutucudur.',
    ru: 'Опубликованный предел пребывания за границей не найден; это заглушка.',
    en: 'No published limit on stays abroad was found; a placeholder.',
  }),
  minimumPension: (value: number, date: string): LegalBasis =>
    basis(
      LABOUR_PENSIONS_LAW,
      {
        // The day as each language writes it (a text people read never shows an ISO date).
        az: `Əmək pensiyasının minimum məbləği ${formatDate(date, 'az')} tarixindən ${value} manat.`,
        ru: `Минимальный размер трудовой пенсии с ${formatDate(date, 'ru')} — ${value} манатов.`,
        en: `The minimum amount of the labour pension is ${value} manats from ${formatDate(date, 'en')}.`,
      },
      null,
      date,
    ),
  basePart: basis(LABOUR_PENSIONS_LAW, {
    az: 'Baza hissəsinin hazırkı məbləği tapılmayıb (2017-ci il düzəlişləri onu minimum pensiyaya birləşdirir); yer tutucudur.',
    ru: 'Текущий размер базовой части не найден (поправки 2017 года включают её в минимальную пенсию); это заглушка.',
    en: 'The current amount of the base part was not found (the 2017 amendments fold it into the minimum pension); a placeholder.',
  }),
  accrualPerInsuredYear: basis(LABOUR_PENSIONS_LAW, {
    az: 'Qanun sığorta hissəsini pensiya kapitalının gözlənilən ödəniş müddətinə (144 ay) nisbəti kimi hesablayır; bir il üçün dərəcə dərc olunmayıb, yer tutucudur.',
    ru: 'Закон исчисляет страховую часть как пенсионный капитал, делённый на ожидаемый период выплаты (144 месяца); ставка за год не опубликована, это заглушка.',
    en: 'The law computes the insurance part as pension capital divided by the expected payment period (144 months); no per-year rate is published, a placeholder.',
  }),
  disabilityPensionByGroup: basis(LABOUR_PENSIONS_LAW, {
    az: 'Qanun pensiyanı pensiya kapitalından hesablayır; qrup üzrə məbləğ yer tutucudur və minimum əmək pensiyasından az olduqda artırılır.',
    ru: 'Закон исчисляет пенсию из пенсионного капитала; сумма по группе — заглушка, повышаемая до минимальной трудовой пенсии.',
    en: 'The law computes the pension from the pension capital; the amount by group is a placeholder, raised to the minimum labour pension when lower.',
  }),
  socialAllowance2025: (impairment: string, war: boolean): LegalBasis =>
    basis(
      SOCIAL_BENEFITS_DECREE_2025,
      {
        az: `Mətbuatın məlumatına görə 1 iyul 2025-ci ildən${war ? ' müharibə ilə əlaqədar' : ''} orqanizmin funksiyalarının ${impairment} faiz pozulmasına görə; fərmanın mətni yoxlanılmayıb.`,
        ru: `По сообщениям прессы, с 1 июля 2025 года при${war ? ' связанном с войной' : ''} нарушении функций организма на ${impairment}%; текст указа не проверен.`,
        en: `As reported by the press, from 1 July 2025 for${war ? ' war-related' : ''} impairment of ${impairment}%; the decree text was not verified.`,
      },
      null,
      null,
    ),
  survivorAge: (what: LocalizedText): LegalBasis => basis(LABOUR_PENSIONS_LAW, what, null, '2006-02-07'),
};
// ── end rules-law ──
