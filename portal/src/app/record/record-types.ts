import type { MyRecordQuery, RecordFactFragment } from '../../generated/graphql.ts';

/** A person's record as "My record" and a caseworker's view of it load it (one query, MyRecord). */
export type Person = MyRecordQuery['person'];
export type Fact = Person['facts']['items'][number];
/** The fields every fact on the record shows (a current fact, an earlier version, a fact naming the person). */
export type FactFields = RecordFactFragment;
export type Benefit = Person['benefits'][number];
export type Decision = Person['decisions'][number];
export type CorrectionRequest = Person['correctionRequests'][number];
