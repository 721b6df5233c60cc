import { z } from 'zod';
import { PIN_PATTERN } from './pin.ts';

/**
 * Every kind of fact an agency may supply: who owns it, whether it is health data (readable by
 * caseworkers only with the `health` scope), and the schema of its typed value. This one table is
 * what feeds validate against, what the generator produces and what the graph exposes.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM');
const pin = z.string().regex(PIN_PATTERN, 'expected a national PIN');
const amount = z.number().finite().nonnegative().max(1e9);
const text = z.string().trim().min(1).max(200);

export const FACT_KINDS = {
  INCOME: {
    agency: 'taxes',
    health: false,
    description: 'Income received in one month, as reported to the tax service.',
    value: z.object({ amount, month, source: z.enum(['SALARY', 'SELF_EMPLOYMENT', 'RENT', 'OTHER']), payer: text.optional() }).strict(),
  },
  EMPLOYMENT: {
    agency: 'labour',
    health: false,
    description: 'An employment contract registered in the labour contracts system.',
    value: z.object({ employer: text, position: text }).strict(),
  },
  UNEMPLOYMENT: {
    agency: 'labour',
    health: false,
    description: 'Registration as unemployed with a state employment office.',
    value: z.object({ office: text }).strict(),
  },
  INSURED_YEARS: {
    agency: 'pension-fund',
    health: false,
    description: 'Length of social-insurance record, as of the fact date.',
    value: z.object({ years: z.number().int().min(0).max(80), months: z.number().int().min(0).max(11) }).strict(),
  },
  DISABILITY: {
    agency: 'medical-expertise',
    health: true,
    description: 'A disability determined by the medical and social expertise commission.',
    value: z
      .object({
        group: z.enum(['I', 'II', 'III', 'CHILD']),
        cause: z.enum(['GENERAL', 'WORK_INJURY', 'OCCUPATIONAL', 'WAR', 'CHILDHOOD']),
        reviewDate: isoDate.optional(),
      })
      .strict(),
  },
  MEDICAL_CONDITION: {
    agency: 'health',
    health: true,
    description: 'A chronic medical condition on record (ICD-10 code).',
    value: z.object({ icd10: z.string().regex(/^[A-Z]\d{2}(\.\d{1,2})?$/), chronic: z.boolean() }).strict(),
  },
  STUDENT: {
    agency: 'education',
    health: false,
    description: 'Enrolment in an educational institution.',
    value: z
      .object({
        institution: text,
        level: z.enum(['SCHOOL', 'VOCATIONAL', 'BACHELOR', 'MASTER', 'DOCTORATE']),
        fullTime: z.boolean(),
      })
      .strict(),
  },
  REAL_ESTATE: {
    agency: 'property',
    health: false,
    description: 'Ownership of a registered real estate object.',
    value: z
      .object({
        propertyType: z.enum(['APARTMENT', 'HOUSE', 'COMMERCIAL', 'OTHER']),
        areaSqm: z.number().positive().max(1e6),
        districtCode: z.string().min(4).max(8),
        cadastralNumber: text,
      })
      .strict(),
  },
  LAND: {
    agency: 'property',
    health: false,
    description: 'Ownership or use of a land plot.',
    value: z.object({ hectares: z.number().positive().max(1e5), landUse: z.enum(['AGRICULTURAL', 'RESIDENTIAL', 'OTHER']) }).strict(),
  },
  VEHICLE: {
    agency: 'transport',
    health: false,
    description: 'A motor vehicle registered to the person.',
    value: z.object({ make: text, model: text, year: z.number().int().min(1900).max(2100), engineCc: z.number().int().min(0).max(20000) }).strict(),
  },
  BIRTH: {
    agency: 'justice',
    health: false,
    description: 'Birth registration; the subject is the child.',
    value: z
      .object({
        motherPin: pin,
        fatherPin: pin.optional(),
        districtCode: z.string().min(4).max(8),
        firstName: z.string().trim().min(1).max(100).optional(),
        lastName: z.string().trim().min(1).max(100).optional(),
        sex: z.enum(['FEMALE', 'MALE']).optional(),
      })
      .strict(),
  },
  DEATH: {
    agency: 'justice',
    health: false,
    description: 'Death registration; the subject is the deceased.',
    value: z.object({ certificateNumber: text }).strict(),
  },
  MARRIAGE: {
    agency: 'justice',
    health: false,
    description: 'Marriage registration.',
    value: z.object({ spousePin: pin }).strict(),
  },
  DIVORCE: {
    agency: 'justice',
    health: false,
    description: 'Divorce registration.',
    value: z.object({ spousePin: pin }).strict(),
  },
  REGISTERED_ADDRESS: {
    agency: 'interior',
    health: false,
    description: 'Registered place of residence.',
    value: z.object({ address: text, districtCode: z.string().min(4).max(8) }).strict(),
  },
  RESIDENCE_PERMIT: {
    agency: 'migration',
    health: false,
    description: 'A residence permit of a foreign citizen or stateless person.',
    value: z.object({ permitType: z.enum(['TEMPORARY', 'PERMANENT']) }).strict(),
  },
  ABROAD_STAY: {
    agency: 'border',
    health: false,
    description: 'A stay abroad recorded at the border.',
    value: z.object({ country: z.string().regex(/^[A-Z]{3}$/), days: z.number().int().min(1).max(36600) }).strict(),
  },
  MILITARY_SERVICE: {
    agency: 'conscription',
    health: false,
    description: 'Active military service.',
    value: z.object({ serviceType: z.enum(['CONSCRIPT', 'CONTRACT']) }).strict(),
  },
  IDP_STATUS: {
    agency: 'idp-committee',
    health: false,
    description: 'Status of an internally displaced person.',
    value: z.object({ originDistrictCode: z.string().min(4).max(8) }).strict(),
  },
  BANK_DEPOSIT: {
    agency: 'central-bank',
    health: false,
    description: 'Deposits held with a bank, as reported to the central bank.',
    value: z.object({ bank: text, amount }).strict(),
  },
  ELECTRICITY_CONSUMPTION: {
    agency: 'azerishiq',
    health: false,
    description: 'Electricity consumed in one month at the registered address.',
    value: z.object({ month, kwh: z.number().nonnegative().max(1e7) }).strict(),
  },
  WATER_CONSUMPTION: {
    agency: 'azersu',
    health: false,
    description: 'Water consumed in one month at the registered address.',
    value: z.object({ month, cubicMetres: z.number().nonnegative().max(1e7) }).strict(),
  },
  GAS_CONSUMPTION: {
    agency: 'azeriqaz',
    health: false,
    description: 'Gas consumed in one month at the registered address.',
    value: z.object({ month, cubicMetres: z.number().nonnegative().max(1e7) }).strict(),
  },
  IMPORT_DECLARATION: {
    agency: 'customs',
    health: false,
    description: 'Goods imported by the person as an individual.',
    value: z.object({ valueAzn: amount }).strict(),
  },
  FARMER_REGISTRATION: {
    agency: 'agriculture',
    health: false,
    description: 'Registration as a farmer in the electronic agriculture system.',
    value: z.object({ hectaresCultivated: z.number().nonnegative().max(1e5) }).strict(),
  },
  // --- stream "changes" (issue 13): what a citizen declares and an agency would confirm ---
  HOUSEHOLD_CHANGE: {
    agency: 'interior',
    health: false,
    description: 'A change in who lives in the household: a member moved in or out, or a child was born (declared by a member until the civil registry confirms it).',
    value: z.object({ householdChange: z.enum(['JOINED', 'LEFT', 'BORN']), memberPin: pin.optional() }).strict(),
  },
  CARE: {
    agency: 'labour',
    // Names a person with a disability (caredForPin): a health datum, read only with the health scope.
    health: true,
    description: 'Care of a person with a disability: who cares for whom, started or stopped (declared by the carer until the social protection agency confirms it).',
    value: z.object({ careChange: z.enum(['STARTED', 'STOPPED']), caredForPin: pin }).strict(),
  },
} as const;

export type FactKind = keyof typeof FACT_KINDS;
export type FactValue<K extends FactKind> = z.infer<(typeof FACT_KINDS)[K]['value']>;

export const FACT_KIND_NAMES = Object.keys(FACT_KINDS) as FactKind[];
export const isFactKind = (value: string): value is FactKind => Object.hasOwn(FACT_KINDS, value);
export const kindsOwnedBy = (agency: string): FactKind[] => FACT_KIND_NAMES.filter((k) => FACT_KINDS[k].agency === agency);
