import type { CombinedError } from 'urql';
import type { MessageKey } from '@usr/shared/i18n';
import type { CoverageFieldsFragment, DraftErrorFieldsFragment, ParameterUnit, ParameterVersionFieldsFragment } from '../../generated/graphql.ts';

type CoverageProblem = CoverageFieldsFragment['problems'][number];
import { useSession } from '../context.ts';
import { useSpeech, type Speech } from '../i18n/intl.ts';
import { errorCodes } from '../registry-client.ts';

/**
 * What the rules screens share: a parameter's name and value in the reader's words, its legal
 * basis, the coverage check, a refusal as a sentence, who did a step. Every text comes from the
 * one catalogue (shared/src/i18n), every figure and date through its formatters.
 */

/** Today in Baku ("YYYY-MM-DD"; Azerbaijan keeps UTC+4 all year): which value is in force. */
export const bakuToday = (now: Date = new Date()): string => new Date(now.getTime() + 4 * 3_600_000).toISOString().slice(0, 10);

/** The parameter's label (staff.parameter.<name>), never its camelCase name. */
export const parameterLabel = (speech: Speech, name: string): string => speech.code('staff.parameter', name);

/** A value with its unit, money as money ("1 234,00 ₼ a person a month"). */
export const valueText = (speech: Speech, unit: ParameterUnit, value: number): string => speech.t(`parameterValue.${unit}`, { value });

/**
 * A gap or an overlap in one sentence naming its dates: the catalogue's `parameters.coverage.*`
 * with the benefit's and the parameter's names, as the registry words `CoverageProblem.message`.
 */
export const coverageText = (speech: Speech, problem: CoverageProblem): string => {
  const values = { benefit: speech.code('benefit', problem.benefitCode), parameter: parameterLabel(speech, problem.name), from: problem.from, until: problem.until ?? '' };
  switch (problem.kind) {
    case 'GAP':
      return speech.t(problem.until == null ? 'parameters.coverage.GAP_OPEN' : 'parameters.coverage.GAP', values);
    case 'OVERLAP':
      return speech.t('parameters.coverage.OVERLAP', values);
  }
};

/** A draft's or version's parameters by benefit then parameter, as `versions` come (catalogue order). */
export const byBenefit = <V extends { readonly benefitCode: string }>(versions: readonly V[]): Array<[string, V[]]> => {
  const groups = new Map<string, V[]>();
  for (const v of versions) groups.set(v.benefitCode, [...(groups.get(v.benefitCode) ?? []), v]);
  return [...groups];
};

/** The legal basis in the reader's language: act, article, date, what it says; a placeholder marked as such. */
export const Basis = ({ version }: { version: Pick<ParameterVersionFieldsFragment, 'legalBasis' | 'sourced'> }) => {
  const { t, date } = useSpeech();
  const b = version.legalBasis;
  return (
    <>
      {!version.sourced && (
        <>
          <strong className="placeholder">{t('parameters.placeholder')}</strong>
          <br />
        </>
      )}
      {b.act}
      {b.article && `, ${b.article}`}
      {b.date && ` (${date(b.date)})`}: <span className="muted">{b.text}</span>
    </>
  );
};

/** The coverage check in words: all clear, or each gap and overlap naming its dates. */
export const Coverage = ({ check, headingId, title }: { check: CoverageFieldsFragment; headingId: string; title: MessageKey }) => {
  const speech = useSpeech();
  const { t } = speech;
  return (
    <section className={`card coverage ${check.ok ? 'ok' : 'problems'}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{t(title)}</h2>
      {check.ok ? (
        <p>{t('rules.coverageOk')}</p>
      ) : (
        <>
          <p className="error">{t('rules.coverageProblems', { n: check.problems.length })}</p>
          <ul>
            {check.problems.map((p) => (
              <li key={`${p.benefitCode}-${p.name}-${p.kind}-${p.from}`}>{coverageText(speech, p)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};

/** A refusal the registry answered as data (OWN_DRAFT, COVERAGE_GAP ...), in a sentence, with the dates it names. */
export const Refusal = ({ error }: { error: DraftErrorFieldsFragment }) => {
  const speech = useSpeech();
  const { t } = speech;
  return (
    <div className="error" role="alert">
      <p>{t(`parameters.error.${error.code}`)}</p>
      {error.coverage.length > 0 && (
        <>
          <p>{t('rules.refusedCoverage')}</p>
          <ul>
            {error.coverage.map((p) => (
              <li key={`${p.benefitCode}-${p.name}-${p.kind}-${p.from}`}>{coverageText(speech, p)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};

/** The typed GraphQL errors a rules step may meet, each with its sentence; anything else is "try again". */
const ERROR_KEYS: Readonly<Record<string, MessageKey>> = {
  BAD_USER_INPUT: 'rules.error.BAD_USER_INPUT',
  FORBIDDEN: 'rules.error.FORBIDDEN',
  // The gateway's refusal of a field the caller's roles do not reach (@requiresScopes).
  UNAUTHORIZED_FIELD_OR_TYPE: 'rules.error.FORBIDDEN',
  NOT_FOUND: 'rules.error.NOT_FOUND',
};

/** The sentence (its key: a message shown follows a switch of language) for a step that failed with `error`. */
export const failureKey = (error: CombinedError | undefined): MessageKey => ERROR_KEYS[errorCodes(error)[0] ?? ''] ?? 'rules.failed';

/** Who did a step: "you", the staff member by name, or (never seen with a name) the account id, set apart. */
export const Who = ({ subject, name }: { subject: string; name?: string | null | undefined }) => {
  const { t } = useSpeech();
  const session = useSession();
  if (session.subject === subject) return <strong>{t('rules.you')}</strong>;
  // By name; an account the registry never saw with one reads as its id.
  return name ? <span>{name}</span> : <span className="mono">{subject}</span>;
};

/** A period: "from 1 January 2027", or "1 January 2027 to 31 December 2027". */
export const periodText = (speech: Speech, from: string, until: string | null | undefined): string =>
  until ? speech.t('rules.appliesFromUntil', { from, until }) : speech.t('rules.appliesFrom', { from });
