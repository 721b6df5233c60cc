import { useId, useRef } from 'react';
import type { Language as ReaderLanguage } from '@usr/shared/i18n';
import type { DecisionOutcome, Language, PaymentKind } from '../generated/graphql.ts';
import { useSpeech } from './i18n/intl.ts';
import { printOnly } from './print.ts';

/** The GraphQL `Language` of a portal language. */
export const languageOf = (language: ReaderLanguage): Language => (language === 'az' ? 'AZ' : language === 'ru' ? 'RU' : 'EN');

/** What the citizen pages read of a decision (the record's and the application's alike). */
export interface ExplainedDecision {
  readonly id: string;
  readonly referenceNumber: string;
  readonly outcome: DecisionOutcome;
  readonly decidedAt: string;
  readonly effectiveDate: string;
  readonly paymentKind: PaymentKind;
  readonly benefitType: { readonly code: string };
  readonly summary: string;
  /** The acts the decision rests on, in the reader's language. */
  readonly legalActs?: readonly string[];
  readonly steps?: ReadonlyArray<{ readonly position: number; readonly plain: string }> | null;
  readonly inputs: ReadonlyArray<{
    readonly kind: string;
    readonly factId?: string | null;
    /** The value in the reader's language; whose it is, `subject` (a fellow member's by name). */
    readonly summary?: string;
    readonly subject?: { readonly pin: string; readonly firstName?: string | null; readonly lastName?: string | null } | null;
    readonly fact?: { readonly id: string; readonly contested: boolean; readonly sourceReference: string } | null;
  }>;
}

/**
 * A decision as a letter: who decided what and when, its reference number, the decision in one
 * sentence, each step as a sentence in the reader's language with its figures formatted, and the
 * facts it used, each by member name with its value (an income by month), marked when the person
 * has contested it. Printable on its own.
 */
export const DecisionExplanation = ({ decision }: { decision: ExplainedDecision }) => {
  const { t, code, date } = useSpeech();
  const letter = useRef<HTMLElement>(null);
  const titleId = useId();
  const steps = [...(decision.steps ?? [])].sort((a, b) => a.position - b.position);
  return (
    <article ref={letter} className="letter" aria-labelledby={titleId}>
      <header className="letterhead">
        <p className="letter-from">{t('portal.appName')}</p>
        <dl className="pairs small">
          <div>
            <dt>{t('portal.letterReference')}</dt>
            <dd className="mono">{decision.referenceNumber}</dd>
          </div>
          <div>
            <dt>{t('portal.letterDate')}</dt>
            <dd>{date(decision.decidedAt)}</dd>
          </div>
        </dl>
      </header>
      <h4 id={titleId}>{t('portal.letterTitle', { benefit: code('benefit', decision.benefitType.code) })}</h4>
      <p className="summary">{decision.summary}</p>
      {steps.length > 0 && (
        <details>
          <summary>{t('portal.howDecided')}</summary>
          <ol className="steps">
            {steps.map((s) => (
              <li key={s.position}>{s.plain}</li>
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
                {input.subject?.firstName && (
                  <>
                    {input.subject.firstName} {input.subject.lastName}:{' '}
                  </>
                )}
                <strong>{code('enum.FactKind', input.kind)}</strong>
                {input.summary && <> · {input.summary}</>}
                {input.fact && (
                  <span className="small muted">
                    {' '}
                    · {t('portal.sourceReference')}: <span className="mono">{input.fact.sourceReference}</span>
                  </span>
                )}
                {input.fact?.contested && (
                  <span className="badge">
                    {t('portal.contested')}
                    <span className="visually-hidden"> ({t('portal.inputContested')})</span>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {decision.legalActs && decision.legalActs.length > 0 && (
        <section className="small">
          <h5>{t('portal.letterLegalBasis')}</h5>
          <ul>
            {decision.legalActs.map((act) => (
              <li key={act}>{act}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="no-print">
        <button type="button" className="outline" onClick={() => letter.current && printOnly(letter.current)}>
          {t('portal.printLetter')}
        </button>
      </p>
    </article>
  );
};
