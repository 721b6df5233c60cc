import { formatQepik, parseMoney, rules, type RuleMember, type RuleResult } from '../rules/index.ts';
import { withParameterChanges, type ParameterChange } from '../rules/parameters.ts';

/**
 * The dry run of a parameter draft (issue #15 item 4): every case of the population (or of the
 * sample the approver chose) is decided twice by the real rule modules, with the approved
 * parameters and as if the draft were approved (withParameterChanges), and only the figures are
 * kept: how many decisions change, by how much (a distribution), the monthly cost change and a few
 * examples. Streamed: one case at a time, so memory stays flat however large the population (a
 * RANDOM sample keeps its N cases' figures, N chosen by the approver).
 */

/** One household as the rules read it on the dry run's date. */
export interface DryRunCase {
  readonly householdId: string;
  readonly regionCode: string;
  readonly members: readonly RuleMember[];
}

/** Which part of the population the approver runs the draft on. */
export type DryRunSample =
  | { readonly kind: 'ALL' }
  | { readonly kind: 'REGION'; readonly regionCode: string }
  /** Households whose hash falls below the share (a stable pseudo-random share, 0 < share ≤ 1). */
  | { readonly kind: 'SHARE'; readonly share: number; readonly seed?: number }
  /** Exactly N households chosen at random (the N smallest hashes: order-independent). */
  | { readonly kind: 'RANDOM'; readonly count: number; readonly seed?: number };

/** The benefits the dry run decides: the ones decided from a household's or a person's facts. */
export const DRY_RUN_BENEFITS = ['TSA', 'OLD_AGE_PENSION', 'DISABILITY_PENSION', 'DISABILITY_ALLOWANCE'] as const;

/** Bounds of the per-decision monthly change, in AZN, for the distribution (upper bound exclusive). */
export const DELTA_BUCKETS = [-100, -50, -20, -5, 0, 5, 20, 50, 100] as const;

export interface DryRunBucket {
  /** AZN, inclusive; null: unbounded below. */
  readonly from: number | null;
  /** AZN, exclusive; null: unbounded above. */
  readonly to: number | null;
  readonly decisions: number;
}

export interface DryRunExample {
  readonly benefitCode: string;
  readonly subjectPin: string;
  /** Monthly amount today; null when refused. */
  readonly before: string | null;
  readonly after: string | null;
}

export interface DryRunReport {
  /** Households assessed. */
  readonly assessed: number;
  /** Decisions (benefit × household or person) whose outcome or monthly amount would change. */
  readonly changed: number;
  readonly newlyGranted: number;
  readonly newlyRefused: number;
  /** After − before, summed over the changed decisions (Money string, may be negative). */
  readonly monthlyCostDelta: string;
  readonly monthlyCostBefore: string;
  readonly monthlyCostAfter: string;
  /** The changed decisions by their monthly change. */
  readonly distribution: readonly DryRunBucket[];
  readonly examples: readonly DryRunExample[];
}

export interface DryRunOptions {
  /** The day decided (default: the draft's earliest date, when it first takes effect). */
  readonly on?: string;
  readonly sample?: DryRunSample;
  /** At most this many examples (default 20), the changed decisions with the smallest hashes. */
  readonly examples?: number;
}

/** One decision's figures, before and after. */
interface Outcome {
  readonly benefitCode: string;
  readonly subjectPin: string;
  readonly beforeQ: number | null;
  readonly afterQ: number | null;
}

/** FNV-1a of the household id and seed: a stable, order-independent pseudo-random number. */
const hashOf = (id: string, seed: number): number => {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};

/** Whether (hash, id) comes before the other: hash order, ids breaking ties (no order dependence). */
const before = (a: { hash: number; id: string }, b: { hash: number; id: string }): boolean => a.hash < b.hash || (a.hash === b.hash && a.id < b.id);

/**
 * The N households of a RANDOM sample: the N smallest (hash, id) seen so far, in a bounded max-heap
 * (O(log N) a household, N entries held whatever the population). `after` leaves out every household
 * at or before a (hash, id) already taken, for a caller that draws the sample in several passes.
 */
export class SmallestHashes<T = undefined> {
  readonly #heap: { hash: number; id: string; value: T }[] = [];
  readonly #count: number;
  readonly #seed: number;
  readonly #after: { hash: number; id: string } | null;

  constructor(count: number, seed: number, after: { hash: number; id: string } | null = null) {
    this.#count = count;
    this.#seed = seed;
    this.#after = after;
  }

