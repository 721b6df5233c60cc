import { useId } from 'react';
import { translate } from '@usr/shared/i18n';
import type { Workspace } from './auth.ts';
import { usePurpose } from './context.ts';
import { useSpeech } from './i18n/intl.ts';

/** The purposes of use staff choose from, by workspace (texts: `staff.purpose.<code>` in the catalogue). */
export const PURPOSES = {
  caseworker: ['TSA_APPLICATION', 'CORRECTION_REQUEST', 'PERSON_ENQUIRY', 'BENEFIT_REVIEW'],
  auditor: ['DECISION_AUDIT', 'ACCESS_AUDIT', 'COMPLAINT'],
  citizen: [],
  none: [],
} as const satisfies Record<Workspace, readonly string[]>;

export type PurposeCode = (typeof PURPOSES)[Workspace][number];

const isPurposeCode = (value: string): value is PurposeCode => Object.values(PURPOSES).some((codes: readonly string[]) => codes.includes(value));

/**
 * What `x-purpose-of-use` carries for a purpose: today the registry records the header as given and
 * shows it to the person, so it is the purpose's English text.
 */
export const purposeHeader = (code: PurposeCode): string => translate('en', `staff.purpose.${code}`);

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
              {t(`staff.purpose.${p}`)}
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
