import { useEffect, useId, useRef, useState } from 'react';
import { PURPOSES_OF_USE, bakuDayStart, isPurposeOfUse } from '@usr/shared/i18n';
import type { AccessLogFilter } from '../generated/graphql.ts';
import { DateInput } from './DateInput.tsx';
import { AuditAccessLogQuery } from './queries.ts';
import { PIN } from './routes.tsx';
import { LoadError, Loading } from './Status.tsx';
import { Pager } from './Pager.tsx';
import { useRegistryQuery } from './use-registry-query.ts';
import { usePurposeText } from './Purpose.tsx';
import { useSpeech } from './i18n/intl.ts';

const SERVICES = ['persons', 'households', 'agency-facts', 'benefits', 'payments'] as const;
const PAGE = 50;

/**
 * Auditors: the whole access log, newest first, with each reader's identity, narrowed by person,
 * service, reader, period (Baku days, both ends included) and declared purpose. Reads only.
 */
export const AuditLogPage = () => {
  const { t, code, dateTime } = useSpeech();
  const purposeText = usePurposeText();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [subjectPin, setSubjectPin] = useState('');
  const [service, setService] = useState('');
  const [pinInvalid, setPinInvalid] = useState(false);
  const [accessor, setAccessor] = useState('');
  const [purpose, setPurpose] = useState('');
  const [from, setFrom] = useState({ iso: '', invalid: false });
  const [to, setTo] = useState({ iso: '', invalid: false });
  const [periodInvalid, setPeriodInvalid] = useState(false);
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
    const badPeriod = from.invalid || to.invalid || (from.iso !== '' && to.iso !== '' && from.iso > to.iso);
    setPeriodInvalid(badPeriod);
    if (badPeriod) return;
    const reader = accessor.trim();
    setOffset(0);
    setFilter({
      ...(pin ? { subjectPin: pin } : {}),
      ...(service ? { service } : {}),
      ...(reader ? { accessorSubject: reader } : {}),
      ...(isPurposeOfUse(purpose) ? { purpose } : {}),
      // The period is in Baku days; `to` is exclusive, so the last day is included.
      ...(from.iso ? { from: bakuDayStart(from.iso) } : {}),
      ...(to.iso ? { to: bakuDayStart(to.iso, 1) } : {}),
    });
  };

  const page = state.data?.accessLog;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('staff.auditLogTitle')}
      </h1>
      <p>{t('staff.auditLogIntro')}</p>
      <form
        role="search"
        aria-label={t('staff.auditLogTitle')}
        className="card search-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          show();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-pin`}>{t('staff.subjectPin')}</label>
          <input id={`${id}-pin`} className="mono" maxLength={7} autoComplete="off" value={subjectPin} aria-invalid={pinInvalid} onChange={(e) => setSubjectPin(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-service`}>{t('staff.serviceLabel')}</label>
          <select id={`${id}-service`} value={service} onChange={(e) => setService(e.target.value)}>
            <option value="">{t('staff.anyService')}</option>
            {SERVICES.map((name) => (
              <option key={name} value={name}>
                {code('portal.service', name)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-accessor`}>{t('staff.accessorLabel')}</label>
          <input id={`${id}-accessor`} className="mono" autoComplete="off" value={accessor} aria-describedby={`${id}-accessor-hint`} onChange={(e) => setAccessor(e.target.value)} />
          <span id={`${id}-accessor-hint`} className="small muted">
            {t('staff.accessorHint')}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-purpose`}>{t('staff.purposeFilter')}</label>
          <select id={`${id}-purpose`} value={purpose} onChange={(e) => setPurpose(e.target.value)}>
            <option value="">{t('staff.anyPurpose')}</option>
            {PURPOSES_OF_USE.map((code) => (
              <option key={code} value={code}>
                {t(`enum.PurposeOfUse.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <DateInput legend={t('staff.periodFrom')} onChange={(iso, invalid) => setFrom({ iso, invalid })} />
        </div>
        <div className="field">
          <DateInput legend={t('staff.periodTo')} onChange={(iso, invalid) => setTo({ iso, invalid })} />
        </div>
        <div className="field field-action">
          <button type="submit">{t('staff.show')}</button>
        </div>
        {pinInvalid && (
          <p className="error small full" role="alert">
            {t('staff.pinInvalid')}
          </p>
        )}
        {periodInvalid && (
          <p className="error small full" role="alert">
            {t('staff.periodInvalid')}
          </p>
        )}
      </form>
      {state.loading && <Loading />}
      {state.error && <LoadError error={state.error} onRetry={state.reload} />}
      {page && page.items.length === 0 && <p className="card">{t('staff.noEntries')}</p>}
      {page && page.items.length > 0 && (
        <div className="card table-wrap" tabIndex={0} role="region" aria-label={t('staff.auditLogTitle')}>
          <table className="log-table">
            <thead>
              <tr>
                <th scope="col">{t('portal.when')}</th>
                <th scope="col">{t('staff.subject')}</th>
                <th scope="col">{t('staff.reader')}</th>
                <th scope="col">{t('portal.purpose')}</th>
                <th scope="col">{t('portal.fieldsRead')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((e) => (
                <tr key={e.seq}>
                  <td className="nowrap">
                    <time dateTime={e.at}>{dateTime(e.at)}</time>
                    <div className="small muted">#{e.seq}</div>
                  </td>
                  <td className="mono nowrap">{e.subject.pin}</td>
                  <td>
                    {code('portal.accessor', e.accessorKind)}
                    {e.accessorSubject && <div className="small mono">{e.accessorSubject}</div>}
                  </td>
                  <td>{e.purposeCode ? t(`enum.PurposeOfUse.${e.purposeCode}`) : purposeText(e.purpose)}</td>
                  <td className="small">{code('portal.service', e.service)}</td>
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
