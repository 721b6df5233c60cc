import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { GENESIS_HASH, verifyHashChain, type ChainedRow, type ChainVerificationResult } from './access-log-chain.ts';

/** The registry's hash-chained logs: audit's access log and benefits' decision log. */
export type ChainName = 'access-log' | 'decision-log';

/**
 * "Row `seq` of `chain` had hash `hash`", signed with the registry's chain key (Ed25519). An auditor
 * keeps these outside the database: a chain rewritten and re-hashed inside it no longer matches them.
 */
export interface ChainCheckpoint {
  readonly chain: ChainName;
  readonly seq: string;
  readonly hash: string;
  /** When the checkpoint was signed, ISO 8601. */
  readonly signedAt: string;
  /** Which key signed: the first 16 hex digits of sha256 of its public key (SPKI DER). */
  readonly keyId: string;
  /** Ed25519 signature of `signedContent`, base64. */
  readonly signature: string;
}

/**
 * DEVELOPMENT ONLY: the chain key used when CHAIN_SIGNING_KEY is unset outside production. It is
 * public (it is in the source), so checkpoints signed with it prove nothing; production refuses it.
 */
export const DEV_CHAIN_SIGNING_KEY = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIL+WTuGKc1NfbK9Zawc6fxU2evESbcVIud99pX5rAzPW
-----END PRIVATE KEY-----
`;

const SEPARATOR = '\u001f';

/** Exactly what a checkpoint's signature covers. */
export const signedContent = (checkpoint: Omit<ChainCheckpoint, 'signature'>): string =>
  ['usr-chain-checkpoint/1', checkpoint.chain, checkpoint.seq, checkpoint.hash, checkpoint.signedAt, checkpoint.keyId].join(SEPARATOR);

const keyIdOf = (publicKey: KeyObject): string => createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);

/** Signs checkpoints with the chain key and checks signatures against its public half. */
export interface ChainSigner {
  readonly keyId: string;
  /** The public key (SPKI PEM) an auditor checks exported checkpoints with. */
  readonly publicKeyPem: string;
  sign(chain: ChainName, seq: string, hash: string, signedAt?: Date): ChainCheckpoint;
  /** True when the checkpoint was signed by this key and is unchanged. */
  verify(checkpoint: ChainCheckpoint): boolean;
}

/** Throws unless `pem` is an Ed25519 private key (PKCS#8 PEM). */
const NOT_A_KEY = 'CHAIN_SIGNING_KEY must be an Ed25519 private key in PKCS#8 PEM (openssl genpkey -algorithm ed25519).';

export const createChainSigner = (pem: string): ChainSigner => {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new Error(NOT_A_KEY);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(NOT_A_KEY);
  const publicKey = createPublicKey(privateKey);
  const keyId = keyIdOf(publicKey);
  return {
    keyId,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign(chain, seq, hash, signedAt = new Date()) {
      const unsigned = { chain, seq, hash, signedAt: signedAt.toISOString(), keyId };
      return { ...unsigned, signature: sign(null, Buffer.from(signedContent(unsigned)), privateKey).toString('base64') };
    },
    verify(checkpoint) {
      if (checkpoint.keyId !== keyId) return false;
      try {
        return verify(null, Buffer.from(signedContent(checkpoint)), publicKey, Buffer.from(checkpoint.signature, 'base64'));
      } catch {
        return false;
      }
    },
  };
};

/** Why a chain failed verification. */
export type ChainProblem =
  /** An entry's hash does not match its content or its predecessor: altered, inserted or removed. */
  | 'ALTERED_ENTRY'
  /** The entry at a signed checkpoint no longer has the checkpoint's hash: history before it was rewritten. */
  | 'CHECKPOINT_MISMATCH'
  /** A checkpoint's signature is not the chain key's: it was forged or changed. */
  | 'CHECKPOINT_SIGNATURE_INVALID';

/** What one verification found and where it started. */
export interface ChainVerificationReport extends ChainVerificationResult {
  readonly problem: ChainProblem | null;
  /** The checkpoint the scan resumed after (null: a scan from the first entry). */
  readonly resumedFromSeq: string | null;
  /** The newest checkpoint once verified (the one this run signed, or the one it resumed from). */
  readonly checkpoint: ChainCheckpoint | null;
}

/** Where a chain and its checkpoints are stored (one per log, in that log's own schema). */
export interface ChainStore<T extends ChainedRow> {
  readonly chain: ChainName;
  /** Entries with seq greater than `seq`, in chain order, streamed. */
  entriesAfter(seq: string): AsyncIterable<T>;
  /** The stored hash of each of these entries (absent: no such entry). */
  hashesAt(seqs: readonly string[]): Promise<ReadonlyMap<string, string>>;
  latestCheckpoint(): Promise<ChainCheckpoint | undefined>;
  /** Keeps a checkpoint (a second one at the same seq is ignored: verifications may race). */
  saveCheckpoint(checkpoint: ChainCheckpoint): Promise<void>;
}

const broken = (problem: ChainProblem, seq: string, resumedFromSeq: string | null = null): ChainVerificationReport => ({
  verified: false,
  entries: 0,
  firstBrokenSeq: seq,
  problem,
  resumedFromSeq,
  checkpoint: null,
});

/** How far back a verification recomputes. */
export interface ChainVerificationOptions {
  /** Checkpoints an auditor kept outside the database (exported earlier). */
  readonly held?: readonly ChainCheckpoint[];
  /**
   * Recompute from the first entry instead of resuming after the newest checkpoint: the only way to
   * find an entry changed in place (without re-hashing) before that checkpoint. A periodic job, not
   * every check.
   */
  readonly full?: boolean;
}

/**
 * Checks each checkpoint (exported ones an auditor holds, then the newest stored one) is signed
 * by the chain key and still matches the entry at its seq; then recomputes the hashes of the entries
 * after the newest checkpoint only, and signs a checkpoint at the end of the verified chain. Work
 * grows with what was appended since the last verification, not with the log's length. A chain
 * rewritten and re-hashed inside the database no longer matches the checkpoints; one whose stored
 * checkpoints were also removed still fails against those the auditor holds.
 */
export const verifyChainFromCheckpoint = async <T extends ChainedRow>(
  store: ChainStore<T>,
  content: (row: T) => string,
  signer: ChainSigner,
  options: ChainVerificationOptions = {},
): Promise<ChainVerificationReport> => {
  const held = options.held ?? [];
  const latest = await store.latestCheckpoint();
  const toCheck = [...held, ...(latest ? [latest] : [])];
  for (const checkpoint of toCheck) {
    if (checkpoint.chain !== store.chain || !signer.verify(checkpoint)) return broken('CHECKPOINT_SIGNATURE_INVALID', checkpoint.seq);
  }
  const stored = await store.hashesAt(toCheck.map((c) => c.seq));
  for (const checkpoint of [...toCheck].sort((a, b) => Number(BigInt(a.seq) - BigInt(b.seq)))) {
    if (stored.get(checkpoint.seq) !== checkpoint.hash) return broken('CHECKPOINT_MISMATCH', checkpoint.seq);
  }
  const resumeAt = options.full ? undefined : latest;
  const result = await verifyHashChain(store.entriesAfter(resumeAt?.seq ?? '0'), content, resumeAt?.hash ?? GENESIS_HASH);
  const resumedFromSeq = resumeAt?.seq ?? null;
  const base = { verified: result.verified, entries: result.entries, firstBrokenSeq: result.firstBrokenSeq, resumedFromSeq };
  if (!result.verified) return { ...base, problem: 'ALTERED_ENTRY', checkpoint: null };
  if (result.lastSeq === null) return { ...base, problem: null, checkpoint: latest ?? null };
  const checkpoint = signer.sign(store.chain, result.lastSeq, result.lastHash);
  await store.saveCheckpoint(checkpoint);
  return { ...base, problem: null, checkpoint };
};

/** A verification in one line, for the command-line verifiers. */
export const describeChainVerification = (report: ChainVerificationReport): string => {
  if (report.verified) {
    return report.resumedFromSeq === null
      ? `chain intact: ${report.entries} entries`
      : `chain intact: ${report.entries} entries after the signed checkpoint at seq ${report.resumedFromSeq}`;
  }
  switch (report.problem) {
    case 'CHECKPOINT_MISMATCH':
      return `chain rewritten: the entry at signed checkpoint seq ${report.firstBrokenSeq ?? '?'} no longer matches it`;
    case 'CHECKPOINT_SIGNATURE_INVALID':
      return `checkpoint at seq ${report.firstBrokenSeq ?? '?'} is not signed by the chain key`;
    case 'ALTERED_ENTRY':
    case null:
      return `chain broken at seq ${report.firstBrokenSeq ?? '?'} (${report.entries} entries checked)`;
  }
};
