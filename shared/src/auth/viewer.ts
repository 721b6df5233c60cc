/**
 * Who is calling, as the registry's access rules need it: one kind, the roles and scopes that
 * grant fields, and the attributes record rules compare against (pin, region, agency).
 */
export const REGISTRY_AUDIENCE = 'registry-api';

/** Realm roles of the `registry` realm (identity/realm/registry-realm.json). */
export const ROLES = {
  citizen: 'citizen',
  caseworker: 'caseworker',
  auditor: 'auditor',
  decisionEngine: 'decision-engine',
  agencyFeed: 'agency-feed',
  bank: 'bank',
  admin: 'registry-admin',
  healthData: 'health-data',
  appealsOfficer: 'appeals-officer',
  // rules-core (issue #15): the four eyes over rule parameters.
  rulesEditor: 'rules-editor',
  rulesApprover: 'rules-approver',
} as const;

/** The optional scope that opens health facts, and only together with the health-data role. */
export const HEALTH_SCOPE = 'health';

export type ViewerKind = 'citizen' | 'caseworker' | 'auditor' | 'engine' | 'agency' | 'bank' | 'admin' | 'internal' | 'appeals-officer' | 'rules-staff';

export interface AuthenticatedViewer {
  readonly kind: ViewerKind;
  /** `sub`: the Keycloak user id (a service account's own user id for clients). */
  readonly subject: string;
  /** `azp`: the client the token was issued to. */
  readonly clientId: string;
  readonly roles: ReadonlySet<string>;
  /** The token's `scope`; `health` only when the health-data role is present too. */
  readonly scopes: ReadonlySet<string>;
  readonly serviceAccount: boolean;
  /** Citizen's national PIN (user attribute). */
  readonly pin?: string;
  /** Caseworker's economic region (user attribute, or hardcoded for internal apps). */
  readonly region?: string;
  /** Staff member's office, a district code (user attribute): shown to the people whose data they read. */
  readonly office?: string;
  /** Full name (`name` claim) of a person's account: what a staff member's signature reads as (a parameter draft, an approval). */
  readonly name?: string;
  /** Agency code of an agency feed client (hardcoded per client). */
  readonly agency?: string;
  /** `jti`, for correlating audit entries with the token without storing it. */
  readonly tokenId?: string;
  /** `exp` in epoch seconds. */
  readonly expiresAt: number;
}

export interface AnonymousViewer {
  readonly kind: 'anonymous';
  readonly subject?: undefined;
  readonly clientId?: undefined;
  readonly roles: ReadonlySet<string>;
  readonly scopes: ReadonlySet<string>;
  readonly serviceAccount: false;
  readonly pin?: undefined;
  readonly region?: undefined;
  readonly office?: undefined;
  readonly name?: undefined;
  readonly agency?: undefined;
}

export type Viewer = AuthenticatedViewer | AnonymousViewer;

export const ANONYMOUS_VIEWER: AnonymousViewer = Object.freeze({
  kind: 'anonymous',
  roles: Object.freeze(new Set<string>()),
  scopes: Object.freeze(new Set<string>()),
  serviceAccount: false,
});

export const isAuthenticated = (viewer: Viewer): viewer is AuthenticatedViewer => viewer.kind !== 'anonymous';

/**
 * The kind follows the most powerful role present. Engine and agency roles only count for service
 * accounts: a person holding them by mistake must not act as the engine or as an agency feed.
 * Returns undefined when the token carries no registry role.
 */
export const viewerKind = (roles: ReadonlySet<string>, serviceAccount: boolean): ViewerKind | undefined => {
  if (roles.has(ROLES.admin)) return 'admin';
  if (roles.has(ROLES.auditor)) return 'auditor';
  if (serviceAccount && roles.has(ROLES.decisionEngine)) return 'engine';
  if (serviceAccount && roles.has(ROLES.agencyFeed)) return 'agency';
  // The bank that pays the cards: uploads its files, reads nothing personal.
  if (serviceAccount && roles.has(ROLES.bank)) return 'bank';
  // An appeals officer is a person, never a service account; the role reads only appeals in review.
  if (!serviceAccount && roles.has(ROLES.appealsOfficer)) return 'appeals-officer';
  if (roles.has(ROLES.caseworker)) return serviceAccount ? 'internal' : 'caseworker';
  if (roles.has(ROLES.citizen)) return 'citizen';
  // Rules editors and approvers are people who govern rule parameters; they read no personal record.
  if (!serviceAccount && (roles.has(ROLES.rulesEditor) || roles.has(ROLES.rulesApprover))) return 'rules-staff';
  return undefined;
};

/** Scopes that are effective: `health` needs the health-data role as well (defence in depth). */
export const effectiveScopes = (scopeClaim: string | undefined, roles: ReadonlySet<string>): Set<string> => {
  const scopes = new Set((scopeClaim ?? '').split(' ').filter((s) => s.length > 0));
  if (!roles.has(ROLES.healthData)) scopes.delete(HEALTH_SCOPE);
  return scopes;
};
