import { FACT_KINDS, type FactKind, type FactValue } from '@usr/shared';
import { instantOf, isoDate, isoInstant, type Day, type Instant } from './calendar.ts';
import type { GenerationContext } from './context.ts';
import type { Random } from './random.ts';
import type { FactRow } from './rows.ts';

/** One fact as an agency feed would send it; the writer adds id, agency, times and history. */
export interface FactDraft<K extends FactKind> {
  readonly kind: K;
  readonly subjectPin: string;
  readonly value: FactValue<K>;
  readonly validFrom: Day;
  readonly validTo: Day | null;
  /** Prefix of the feed's source reference, e.g. `TAX-2026-10`; a sequence number is appended. */
  readonly referencePrefix: string;
  /** Days after `reportedAfter` (default validFrom) until the agency sent it. */
  readonly delayDays: number;
  readonly reportedAfter?: Day;
}

/** What later steps (benefit decisions) need to cite a fact. */
export interface WrittenFact<K extends FactKind = FactKind> {
  readonly id: string;
  readonly kind: K;
  readonly value: FactValue<K>;
  readonly recordedAt: Instant;
  readonly validFrom: Day;
}

const OFFICE_HOURS = [9 * 60, 19 * 60] as const;

/**
 * Writes facts with their bitemporal bookkeeping: the agency of the kind (never chosen by hand),
 * recorded_at after valid_from and before the reference date (older events arrive with the
 * registry's launch migration), and, for a correction, the superseded original plus its
 * replacement under the same source reference (the unique index allows one current row each).
 */
export class FactWriter {
  readonly #ctx: GenerationContext;
  readonly #random: Random;

  constructor(ctx: GenerationContext, random: Random) {
    this.#ctx = ctx;
    this.#random = random;
  }

  /** When the registry received a fact about `validFrom`, reported `delayDays` after `after`. */
  recordedAt(validFrom: Day, after: Day, delayDays: number): Instant {
    const { launchDay, today } = this.#ctx;
    let day = Math.max(validFrom, after + delayDays);
    if (day < launchDay) day = launchDay + this.#random.int(0, 45);
    day = Math.min(day, today - 1);
    const minute = this.#random.int(OFFICE_HOURS[0], OFFICE_HOURS[1]);
    return instantOf(Math.max(day, validFrom), minute);
  }

  write<K extends FactKind>(draft: FactDraft<K>, correctedValue?: FactValue<K>): WrittenFact<K> {
    // Nothing the registry holds can have happened on the reference date or later.
    if (draft.validFrom >= this.#ctx.today) throw new Error(`a ${draft.kind} fact would begin on or after the reference date`);
    const recorded = this.recordedAt(draft.validFrom, draft.reportedAfter ?? draft.validFrom, draft.delayDays);
    const reference = this.#ctx.reference(draft.referencePrefix);
    // A correction arrives days or weeks later; none when there is no room before the reference date.
    const correctionDay = Math.floor(recorded / 1440) + this.#random.int(3, 40);
    if (correctedValue !== undefined && correctionDay <= this.#ctx.today - 1) {
      const corrected = instantOf(correctionDay, this.#random.int(OFFICE_HOURS[0], OFFICE_HOURS[1]));
      const originalId = this.#ctx.id('facts');
      const correctionId = this.#ctx.id('facts');
      this.#emit(originalId, draft, draft.value, recorded, reference, { by: correctionId, at: corrected });
      this.#emit(correctionId, draft, correctedValue, corrected, reference, null);
      return { id: correctionId, kind: draft.kind, value: correctedValue, recordedAt: corrected, validFrom: draft.validFrom };
    }
    const id = this.#ctx.id('facts');
    this.#emit(id, draft, draft.value, recorded, reference, null);
    return { id, kind: draft.kind, value: draft.value, recordedAt: recorded, validFrom: draft.validFrom };
  }

  #emit<K extends FactKind>(
    id: string,
    draft: FactDraft<K>,
    value: FactValue<K>,
    recorded: Instant,
    reference: string,
    supersededBy: { readonly by: string; readonly at: Instant } | null,
  ): void {
    const row: FactRow = {
      id,
      agencyCode: FACT_KINDS[draft.kind].agency,
      subjectPin: draft.subjectPin,
      kind: draft.kind,
      value,
      validFrom: isoDate(draft.validFrom),
      validTo: draft.validTo === null ? null : isoDate(Math.max(draft.validTo, draft.validFrom)),
      recordedAt: isoInstant(recorded),
      sourceReference: reference,
      supersededBy: supersededBy?.by ?? null,
      supersededAt: supersededBy ? isoInstant(supersededBy.at) : null,
    };
    this.#ctx.emit('facts', row);
  }
}
