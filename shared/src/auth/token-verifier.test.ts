import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { createHmac } from 'node:crypto';
import { createTokenVerifier, viewerFromClaims, type TokenVerifier } from './token-verifier.ts';
import { TokenVerificationError, type TokenRejectionReason } from './errors.ts';
import { ANONYMOUS_VIEWER } from './viewer.ts';

// A stand-in identity provider: one RS256 key published at Keycloak's JWKS path.
const REALM_PATH = '/realms/registry';
let server: Server;
let issuer: string;
let signingKey: { kid: string; privateKey: CryptoKey; publicKey: CryptoKey };
let published: JWK[] = [];
let verifier: TokenVerifier;

const newKey = async (kid: string) => {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid, privateKey, publicKey };
};
const publish = async (...keys: Array<{ kid: string; publicKey: CryptoKey }>) => {
  published = await Promise.all(keys.map(async (k) => ({ ...(await exportJWK(k.publicKey)), kid: k.kid, alg: 'RS256', use: 'sig' })));
};

beforeAll(async () => {
  signingKey = await newKey('key-1');
  await publish(signingKey);
  server = createServer((req, res) => {
    if (req.url === `${REALM_PATH}/protocol/openid-connect/certs`) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: published }));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}${REALM_PATH}`;
  verifier = createTokenVerifier({ issuer });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const now = () => Math.floor(Date.now() / 1000);
const citizenClaims = (): JWTPayload => ({
  iss: issuer,
  aud: 'registry-api',
  sub: '4eaa4d72-0e97-5dc2-83e2-3cb77d8781c4',
  typ: 'Bearer',
  azp: 'registry-portal',
  sid: 'session-1',
  jti: 'token-1',
  scope: 'openid profile email',
  realm_access: { roles: ['citizen'] },
  preferred_username: 'aysel',
  pin: '5AZK7P2',
});
const sign = (claims: JWTPayload, key = signingKey, lifetime = 300) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
    .setIssuedAt()
    .setExpirationTime(now() + lifetime)
    .sign(key.privateKey);

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

const refusal = async (token: string | undefined, v = verifier): Promise<TokenRejectionReason> => {
  try {
    await v.verify(token);
  } catch (error) {
    expect(error).toBeInstanceOf(TokenVerificationError);
    const refused = error as TokenVerificationError;
    if (token) expect(refused.message).not.toContain(token.split('.')[1] ?? token);
    return refused.reason;
  }
  throw new Error('token was accepted');
};

describe('createTokenVerifier', () => {
  it('accepts a valid access token and builds the viewer from its claims', async () => {
    const viewer = await verifier.verify(await sign(citizenClaims()));
    expect(viewer).toMatchObject({ kind: 'citizen', subject: '4eaa4d72-0e97-5dc2-83e2-3cb77d8781c4', clientId: 'registry-portal', pin: '5AZK7P2', serviceAccount: false, tokenId: 'token-1' });
    expect([...viewer.roles]).toEqual(['citizen']);
    expect([...viewer.scopes].sort()).toEqual(['email', 'openid', 'profile']);
  });

  it('accepts aud as an array that contains registry-api', async () => {
    const viewer = await verifier.verify(await sign({ ...citizenClaims(), aud: ['account', 'registry-api'] }));
    expect(viewer.kind).toBe('citizen');
  });

  it('refuses a missing token', async () => {
    expect(await refusal(undefined)).toBe('missing');
    expect(await refusal('')).toBe('missing');
  });

  it('refuses an expired token', async () => {
    expect(await refusal(await sign(citizenClaims(), signingKey, -60))).toBe('expired');
  });

  it('tolerates a few seconds of clock skew', async () => {
    await expect(verifier.verify(await sign(citizenClaims(), signingKey, -2))).resolves.toBeTruthy();
  });

  it('refuses a token that is not valid yet', async () => {
    expect(await refusal(await sign({ ...citizenClaims(), nbf: now() + 120 }))).toBe('not_yet_valid');
  });

  it('refuses a tampered signature', async () => {
    const [header, payload, signature = ''] = (await sign(citizenClaims())).split('.');
    const flipped = signature.slice(0, 10) + (signature[10] === 'A' ? 'B' : 'A') + signature.slice(11);
    expect(await refusal(`${header}.${payload}.${flipped}`)).toBe('bad_signature');
  });

  it('refuses a tampered payload (a citizen swapping in another PIN)', async () => {
    const [header, , signature] = (await sign(citizenClaims())).split('.');
    const forged = b64({ ...citizenClaims(), pin: '4BXM2R8', exp: now() + 300, iat: now() });
    expect(await refusal(`${header}.${forged}.${signature}`)).toBe('bad_signature');
  });

  it('refuses a token from another issuer', async () => {
    expect(await refusal(await sign({ ...citizenClaims(), iss: 'http://localhost:8180/realms/other' }))).toBe('wrong_issuer');
  });

  it('refuses a token for another audience', async () => {
    expect(await refusal(await sign({ ...citizenClaims(), aud: 'account' }))).toBe('wrong_audience');
    const { aud: _aud, ...withoutAudience } = citizenClaims();
    expect(await refusal(await sign(withoutAudience))).toBe('wrong_audience');
  });

  it('refuses alg=none', async () => {
    const unsecured = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...citizenClaims(), iat: now(), exp: now() + 300 })}.`;
    expect(await refusal(unsecured)).toBe('unsupported_algorithm');
  });

  it('refuses HS256 signed with the public key (algorithm confusion)', async () => {
    const pem = await exportSPKI(signingKey.publicKey);
    const head = `${b64({ alg: 'HS256', typ: 'JWT', kid: signingKey.kid })}.${b64({ ...citizenClaims(), iat: now(), exp: now() + 300 })}`;
    const mac = createHmac('sha256', pem).update(head).digest('base64url');
    expect(await refusal(`${head}.${mac}`)).toBe('unsupported_algorithm');
  });

  it('refuses ID and refresh tokens (typ is not Bearer)', async () => {
    expect(await refusal(await sign({ ...citizenClaims(), typ: 'ID' }))).toBe('not_bearer');
    expect(await refusal(await sign({ ...citizenClaims(), typ: 'Refresh' }))).toBe('not_bearer');
    const { typ: _typ, ...untyped } = citizenClaims();
    expect(await refusal(await sign(untyped))).toBe('not_bearer');
  });

  it('refuses a token signed by a key the issuer does not publish', async () => {
    expect(await refusal(await sign(citizenClaims(), await newKey('stranger')))).toBe('unknown_key');
  });

  it('refuses garbage and non-bearer Authorization headers', async () => {
    expect(await refusal('not-a-jwt')).toBe('malformed');
    expect(await refusal('a.b')).toBe('malformed');
    await expect(verifier.authenticate('Basic dXNlcjpwYXNz')).rejects.toMatchObject({ reason: 'malformed' });
  });

  it('refuses tokens lacking required claims or with ill-typed claims', async () => {
    const { sub: _sub, ...withoutSubject } = citizenClaims();
    expect(await refusal(await sign(withoutSubject))).toBe('invalid_claims');
    expect(await refusal(await sign({ ...citizenClaims(), pin: 42 }))).toBe('invalid_claims');
    expect(await refusal(await sign({ ...citizenClaims(), realm_access: { roles: 'citizen' } }))).toBe('invalid_claims');
  });

  it('refuses a valid token that carries no registry role', async () => {
    expect(await refusal(await sign({ ...citizenClaims(), realm_access: { roles: ['offline_access'] } }))).toBe('no_role');
  });

  it('reports an unreachable JWKS as jwks_unavailable', async () => {
    const offline = createTokenVerifier({ issuer, jwksUrl: 'http://127.0.0.1:9/certs' });
    expect(await refusal(await sign(citizenClaims()), offline)).toBe('jwks_unavailable');
  });

  it('follows key rotation: a new kid is fetched without a restart', async () => {
    const rotating = createTokenVerifier({ issuer });
    await rotating.verify(await sign(citizenClaims()));
    const next = await newKey('key-2');
    await publish(signingKey, next);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 31_000); // past jose's refetch cooldown
      await expect(rotating.verify(await sign(citizenClaims(), next))).resolves.toMatchObject({ kind: 'citizen' });
    } finally {
      vi.useRealTimers();
      await publish(signingKey);
    }
  });

  describe('remembers verified tokens until they expire', () => {
    // A key resolver that counts how often a signature is really checked.
    const counting = () => {
      let checks = 0;
      const v = createTokenVerifier({
        issuer,
        keys: async () => {
          checks++;
          return signingKey.publicKey;
        },
      });
      return { v, checks: () => checks };
    };

    it('checks a token once, however often (and however concurrently) it is presented', async () => {
      const { v, checks } = counting();
      const token = await sign(citizenClaims());
      const viewers = await Promise.all([v.verify(token), v.verify(token), v.authenticate(`Bearer ${token}`)]);
      await v.verify(token);
      expect(checks()).toBe(1);
      expect(viewers.map((viewer) => viewer.kind)).toEqual(['citizen', 'citizen', 'citizen']);
      // Another token (another caller) is checked on its own.
      await v.verify(await sign({ ...citizenClaims(), sub: 'another-subject', pin: '4XJ8K2M' }));
      expect(checks()).toBe(2);
    });

    it('refuses a remembered token once it has expired', async () => {
      const { v, checks } = counting();
      const token = await sign(citizenClaims(), signingKey, 60);
      await v.verify(token);
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        vi.setSystemTime(Date.now() + 70_000); // past exp and the 5 s of tolerated skew
        expect(await refusal(token, v)).toBe('expired');
        expect(checks()).toBe(2);
      } finally {
        vi.useRealTimers();
      }
    });

    it('never serves a tampered payload under a remembered signature, and remembers no refusal', async () => {
      const { v, checks } = counting();
      const token = await sign(citizenClaims());
      await v.verify(token);
      const [header, , signature] = token.split('.');
      const forged = `${header}.${b64({ ...citizenClaims(), pin: '4XJ8K2M', exp: now() + 300 })}.${signature}`;
      expect(await refusal(forged, v)).toBe('bad_signature');
      expect(await refusal(forged, v)).toBe('bad_signature');
      expect(checks()).toBe(3);
    });

    it('checks every time when the cache is off', async () => {
      let checks = 0;
      const v = createTokenVerifier({ issuer, cacheSize: 0, keys: async () => (checks++, signingKey.publicKey) });
      const token = await sign(citizenClaims());
      await v.verify(token);
      await v.verify(token);
      expect(checks).toBe(2);
    });
  });

  it('gives anonymous for a request without Authorization', async () => {
    expect(await verifier.authenticate(undefined)).toBe(ANONYMOUS_VIEWER);
    expect(await verifier.authenticate('')).toBe(ANONYMOUS_VIEWER);
  });
});

