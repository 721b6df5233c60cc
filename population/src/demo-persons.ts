import type { Language, Relation, Sex } from './rows.ts';

/**
 * The people every generated population starts with. The Keycloak demo users carry these PINs,
 * so they are fixed; birth dates of the children and of Leyla are relative to the reference date
 * so the scenarios hold whatever day the registry is started on:
 *  - the Məmmədov household in Baku: a low-income family with a newborn (3 months), which can
 *    apply for TSA on the portal; Aysel's record crosses every subgraph (facts with a corrected
 *    INCOME, the newborn's birth grant, its payment account and payment);
 *  - Leyla Hüseynova in Ganja, living alone, who turned 65 three days ago with 30 insured years:
 *    the proactive old-age pension is for the decision engine to assign, so she has none yet.
 */
export type DemoBirth =
  | { readonly kind: 'fixed'; readonly date: string }
  | { readonly kind: 'relative'; readonly years: number; readonly days: number };

export interface DemoPerson {
  readonly pin: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly patronymic: string;
  readonly sex: Sex;
  readonly birth: DemoBirth;
  readonly relation: Relation;
  readonly phone: string | null;
  readonly language: Language;
  readonly districtCode: string;
  readonly regionCode: string;
}

const BAKU = { districtCode: 'AZ-BA', regionCode: 'baku' } as const;

export const DEMO_PERSONS = {
  aysel: {
    pin: '5AZK7P2',
    firstName: 'Aysel',
    lastName: 'Məmmədova',
    patronymic: 'Elçin qızı',
    sex: 'FEMALE',
    birth: { kind: 'fixed', date: '1990-04-12' },
    relation: 'SPOUSE',
    phone: '+994501234567',
    language: 'az',
    ...BAKU,
  },
  rashad: {
    pin: '4BXM2R8',
    firstName: 'Rəşad',
    lastName: 'Məmmədov',
    patronymic: 'Vaqif oğlu',
    sex: 'MALE',
    birth: { kind: 'fixed', date: '1987-09-03' },
    relation: 'HEAD',
    phone: '+994552345671',
    language: 'az',
    ...BAKU,
  },
  /** About six years old. */
  kenan: {
    pin: '7DKR4M9',
    firstName: 'Kənan',
    lastName: 'Məmmədov',
    patronymic: 'Rəşad oğlu',
    sex: 'MALE',
    birth: { kind: 'relative', years: 6, days: 70 },
    relation: 'CHILD',
    phone: null,
    language: 'az',
    ...BAKU,
  },
  /** Born 92 days (about three months) before the reference date; has a BIRTH fact naming Aysel. */
  ayan: {
    pin: '8EHW5T3',
    firstName: 'Ayan',
    lastName: 'Məmmədova',
    patronymic: 'Rəşad qızı',
    sex: 'FEMALE',
    birth: { kind: 'relative', years: 0, days: 92 },
    relation: 'CHILD',
    phone: null,
    language: 'az',
    ...BAKU,
  },
  /** Turned 65 three days before the reference date; INSURED_YEARS 30; lives alone in Ganja. */
  leyla: {
    pin: '6CGT3N5',
    firstName: 'Leyla',
    lastName: 'Hüseynova',
    patronymic: 'Əli qızı',
    sex: 'FEMALE',
    birth: { kind: 'relative', years: 65, days: 3 },
    relation: 'HEAD',
    phone: '+994512345678',
    language: 'ru',
    districtCode: 'AZ-GA',
    regionCode: 'ganja-dashkasan',
  },
} as const satisfies Record<string, DemoPerson>;

export type DemoPersonKey = keyof typeof DEMO_PERSONS;

export const DEMO_PINS: readonly string[] = Object.values(DEMO_PERSONS).map((person) => person.pin);
