import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { derivedInput, factInput, stepsOf } from '../../engine/src/rules/explain.ts';
import { DISABILITY_STEP_CODES } from '../../engine/src/rules/disability.ts';
import { TSA_STEP_CODES } from '../../engine/src/rules/tsa.ts';
import type { RuleFact, RuleInputRecord } from '../../engine/src/rules/types.ts';
import { inputSummary } from '../../subgraphs/benefits/src/services/decision-explanation.ts';

/**
 * Gives a seeded household's decision the record the engine writes (engine/src/rules/explain.ts):
 * an input per fact of every member (incomes, the head's health fact), the household's size, and a
 * step derived from the health fact; and gives the head a REGISTERED_ADDRESS fact. What the tests
 * then must not see is derived from these same records, not written by hand.
 */
export interface SeededDecision {
  readonly decisionId: string;
  readonly inputs: ReturnType<typeof factInput>[];
  readonly healthInput: ReturnType<typeof factInput>;
  readonly addressFactId: string;
  readonly address: string;
}

/** `registeredAddress`: the REGISTERED_ADDRESS fact's address (default: the household's address line). */
export const seedDecisionRecord = async (databaseUrl: string, householdId: string, pins: readonly string[], registeredAddress?: string): Promise<SeededDecision> => {
  const db = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const head = pins[0] ?? '';
    const addressFactId = randomUUID();
    const { rows: addressRows } = await db.query<{ address_line: string; district_code: string }>('select address_line, district_code from households.household where id = $1', [householdId]);
    const address = registeredAddress ?? addressRows[0]?.address_line ?? '';
    await db.query(
      `insert into facts.fact (id, agency_code, subject_pin, kind, value, valid_from, source_reference) values ($1, 'interior', $2::text, 'REGISTERED_ADDRESS', $3, '2020-01-01', 'ADDR-' || $2::text)`,
      [addressFactId, head, JSON.stringify({ address, districtCode: addressRows[0]?.district_code ?? '' })],
    );
    const { rows } = await db.query<{ id: string; kind: RuleFact['kind']; subject_pin: string; value: Record<string, unknown>; valid_from: string; valid_to: string | null; recorded_at: Date }>(
      `select id, kind, subject_pin, value, valid_from::text, valid_to::text, recorded_at from facts.fact where subject_pin = any($1) and kind in ('INCOME', 'DISABILITY') order by subject_pin, valid_from`,
      [pins],
    );
    const facts: RuleFact[] = rows.map((r) => ({ id: r.id, kind: r.kind, subjectPin: r.subject_pin, value: r.value, validFrom: r.valid_from, validTo: r.valid_to, recordedAt: r.recorded_at.toISOString() }));
    const inputs = facts.map(factInput);
    const healthFact = facts.find((f) => f.kind === 'DISABILITY');
    const healthInput = inputs.find((i) => i.kind === 'DISABILITY');
    if (!healthFact || !healthInput) throw new Error('seed the household withHealthFact()');
    const group = String(healthFact.value['group']);
    const steps = [
      stepsOf(TSA_STEP_CODES)('TSA_MEMBERS', `The household has ${pins.length} members on 2025-01-01.`, String(pins.length), { members: pins.length, date: '2025-01-01' }),
      stepsOf(DISABILITY_STEP_CODES)('DISABILITY_DETERMINED', `Disability group ${group} determined from ${healthFact.validFrom}.`, group, { group, from: healthFact.validFrom }),
    ];
    const { rows: decisions } = await db.query<{ id: string }>(
      `update benefits.decision set inputs = $2, steps = $3 where subject_pin = $1 returning id`,
      [head, JSON.stringify([derivedInput('HOUSEHOLD_SIZE', `${pins.length} members on 2025-01-01`, null, 'HOUSEHOLD_SIZE', { count: pins.length, date: '2025-01-01' }), ...inputs]), JSON.stringify(steps)],
    );
    const decisionId = decisions[0]?.id;
    if (!decisionId) throw new Error('seed the household withBenefit()');
    // What the tests look for is the summary as the registry renders it to a reader (English here).
    const asRead = (input: RuleInputRecord): RuleInputRecord => ({ ...input, summary: inputSummary({ summary: input.summary, values: input.values ?? null }, 'en') });
    return { decisionId, inputs: inputs.map(asRead), healthInput: asRead(healthInput), addressFactId, address };
  } finally {
    await db.end();
  }
};
