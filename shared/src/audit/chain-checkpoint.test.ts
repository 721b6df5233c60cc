import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseEnvironment } from '../config/environment.ts';
import { subgraphEnvironmentSchema } from '../config/subgraph-environment.ts';
import { createChainSigner, DEV_CHAIN_SIGNING_KEY } from './chain-checkpoint.ts';

const ed25519 = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const schema = subgraphEnvironmentSchema({ port: 4006, databaseVariable: 'AUDIT_DATABASE_URL', signsChains: true });
const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/registry', PERSONS_URL: 'http://persons/graphql', HOUSEHOLDS_URL: 'http://households/graphql', GATEWAY_SHARED_SECRET: 'a-production-secret-value', KEYCLOAK_URL: 'https://id.example' };

describe('chain checkpoint signatures', () => {
  it('verify what the key signed, and nothing changed or signed by another key', () => {
    const signer = createChainSigner(ed25519());
    const checkpoint = signer.sign('access-log', '42', 'a'.repeat(64));
    expect(signer.verify(checkpoint)).toBe(true);
    expect(signer.verify({ ...checkpoint, hash: 'b'.repeat(64) })).toBe(false);
    expect(signer.verify({ ...checkpoint, seq: '43' })).toBe(false);
    expect(signer.verify({ ...checkpoint, chain: 'decision-log' })).toBe(false);
    const other = createChainSigner(ed25519()).sign('access-log', '42', 'a'.repeat(64));
    expect(signer.verify({ ...other, keyId: signer.keyId })).toBe(false);
  });

  it('refuse anything but an Ed25519 private key, saying what to set', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    for (const key of ['not a key', rsa]) expect(() => createChainSigner(key)).toThrow(/CHAIN_SIGNING_KEY must be an Ed25519 private key/);
  });
});

describe('CHAIN_SIGNING_KEY in production', () => {
  it('is refused when unset or the development key, and accepted when an operator key is set', () => {
    expect(() => parseEnvironment('audit', schema, production)).toThrow(/CHAIN_SIGNING_KEY/);
    expect(() => parseEnvironment('audit', schema, { ...production, CHAIN_SIGNING_KEY: DEV_CHAIN_SIGNING_KEY })).toThrow(/development key is public/);
    const key = ed25519();
    expect(parseEnvironment('audit', schema, { ...production, CHAIN_SIGNING_KEY: key })).toMatchObject({ production: true, chainSigningKey: key });
  });

  it('defaults to the development key outside production only', () => {
    expect(parseEnvironment('audit', schema, { ...production, NODE_ENV: 'development' })).toMatchObject({ production: false, chainSigningKey: DEV_CHAIN_SIGNING_KEY });
  });
});
