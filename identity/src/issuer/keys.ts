import { randomUUID } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, exportSPKI, generateKeyPair, generateSecret, type CryptoKey, type JWK } from 'jose';

export interface SigningKeys {
  /** `kid` of the RS256 key; prefixed so an embedded token is recognisable at a glance. */
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  /** The public key as published at /certs. */
  readonly publicJwk: JWK;
  /** Base64 SPKI, as Keycloak's realm info document (`public_key`) shows it. */
  readonly publicKeyBase64: string;
  /** HS512 key for refresh tokens, which only this issuer ever reads (as Keycloak does). */
  readonly refreshKey: CryptoKey;
  readonly refreshKid: string;
}

/** Fresh keys per start: nothing signed by a previous run (or another machine) verifies. */
export const generateSigningKeys = async (): Promise<SigningKeys> => {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = `embedded-dev-${(await calculateJwkThumbprint(jwk)).slice(0, 32)}`;
  const spki = await exportSPKI(publicKey);
  return {
    kid,
    privateKey,
    publicKey,
    publicJwk: { kid, kty: jwk.kty, alg: 'RS256', use: 'sig', n: jwk.n, e: jwk.e },
    publicKeyBase64: spki.replace(/-----(BEGIN|END) PUBLIC KEY-----|\s/g, ''),
    refreshKey: await generateSecret('HS512'),
    refreshKid: randomUUID(),
  };
};
