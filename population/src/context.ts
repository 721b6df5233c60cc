import { bakuToday, dayFromCivil, firstDayOfMonth, monthOf, parseIsoDate, type Day, type MonthIndex } from './calendar.ts';
import { IdSequence } from './ids.ts';
import { PinIssuer } from './pins.ts';
import { hashString } from './random.ts';
import type { PopulationTable, RowSink } from './rows.ts';
import { DEMO_PINS } from './demo-persons.ts';

/** Members a household may have had, counting those who died: person numbers per household. */
export const PIN_SLOTS_PER_HOUSEHOLD = 16;

export interface PopulationOptions {
  /** Number of person rows to generate (the living and those who died in the last year). */
  readonly persons: number;
  /** Default 1. */
  readonly seed?: number;
  /** The reference date, YYYY-MM-DD; default today in Baku. */
  readonly today?: string;
}

/** Months of INCOME (and of payments) kept before the reference month. */
export const HISTORY_MONTHS = 12;
/** Months of utility consumption reported per household. */
export const UTILITY_MONTHS = 3;

/**
 * Everything shared by all households of one run: the reference date and the windows derived
 * from it, the PIN issuer, one id sequence per table, the agencies' source-reference counters,
 * and where rows go. It holds no per-person state, so memory does not grow with N.
 */
export class GenerationContext {
  readonly seed: number;
  /** Persons to generate; also the size of each PIN range (see household-generator.ts). */
  readonly persons: number;
  readonly today: Day;
  readonly todayIso: string;
  readonly currentMonth: MonthIndex;
  /** The first month of the INCOME history window (the window ends with the previous month). */
  readonly historyStartMonth: MonthIndex;
  /**
   * When the registry went live and the agencies' earlier records were migrated into it: facts
   * about older events carry a recorded_at shortly after this day.
   */
  readonly launchDay: Day;
  readonly pins: PinIssuer;
  readonly emit: RowSink;
  readonly #ids: Map<PopulationTable, IdSequence>;
  readonly #references = new Map<string, number>();

  constructor(options: PopulationOptions, emit: RowSink) {
    this.seed = options.seed ?? 1;
    if (!Number.isSafeInteger(this.seed) || this.seed < 0) throw new RangeError('seed must be a non-negative integer');
    this.persons = options.persons;
    this.todayIso = options.today ?? bakuToday();
    this.today = parseIsoDate(this.todayIso);
    this.currentMonth = monthOf(this.today);
    this.historyStartMonth = this.currentMonth - HISTORY_MONTHS;
    this.launchDay = Math.min(dayFromCivil(2019, 3, 1), this.today - 400);
    this.pins = new PinIssuer(this.seed, PIN_SLOTS_PER_HOUSEHOLD * options.persons, DEMO_PINS);
    this.emit = emit;
    const baseMs = (firstDayOfMonth(this.currentMonth) - 366) * 86_400_000;
    this.#ids = new Map();
    for (const table of ['households', 'memberships', 'facts', 'applications', 'decisions', 'assignments', 'paymentAccounts', 'payments'] as const) {
      this.#ids.set(table, new IdSequence(this.seed, hashString(table), baseMs));
    }
  }

  id(table: Exclude<PopulationTable, 'persons'>): string {
    const sequence = this.#ids.get(table);
    if (!sequence) throw new Error(`no id sequence for ${table}`);
    return sequence.next();
  }

  /** The next source reference of a feed, e.g. `TAX-2026-10` → `TAX-2026-10-000123`. */
  reference(prefix: string): string {
    const next = (this.#references.get(prefix) ?? 0) + 1;
    this.#references.set(prefix, next);
    return `${prefix}-${String(next).padStart(6, '0')}`;
  }
}
