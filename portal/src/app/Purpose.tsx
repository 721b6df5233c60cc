import { useId } from 'react';
import type { PurposeOfUse } from '@usr/shared/i18n';
import type { Workspace } from './auth.ts';
import { usePurpose } from './context.ts';
import { useSpeech } from './i18n/intl.ts';

/**
 * The purposes of use staff choose from, by workspace: codes of the registry's closed list
 * (`PurposeOfUse`, sent as `x-purpose-of-use`; texts `enum.PurposeOfUse.<code>` in the catalogue).
 */
export const PURPOSES = {
  caseworker: ['TSA_APPLICATION_ASSESSMENT', 'CORRECTION_REQUEST', 'PERSON_ENQUIRY', 'BENEFIT_REVIEW'],
  auditor: ['DECISION_AUDIT', 'ACCESS_AUDIT', 'COMPLAINT_INVESTIGATION', 'PAYROLL_AUDIT'],
  appeals: ['APPEAL_REVIEW'],
  rules: [],
  citizen: [],
  none: [],
} as const satisfies Record<Workspace, readonly PurposeOfUse[]>;

export type PurposeCode = (typeof PURPOSES)[Workspace][number];

const ALL_PURPOSES: readonly PurposeCode[] = Object.values(PURPOSES).flat();

const isPurposeCode = (value: string): value is PurposeCode => (ALL_PURPOSES as readonly string[]).includes(value);

/**
 * The staff member's declared purpose of use, chosen once and kept for the tab (sessionStorage):
 * every read they make carries it (`x-purpose-of-use`), and the person sees it in their access log.
 */
export const PurposeBar = ({ purposes }: { purposes: readonly PurposeCode[] }) => {
  const { t } = useSpeech();
  const { purpose, setPurpose } = usePurpose();
  const id = useId();
  return (
    <div className="purpose-bar">
      <div className="purpose-inner">
        <label htmlFor={id}>{t('staff.purposeLabel')}</label>
        <select id={id} value={purpose ?? ''} aria-describedby={`${id}-hint`} required onChange={(e) => setPurpose(isPurposeCode(e.target.value) ? e.target.value : undefined)}>
          <option value="">{t('staff.purposeChoose')}</option>
          {purposes.map((p) => (
            <option key={p} value={p}>
              {t(`enum.PurposeOfUse.${p}`)}
            </option>
          ))}
        </select>
        <span id={`${id}-hint`} className="small">
          {t('staff.purposeHint')}
        </span>
      </div>
    </div>
  );
};

/** A recorded purpose of use (a code) in the reader's language. */
export const usePurposeText = (): ((recorded: string) => string) => {
  const { code } = useSpeech();
  return (recorded) => code('enum.PurposeOfUse', recorded);
};

/** Shown where a page needs a purpose before it reads anything. */
export const PurposeNeeded = () => {
  const { t } = useSpeech();
  return (
    <p className="notice" role="status">
      {t('staff.purposeNeeded')}
    </p>
  );
};

const STORAGE_KEY = 'usr.portal.purpose';

/** The purpose chosen earlier in this tab (the app checks it is one the workspace offers). */
export const storedPurpose = (): PurposeCode | undefined => {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY) ?? '';
    return isPurposeCode(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
};

export const storePurpose = (purpose: PurposeCode | undefined): void => {
  try {
    if (purpose) sessionStorage.setItem(STORAGE_KEY, purpose);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
};
