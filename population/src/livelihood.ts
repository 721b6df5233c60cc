import { addYears, ageOn, dayFromCivil, civilFromDay, firstDayOfMonth, monthOf, yearsToDays, type Day, type MonthIndex } from './calendar.ts';
import { BANKS, CAPITAL_EMPLOYERS, CHRONIC_CONDITIONS, LOCAL_EMPLOYERS, UNIVERSITIES, ABROAD_COUNTRIES, type EmployerTemplate } from './data/organisations.ts';
import type { PersonModel } from './persons.ts';
import type { Place } from './place.ts';
import { clamp, WeightedTable, type Random } from './random.ts';

/**
 * What each person does and has, as the agencies would know it: work and its monthly income,
 * unemployment registration, studies, military service, insurance record, disability, chronic
 * conditions, deposits, trips abroad. Probabilities are rough national figures (employment is
 * lower for women and in villages, many rural people farm without taxable income), tuned so that a
 * large share of households is low-income, as in the real caseload.
 */

export type IncomeSource = 'SALARY' | 'SELF_EMPLOYMENT';
export type StudyLevel = 'SCHOOL' | 'VOCATIONAL' | 'BACHELOR' | 'MASTER' | 'DOCTORATE';
export type DisabilityGroup = 'I' | 'II' | 'III' | 'CHILD';
export type DisabilityCause = 'GENERAL' | 'WORK_INJURY' | 'OCCUPATIONAL' | 'WAR' | 'CHILDHOOD';

export interface Job {
  readonly source: IncomeSource;
  readonly employer: string | null;
  readonly position: string | null;
  readonly since: Day;
}

export interface PastJob {
  readonly employer: string;
  readonly position: string;
  readonly from: Day;
  readonly to: Day;
}

export interface Unemployment {
  readonly office: string;
  readonly from: Day;
  readonly to: Day | null;
}

export interface Study {
  readonly institution: string;
  readonly level: StudyLevel;
  readonly fullTime: boolean;
  readonly since: Day;
}

export interface Disability {
  readonly group: DisabilityGroup;
  readonly cause: DisabilityCause;
  /** The current determination. */
  readonly since: Day;
  readonly reviewDay: Day | null;
  /** An earlier determination of the same disability, replaced on review. */
  readonly firstDetermined: Day | null;
}

export interface Livelihood {
  readonly job: Job | null;
  readonly pastJob: PastJob | null;
  /** Income per month of INCOME_SERIES_MONTHS months ending with the previous month (0 = none). */
  readonly monthlyIncome: readonly number[];
  readonly unemployment: Unemployment | null;
  readonly farmer: boolean;
  readonly study: Study | null;
  readonly military: { readonly type: 'CONSCRIPT' | 'CONTRACT'; readonly since: Day } | null;
  /** Insured months as of `insuredAsOf` (pensioners: as of reaching pension age). */
  readonly insuredMonths: number;
  readonly insuredAsOf: Day;
  readonly disability: Disability | null;
  readonly conditions: readonly { readonly icd10: string; readonly since: Day; readonly chronic: boolean }[];
  readonly deposit: { readonly bank: string; readonly amount: number } | null;
  readonly abroad: readonly { readonly country: string; readonly from: Day; readonly days: number }[];
  readonly imports: readonly { readonly valueAzn: number; readonly day: Day }[];
}

/** Months of income kept in the plan: the 12 of the history window plus 12 earlier ones for TSA decisions. */
export const INCOME_SERIES_MONTHS = 24;
export const PENSION_AGE = 65;
/** Minimum wage (AZN per month) under which full-time salaries do not go. */
const MINIMUM_WAGE = 400;

const CONDITIONS = new WeightedTable(CHRONIC_CONDITIONS);
const COUNTRIES = new WeightedTable(ABROAD_COUNTRIES);

/** An employer's name with its place and a school or clinic number filled in. */
const employerName = (random: Random, template: EmployerTemplate, place: Place): string =>
  template.name.replace('{place}', place.localName).replace('{n}', String(random.int(1, place.districtCode === 'AZ-BA' ? 320 : 30)));

const pickEmployer = (random: Random, place: Place): EmployerTemplate => {
  const capital = place.regionCode === 'baku' || place.regionCode === 'absheron-khizi';
  return capital && random.chance(0.8) ? random.pick(CAPITAL_EMPLOYERS) : random.pick(LOCAL_EMPLOYERS);
};

