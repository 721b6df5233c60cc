import { createHash, randomUUID } from 'node:crypto';
import { compactVerify, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { ClientRepresentation, UserRepresentation } from '../realm/realm-file.ts';
import type { RealmModel } from '../realm/realm-model.ts';
import { compileMapper, type Claims, type CompiledMapper, type TokenKind } from './mappers.ts';
import { OAuthError } from './oauth-error.ts';
import type { AppliedScopes } from './scopes.ts';
import type { SigningKeys } from './keys.ts';
import { epochSeconds, type UserSession } from './sessions.ts';

/** Everything a token is about: who, for which client, with which scopes, in which session. */
export interface TokenGrant {
  readonly client: ClientRepresentation;
  readonly user: UserRepresentation;
  readonly scopes: AppliedScopes;
  /** Absent for service accounts (Keycloak keeps no session for client credentials either). */
  readonly session?: UserSession;
  readonly notes: Readonly<Record<string, string>>;
  /** When the session ends: caps every token's lifetime. */
  readonly sessionExpiresAt?: number;
}

export interface MintedAccessToken {
  readonly token: string;
  readonly expiresIn: number;
}

export interface RefreshClaims {
  readonly sub: string;
  readonly azp: string;
  readonly sid: string;
  readonly scope: string;
}

const audClaim = (audience: readonly string[]): string | string[] | undefined =>
  audience.length === 0 ? undefined : audience.length === 1 ? audience[0] : [...audience];

/** Only the defined entries, in the order given (Keycloak's claim order, for readable diffs). */
const compact = (claims: Claims): Claims => Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));

/**
 * Builds and signs tokens the way Keycloak does for the same realm: base claims, then the protocol
 * mappers of the applied client scopes and of the client (client last, so it wins on a clash).
 */
export class TokenMinter {
  readonly #realm: RealmModel;
  readonly #keys: SigningKeys;
  readonly #issuer: string;
  readonly #scopeMappers = new Map<string, CompiledMapper[]>();
  readonly #clientMappers = new Map<string, CompiledMapper[]>();

  constructor(realm: RealmModel, keys: SigningKeys, issuer: string) {
    this.#realm = realm;
    this.#keys = keys;
    this.#issuer = issuer;
    for (const scope of realm.clientScopes()) this.#scopeMappers.set(scope.name, (scope.protocolMappers ?? []).map(compileMapper));
    for (const client of realm.clients()) this.#clientMappers.set(client.clientId, (client.protocolMappers ?? []).map(compileMapper));
  }

  #mapped(kind: TokenKind, grant: TokenGrant): { claims: Claims; audience: string[] } {
    const { client, user, scopes } = grant;
    const context = {
      realm: this.#realm,
      client,
      user,
      roles: this.#realm.tokenRoles(user, client, scopes.names),
      sessionNotes: grant.notes,
      audience: new Set<string>(),
    };
    const claims: Claims = {};
    const mappers = [...scopes.names.flatMap((s) => this.#scopeMappers.get(s) ?? []), ...(this.#clientMappers.get(client.clientId) ?? [])];
    for (const mapper of mappers) if (mapper.tokens.has(kind)) mapper.apply(claims, context);
    return { claims, audience: [...context.audience] };
  }

  #lifetime(grant: TokenGrant, now: number): number {
    const override = Number(grant.client.attributes?.['access.token.lifespan']);
    const lifespan = Number.isFinite(override) && override > 0 ? override : this.#realm.lifespans.accessToken;
    const end = Math.min(now + lifespan, grant.sessionExpiresAt ?? Number.POSITIVE_INFINITY);
    return Math.max(end - now, 0);
  }

