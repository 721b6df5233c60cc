import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import type { Language as ReaderLanguage, MessageKey } from '@usr/shared/i18n';
import type { DraftErrorFieldsFragment, ParameterVersionFieldsFragment } from '../../generated/graphql.ts';
import { useSession } from '../context.ts';
import { DateInput } from '../DateInput.tsx';
import { languageOf } from '../DecisionExplanation.tsx';
import { RULES_EDITOR } from '../auth.ts';
import { useSpeech } from '../i18n/intl.ts';
import { Loading, StaffLoadError } from '../Status.tsx';
import { useRegistryQuery } from '../use-registry-query.ts';
import { DraftParameterChangeMutation, ParametersQuery } from './rules-queries.ts';
import { Refusal, bakuToday, byBenefit, failureKey, parameterLabel, valueText } from './rules-parts.tsx';

type Version = ParameterVersionFieldsFragment;
type Texts = Record<ReaderLanguage, string>;

const EMPTY_TEXTS: Texts = { az: '', ru: '', en: '' };
const IN_LANGUAGE: Record<ReaderLanguage, MessageKey> = { az: 'rules.inAz', ru: 'rules.inRu', en: 'rules.inEn' };

/** A value as typed: digits with a decimal point or comma, not negative; undefined otherwise. */
export const parseValue = (typed: string): number | undefined => {
  const normal = typed.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : undefined;
};

/** One text of the legal basis in the three languages, each field marked with its language. */
const ThreeLanguages = ({ label, value, multiline, onChange }: { label: MessageKey; value: Texts; multiline?: boolean; onChange: (next: Texts) => void }) => {
  const { t } = useSpeech();
  const id = useId();
  return (
    <>
      {(['az', 'ru', 'en'] as const).map((l) => (
        <div className="field" key={l}>
          <label htmlFor={`${id}-${l}`}>
            {t(label)} ({t(IN_LANGUAGE[l])})
          </label>
          {multiline ? (
            <textarea id={`${id}-${l}`} lang={l} rows={2} maxLength={1000} value={value[l]} onChange={(e) => onChange({ ...value, [l]: e.target.value })} />
          ) : (
            <input id={`${id}-${l}`} lang={l} maxLength={1000} value={value[l]} onChange={(e) => onChange({ ...value, [l]: e.target.value })} />
          )}
        </div>
      ))}
    </>
  );
};

type Outcome = { kind: 'created'; draftId: string; replay: boolean } | { kind: 'refused'; error: DraftErrorFieldsFragment } | { kind: 'invalid' | 'failed'; key: MessageKey };

/**
 * A rules editor drafts a change of one parameter: the new value, the day it takes effect, and the
 * legal basis (act, article, date, what it says, in az, ru and en). Sent with an idempotency key
 * kept until the registry answers with a draft, so a retry never drafts twice. The registry's
 * refusals (unknown parameter, a gap or an overlap naming its dates) are shown as sentences.
 */