export const employmentOffice = (place: Place): string =>
  place.districtCode === 'AZ-BA' ? 'Bakı şəhəri Məşğulluq Mərkəzi' : `${place.localName} rayon Məşğulluq Mərkəzi`;

const septemberFifteenth = (year: number): Day => dayFromCivil(year, 9, 15);

const schoolName = (random: Random, place: Place): string => {
  if (place.districtCode === 'AZ-BA') return `Bakı şəhəri ${random.int(1, 320)} nömrəli tam orta məktəb`;
  if (place.profile.city) return `${place.localName} şəhəri ${random.int(1, 40)} nömrəli tam orta məktəb`;
  if (place.rural) return `${place.localName} rayonu ${place.settlement} kənd tam orta məktəbi`;
  return `${place.localName} rayon ${random.int(1, 12)} nömrəli tam orta məktəb`;
};

/** Studies by age: school for 6–17, some vocational, university for a minority of young adults. */
const studyOf = (random: Random, person: PersonModel, age: number, place: Place, today: Day): Study | null => {
  const { year } = civilFromDay(today);
  const schoolYear = today >= septemberFifteenth(year) ? year : year - 1;
  const entered = (yearsAgo: number): Day => Math.max(person.birthDay + yearsToDays(5.5), septemberFifteenth(schoolYear - yearsAgo));
  if (age >= 6 && age <= 17) {
    if (age >= 15 && random.chance(0.1)) {
      return { institution: `${place.localName} Dövlət Peşə Təhsil Mərkəzi`, level: 'VOCATIONAL', fullTime: true, since: entered(age - 15) };
    }
    if (!random.chance(0.97)) return null;
    return { institution: schoolName(random, place), level: 'SCHOOL', fullTime: true, since: entered(age - 6) };
  }
  const university = (): string => {
    const local = UNIVERSITIES.filter((u) => u.city === place.districtCode);
    return random.chance(0.35) && local.length > 0 ? random.pick(local).name : random.pick(UNIVERSITIES.filter((u) => u.city === 'AZ-BA')).name;
  };
  if (age >= 18 && age <= 21 && random.chance(0.3)) return { institution: university(), level: 'BACHELOR', fullTime: random.chance(0.88), since: entered(Math.min(age - 17, 3)) };
  if (age >= 18 && age <= 19 && random.chance(0.06)) return { institution: `${place.localName} Dövlət Peşə Təhsil Mərkəzi`, level: 'VOCATIONAL', fullTime: true, since: entered(age - 18) };
  if (age >= 22 && age <= 24 && random.chance(0.08)) return { institution: university(), level: 'MASTER', fullTime: random.chance(0.7), since: entered(Math.min(age - 22, 1)) };
  if (age >= 25 && age <= 30 && random.chance(0.006)) return { institution: university(), level: 'DOCTORATE', fullTime: false, since: entered(Math.min(age - 25, 3)) };
  return null;
};

const disabilityOf = (random: Random, person: PersonModel, age: number, today: Day): Disability | null => {
  const probability = age < 18 ? 0.015 : age < 40 ? 0.035 : age < 60 ? 0.07 : 0.12;
  if (!random.chance(probability)) return null;
  const yearsSinceBirth = Math.max(0.2, age);
  const firstDetermined = today - yearsToDays(random.between(0.1, Math.min(12, yearsSinceBirth)));
  if (age < 18) {
    const since = Math.max(firstDetermined, today - yearsToDays(random.between(0.1, 2)));
    return { group: 'CHILD', cause: 'CHILDHOOD', since, reviewDay: Math.min(addYears(person.birthDay, 18), addYears(since, 2)), firstDetermined: since > firstDetermined ? firstDetermined : null };
  }
  const roll = random.float();
  const group: DisabilityGroup = roll < 0.12 ? 'I' : roll < 0.5 ? 'II' : 'III';
  const causeRoll = random.float();
  const cause: DisabilityCause =
    person.sex === 'MALE' && age >= 20 && age <= 58 && causeRoll < 0.25
      ? 'WAR'
      : causeRoll < 0.31
        ? 'WORK_INJURY'
        : causeRoll < 0.35
          ? 'OCCUPATIONAL'
          : causeRoll < 0.41
            ? 'CHILDHOOD'
            : 'GENERAL';
  // Groups II and III are re-examined every one to three years; group I late in life is indefinite.
  const since = Math.max(firstDetermined, today - yearsToDays(random.between(0.05, 1.9)));
  let reviewDay: Day | null = null;
  if (group !== 'I' || age < 50) {
    reviewDay = addYears(since, 1);
    for (let years = 2; reviewDay <= today && years <= 3; years++) reviewDay = addYears(since, years);
  }
  return { group, cause, since, reviewDay, firstDetermined: since > firstDetermined + 30 ? firstDetermined : null };
};

