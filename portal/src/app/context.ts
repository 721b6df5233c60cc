import { createContext, useContext } from 'react';
import { STAFF_STRINGS, type StaffStrings } from './i18n-staff.ts';
import { STRINGS, type Lang, type Strings } from './i18n.ts';

export interface LangContextValue {
  readonly lang: Lang;
  /** The citizen pages' strings (and the frame's). */
  readonly t: Strings;
  /** The caseworker and auditor workspaces' strings. */
  readonly s: StaffStrings;
}

export const LangContext = createContext<LangContextValue>({ lang: 'az', t: STRINGS.az, s: STAFF_STRINGS.az });

export const useLang = (): LangContextValue => useContext(LangContext);

/** In-app navigation (history.pushState) to a path of the portal. */
export const NavigateContext = createContext<(path: string) => void>(() => undefined);

export const useNavigate = (): ((path: string) => void) => useContext(NavigateContext);

export interface PurposeContextValue {
  /** The staff member's declared purpose of use (English, as sent in `x-purpose-of-use`). */
  readonly purpose: string | undefined;
  readonly setPurpose: (purpose: string | undefined) => void;
}

export const PurposeContext = createContext<PurposeContextValue>({ purpose: undefined, setPurpose: () => undefined });

export const usePurpose = (): PurposeContextValue => useContext(PurposeContext);
