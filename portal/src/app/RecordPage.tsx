import { useEffect, useId, useRef, useState } from 'react';
import type { MyRecordQuery } from '../generated/graphql.ts';
import { useLang, usePurpose } from './context.ts';
import { request } from './graphql-client.ts';
import { formatDate, formatDateTime, formatMoney, formatMonth } from './i18n.ts';
import { MyRecordQuery as MyRecordDocument, RequestFactCorrectionMutation } from './queries.ts';
import { DecisionExplanation, languageOf } from './DecisionExplanation.tsx';
import { Link } from './Link.tsx';
import { PurposeNeeded } from './Purpose.tsx';
import { LoadError, Loading, StaffLoadError } from './Status.tsx';
import { useQuery } from './use-query.ts';

type Person = MyRecordQuery['person'];
type Fact = Person['facts']['items'][number];
type Benefit = Person['benefits'][number];
type Decision = Person['decisions'][number];
type CorrectionRequest = Person['correctionRequests'][number];

/** The API's bounds for a correction request's reason (after trimming). */
const MAX_REASON = 1000;

const Section = ({ id, title, children }: { id: string; title: string; children: React.ReactNode }) => (
  <section className="card" aria-labelledby={id}>
    <h2 id={id}>{title}</h2>
    {children}
  </section>
);

/** "camelCase" → "Camel case", for the field names of a fact's value. */
const humanize = (key: string): string => {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const FactValue = ({ value }: { value: Fact['value'] }) => {
  const entries = Object.entries(value).filter(([k, v]) => k !== '__typename' && v !== null && v !== undefined);
  if (entries.length === 0) return null;
  return (
    <dl className="value">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{humanize(k)}</dt>
          <dd>{typeof v === 'boolean' ? (v ? '✓' : '—') : String(v as string | number)}</dd>
        </div>
      ))}
    </dl>
  );
};

