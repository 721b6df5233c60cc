import { createContext, useContext } from 'react';
import type { Workspace } from './auth.ts';
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

/** Who is signed in, as the portal reads it from the access token (the registry checks every read itself). */
export interface SessionValue {
  readonly workspace: Workspace;
  /** A citizen's own PIN (`pin` claim). */
  readonly pin: string | undefined;
  /** A caseworker's region code (`region` claim). */
  readonly region: string | undefined;
}

export const SessionContext = createContext<SessionValue>({ workspace: 'none', pin: undefined, region: undefined });

export const useSession = (): SessionValue => useContext(SessionContext);

export interface PurposeContextValue {
  /** The staff member's declared purpose of use, as sent in `x-purpose-of-use`. */
  readonly purpose: string | undefined;
  readonly setPurpose: (purpose: string | undefined) => void;
}

export const PurposeContext = createContext<PurposeContextValue>({ purpose: undefined, setPurpose: () => undefined });

export const usePurpose = (): PurposeContextValue => useContext(PurposeContext);
