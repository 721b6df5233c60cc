import { assertPin, badUserInput, forbidden, isPurposeOfUse, parsePage, toPageResult, type EntityManager, type PageArgs, type PurposeOfUse, type Viewer } from '@usr/shared';
import type { AuditContext } from '../context.ts';
import { categoriesOf, type DataCategory } from './visit-categories.ts';

/**
 * "Who looked at my data" as visits: the access log read back grouped by reader, request and
 * person, so one caseworker's search, record and answer are one visit, not fifty field paths. A
 * read-side view of the log: nothing here writes (how entries are written is the recorder's).
 */

const PAGE_BOUNDS = { defaultLimit: 20, maxLimit: 200, maxOffset: 10_000 };

export interface VisitCriteria {
  readonly subjectPin?: string | null | undefined;
  readonly accessorSubject?: string | null | undefined;
  readonly purpose?: PurposeOfUse | null | undefined;
  readonly readers?: 'PEOPLE' | 'AUTOMATED' | null | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
}

type ReaderRole = 'CASEWORKER' | 'AUDITOR' | 'ADMINISTRATOR' | 'INTERNAL_APPLICATION' | 'AUTOMATED_DECISION_SYSTEM' | 'HOUSEHOLD_MEMBER' | 'PERSON_THEMSELF';

/** Access-log accessor kinds (shared/src/auth/viewer.ts) as reader roles; systems are automated. */
const ROLES: Readonly<Record<string, { role: ReaderRole; automated: boolean }>> = {
  caseworker: { role: 'CASEWORKER', automated: false },
  auditor: { role: 'AUDITOR', automated: false },
  admin: { role: 'ADMINISTRATOR', automated: false },
  citizen: { role: 'HOUSEHOLD_MEMBER', automated: false },
  internal: { role: 'INTERNAL_APPLICATION', automated: true },
  engine: { role: 'AUTOMATED_DECISION_SYSTEM', automated: true },
};
const AUTOMATED_KINDS = Object.entries(ROLES)
  .filter(([, r]) => r.automated)
  .map(([kind]) => kind);

export interface Visit {
  readonly at: Date;
  readonly subject: { readonly pin: string };
  readonly reader: { readonly role: ReaderRole; readonly automated: boolean; readonly identity: string | null; readonly clientId: string | null; readonly office: string | null; readonly region: string | null };
  readonly purpose: PurposeOfUse | null;
  readonly categories: DataCategory[];
  readonly entries: number;
}

interface VisitRow {
  subject_pin: string;
  accessor_kind: string;
  accessor_subject: string;
  client_id: string;
  office: string;
  region: string;
  purpose: string;
  at: Date | string;
  entries: number;
  fields: string[] | null;
}

const findVisits = async (em: EntityManager, criteria: VisitCriteria, limit: number, offset: number): Promise<VisitRow[]> => {
  const where: string[] = [];
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return '?';
  };
  if (criteria.subjectPin) where.push(`l.subject_pin = ${bind(criteria.subjectPin)}`);
  if (criteria.accessorSubject) where.push(`l.accessor_subject = ${bind(criteria.accessorSubject)}`);
  if (criteria.purpose) where.push(`l.purpose = ${bind(criteria.purpose)}`);
  // The kinds are our own constants, never input: listed inline.
  const automated = AUTOMATED_KINDS.map((kind) => `'${kind}'`).join(', ');
  if (criteria.readers === 'AUTOMATED') where.push(`l.accessor_kind in (${automated})`);
  if (criteria.readers === 'PEOPLE') where.push(`l.accessor_kind not in (${automated})`);
  if (criteria.from) where.push(`l.at >= ${bind(criteria.from)}`);
  if (criteria.to) where.push(`l.at < ${bind(criteria.to)}`);
  const sql = `select l.subject_pin, l.accessor_kind, l.accessor_subject, l.client_id, l.purpose, min(l.at) as at,
      max(l.accessor_office) as office, max(l.accessor_region) as region,
      count(distinct l.seq)::int as entries, array_agg(distinct f.field) filter (where f.field is not null) as fields
    from audit.access_log l left join lateral unnest(l.fields) as f(field) on true
    ${where.length ? `where ${where.join(' and ')}` : ''}
    group by l.subject_pin, l.accessor_kind, l.accessor_subject, l.client_id, l.request_id, l.purpose
    order by min(l.at) desc, min(l.seq) desc
    limit ${bind(limit)} offset ${bind(offset)}`;
  return em.getConnection().execute<VisitRow[]>(sql, params);
};

/** Auditors and administrators see who; anyone else (the person themself) sees the role only. */
const seesIdentity = (viewer: Viewer) => viewer.kind === 'auditor' || viewer.kind === 'admin';

// A citizen's read of another person is a household member's; of their own record (a download of
// all their data, the only own read logged) it is the person themself.
const readerOf = (row: VisitRow): { role: ReaderRole; automated: boolean } =>
  row.accessor_kind === 'citizen' && row.purpose === 'OWN_DATA_EXPORT'
    ? { role: 'PERSON_THEMSELF', automated: false }
    : (ROLES[row.accessor_kind] ?? { role: 'INTERNAL_APPLICATION', automated: true });

const toVisit = (row: VisitRow, identity: boolean): Visit => {
  const reader = readerOf(row);
  return {
    at: row.at instanceof Date ? row.at : new Date(row.at),
    subject: { pin: row.subject_pin },
    reader: {
      ...reader,
      identity: identity ? row.accessor_subject : null,
      clientId: identity ? row.client_id : null,
      // Where a person works is what the person read is told; a system has no office.
      office: reader.automated || !row.office ? null : row.office,
      region: reader.automated || !row.region ? null : row.region,
    },
    purpose: isPurposeOfUse(row.purpose) ? row.purpose : null,
    categories: categoriesOf(row.fields ?? []),
    entries: row.entries,
  };
};

const visitsPage = async (ctx: AuditContext, criteria: VisitCriteria, pageArgs: PageArgs | null | undefined) => {
  if (criteria.from && criteria.to && criteria.from > criteria.to) throw badUserInput('filter.from', 'must not be after filter.to');
  const page = parsePage(pageArgs, PAGE_BOUNDS);
  const rows = await findVisits(ctx.orm(), criteria, page.limit + 1, page.offset);
  const identity = seesIdentity(ctx.viewer);
  return toPageResult(
    rows.map((row) => toVisit(row, identity)),
    page,
  );
};

/** A person's visits: themself, auditors and admins (the SDL keeps others out). */
export const personVisits = async (ctx: AuditContext, pin: string, criteria: VisitCriteria, pageArgs: PageArgs | null | undefined) => {
  assertPin(pin);
  if (ctx.viewer.kind === 'citizen' && ctx.viewer.pin !== pin) throw forbidden('Citizens may read only their own access log.');
  // A citizen filters their own visits by kind of reader and period, never by who.
  const own = ctx.viewer.kind === 'citizen' ? { ...criteria, accessorSubject: undefined } : criteria;
  return visitsPage(ctx, { ...own, subjectPin: pin }, pageArgs);
};

/** Every visit, for auditors and administrators. */
export const searchVisits = async (ctx: AuditContext, criteria: VisitCriteria, pageArgs: PageArgs | null | undefined) => {
  if (criteria.subjectPin) assertPin(criteria.subjectPin, 'filter.subjectPin');
  return visitsPage(ctx, criteria, pageArgs);
};
