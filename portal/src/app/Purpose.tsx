import { useId } from 'react';
import { usePurpose, useLang } from './context.ts';

/**
 * The staff member's declared purpose of use, chosen once and kept for the tab (sessionStorage):
 * every read they make carries it (`x-purpose-of-use`), and the person sees it in their access log.
 */
export const PurposeBar = ({ purposes }: { purposes: readonly string[] }) => {
  const { s } = useLang();
  const { purpose, setPurpose } = usePurpose();
  const id = useId();
  return (
    <div className="purpose-bar">
      <div className="purpose-inner">
        <label htmlFor={id}>{s.purposeLabel}</label>
        <select id={id} value={purpose ?? ''} aria-describedby={`${id}-hint`} required onChange={(e) => setPurpose(e.target.value || undefined)}>
          <option value="">{s.purposeChoose}</option>
          {purposes.map((p) => (
            <option key={p} value={p}>
              {s.purposes[p] ?? p}
            </option>
          ))}
        </select>
        <span id={`${id}-hint`} className="small">
          {s.purposeHint}
        </span>
      </div>
    </div>
  );
};

/** Shown where a page needs a purpose before it reads anything. */
export const PurposeNeeded = () => {
  const { s } = useLang();
  return (
    <p className="notice" role="status">
      {s.purposeNeeded}
    </p>
  );
};

const STORAGE_KEY = 'usr.portal.purpose';

/** The purpose chosen earlier in this tab (the app checks it is one the workspace offers). */
export const storedPurpose = (): string | undefined => {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
};

export const storePurpose = (purpose: string | undefined): void => {
  try {
    if (purpose) sessionStorage.setItem(STORAGE_KEY, purpose);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
};