  #sign(claims: Claims): Promise<string> {
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.#keys.kid }).sign(this.#keys.privateKey);
  }

  async accessToken(grant: TokenGrant): Promise<MintedAccessToken> {
    const now = epochSeconds();
    const expiresIn = this.#lifetime(grant, now);
    const { claims, audience } = this.#mapped('access', grant);
    const { sub, ...rest } = claims;
    const token = await this.#sign(
      compact({
        exp: now + expiresIn,
        iat: now,
        jti: randomUUID(),
        iss: this.#issuer,
        aud: audClaim(audience),
        sub,
        typ: 'Bearer',
        azp: grant.client.clientId,
        sid: grant.session?.id,
        ...rest,
        scope: grant.scopes.claim,
      }),
    );
    return { token, expiresIn };
  }

  async idToken(grant: TokenGrant, accessToken: string, nonce: string | undefined): Promise<string> {
    const now = epochSeconds();
    const { claims, audience } = this.#mapped('id', grant);
    // at_hash: left half of SHA-256 of the access token (OIDC Core 3.1.3.6).
    const atHash = createHash('sha256').update(accessToken).digest().subarray(0, 16).toString('base64url');
    const { auth_time: authTime, ...rest } = claims;
    return this.#sign(
      compact({
        exp: now + this.#lifetime(grant, now),
        iat: now,
        auth_time: authTime,
        jti: randomUUID(),
        iss: this.#issuer,
        aud: audClaim([grant.client.clientId, ...audience.filter((a) => a !== grant.client.clientId)]),
        sub: grant.user.id,
        typ: 'ID',
        azp: grant.client.clientId,
        nonce,
        sid: grant.session?.id,
        at_hash: atHash,
        ...rest,
      }),
    );
  }

  userinfo(grant: TokenGrant): Claims {
    return { sub: grant.user.id, ...this.#mapped('userinfo', grant).claims };
  }

  /** Keycloak-style refresh token: HS512, typ Refresh, readable only by this issuer. */
  async refreshToken(grant: TokenGrant & { readonly session: UserSession; readonly sessionExpiresAt: number }): Promise<MintedAccessToken> {
    const now = epochSeconds();
    const expiresIn = Math.max(grant.sessionExpiresAt - now, 0);
    const token = await new SignJWT({
      jti: randomUUID(),
      iss: this.#issuer,
      aud: this.#issuer,
      sub: grant.user.id,
      typ: 'Refresh',
      azp: grant.client.clientId,
      sid: grant.session.id,
      scope: [...(grant.scopes.openid ? ['openid'] : []), ...grant.scopes.names].join(' '),
    })
      .setProtectedHeader({ alg: 'HS512', typ: 'JWT', kid: this.#keys.refreshKid })
      .setIssuedAt(now)
      .setExpirationTime(now + expiresIn)
      .sign(this.#keys.refreshKey);
    return { token, expiresIn };
  }

  async verifyRefreshToken(token: string): Promise<RefreshClaims> {
    try {
      const { payload } = await jwtVerify(token, this.#keys.refreshKey, { issuer: this.#issuer, audience: this.#issuer, algorithms: ['HS512'] });
      const { sub, azp, sid, scope, typ } = payload as Record<string, unknown>;
      if (typ === 'Refresh' && typeof sub === 'string' && typeof azp === 'string' && typeof sid === 'string' && typeof scope === 'string') {
        return { sub, azp, sid, scope };
      }
    } catch {
      // any failure is the same answer to the client
    }
    throw new OAuthError('invalid_grant', 'Invalid refresh token');
  }

  /** An access token this issuer signed and that is still valid (userinfo). */
  async verifyAccessToken(token: string): Promise<JWTPayload | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.#keys.publicKey, { issuer: this.#issuer, algorithms: ['RS256'] });
      return payload['typ'] === 'Bearer' ? payload : undefined;
    } catch {
      return undefined;
    }
  }

  /** An ID token this issuer signed, expired or not (logout's id_token_hint may be old). */
  async verifyIdTokenHint(token: string): Promise<JWTPayload | undefined> {
    try {
      const { payload } = await compactVerify(token, this.#keys.publicKey, { algorithms: ['RS256'] });
      const claims = JSON.parse(new TextDecoder().decode(payload)) as JWTPayload;
      return claims.iss === this.#issuer && claims['typ'] === 'ID' ? claims : undefined;
    } catch {
      return undefined;
    }
  }
}
