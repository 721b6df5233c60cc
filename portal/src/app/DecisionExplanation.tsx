import type { Language as ReaderLanguage } from '@usr/shared/i18n';
import type { Language } from '../generated/graphql.ts';
import { useSpeech } from './i18n/intl.ts';

/** The GraphQL `Language` of a portal language. */
export const languageOf = (language: ReaderLanguage): Language => (language === 'az' ? 'AZ' : language === 'ru' ? 'RU' : 'EN');

/** What the citizen pages read of a decision (the record's and the application's alike). */
export interface ExplainedDecision {
  readonly id: string;
  readonly summary: string;
  /** Null when the explanation uses data the reader may not see (never for one's own decision's own data). */
  readonly steps: ReadonlyArray<{ readonly position: number; readonly plain: string; readonly formula?: string | null; readonly result: string }> | null;
  readonly inputs: ReadonlyArray<{
    readonly kind: string;
    readonly summary: string;
    readonly factId?: string | null;
    readonly fact?: { readonly id: string; readonly contested: boolean; readonly sourceReference: string } | null;
  }>;
}

/**
 * A decision in plain language: one sentence, the steps in the chosen language, and the facts it
 * used, each marked when the person has contested it (an open correction request).
 */
export const DecisionExplanation = ({ decision }: { decision: ExplainedDecision }) => {
  const { t, code } = useSpeech();
  return (
    <div className="explanation">
      <p className="summary">{decision.summary}</p>
      {decision.steps && decision.steps.length > 0 && (
        <details>
          <summary>{t('portal.howDecided')}</summary>
          <ol className="steps">
            {[...decision.steps]
              .sort((a, b) => a.position - b.position)
              .map((s) => (
                <li key={s.position}>
                  {s.plain}
                  {s.formula ? <code className="small"> {s.formula}</code> : null} → <strong>{s.result}</strong>
                </li>
              ))}
          </ol>
        </details>
      )}
      {decision.inputs.length > 0 && (
        <details>
          <summary>{t('portal.whatWasUsed')}</summary>
          <ul className="inputs">
            {decision.inputs.map((input, i) => (
              <li key={`${input.factId ?? 'input'}-${i}`} className={input.fact?.contested ? 'contested' : undefined}>
                <strong>{code('enum.FactKind', input.kind)}</strong>: {input.summary}
                {input.fact?.contested && (
                  <span className="badge">
                    {t('portal.contested')}
                    <span className="visually-hidden"> ({t('portal.inputContested')})</span>
                  </span>
                )}
                {input.fact && <span className="mono small muted"> · {input.fact.sourceReference}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
};