/** Monthly amounts for the income series: a salary with noise and an occasional raise, or irregular self-employment. */
const incomeSeries = (random: Random, job: Job | null, monthlyBase: number, person: PersonModel, currentMonth: MonthIndex): number[] => {
  const series = new Array<number>(INCOME_SERIES_MONTHS).fill(0);
  if (!job) return series;
  const firstMonth = currentMonth - INCOME_SERIES_MONTHS;
  const startMonth = monthOf(job.since);
  const deathMonth = person.deathDay !== null ? monthOf(person.deathDay) : Number.POSITIVE_INFINITY;
  const raiseAt = random.chance(0.3) ? firstMonth + random.int(1, INCOME_SERIES_MONTHS - 1) : Number.POSITIVE_INFINITY;
  const raise = 1 + random.between(0.05, 0.15);
  for (let i = 0; i < INCOME_SERIES_MONTHS; i++) {
    const month = firstMonth + i;
    // The month the job started is paid only from its start; a month of death is the last paid.
    if (month < startMonth || month > deathMonth) continue;
    if (job.source === 'SALARY') {
      const base = month >= raiseAt ? monthlyBase * raise : monthlyBase;
      series[i] = Math.round(base * (1 + random.normal(0, 0.025)) * 100) / 100;
    } else if (random.chance(0.8)) {
      series[i] = Math.round(monthlyBase * Math.exp(random.normal(0, 0.3)) * 100) / 100;
    }
  }
  return series;
};

const insuredMonthsOf = (random: Random, person: PersonModel, age: number, job: Job | null): number => {
  if (age < 18) return 0;
  if (age >= PENSION_AGE) {
    // Career of today's elderly, as of reaching pension age; a few fall short of the minimum.
    const years = person.sex === 'MALE' ? random.normal(32, 7) : random.normal(27, 7.5);
    return Math.round(clamp(years, 0, PENSION_AGE - 18) * 12);
  }
  const start = random.between(19, 25);
  const participation = job?.source === 'SALARY' ? 0.85 : job ? 0.5 : person.sex === 'FEMALE' ? 0.25 : 0.35;
  return Math.round(Math.max(0, age - start) * 12 * clamp(participation + random.normal(0, 0.1), 0, 1));
};

export interface LivelihoodInputs {
  readonly random: Random;
  readonly person: PersonModel;
  readonly place: Place;
  readonly today: Day;
  readonly currentMonth: MonthIndex;
}