describe('viewerFromClaims', () => {
  const base = { typ: 'Bearer', sub: 's', azp: 'c', exp: 1, scope: 'profile' };

  it('derives each kind', () => {
    expect(viewerFromClaims({ ...base, realm_access: { roles: ['caseworker'] }, region: 'baku' })).toMatchObject({ kind: 'caseworker', region: 'baku' });
    expect(viewerFromClaims({ ...base, azp: 'internal-app', client_id: 'internal-app', realm_access: { roles: ['caseworker'] }, region: 'baku' })).toMatchObject({ kind: 'internal', serviceAccount: true });
    expect(viewerFromClaims({ ...base, azp: 'agency-taxes', client_id: 'agency-taxes', realm_access: { roles: ['agency-feed'] }, agency: 'taxes' })).toMatchObject({ kind: 'agency', agency: 'taxes' });
    expect(viewerFromClaims({ ...base, azp: 'decision-engine', client_id: 'decision-engine', realm_access: { roles: ['decision-engine'] } })).toMatchObject({ kind: 'engine' });
    expect(viewerFromClaims({ ...base, realm_access: { roles: ['auditor'] } })).toMatchObject({ kind: 'auditor' });
    expect(viewerFromClaims({ ...base, realm_access: { roles: ['registry-admin', 'citizen'] } })).toMatchObject({ kind: 'admin' });
  });

  it('never lets a person act as the engine or an agency feed', () => {
    expect(() => viewerFromClaims({ ...base, realm_access: { roles: ['decision-engine'] } })).toThrow(TokenVerificationError);
    expect(() => viewerFromClaims({ ...base, realm_access: { roles: ['agency-feed'] }, agency: 'taxes' })).toThrow(TokenVerificationError);
  });

  it('refuses a client_id that is not the token’s own client', () => {
    expect(() => viewerFromClaims({ ...base, client_id: 'other', realm_access: { roles: ['decision-engine'] } })).toThrow(TokenVerificationError);
  });

  it('makes the health scope effective only with the health-data role', () => {
    const withRole = viewerFromClaims({ ...base, scope: 'profile health', realm_access: { roles: ['caseworker', 'health-data'] } });
    const withoutRole = viewerFromClaims({ ...base, scope: 'profile health', realm_access: { roles: ['caseworker'] } });
    expect(withRole.scopes.has('health')).toBe(true);
    expect(withoutRole.scopes.has('health')).toBe(false);
  });
});
