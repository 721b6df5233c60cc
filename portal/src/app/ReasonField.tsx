/**
 * The reason a staff member gives for a decision (rejecting a parameter draft, closing a reported
 * change): a labelled text area that says, in the page's language, when a reason is needed.
 */
export const ReasonField = ({
  id,
  label,
  needed,
  maxLength,
  value,
  invalid,
  busy,
  onChange,
}: {
  /** Prefix of the field's ids (`${id}-reason`, `${id}-reason-error`). */
  readonly id: string;
  readonly label: string;
  /** The sentence shown when the reason is missing. */
  readonly needed: string;
  readonly maxLength: number;
  readonly value: string;
  readonly invalid: boolean;
  readonly busy: boolean;
  readonly onChange: (value: string) => void;
}) => (
  <>
    <label htmlFor={`${id}-reason`}>{label}</label>
    <textarea
      id={`${id}-reason`}
      rows={3}
      maxLength={maxLength}
      value={value}
      aria-invalid={invalid}
      aria-describedby={invalid ? `${id}-reason-error` : undefined}
      disabled={busy}
      onChange={(e) => onChange(e.target.value)}
    />
    {invalid && (
      <p id={`${id}-reason-error`} className="error" role="alert">
        {needed}
      </p>
    )}
  </>
);
