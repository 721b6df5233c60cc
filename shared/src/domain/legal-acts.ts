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
