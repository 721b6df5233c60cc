import { ageOn, instantOf, isoDate, isoInstant, type Day } from './calendar.ts';
import {
  FEMALE_FIRST_NAMES,
  MALE_FIRST_NAMES,
  STEM_FAMILY_NAMES,
  STEM_SURNAME_SHARE,
  UNISEX_FAMILY_NAMES,
  patronymicFor,
  surnameFor,
  type FamilyName,
} from './data/names.ts';
import { FOREIGN_CITIZENSHIPS } from './data/organisations.ts';
import type { HouseholdPlan, MemberPlan } from './demography.ts';
import type { Place } from './place.ts';
import { WeightedTable, type Random } from './random.ts';
import type { Language, PersonRow } from './rows.ts';

/** A planned member with its identity: PIN, names, contact details, citizenship. */
export interface PersonModel extends MemberPlan {
  readonly pin: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly patronymic: string | null;
  readonly phone: string | null;
  readonly language: Language;
  readonly citizenship: string;
}

/** Mobile operators' prefixes after +994 (Azercell 50/51, Bakcell 55/99, Nar 70/77). */
const MOBILE_PREFIXES = new WeightedTable<string>([
  ['50', 30],
  ['51', 14],
  ['55', 20],
  ['99', 10],
  ['70', 16],
  ['77', 10],
]);

const FOREIGN = new WeightedTable(FOREIGN_CITIZENSHIPS);

export const mobilePhone = (random: Random): string => `+994${MOBILE_PREFIXES.sample(random)}${random.int(2, 9)}${random.digits(6)}`;

const randomFamily = (random: Random): FamilyName =>
  random.chance(STEM_SURNAME_SHARE) ? random.pick(STEM_FAMILY_NAMES) : random.pick(UNISEX_FAMILY_NAMES);

const householdLanguage = (random: Random, place: Place): Language => {
  const russian = place.districtCode === 'AZ-BA' ? 0.16 : place.profile.city ? 0.07 : 0.025;
  const roll = random.float();
  if (roll < russian) return 'ru';
  if (roll < russian + 0.006) return 'en';
  return 'az';
};

/**
 * Names everyone of a planned household. Fathers are named before their children (patronymic and
 * surname come from the father), husbands before wives (most wives take the husband's surname).
 * A parent who does not live in the household gets a plausible first name of their own.
 */
export const namePersons = (random: Random, plan: HouseholdPlan, pins: readonly string[], place: Place, today: Day): PersonModel[] => {
  const members = plan.members;
  const first: string[] = members.map((m) => random.pick(m.sex === 'MALE' ? MALE_FIRST_NAMES : FEMALE_FIRST_NAMES));
  const families: (FamilyName | undefined)[] = members.map(() => undefined);
  const ready = (i: number): boolean => {
    const m = members[i];
    if (!m) return false;
    if (m.fatherSlot !== null && families[m.fatherSlot] === undefined) return false;
    if (m.fatherSlot === null && m.motherSlot !== null && families[m.motherSlot] === undefined) return false;
    if (m.sex === 'FEMALE' && m.spouseSlot !== null && members[m.spouseSlot]?.sex === 'MALE' && families[m.spouseSlot] === undefined) return false;
    return true;
  };
  for (let pass = 0; pass <= members.length && families.includes(undefined); pass++) {
    members.forEach((m, i) => {
      if (families[i] !== undefined || (!ready(i) && pass < members.length)) return;
      const father = m.fatherSlot !== null ? families[m.fatherSlot] : undefined;
      const mother = m.motherSlot !== null ? families[m.motherSlot] : undefined;
      const husband = m.sex === 'FEMALE' && m.spouseSlot !== null ? families[m.spouseSlot] : undefined;
      families[i] = father ?? (husband && random.chance(0.72) ? husband : undefined) ?? (mother && random.chance(0.6) ? mother : undefined) ?? randomFamily(random);
    });
  }

  const language = householdLanguage(random, place);
  const foreign = plan.type === 'SINGLE_ADULT' && random.chance(place.districtCode === 'AZ-BA' ? 0.05 : 0.01);
  return members.map((m, i): PersonModel => {
    const family = families[i] ?? randomFamily(random);
    const fatherName = m.fatherSlot !== null ? first[m.fatherSlot] : random.pick(MALE_FIRST_NAMES);
    const age = ageOn(m.birthDay, today);
    const hasPhone = age >= 16 && random.chance(age >= 75 ? 0.6 : 0.93);
    const pin = pins[i];
    if (pin === undefined) throw new Error('a PIN per member is required');
    return {
      ...m,
      pin,
      firstName: first[i] ?? 'Əli',
      lastName: surnameFor(family, m.sex),
      patronymic: foreign ? null : patronymicFor(fatherName ?? 'Əli', m.sex),
      phone: hasPhone ? mobilePhone(random) : null,
      language: foreign ? (random.chance(0.7) ? 'ru' : 'en') : age >= 18 && age <= 35 && place.districtCode === 'AZ-BA' && random.chance(0.03) ? 'en' : language,
      citizenship: foreign ? FOREIGN.sample(random) : 'AZE',
    };
  });
};

/**
 * The persons.person row. created_at is when the registry first held the person (birth
 * registration, or the launch migration for older people); updated_at moves to the death
 * registration for those who died.
 */
export const personRow = (random: Random, person: PersonModel, place: Place, launchDay: Day, today: Day): PersonRow => {
  const createdDay = Math.min(today - 1, Math.max(person.birthDay + random.int(2, 12), launchDay + random.int(0, 30)));
  const created = instantOf(createdDay, random.int(9 * 60, 18 * 60));
  const updated = person.deathDay !== null ? Math.max(created + 1, instantOf(Math.min(today - 1, person.deathDay + random.int(0, 3)), random.int(9 * 60, 18 * 60))) : created;
  return {
    pin: person.pin,
    firstName: person.firstName,
    lastName: person.lastName,
    patronymic: person.patronymic,
    birthDate: isoDate(person.birthDay),
    sex: person.sex,
    deathDate: person.deathDay !== null ? isoDate(person.deathDay) : null,
    citizenship: person.citizenship,
    addressLine: place.addressLine,
    districtCode: place.districtCode,
    regionCode: place.regionCode,
    phone: person.phone,
    language: person.language,
    createdAt: isoInstant(created),
    updatedAt: isoInstant(updated),
  };
};