  /** The household's place if it would be kept now, else null (so a caller decides only those). */
  wouldKeep(id: string): { hash: number; id: string } | null {
    const entry = { hash: hashOf(id, this.#seed), id };
    if (this.#after && !before(this.#after, entry)) return null;
    const top = this.#heap[0];
    return this.#heap.length < this.#count || (top && before(entry, top)) ? entry : null;
  }

  /** Offers a household (its place from wouldKeep) with what to keep of it. */
  keep(at: { hash: number; id: string }, value: T): void {
    const entry = { hash: at.hash, id: at.id, value };
    if (this.#heap.length < this.#count) {
      this.#heap.push(entry);
      this.#up(this.#heap.length - 1, entry);
    } else this.#down(0, entry);
  }

  /** Places the entry at i or above (the largest on top). */
  #up(from: number, entry: { hash: number; id: string; value: T }): void {
    const heap = this.#heap;
    let i = from;
    for (let parent = heap[(i - 1) >> 1]; i > 0 && parent && before(parent, entry); parent = heap[(i - 1) >> 1]) {
      heap[i] = parent;
      i = (i - 1) >> 1;
    }
    heap[i] = entry;
  }

  /** Places the entry at i or below, in place of what was at i. */
  #down(from: number, entry: { hash: number; id: string; value: T }): void {
    const heap = this.#heap;
    let i = from;
    for (;;) {
      const left = heap[2 * i + 1];
      const right = heap[2 * i + 2];
      const [child, at] = left && right && before(left, right) ? [right, 2 * i + 2] : [left, 2 * i + 1];
      if (!child || !before(entry, child)) break;
      heap[i] = child;
      i = at;
    }
    heap[i] = entry;
  }

  /** The kept households, smallest (hash, id) first. */
  sorted(): { hash: number; id: string; value: T }[] {
    return [...this.#heap].sort((a, b) => (before(a, b) ? -1 : 1));
  }
}

/** Whether a SHARE sample leaves this household out (so a caller can skip reading it at all). */
export const outOfShare = (householdId: string, sample: DryRunSample): boolean =>
  sample.kind === 'SHARE' && hashOf(householdId, sample.seed ?? 1) >= sample.share * 2 ** 32;

const monthlyQ = (result: RuleResult | undefined): number | null => (result?.outcome === 'GRANTED' && result.monthlyAmount ? parseMoney(result.monthlyAmount) : null);

/** The decisions of one household on `on`: TSA for the household, the person-level benefits per member. */
const decide = (c: DryRunCase, on: string, benefits: ReadonlySet<string>): { benefitCode: string; subjectPin: string; q: number | null }[] => {
  const out: { benefitCode: string; subjectPin: string; q: number | null }[] = [];
  const head = c.members.find((m) => m.relation === 'HEAD') ?? c.members[0];
  if (benefits.has('TSA') && head) out.push({ benefitCode: 'TSA', subjectPin: head.person.pin, q: monthlyQ(rules.tsa({ householdId: c.householdId, applicationDate: on, members: c.members })) });
  const pension = benefits.has('OLD_AGE_PENSION');
  const disability = benefits.has('DISABILITY_PENSION') || benefits.has('DISABILITY_ALLOWANCE');
  for (const m of pension || disability ? c.members : []) {
    if (m.person.deathDate) continue;
    if (pension) out.push({ benefitCode: 'OLD_AGE_PENSION', subjectPin: m.person.pin, q: monthlyQ(rules.oldAgePension({ person: m.person, facts: m.facts }, on)) });
    if (disability && m.facts.some((f) => f.kind === 'DISABILITY')) {
      const result = rules.disability({ person: m.person, facts: m.facts }, on);
      out.push({ benefitCode: result?.benefitCode ?? 'DISABILITY_PENSION', subjectPin: m.person.pin, q: monthlyQ(result) });
    }
  }
  return out;
};

/** Decides one household with and without the draft: the decisions that differ. */
export const changedDecisions = (c: DryRunCase, draft: readonly ParameterChange[], on: string): Outcome[] => {
  const benefits = new Set(draft.map((d) => d.benefitCode));
  const before = decide(c, on, benefits);
  const after = withParameterChanges(draft, () => decide(c, on, benefits));
  const out: Outcome[] = [];
  before.forEach((b, i) => {
    const a = after[i];
    if (a && a.q !== b.q) out.push({ benefitCode: a.benefitCode, subjectPin: b.subjectPin, beforeQ: b.q, afterQ: a.q });
  });
  return out;
};

/** Sums figures; examples are the changed decisions with the smallest hashes. */
class Tally {
  assessed = 0;
  changed = 0;
  newlyGranted = 0;
  newlyRefused = 0;
  beforeQ = 0;
  afterQ = 0;
  readonly buckets = new Array<number>(DELTA_BUCKETS.length + 1).fill(0);
  readonly examples: { hash: number; example: DryRunExample }[] = [];
  readonly #maxExamples: number;

  constructor(maxExamples: number) {
    this.#maxExamples = maxExamples;
  }

  add(hash: number, outcomes: readonly Outcome[]): void {
    this.assessed += 1;
    for (const o of outcomes) {
      this.changed += 1;
      if (o.beforeQ === null) this.newlyGranted += 1;
      if (o.afterQ === null) this.newlyRefused += 1;
      this.beforeQ += o.beforeQ ?? 0;
      this.afterQ += o.afterQ ?? 0;
      const deltaAzn = ((o.afterQ ?? 0) - (o.beforeQ ?? 0)) / 100;
      const bucket = DELTA_BUCKETS.findIndex((bound) => deltaAzn < bound);
      const at = bucket < 0 ? DELTA_BUCKETS.length : bucket;
      this.buckets[at] = (this.buckets[at] ?? 0) + 1;
      this.#example(hash, { benefitCode: o.benefitCode, subjectPin: o.subjectPin, before: o.beforeQ === null ? null : formatQepik(o.beforeQ), after: o.afterQ === null ? null : formatQepik(o.afterQ) });
    }
  }

  #example(hash: number, example: DryRunExample): void {
    if (this.#maxExamples === 0) return;
    const last = this.examples.at(-1);
    if (this.examples.length >= this.#maxExamples && last && last.hash <= hash) return;
    const at = this.examples.findIndex((e) => e.hash > hash);
    this.examples.splice(at < 0 ? this.examples.length : at, 0, { hash, example });
    if (this.examples.length > this.#maxExamples) this.examples.pop();
  }

  report(): DryRunReport {
    return {
      assessed: this.assessed,
      changed: this.changed,
      newlyGranted: this.newlyGranted,
      newlyRefused: this.newlyRefused,
      monthlyCostDelta: formatQepik(this.afterQ - this.beforeQ),
      monthlyCostBefore: formatQepik(this.beforeQ),
      monthlyCostAfter: formatQepik(this.afterQ),
      distribution: this.buckets.map((decisions, i) => ({ from: DELTA_BUCKETS[i - 1] ?? null, to: DELTA_BUCKETS[i] ?? null, decisions })),
      examples: this.examples.map((e) => e.example),
    };
  }
}

/** Runs a draft over the cases (streamed) and reports its figures. */
export const runDryRun = async (cases: AsyncIterable<DryRunCase> | Iterable<DryRunCase>, draft: readonly ParameterChange[], options: DryRunOptions = {}): Promise<DryRunReport> => {
  if (draft.length === 0) throw new RangeError('A dry run needs at least one drafted value.');
  const on = options.on ?? draft.map((d) => d.effectiveFrom).reduce((a, b) => (a < b ? a : b));
  const sample = options.sample ?? { kind: 'ALL' };
  const tally = new Tally(options.examples ?? 20);
  const seed = sample.kind === 'SHARE' || sample.kind === 'RANDOM' ? (sample.seed ?? 1) : 1;
  if (sample.kind === 'SHARE' && !(sample.share > 0 && sample.share <= 1)) throw new RangeError('The share is above 0 and at most 1.');
  if (sample.kind === 'RANDOM' && !(Number.isSafeInteger(sample.count) && sample.count > 0)) throw new RangeError('The count is a positive integer.');
  // RANDOM: the N smallest hashes seen so far, with their figures.
  const kept = sample.kind === 'RANDOM' ? new SmallestHashes<Outcome[]>(sample.count, seed) : null;
  for await (const c of cases) {
    if (sample.kind === 'REGION' && c.regionCode !== sample.regionCode) continue;
    if (outOfShare(c.householdId, sample)) continue;
    if (kept) {
      const at = kept.wouldKeep(c.householdId);
      if (at) kept.keep(at, changedDecisions(c, draft, on));
      continue;
    }
    tally.add(hashOf(c.householdId, seed), changedDecisions(c, draft, on));
  }
  for (const k of kept?.sorted() ?? []) tally.add(k.hash, k.value);
  return tally.report();
};
