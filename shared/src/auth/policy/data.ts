import { Kind, parse } from 'graphql';
import { FACT_KIND_NAMES, FACT_KINDS, type FactKind } from '../../domain/fact-kinds.ts';
import { HEALTH_SCOPE, type Viewer } from '../viewer.ts';
import { readsEveryone } from './callers.ts';

/**
 * Data classes and how each is shown, whatever field or type reaches it. The SDL marks the fields
 * that reveal one with `@tag(name: "datum/<class>")` (see DATUM_TAGS), so the schema documents it and
 * the generated walk (test/datum-walk.test.ts) checks every such field for every role.
 *
 * - contact: a person's phone and address, wherever written (Person, Household, a REGISTERED_ADDRESS
 *   fact's value): auditors read them masked;
 * - bank-account: an IBAN: auditors read its last four characters;
 * - fact: an agency fact's value or anything derived from it (a decision's inputs and explanation):
 *   readable under the fact's own rule, i.e. the subject's record rule, and health kinds only with
 *   health access (see mayReadHealthOf);
 * - health: a field that tells which benefit a record is about, for a benefit whose type reveals
 *   health (benefits.ts): the whole record follows the health rule of its person.
 */
export type DatumClass = 'contact' | 'bank-account' | 'fact' | 'health';

export const DATUM_TAGS: Readonly<Record<`datum/${DatumClass}`, DatumClass>> = {
  'datum/contact': 'contact',
  'datum/bank-account': 'bank-account',
  'datum/fact': 'fact',
  'datum/health': 'health',
};

export interface DatumField {
  readonly type: string;
  readonly field: string;
  readonly datum: DatumClass;
}

/** The fields an SDL marks `@tag(name: "datum/<class>")`, sorted: what ACCESS.md lists and the walk checks. */
export const datumFieldsOf = (sdl: string): DatumField[] => {
  const fields: DatumField[] = [];
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      for (const directive of field.directives ?? []) {
        const name = directive.name.value === 'tag' ? directive.arguments?.find((a) => a.name.value === 'name')?.value : undefined;
        const datum = name?.kind === Kind.STRING ? DATUM_TAGS[name.value as keyof typeof DATUM_TAGS] : undefined;
        if (datum) fields.push({ type: definition.name.value, field: field.name.value, datum });
      }
    }
  }
  return fields.sort((a, b) => `${a.type}.${a.field}`.localeCompare(`${b.type}.${b.field}`));
};

/** What of a masked value stays readable: the last N characters. */
const KEEP = { phone: 2, address: 0, iban: 4 } as const;
export type MaskedDatum = keyof typeof KEEP;

const masksFor = (viewer: Viewer): boolean => viewer.kind === 'auditor';

/** The masked form of a datum (what auditors read): stars, and the last characters its class keeps. */
export const masked = (datum: MaskedDatum, value: string): string => {
  const keep = KEEP[datum];
  return `${'*'.repeat(Math.max(0, value.length - keep))}${keep > 0 ? value.slice(-keep) : ''}`;
};

/** A contact or bank datum as this caller may read it: auditors see it masked, everyone else in clear. */
export const maskFor = (viewer: Viewer, datum: MaskedDatum, value: string): string => (masksFor(viewer) ? masked(datum, value) : value);

/** Whether this caller reads contact and bank data masked (for the walk and ACCESS.md). */
export const readsMasked = (viewer: Viewer, datum: DatumClass): boolean => (datum === 'contact' || datum === 'bank-account') && masksFor(viewer);

export const HEALTH_KINDS: readonly FactKind[] = FACT_KIND_NAMES.filter((kind) => FACT_KINDS[kind].health);

export const isHealthKind = (kind: string): boolean => (HEALTH_KINDS as readonly string[]).includes(kind);

/**
 * Whether the caller may read health data about `subjectPin` once the subject's record rule has
 * granted the record: the subject themself, the engine, auditors and admins; caseworkers, internal
 * apps and appeals officers (an appeal of a disability decision) only with the `health` scope (kept
 * by the verifier only with the health-data role); never a fellow household member.
 */
export const mayReadHealthOf = (viewer: Viewer, subjectPin: string | null | undefined): boolean => {
  if (viewer.kind === 'citizen') return subjectPin !== null && subjectPin !== undefined && viewer.pin === subjectPin;
  if (readsEveryone(viewer)) return true;
  return (viewer.kind === 'caseworker' || viewer.kind === 'internal' || viewer.kind === 'appeals-officer') && viewer.scopes.has(HEALTH_SCOPE);
};

/** An agency feed reads single facts its own agency supplied (never a person's list of facts). */
export const suppliedTheFact = (viewer: Viewer, agencyCode: string): boolean => viewer.kind === 'agency' && viewer.agency !== undefined && viewer.agency === agencyCode;

/** Fact kinds left out of a caller's lists of someone else's facts. */
export const hiddenFactKinds = (viewer: Viewer): readonly FactKind[] =>
  (viewer.kind === 'caseworker' || viewer.kind === 'internal') && !viewer.scopes.has(HEALTH_SCOPE) ? HEALTH_KINDS : [];