export const DraftFormPage = () => {
  const speech = useSpeech();
  const { t, language, code } = speech;
  const { roles } = useSession();
  const state = useRegistryQuery({ query: ParametersQuery, variables: { language: languageOf(language) } });
  const [, draftChange] = useMutation(DraftParameterChangeMutation);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const ids = useId();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [parameter, setParameter] = useState('');
  const [value, setValue] = useState('');
  const [from, setFrom] = useState({ iso: '', invalid: false });
  const [until, setUntil] = useState({ iso: '', invalid: false });
  const [sourced, setSourced] = useState(true);
  const [act, setAct] = useState<Texts>(EMPTY_TEXTS);
  const [article, setArticle] = useState('');
  const [actDate, setActDate] = useState({ iso: '', invalid: false });
  const [text, setText] = useState<Texts>(EMPTY_TEXTS);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  // The last parameters read: the form stays while they are read again in another language, so what is typed stays.
  const [loaded, setLoaded] = useState(state.data);
  if (state.data && state.data !== loaded) setLoaded(state.data);

  if (!roles?.has(RULES_EDITOR)) return <p className="card">{t('rules.editorsOnly')}</p>;

  const versions = loaded?.parameterVersions ?? [];
  const today = bakuToday();
  const [benefitCode = '', name = ''] = parameter.split('/');
  const chosen: Version | undefined = versions
    .filter((v) => v.benefitCode === benefitCode && v.name === name && v.effectiveFrom <= today)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
    .at(-1) ?? versions.find((v) => v.benefitCode === benefitCode && v.name === name);
  const filled = (texts: Texts) => Object.values(texts).every((s) => s.trim() !== '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = parseValue(value);
    if (!chosen || !from.iso || !reason.trim() || !filled(act) || !filled(text)) return setOutcome({ kind: 'invalid', key: 'rules.draftMissing' });
    if (number === undefined) return setOutcome({ kind: 'invalid', key: 'rules.draftValueInvalid' });
    if (from.invalid || until.invalid || actDate.invalid) return setOutcome({ kind: 'invalid', key: 'rules.draftDateInvalid' });
    setBusy(true);
    setOutcome(undefined);
    const input = {
      idempotencyKey: key,
      reason: reason.trim(),
      changes: [
        {
          benefitCode: chosen.benefitCode,
          name: chosen.name,
          value: number,
          effectiveFrom: from.iso,
          effectiveUntil: until.iso || null,
          sourced,
          legalBasis: { act, article: article.trim() || null, date: actDate.iso || null, text },
        },
      ],
    };
    void draftChange({ input }).then((result) => {
      setBusy(false);
      const payload = result.data?.draftParameterChange;
      if (!payload) return setOutcome({ kind: 'failed', key: failureKey(result.error) });
      if (payload.error) return setOutcome({ kind: 'refused', error: payload.error });
      if (!payload.draft) return setOutcome({ kind: 'failed', key: 'rules.failed' });
      // Answered: the next draft gets a key of its own.
      setKey(crypto.randomUUID());
      setOutcome({ kind: 'created', draftId: payload.draft.id, replay: !payload.changed });
    });
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('rules.draftTitle')}
      </h1>
      <p>{t('rules.draftIntro')}</p>
      {state.loading && !loaded && <Loading />}
      {state.error && <StaffLoadError error={state.error} onRetry={state.reload} />}
      {loaded && (
        <form className="card rules-form" noValidate onSubmit={submit} aria-labelledby={`${ids}-title`}>
          <h2 id={`${ids}-title`} className="visually-hidden">
            {t('rules.draftTitle')}
          </h2>
          <div className="field">
            <label htmlFor={`${ids}-parameter`}>{t('rules.draftParameter')}</label>
            <select id={`${ids}-parameter`} value={parameter} aria-describedby={chosen ? `${ids}-unit` : undefined} onChange={(e) => setParameter(e.target.value)}>
              <option value="">{t('rules.draftParameterChoose')}</option>
              {byBenefit(versions).map(([benefit, list]) => (
                <optgroup key={benefit} label={code('benefit', benefit)}>
                  {[...new Set(list.map((v) => v.name))].map((n) => (
                    <option key={n} value={`${benefit}/${n}`}>
                      {parameterLabel(speech, n)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            {chosen && (
              <p id={`${ids}-unit`} className="small muted">
                {t('rules.draftUnit', { unit: t(`enum.ParameterUnit.${chosen.unit}`), current: valueText(speech, chosen.unit, chosen.value) })}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${ids}-value`}>{t('rules.draftValue')}</label>
            <input id={`${ids}-value`} inputMode="decimal" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} />
          </div>
          <DateInput legend={t('rules.draftFrom')} onChange={(iso, invalid) => setFrom({ iso, invalid })} />
          <DateInput legend={t('rules.draftUntil')} onChange={(iso, invalid) => setUntil({ iso, invalid })} />
          <div className="check">
            <input id={`${ids}-sourced`} type="checkbox" checked={sourced} onChange={(e) => setSourced(e.target.checked)} />
            <label htmlFor={`${ids}-sourced`}>{t('rules.draftSourced')}</label>
          </div>
          <fieldset>
            <legend>{t('rules.draftBasis')}</legend>
            <ThreeLanguages label="rules.draftAct" value={act} onChange={setAct} />
            <div className="field">
              <label htmlFor={`${ids}-article`}>{t('rules.draftArticle')}</label>
              <input id={`${ids}-article`} maxLength={100} value={article} onChange={(e) => setArticle(e.target.value)} />
            </div>
            <DateInput legend={t('rules.draftActDate')} onChange={(iso, invalid) => setActDate({ iso, invalid })} />
            <ThreeLanguages label="rules.draftText" value={text} multiline onChange={setText} />
          </fieldset>
          <div className="field">
            <label htmlFor={`${ids}-reason`}>{t('rules.draftReason')}</label>
            <textarea id={`${ids}-reason`} rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          {(outcome?.kind === 'invalid' || outcome?.kind === 'failed') && (
            <p className="error" role="alert">
              {t(outcome.key)}
            </p>
          )}
          {outcome?.kind === 'refused' && <Refusal error={outcome.error} />}
          {outcome?.kind === 'created' && (
            <p className="notice" role="status">
              {t(outcome.replay ? 'rules.draftReplayed' : 'rules.draftCreated')} <Link to={`/drafts/${outcome.draftId}`}>{t('rules.openDraft')}</Link>
            </p>
          )}
          <div className="actions">
            <button type="submit" disabled={busy}>
              {busy ? t('rules.sending') : t('rules.draftSubmit')}
            </button>
          </div>
        </form>
      )}
    </>
  );
};
