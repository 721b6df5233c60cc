import { readFileSync } from 'node:fs';
import { parse as parseMessage, TYPE } from '@formatjs/icu-messageformat-parser';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AGENCIES, BENEFIT_TYPES, ECONOMIC_REGIONS } from '@usr/shared';
import { CATALOGUES, LANGUAGES, PURPOSES_OF_USE } from '@usr/shared/i18n';
import { ENGINE_TEXT_CODES } from '../engine/src/catalogue-codes.ts';
import { POPULATION_TEXT_CODES } from '../population/src/benefits.ts';

/**
 * Everything a person may read has a text in every language. The list of what needs one is
 * DERIVED from the code that produces it, never written out here: the step, reason and SMS codes
 * the engine (and the synthetic population) declare as data, the enums of the composed supergraph, the benefit, agency and
 * geography catalogues, the members of the FactValue union. A code added anywhere without its
 * texts fails here; a text whose code no longer exists fails too.
 */

const supergraph = parse(readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8'));

/** Enums only machines read: agency-feed and bank rejections, federation plumbing. */
const MACHINE_FACING_ENUMS = new Set([
  'join__Graph',
  'link__Purpose',
  'BankStatementRejectionCode',
  'BankStatementStatus',
  'BirthRegistrationErrorCode',
  'FactRejectionCode',
  'FactSubmissionOutcome',
  'HouseholdEventErrorCode',
  'PayrollRejectionCode',
]);

const enumKeys = supergraph.definitions.flatMap((d) =>
  d.kind === Kind.ENUM_TYPE_DEFINITION && !MACHINE_FACING_ENUMS.has(d.name.value) ? (d.values ?? []).map((v) => `enum.${d.name.value}.${v.name.value}`) : [],
);

const objectFields = (typeName: string): string[] => {
  const type = supergraph.definitions.find((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === typeName);
  return type?.kind === Kind.OBJECT_TYPE_DEFINITION ? (type.fields ?? []).map((f) => f.name.value) : [];
};
const factValueUnion = supergraph.definitions.find((d) => d.kind === Kind.UNION_TYPE_DEFINITION && d.name.value === 'FactValue');
const factFieldKeys = factValueUnion?.kind === Kind.UNION_TYPE_DEFINITION ? (factValueUnion.types ?? []).flatMap((t) => objectFields(t.name.value).map((f) => `factField.${t.name.value}.${f}`)) : [];

const parameterUnits = supergraph.definitions.flatMap((d) => (d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'ParameterUnit' ? (d.values ?? []).map((v) => v.name.value) : []));

/** What needs a text, by area (the key prefix), derived from the code. */
const REQUIRED: Record<string, readonly string[]> = {
  step: [...ENGINE_TEXT_CODES.steps, ...POPULATION_TEXT_CODES.steps].map((c) => `step.${c}`),
  reason: [...ENGINE_TEXT_CODES.reasons, ...POPULATION_TEXT_CODES.reasons].map((c) => `reason.${c}`),
  sms: ENGINE_TEXT_CODES.sms.map((c) => `sms.${c}`),
  benefit: BENEFIT_TYPES.map((b) => `benefit.${b.code}`),
  enum: enumKeys,
  agency: AGENCIES.map((a) => `agency.${a.code}`),
  region: ECONOMIC_REGIONS.map((r) => `region.${r.code}`),
  district: ECONOMIC_REGIONS.flatMap((r) => r.districts.map((d) => `district.${d.code}`)),
  factField: factFieldKeys,
  parameterValue: parameterUnits.map((u) => `parameterValue.${u}`),
};

/** Texts kept without a code that emits them: the general reason shown for an unknown reason code. */
const KEPT_WITHOUT_EMITTER = new Set(['reason.NOT_ELIGIBLE']);

describe('the catalogue covers everything a person reads', () => {
  it('derives a non-trivial list from the code', () => {
    expect(ENGINE_TEXT_CODES.steps.length).toBeGreaterThanOrEqual(24);
    expect(enumKeys.length).toBeGreaterThan(80);
    expect(factFieldKeys.length).toBeGreaterThan(40);
  });

  it.each(LANGUAGES)('has every required text in %s', (language) => {
    const catalogue: Readonly<Record<string, string>> = CATALOGUES[language];
    const missing = Object.values(REQUIRED)
      .flat()
      .filter((key) => !catalogue[key]?.trim());
    expect(missing).toEqual([]);
  });

  it('keeps no text for a code nothing emits any more', () => {
    const required = new Set(Object.values(REQUIRED).flat());
    const stale = Object.keys(CATALOGUES.en).filter((key) => {
      const area = key.slice(0, key.indexOf('.'));
      return area in REQUIRED && !required.has(key) && !KEPT_WITHOUT_EMITTER.has(key);
    });
    expect(stale).toEqual([]);
  });

  it.each(LANGUAGES)('names every reason an adult may have (TSA_ADULT_REASON) in %s', (language) => {
    const [select] = parseMessage(CATALOGUES[language]['step.TSA_ADULT_REASON']).filter((e) => e.type === TYPE.select);
    expect(select?.type === TYPE.select ? Object.keys(select.options) : []).toEqual(expect.arrayContaining([...ENGINE_TEXT_CODES.adultReasons]));
  });

  it('has the purposes of use the header accepts exactly as the SDL enum PurposeOfUse', () => {
    const sdl = supergraph.definitions.flatMap((d) => (d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'PurposeOfUse' ? (d.values ?? []).map((v) => v.name.value) : []));
    expect([...PURPOSES_OF_USE].sort()).toEqual(sdl.sort());
  });

  it('writes Russian in Cyrillic (an English text left in ru.ts fails)', () => {
    const latinOnly = Object.entries(CATALOGUES.ru).filter(([key, text]) => !key.startsWith('language.') && /[A-Za-z]/.test(text.replace(/\{[^{}]*\}/g, '')) && !/[А-Яа-яЁё]/.test(text));
    expect(latinOnly).toEqual([]);
  });
});