const PersonalData = ({ person }: { person: Person }) => {
  const { t, lang } = useLang();
  const rows: Array<[string, string]> = [
    [t.name, [person.lastName, person.firstName, person.patronymic].filter(Boolean).join(' ')],
    [t.pin, person.pin],
    [t.birthDate, formatDate(lang, person.birthDate)],
    [t.sex, t.sexValues[person.sex] ?? person.sex],
    [t.phone, person.phone ?? t.notGiven],
    [t.address, `${person.address.line}, ${person.address.district.name}, ${person.address.region.name}`],
  ];
  return (
    <Section id="personal" title={t.personalData}>
      <dl className="pairs">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
};

const Household = ({ person, staff }: { person: Person; staff: boolean }) => {
  const { t, s, lang } = useLang();
  const members = person.household?.members ?? [];
  return (
    <Section id="household" title={staff ? s.household : t.household}>
      {members.length === 0 ? (
        <p>{t.noHousehold}</p>
      ) : (
        <ul className="list" aria-labelledby="household">
          {members.map((m) => (
            <li key={m.id} className={m.person.pin === person.pin ? 'me' : undefined}>
              <strong>
                {m.person.firstName} {m.person.lastName}
              </strong>
              <span className="muted"> · {t.relations[m.relation] ?? m.relation}</span>
              <div className="small">
                {t.birthDate}: {formatDate(lang, m.person.birthDate)} · {t.since}: {formatDate(lang, m.from)}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
};

/**
 * One benefit paid to the person, with the decision that assigned it when that decision is about
 * them (a benefit for a child, paid to the parent, is decided about the child: not shown here).
 */
const BenefitCard = ({ benefit, decision: d }: { benefit: Benefit; decision: Decision | undefined }) => {
  const { t, lang } = useLang();
  const headingId = `benefit-${benefit.id}`;
  return (
    <article className="benefit" aria-labelledby={headingId}>
      <h3 id={headingId}>{benefit.benefitType.name}</h3>
      <dl className="pairs">
        <div>
          <dt>{t.monthlyAmount}</dt>
          <dd>{formatMoney(lang, benefit.monthlyAmount)}</dd>
        </div>
        <div>
          <dt>{t.period}</dt>
          <dd>
            {formatDate(lang, benefit.periodFrom)} – {benefit.periodTo ? formatDate(lang, benefit.periodTo) : t.ongoing}
          </dd>
        </div>
        <div>
          <dt>{t.status}</dt>
          <dd>{t.assignmentStatus[benefit.status] ?? benefit.status}</dd>
        </div>
        {d && (
          <div>
            <dt>{t.decision}</dt>
            <dd>
              {t.outcomes[d.outcome] ?? d.outcome}, {t.decidedOn} {formatDate(lang, d.decidedAt)} ({t.ruleVersion} {d.ruleVersion})
            </dd>
          </div>
        )}
      </dl>
      {d && <DecisionExplanation decision={d} />}
      <h4>{t.payments}</h4>
      {benefit.payments.length === 0 ? (
        <p className="small">{t.noPayments}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`${t.payments}: ${benefit.benefitType.name}`}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.month}</th>
                <th scope="col">{t.amount}</th>
                <th scope="col">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {benefit.payments.map((p) => (
                <tr key={p.id}>
                  <td>{formatMonth(lang, p.month)}</td>
                  <td className="num">{formatMoney(lang, p.amount)}</td>
                  <td>{t.paymentStatus[p.status] ?? p.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
};

const Benefits = ({ person, staff }: { person: Person; staff: boolean }) => {
  const { t, s } = useLang();
  return (
    <Section id="benefits" title={staff ? s.benefits : t.benefits}>
      {person.benefits.length === 0 ? <p>{t.noBenefits}</p> : person.benefits.map((b) => <BenefitCard key={b.id} benefit={b} decision={person.decisions.find((d) => d.assignment?.id === b.id)} />)}
    </Section>
  );
};

const PaymentCards = ({ person }: { person: Person }) => {
  const { t, lang } = useLang();
  if (person.paymentAccounts.length === 0) return null;
  return (
    <Section id="card" title={t.paymentCard}>
      {person.paymentAccounts.map((a) => (
        <dl className="pairs" key={a.id}>
          <div>
            <dt>{t.bank}</dt>
            <dd>{a.bank}</dd>
          </div>
          <div>
            <dt>{t.branch}</dt>
            <dd>{a.branchAddress}</dd>
          </div>
          <div>
            <dt>{t.pickupDate}</dt>
            <dd>{formatDate(lang, a.cardPickupDate)}</dd>
          </div>
          <div>
            <dt>{t.cardNumber}</dt>
            <dd>
              <span className="mono">{a.cardNumberMasked}</span> · {t.accountStatus[a.status] ?? a.status}
            </dd>
          </div>
        </dl>
      ))}
    </Section>
  );
};

type ContestError = 'required' | 'tooLong' | 'failed';

/**
 * "Contest this fact": a disclosure button and a small form (reason, send, cancel). Escape or
 * Cancel closes it and gives focus back to the button; once sent, a confirmation takes the focus.
 */
const ContestFact = ({
  fact,
  contested,
  accessToken,
  onFiled,
}: {
  fact: Fact;
  contested: boolean;
  accessToken: string;
  onFiled: (request: CorrectionRequest) => void;
}) => {
  const { t } = useLang();
  const base = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ContestError | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const confirmation = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);
  useEffect(() => {
    if (sent) confirmation.current?.focus();
  }, [sent]);

  const close = () => {
    setOpen(false);
    setReason('');
    setError(null);
    toggle.current?.focus();
  };

  const submit = async () => {
    const trimmed = reason.trim();
    const invalid: ContestError | null = trimmed.length === 0 ? 'required' : trimmed.length > MAX_REASON ? 'tooLong' : null;
    if (invalid) {
      setError(invalid);
      field.current?.focus();
      return;
    }
    setError(null);
    setSending(true);
    try {
      const data = await request(RequestFactCorrectionMutation, { factId: fact.id, reason: trimmed }, accessToken);
      setSent(true);
      setOpen(false);
      onFiled(data.requestFactCorrection);
    } catch {
      setError('failed');
    } finally {
      setSending(false);
    }
  };

  if (sent) {
    return (
      <p ref={confirmation} className="notice small" role="status" tabIndex={-1}>
        {t.contestSent}
      </p>
    );
  }
  if (contested) return null;

  const errorText = error === 'required' ? t.contestReasonRequired : error === 'tooLong' ? t.contestReasonTooLong : error === 'failed' ? t.contestFailed : null;
  const describedBy = [`${base}-hint`, `${base}-count`, errorText ? `${base}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="contest">
      <button
        ref={toggle}
        type="button"
        className="outline"
        aria-expanded={open}
        aria-controls={open ? `${base}-form` : undefined}
        aria-describedby={`fact-${fact.id}-kind fact-${fact.id}-ref`}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {t.contestFact}
      </button>
      {open && (
        <form
          id={`${base}-form`}
          className="contest-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !sending) {
              e.preventDefault();
              close();
            }
          }}
        >
          <label htmlFor={`${base}-reason`}>{t.contestReasonLabel}</label>
          <p id={`${base}-hint`} className="small muted">
            {t.contestReasonHint}
          </p>
          <textarea
            ref={field}
            id={`${base}-reason`}
            name="reason"
            rows={4}
            maxLength={MAX_REASON}
            value={reason}
            aria-invalid={error === 'required' || error === 'tooLong'}
            aria-describedby={describedBy}
            onChange={(e) => setReason(e.target.value)}
          />
          <p id={`${base}-count`} className="small muted">
            {t.charactersLeft(MAX_REASON - reason.length)}
          </p>
          {errorText && (
            <p id={`${base}-error`} className="error small" role="alert">
              {errorText}
            </p>
          )}
          <div className="actions">
            <button type="submit" disabled={sending}>
              {sending ? t.contestSending : t.contestSubmit}
            </button>
            <button type="button" className="outline" onClick={close} disabled={sending}>
              {t.cancel}
            </button>
          </div>
        </form>
      )}
    </div>
  );
};

const Facts = ({
  person,
  contestedIds,
  accessToken,
  onFiled,
}: {
  person: Person;
  contestedIds: ReadonlySet<string>;
  accessToken: string;
  /** Absent for staff: only the person themself contests their facts. */
  onFiled: ((request: CorrectionRequest) => void) | undefined;
}) => {
  const { t, s, lang } = useLang();
  const byAgency = new Map<string, { name: string; facts: Fact[] }>();
  for (const fact of person.facts.items) {
    const group = byAgency.get(fact.agency.code) ?? { name: fact.agency.name, facts: [] };
    group.facts.push(fact);
    byAgency.set(fact.agency.code, group);
  }
  const groups = [...byAgency.entries()].sort(([, a], [, b]) => a.name.localeCompare(b.name));
  return (
    <Section id="facts" title={onFiled ? t.facts : s.facts}>
      <p className="small">{t.factsIntro}</p>
      {groups.length === 0 && <p>{t.noFacts}</p>}
      {groups.map(([code, group]) => (
        <section key={code} className="agency" aria-labelledby={`agency-${code}`}>
          <h3 id={`agency-${code}`}>
            {group.name} <span className="muted small">({t.factCount(group.facts.length)})</span>
          </h3>
          <ul className="list">
            {group.facts.map((f) => {
              const contested = contestedIds.has(f.id);
              return (
                <li key={f.id} className="fact">
                  <strong id={`fact-${f.id}-kind`}>{t.factKinds[f.kind] ?? f.kind}</strong>
                  {contested && <span className="badge">{t.contested}</span>}
                  <FactValue value={f.value} />
                  <div className="small">
                    {t.validFrom} {formatDate(lang, f.validFrom)} {t.validTo} {f.validTo ? formatDate(lang, f.validTo) : t.ongoing}
                  </div>
                  <div className="small">
                    {t.sourceReference}:{' '}
                    <span id={`fact-${f.id}-ref`} className="mono">
                      {f.sourceReference}
                    </span>{' '}
                    · {t.recordedAt} {formatDateTime(lang, f.recordedAt)}
                  </div>
                  {onFiled && <ContestFact fact={f} contested={contested} accessToken={accessToken} onFiled={onFiled} />}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {person.facts.hasMore && <p className="small">{t.moreFacts}</p>}
    </Section>
  );
};

const CorrectionRequests = ({ requests, staff }: { requests: readonly CorrectionRequest[]; staff: boolean }) => {
  const { t, s, lang } = useLang();
  return (
    <Section id="corrections" title={staff ? s.correctionRequests : t.correctionRequests}>
      {!staff && <p className="small">{t.correctionRequestsIntro}</p>}
      {requests.length === 0 ? (
        <p>{t.noCorrectionRequests}</p>
      ) : (
        <ul className="list" aria-labelledby="corrections">
          {requests.map((r) => (
            <li key={r.id}>
              <strong>{t.factKinds[r.fact.kind] ?? r.fact.kind}</strong> <span className="mono small">{r.fact.sourceReference}</span>
              <dl className="pairs small">
                <div>
                  <dt>{t.status}</dt>
                  <dd>
                    <span className={`state state-${r.status.toLowerCase()}`}>{t.correctionStatus[r.status] ?? r.status}</span>
                  </dd>
                </div>
                <div>
                  <dt>{t.yourReason}</dt>
                  <dd className="reason">{r.reason}</dd>
                </div>
                <div>
                  <dt>{t.requestedOn}</dt>
                  <dd>{formatDateTime(lang, r.requestedAt)}</dd>
                </div>
                {r.answeredAt && (
                  <div>
                    <dt>{t.answeredOn}</dt>
                    <dd>{formatDateTime(lang, r.answeredAt)}</dd>
                  </div>
                )}
                {r.answerReason && (
                  <div>
                    <dt>{t.agencyAnswer}</dt>
                    <dd className="reason">{r.answerReason}</dd>
                  </div>
                )}
                {r.correctingFact && (
                  <div>
                    <dt>{t.correctedBy}</dt>
                    <dd>
                      {t.factKinds[r.correctingFact.kind] ?? r.correctingFact.kind} · <span className="mono">{r.correctingFact.sourceReference}</span>
                    </dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
};

/** The record as loaded, with the requests filed since (newest first) folded in. */
const RecordSections = ({ person, accessToken, staff }: { person: Person; accessToken: string; staff: boolean }) => {
  const [filed, setFiled] = useState<CorrectionRequest[]>([]);
  const known = new Set(person.correctionRequests.map((r) => r.id));
  const requests = [...filed.filter((r) => !known.has(r.id)), ...person.correctionRequests];
  const contestedIds = new Set([
    ...person.facts.items.filter((f) => f.contested).map((f) => f.id),
    ...requests.filter((r) => r.status === 'OPEN').map((r) => r.fact.id),
  ]);
  const onFiled = (created: CorrectionRequest) => setFiled((list) => [created, ...list.filter((r) => r.id !== created.id)]);
  return (
    <>
      <PersonalData person={person} />
      <Household person={person} staff={staff} />
      <Benefits person={person} staff={staff} />
      <PaymentCards person={person} />
      <Facts person={person} contestedIds={contestedIds} accessToken={accessToken} onFiled={staff ? undefined : onFiled} />
      <CorrectionRequests requests={requests} staff={staff} />
    </>
  );
};

/** The citizen's own record ("My record"): they may contest its facts. */
export const RecordPage = ({ pin, accessToken }: { pin: string; accessToken: string }) => {
  const { t, lang } = useLang();
  const [state, reload] = useQuery(MyRecordDocument, { pin, language: languageOf(lang) }, accessToken);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.navRecord}
      </h1>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
      {state.status === 'done' && <RecordSections person={state.data.person} accessToken={accessToken} staff={false} />}
    </>
  );
};

/**
 * A person's record opened by a caseworker, read only, with the declared purpose (every read is
 * logged with it and the person sees it in "Who looked at my data").
 */
export const PersonRecordPage = ({ pin, accessToken }: { pin: string; accessToken: string }) => {
  const { s, lang } = useLang();
  const { purpose } = usePurpose();
  const [state, reload] = useQuery(MyRecordDocument, { pin, language: languageOf(lang) }, accessToken, { purpose, skip: !purpose });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const person = state.status === 'done' ? state.data.person : undefined;
  return (
    <>
      <p className="small">
        <Link to="/">← {s.backToSearch}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {person ? [person.lastName, person.firstName, person.patronymic].filter(Boolean).join(' ') : s.personRecord}
      </h1>
      {!purpose && <PurposeNeeded />}
      {purpose && (
        <p className="notice opened-for">
          {s.openedFor}: <strong>{s.purposes[purpose] ?? purpose}</strong>
        </p>
      )}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <StaffLoadError error={state.error} onRetry={reload} />}
      {person && <RecordSections person={person} accessToken={accessToken} staff />}
    </>
  );
};
