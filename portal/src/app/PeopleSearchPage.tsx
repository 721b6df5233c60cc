import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { PersonSearch } from '../generated/graphql.ts';
import { usePurpose, useSession } from './context.ts';
import { DateInput } from './DateInput.tsx';
import { Pager } from './Pager.tsx';
import { PurposeNeeded } from './Purpose.tsx';
import { RegionsQuery, SearchPeopleQuery } from './queries.ts';
import { PIN } from './routes.tsx';
import { LoadError, Loading } from './Status.tsx';
import { useRegistryQuery } from './use-registry-query.ts';
import { useSpeech } from './i18n/intl.ts';

/**
 * Find a person. Caseworkers search their own region (the registry adds and enforces it; the page
 * names it), auditors anyone. Each person found links to what the workspace does with them:
 * caseworkers open the record, auditors the decisions.
 */
export const PeopleSearchPage = ({ opens }: { /** Where a person found leads: `${opens}/${pin}`. */ opens: string }) => {
  const speech = useSpeech();
  const { t, date } = speech;
  // The caseworker's region code; auditors have none and may choose one.
  const { region } = useSession();
  const target = (pin: string) => `${opens}/${encodeURIComponent(pin)}`;
  const { purpose } = usePurpose();
  const navigate = useNavigate();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [birthDateInvalid, setBirthDateInvalid] = useState(false);
  const [regionCode, setRegionCode] = useState('');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<'criterion' | 'pin' | 'birthDate' | null>(null);
  const [filter, setFilter] = useState<PersonSearch | null>(null);
  const [offset, setOffset] = useState(0);
  const regions = useRegistryQuery({ query: RegionsQuery });
  const results = useRegistryQuery({ query: SearchPeopleQuery, variables: { filter: filter ?? {}, offset }, pause: !filter || !purpose });
  const regionName = (code: string | undefined) =>
    (code ? speech.code('region', code) : '');

  const search = () => {
    if (birthDateInvalid) {
      setProblem('birthDate');
      return;
    }
    const criteria: PersonSearch = {};
    if (name.trim().length >= 2) criteria.name = name.trim();
    if (birthDate) criteria.birthDate = birthDate;
    if (!region && regionCode) criteria.regionCode = regionCode;
    if (Object.keys(criteria).length === 0) {
      setProblem('criterion');
      return;
    }
    setProblem(null);
    setOffset(0);
    setFilter(criteria);
  };

  const openPin = () => {
    const wanted = pin.trim().toUpperCase();
    if (!PIN.test(wanted)) {
      setProblem('pin');
      return;
    }
    setProblem(null);
    void navigate(target(wanted));
  };

  const page = results.data?.searchPersons;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('staff.findPerson')}
      </h1>
      <p>{region ? t('staff.searchIntroCaseworker', { region: regionName(region) }) : t('staff.searchIntroAuditor')}</p>
      {!purpose && <PurposeNeeded />}
      <section className="card" aria-labelledby={`${id}-form`}>
        <h2 id={`${id}-form`} className="visually-hidden">
          {t('staff.findPerson')}
        </h2>
        <form
          role="search"
          aria-label={t('staff.findPerson')}
          className="search-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            search();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('staff.nameLabel')}</label>
            <input id={`${id}-name`} name="name" autoComplete="off" value={name} aria-describedby={`${id}-name-hint`} onChange={(e) => setName(e.target.value)} />
            <span id={`${id}-name-hint`} className="small muted">
              {t('staff.nameHint')}
            </span>
          </div>
          <div className="field">
            <DateInput
              legend={t('portal.birthDate')}
              onChange={(iso, invalid) => {
                setBirthDate(iso);
                setBirthDateInvalid(invalid);
              }}
            />
          </div>
          {!region && (
            <div className="field">
              <label htmlFor={`${id}-region`}>{t('staff.regionLabel')}</label>
              <select id={`${id}-region`} name="regionCode" value={regionCode} onChange={(e) => setRegionCode(e.target.value)}>
                <option value="">{t('staff.anyRegion')}</option>
                {regions.data?.regions.map((r) => (
                    <option key={r.code} value={r.code}>
                      {speech.code('region', r.code)}
                    </option>
                  ))}
              </select>
            </div>
          )}
          <div className="field field-action">
            <button type="submit" disabled={!purpose}>
              {t('staff.search')}
            </button>
          </div>
        </form>
        <form
          className="search-form pin-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            openPin();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-pin`}>{t('staff.pinSearchLabel')}</label>
            <input
              id={`${id}-pin`}
              name="pin"
              className="mono"
              autoComplete="off"
              maxLength={7}
              value={pin}
              aria-invalid={problem === 'pin'}
              onChange={(e) => setPin(e.target.value)}
            />
          </div>
          <div className="field field-action">
            <button type="submit" className="outline" disabled={!purpose}>
              {t('staff.open')}
            </button>
          </div>
        </form>
        {problem && (
          <p className="error small" role="alert">
            {problem === 'pin' ? t('staff.pinInvalid') : problem === 'birthDate' ? t('portal.dateInvalid') : t('staff.searchNeedsCriterion')}
          </p>
        )}
      </section>
      {results.loading && <Loading />}
      {results.error && <LoadError error={results.error} onRetry={results.reload} />}
      {page && (
        <section className="card" aria-labelledby={`${id}-results`}>
          <h2 id={`${id}-results`}>{t('staff.results')}</h2>
          {page.items.length === 0 ? (
            <p>{t('staff.noResults')}</p>
          ) : (
            <ul className="list people">
              {page.items.map((p) => (
                <li key={p.pin}>
                  <div>
                    <strong>{[p.lastName, p.firstName, p.patronymic].filter(Boolean).join(' ')}</strong>
                    <div className="small muted">
                      <span className="mono">{p.pin}</span> · {date(p.birthDate)} · {speech.code('district', p.address.district.code)}
                    </div>
                  </div>
                  <Link to={target(p.pin)} className="button-link">
                    {region ? t('staff.openRecord') : t('staff.openDecisions')}
                    <span className="visually-hidden">: {[p.firstName, p.lastName].join(' ')}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <Pager page={page} size={20} onOffset={setOffset} />
        </section>
      )}
    </>
  );
};