export const describeLivelihood = ({ random, person, place, today, currentMonth }: LivelihoodInputs): Livelihood => {
  const aliveOn = person.deathDay ?? today;
  const age = ageOn(person.birthDay, aliveOn);
  const adult = age >= 18;
  const study = studyOf(random, person, age, place, today);
  const disability = disabilityOf(random, person, age, today);
  const male = person.sex === 'MALE';

  let military: Livelihood['military'] = null;
  if (male && age >= 18 && age <= 19 && !study && !disability && random.chance(0.45)) {
    military = { type: 'CONSCRIPT', since: Math.min(aliveOn - 1, Math.max(addYears(person.birthDay, 18), today - yearsToDays(random.between(0.05, 1.4)))) };
  } else if (male && age >= 21 && age <= 45 && !disability && random.chance(0.025)) {
    military = { type: 'CONTRACT', since: Math.max(addYears(person.birthDay, 20), today - yearsToDays(random.between(0.1, 10))) };
  }

  let job: Job | null = null;
  let monthlyBase = 0;
  let farmer = false;
  const canWork = adult && age < 70 && !military && disability?.group !== 'I' && (!study || random.chance(0.1));
  if (canWork) {
    const band = age < 25 ? 0 : age < 55 ? 1 : age < PENSION_AGE ? 2 : 3;
    const formal = (male ? [0.3, 0.56, 0.42, 0.06] : [0.2, 0.38, 0.22, 0.03])[band] ?? 0;
    const placeFactor = place.regionCode === 'baku' ? 1.15 : place.rural ? 0.65 : 0.9;
    const yearsWorking = Math.max(0.05, Math.min(age - 18, 25));
    const since = Math.min(aliveOn - 30, today - yearsToDays(random.between(0.02, yearsWorking)));
    if (random.chance(formal * placeFactor)) {
      const employer = pickEmployer(random, place);
      const partTime = random.chance(0.12);
      const regional = place.regionCode === 'baku' ? 1.1 : 0.85;
      const salary = employer.medianSalary * regional * random.logNormal(1, 0.35);
      monthlyBase = Math.round((partTime ? salary * 0.5 : Math.max(MINIMUM_WAGE, salary)) / 5) * 5;
      job = { source: 'SALARY', employer: employerName(random, employer, place), position: random.pick(employer.positions), since };
    } else if (random.chance(male ? (place.rural ? 0.26 : 0.2) : 0.08)) {
      monthlyBase = Math.round(random.logNormal(place.regionCode === 'baku' ? 380 : 270, 0.5));
      job = { source: 'SELF_EMPLOYMENT', employer: null, position: null, since };
    } else if (place.rural && random.chance(male ? 0.32 : 0.1)) {
      farmer = true;
    }
  }

  let pastJob: PastJob | null = null;
  if (adult && age >= 24 && random.chance(job ? 0.3 : 0.15)) {
    const end = (job ? job.since : today) - random.int(20, 400);
    const start = end - yearsToDays(random.between(0.5, 6));
    const employer = pickEmployer(random, place);
    if (start > addYears(person.birthDay, 18) && end < aliveOn) {
      pastJob = { employer: employerName(random, employer, place), position: random.pick(employer.positions), from: start, to: end };
    }
  }

  let unemployment: Unemployment | null = null;
  if (adult && age < PENSION_AGE && !job && !farmer && !military && !study && random.chance(0.1)) {
    // Registered at 18 at the earliest, and at the latest yesterday (or the day before death).
    const from = Math.min(aliveOn - 1, Math.max(addYears(person.birthDay, 18), today - random.int(20, 700)));
    unemployment = { office: employmentOffice(place), from, to: null };
  } else if (job && job.since > today - 730 && random.chance(0.15)) {
    const to = job.since - random.int(1, 30);
    const from = to - random.int(30, 360);
    if (from > addYears(person.birthDay, 18)) unemployment = { office: employmentOffice(place), from, to };
  }

  const insuredMonths = insuredMonthsOf(random, person, age, job);
  const insuredAsOf = age >= PENSION_AGE ? addYears(person.birthDay, PENSION_AGE) - random.int(10, 40) : firstDayOfMonth(currentMonth - 1);

  const conditions: { icd10: string; since: Day; chronic: boolean }[] = [];
  if (age >= 40 && random.chance(0.1 + (age - 40) * 0.005)) {
    const count = random.chance(0.8) ? 1 : 2;
    for (let i = 0; i < count; i++) {
      const since = today - yearsToDays(random.between(0.3, Math.min(15, age - 30)));
      conditions.push({ icd10: CONDITIONS.sample(random), since, chronic: random.chance(0.9) });
    }
  }

  const deposit =
    adult && random.chance(0.05 + (monthlyBase > 900 ? 0.2 : 0) + (age > 55 ? 0.05 : 0))
      ? { bank: random.pick(BANKS).name, amount: Math.round(clamp(random.logNormal(2500, 1.1), 50, 500_000) * 100) / 100 }
      : null;

  const abroad: { country: string; from: Day; days: number }[] = [];
  if (adult && age <= 70) {
    const trips = random.chance(0.06) ? (random.chance(0.25) ? 2 : 1) : 0;
    for (let i = 0; i < trips; i++) {
      const migrant = male && age <= 45 && random.chance(0.15);
      const days = migrant ? random.int(90, 300) : random.int(3, 45);
      const from = today - days - random.int(1, 700);
      if (from > addYears(person.birthDay, 18) && from + days - 1 < aliveOn) abroad.push({ country: migrant ? 'RUS' : COUNTRIES.sample(random), from, days });
    }
  }

  const imports =
    age >= 25 && age <= 60 && random.chance(0.015) ? [{ valueAzn: Math.round(random.logNormal(3000, 0.9) * 100) / 100, day: Math.min(aliveOn - 1, today - random.int(10, 700)) }] : [];

  return {
    job,
    pastJob,
    monthlyIncome: incomeSeries(random, job, monthlyBase, person, currentMonth),
    unemployment,
    farmer,
    study,
    military,
    insuredMonths,
    insuredAsOf,
    disability,
    conditions,
    deposit,
    abroad,
    imports,
  };
};
