import { useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { RequestFactCorrectionMutation } from '../queries.ts';
import type { CorrectionRequest, Fact } from './record-types.ts';
import { useSpeech } from '../i18n/intl.ts';

/** The API's bounds for a correction request's reason (after trimming). */
const MAX_REASON = 1000;

type ContestError = 'required' | 'tooLong' | 'failed';

/**
 * "Contest this fact": a disclosure button and a small form (reason, send, cancel). Escape or
 * Cancel closes it and gives focus back to the button; once sent, a confirmation takes the focus.
 */
export const ContestFact = ({ fact, contested, onFiled }: { fact: Fact; contested: boolean; onFiled: (request: CorrectionRequest) => void }) => {
  const { t } = useSpeech();
  const base = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ContestError | null>(null);
  const [sent, setSent] = useState(false);
  const [{ fetching: sending }, requestCorrection] = useMutation(RequestFactCorrectionMutation);
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
    const result = await requestCorrection({ factId: fact.id, reason: trimmed });
    if (!result.data) {
      setError('failed');
      return;
    }
    setSent(true);
    setOpen(false);
    onFiled(result.data.requestFactCorrection);
  };

  if (sent) {
    return (
      <p ref={confirmation} className="notice small" role="status" tabIndex={-1}>
        {t('portal.contestSent')}
      </p>
    );
  }
  if (contested) return null;

  const errorText = error === 'required' ? t('portal.contestReasonRequired') : error === 'tooLong' ? t('portal.contestReasonTooLong') : error === 'failed' ? t('portal.contestFailed') : null;
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
        {t('portal.contestFact')}
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
          <label htmlFor={`${base}-reason`}>{t('portal.contestReasonLabel')}</label>
          <p id={`${base}-hint`} className="small muted">
            {t('portal.contestReasonHint')}
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
            {t('portal.charactersLeft', { n: MAX_REASON - reason.length })}
          </p>
          {errorText && (
            <p id={`${base}-error`} className="error small" role="alert">
              {errorText}
            </p>
          )}
          <div className="actions">
            <button type="submit" disabled={sending}>
              {sending ? t('portal.contestSending') : t('portal.contestSubmit')}
            </button>
            <button type="button" className="outline" onClick={close} disabled={sending}>
              {t('portal.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
};
