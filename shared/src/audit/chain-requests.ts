import { badUserInput, registryError } from '../errors.ts';
import type { ChainCheckpoint, ChainName, ChainSigner } from './chain-checkpoint.ts';

/** A checkpoint as a client sends it back (GraphQL input, or a JSON file an auditor kept). */
export interface HeldCheckpointInput {
  readonly chain: string;
  readonly seq: string | number;
  readonly hash: string;
  readonly signedAt: Date | string;
  readonly keyId: string;
  readonly signature: string;
}

const SEQ = /^[1-9][0-9]{0,18}$/;
const MAX_HELD = 1_000;

/** Checkpoints an auditor holds, checked for shape (their signatures are checked by the verifier). */
export const heldCheckpoints = (chain: ChainName, inputs: readonly HeldCheckpointInput[] | null | undefined): ChainCheckpoint[] => {
  if (!inputs) return [];
  if (inputs.length > MAX_HELD) throw badUserInput('against', `at most ${MAX_HELD} checkpoints`);
  return inputs.map((input, i) => {
    if (input.chain !== chain) throw badUserInput(`against[${i}].chain`, `must be ${chain}`);
    const seq = String(input.seq);
    if (!SEQ.test(seq)) throw badUserInput(`against[${i}].seq`, 'must be a positive entry number');
    const signedAt = new Date(input.signedAt);
    if (Number.isNaN(signedAt.getTime())) throw badUserInput(`against[${i}].signedAt`, 'must be an instant');
    return { chain, seq, hash: input.hash, signedAt: signedAt.toISOString(), keyId: input.keyId, signature: input.signature };
  });
};

/** The page of an export: after a seq (default the start), at most 1,000 (default 100). */
export const checkpointPage = (afterSeq: string | null | undefined, limit: number | null | undefined): { afterSeq: string; limit: number } => {
  if (afterSeq != null && afterSeq !== '0' && !SEQ.test(afterSeq)) throw badUserInput('afterSeq', 'must be an entry number');
  const size = limit ?? 100;
  if (!Number.isInteger(size) || size < 1 || size > 1_000) throw badUserInput('limit', 'must be from 1 to 1,000');
  return { afterSeq: afterSeq ?? '0', limit: size };
};

/** The signer, or the refusal a production service without CHAIN_SIGNING_KEY gives (it should not have started). */
export const requireChainSigner = (signer: ChainSigner | undefined): ChainSigner => {
  if (!signer) throw registryError('INTERNAL_SERVER_ERROR', 'Chain checkpoints cannot be signed: CHAIN_SIGNING_KEY is not configured.');
  return signer;
};
