import { findTranslation } from '@usr/shared/i18n';
import { useEffect, useId, useRef, useState } from 'react';
import type { AccessLogFilter } from '../generated/graphql.ts';
import { useLang } from './context.ts';
import { formatDateTime } from './i18n.ts';
import { AuditAccessLogQuery } from './queries.ts';
import { PIN } from './routes.tsx';
import { LoadError, Loading } from './Status.tsx';
import { Pager } from './Pager.tsx';
import { useRegistryQuery } from './use-registry-query.ts';

const SERVICES = ['persons', 'households', 'agency-facts', 'benefits', 'payments'] as const;
const PAGE = 50;

/** Auditors: the whole access log, newest first, narrowed by person and service. Reads only. */
export const AuditLogPage = () => {
  const { s, t, lang } = useLang();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [subjectPin, setSubjectPin] = useState('');
  const [service, setService] = useState('');
  const [pinInvalid, setPinInvalid] = useState(false);
  const [filter, setFilter] = useState<AccessLogFilter>({});
  const [offset, setOffset] = useState(0);
  const state = useRegistryQuery({ query: AuditAccessLogQuery, variables: { filter, offset } });

  const show = () => {
    const pin = subjectPin.trim().toUpperCase();
    if (pin && !PIN.test(pin)) {
      setPinInvalid(true);
      return;
    }
    setPinInvalid(false);
    setOffset(0);
    setFilter({ ...(pin ? { subjectPin: pin } : {}), ...(service ? { service } : {}) });
  };

  const page = state.data?.accessLog;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {s.auditLogTitle}
      </h1>
      <p>{s.auditLogIntro}</p>
      <form
        role="search"
        aria-label={s.auditLogTitle}
        className="card search-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          show();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-pin`}>{s.subjectPin}</label>
          <input id={`${id}-pin`} className="mono" maxLength={7} autoComplete="off" value={subjectPin} aria-invalid={pinInvalid} onChange={(e) => setSubjectPin(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-service`}>{s.serviceLabel}</label>
          <select id={`${id}-service`} value={service} onChange={(e) => setService(e.target.value)}>
            <option value="">{s.anyService}</option>
            {SERVICES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-action">
          <button type="submit">{s.show}</button>
        </div>
        {pinInvalid && (
          <p className="error small full" role="alert">
            {s.pinInvalid}
          </p>
        )}
      </form>
      {state.loading && <Loading />}
      {state.error && <LoadError error={state.error} onRetry={state.reload} />}
      {page && page.items.length === 0 && <p className="card">{s.noEntries}</p>}
      {page && page.items.length > 0 && (
        <div className="card table-wrap" tabIndex={0} role="region" aria-label={s.auditLogTitle}>
          <table className="log-table">
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{s.subject}</th>
                <th scope="col">{s.reader}</th>
                <th scope="col">{t.purpose}</th>
                <th scope="col">{t.fieldsRead}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((e) => (
                <tr key={e.seq}>
                  <td className="nowrap">
                    <time dateTime={e.at}>{formatDateTime(lang, e.at)}</time>
                    <div className="small muted">#{e.seq}</div>
                  </td>
                  <td className="mono nowrap">{e.subject.pin}</td>
                  <td>
                    {t.accessors[e.accessorKind] ?? e.accessorKind}
                    <div className="small muted">
                      {e.clientId} · {e.service}
                    </div>
                  </td>
                  <td>{findTranslation(lang, `enum.PurposeOfUse.${e.purpose}`) ?? e.purpose}</td>
                  <td className="small fields">{e.fields.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page && <Pager page={page} size={PAGE} onOffset={setOffset} />}
    </>
  );
};
