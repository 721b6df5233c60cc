import { createContext, useContext } from 'react';
import type { Workspace } from './auth.ts';
import type { PurposeCode } from './Purpose.tsx';

/** Who is signed in, as the portal reads it from the access token (the registry checks every read itself). */
export interface SessionValue {
  readonly workspace: Workspace;
  /** A citizen's own PIN (`pin` claim). */
  readonly pin: string | undefined;
  /** A caseworker's region code (`region` claim). */
  readonly region: string | undefined;
  /** The token's subject: what the registry records as who drafted, approved or requested (rules screens). */
  readonly subject?: string;
  /** The token's realm roles (what the rules screens offer: drafting, approving); the registry checks each step itself. */
  readonly roles?: ReadonlySet<string>;
  /** The current access token, for the few requests outside GraphQL (the data download). */
  readonly accessToken?: () => string | undefined;
}

export const SessionContext = createContext<SessionValue>({ workspace: 'none', pin: undefined, region: undefined });

export const useSession = (): SessionValue => useContext(SessionContext);

export interface PurposeContextValue {
  /** The staff member's declared purpose of use (see Purpose.tsx). */
  readonly purpose: PurposeCode | undefined;
  readonly setPurpose: (purpose: PurposeCode | undefined) => void;
}

export const PurposeContext = createContext<PurposeContextValue>({ purpose: undefined, setPurpose: () => undefined });

export const usePurpose = (): PurposeContextValue => useContext(PurposeContext);
