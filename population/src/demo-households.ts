import { addYears, dayFromCivil, firstDayOfMonth, parseIsoDate, type Day } from './calendar.ts';
import type { GenerationContext } from './context.ts';
import { DISTRICT_PROFILES } from './data/places.ts';
import type { HouseholdPlan, MemberPlan } from './demography.ts';
import { DEMO_PERSONS, type DemoPerson } from './demo-persons.ts';
import type { HouseholdModel, MemberModel } from './household-model.ts';
import { writeHousehold } from './household-writer.ts';
import { INCOME_SERIES_MONTHS, type Livelihood } from './livelihood.ts';
import type { PersonModel } from './persons.ts';
import type { Place } from './place.ts';
import { Random } from './random.ts';

/** The demo households of DEMO_PERSONS, written before any generated household. */

export const demoBirthDay = (person: DemoPerson, today: Day): Day =>
  person.birth.kind === 'fixed' ? parseIsoDate(person.birth.date) : addYears(today, -person.birth.years) - person.birth.days;

const fixedPlace = (districtCode: string, regionCode: string, addressLine: string, settlement: string): Place => {
  const profile = DISTRICT_PROFILES[districtCode];
  if (!profile) throw new Error(`no district profile for ${districtCode}`);
  return { districtCode, regionCode, profile, rural: false, localName: profile.nameAz, settlement, addressLine };
};

const quiet: Omit<Livelihood, 'insuredMonths' | 'insuredAsOf'> = {
  job: null,
  pastJob: null,
  monthlyIncome: new Array<number>(INCOME_SERIES_MONTHS).fill(0),
  unemployment: null,
  farmer: false,
  study: null,
  military: null,
  disability: null,
  conditions: [],
  deposit: null,
  abroad: [],
  imports: [],
};

const member = (
  demo: DemoPerson,
  today: Day,
  plan: Omit<MemberPlan, 'sex' | 'birthDay' | 'deathDay'>,
  livelihood: Partial<Livelihood> = {},
): MemberModel => {
  const person: PersonModel = {
    ...plan,
    sex: demo.sex,
    birthDay: demoBirthDay(demo, today),
    deathDay: null,
    pin: demo.pin,
    firstName: demo.firstName,
    lastName: demo.lastName,
    patronymic: demo.patronymic,
    phone: demo.phone,
    language: demo.language,
    citizenship: 'AZE',
  };
  return { person, livelihood: { ...quiet, insuredMonths: 0, insuredAsOf: today - 30, ...livelihood } };
};

/** A self-employed driver's irregular earnings: about 340 AZN a month, some months nothing. */
const DRIVER_EARNINGS = [340, 365, 310, 0, 390, 355, 330, 345, 300, 370, 360, 335, 325, 350, 0, 380, 345, 320, 365, 335, 310, 355, 340, 330];

const mammadovHousehold = (ctx: GenerationContext): HouseholdModel => {
  const today = ctx.today;
  const { rashad, aysel, kenan, ayan } = DEMO_PERSONS;
  const married = dayFromCivil(2016, 6, 18);
  const kenanBirth = demoBirthDay(kenan, today);
  const ayanBirth = demoBirthDay(ayan, today);
  const statement = firstDayOfMonth(ctx.currentMonth - 1);
  const couple = { motherSlot: null, fatherSlot: null, marriageDay: married };
  const members: MemberModel[] = [
    member(rashad, today, { slot: 0, ...couple, spouseSlot: 1, memberships: [{ relation: 'HEAD', from: married, to: null }] }, {
      job: { source: 'SELF_EMPLOYMENT', employer: null, position: null, since: dayFromCivil(2019, 4, 1) },
      monthlyIncome: DRIVER_EARNINGS,
      insuredMonths: 8 * 12 + 2,
      insuredAsOf: statement,
    }),
    member(aysel, today, { slot: 1, ...couple, spouseSlot: 0, memberships: [{ relation: 'SPOUSE', from: married, to: null }] }, {
      job: { source: 'SALARY', employer: 'Bakı şəhəri 158 nömrəli tam orta məktəb', position: 'Müəllim', since: dayFromCivil(2014, 9, 1) },
      monthlyIncome: new Array<number>(INCOME_SERIES_MONTHS).fill(480),
      insuredMonths: 9 * 12 + 4,
      insuredAsOf: statement,
    }),
    member(kenan, today, { slot: 2, motherSlot: 1, fatherSlot: 0, spouseSlot: null, marriageDay: null, memberships: [{ relation: 'CHILD', from: kenanBirth, to: null }] }),
    member(ayan, today, { slot: 3, motherSlot: 1, fatherSlot: 0, spouseSlot: null, marriageDay: null, memberships: [{ relation: 'CHILD', from: ayanBirth, to: null }] }),
  ];
  const plan: HouseholdPlan = { type: 'NUCLEAR', formedDay: married, members: members.map((m) => m.person) };
  return {
    id: ctx.id('households'),
    place: fixedPlace('AZ-BA', 'baku', 'Bakı şəhəri, Nəsimi rayonu, Səməd Vurğun küçəsi, ev 34, mənzil 18', 'Bakı'),
    plan,
    members,
    // A rented flat, no car, no savings: nothing that would stand in the way of a TSA application.
    assets: { realEstate: [], land: [], vehicle: null, gas: true, water: true, idpOrigin: null, ownedBySpouse: false },
    scenario: { tsa: 'never', correctIncome: new Map([[aysel.pin, ctx.currentMonth - 4]]) },
  };
};

const huseynovaHousehold = (ctx: GenerationContext): HouseholdModel => {
  const today = ctx.today;
  const { leyla } = DEMO_PERSONS;
  const movedIn = dayFromCivil(1996, 10, 1);
  const members: MemberModel[] = [
    member(leyla, today, { slot: 0, motherSlot: null, fatherSlot: null, spouseSlot: null, marriageDay: null, memberships: [{ relation: 'HEAD', from: movedIn, to: null }] }, {
      job: { source: 'SALARY', employer: 'Gəncə Dövlət Universiteti', position: 'Laborant', since: dayFromCivil(1998, 9, 1) },
      monthlyIncome: new Array<number>(INCOME_SERIES_MONTHS).fill(520),
      // 30 years exactly on the fund's latest statement, received a few days ago.
      insuredMonths: 30 * 12,
      insuredAsOf: today - 20,
    }),
  ];
  return {
    id: ctx.id('households'),
    place: fixedPlace('AZ-GA', 'ganja-dashkasan', 'Gəncə şəhəri, Atatürk prospekti, ev 21, mənzil 7', 'Gəncə'),
    plan: { type: 'SINGLE_ELDER', formedDay: movedIn, members: members.map((m) => m.person) },
    members,
    assets: {
      realEstate: [{ propertyType: 'APARTMENT', areaSqm: 62, cadastralNumber: '412-0931-2277', since: dayFromCivil(2004, 5, 14) }],
      land: [],
      vehicle: null,
      gas: true,
      water: true,
      idpOrigin: null,
      ownedBySpouse: false,
    },
    scenario: { tsa: 'never', benefitsPending: new Set([leyla.pin]) },
  };
};

/** Writes the demo households; returns the number of persons written. */
export const writeDemoHouseholds = (ctx: GenerationContext): number => {
  let persons = 0;
  [mammadovHousehold, huseynovaHousehold].forEach((build, i) => {
    const random = new Random(ctx.seed, i, 0x44454d4f);
    const household = build(ctx);
    writeHousehold(ctx, random, household);
    persons += household.members.length;
  });
  return persons;
};
