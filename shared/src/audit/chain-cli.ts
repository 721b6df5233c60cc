import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { devDefault, loadEnvironment } from '../config/environment.ts';
import { createChainSigner, DEV_CHAIN_SIGNING_KEY, describeChainVerification, type ChainCheckpoint, type ChainName, type ChainSigner, type ChainVerificationReport } from './chain-checkpoint.ts';
import { heldCheckpoints, type HeldCheckpointInput } from './chain-requests.ts';

/** What an exported checkpoint file holds: the checkpoints and the public key that verifies them. */
export interface CheckpointFile {
  readonly chain: ChainName;
  readonly keyId: string;
  readonly publicKey: string;
  readonly checkpoints: readonly ChainCheckpoint[];
}

export interface ChainCliOptions {
  readonly command: string;
  readonly chain: ChainName;
  /** The log's own database variable, e.g. BENEFITS_DATABASE_URL (falls back to DATABASE_URL). */
  readonly databaseVariable: string;
  verify(url: string, signer: ChainSigner, held: readonly ChainCheckpoint[], full: boolean): Promise<ChainVerificationReport>;
  checkpoints(url: string): Promise<ChainCheckpoint[]>;
  /** The arguments to parse (default: the process's, after the script). */
  readonly args?: string[];
}

/** Prints the line, then exits with `code` once it is written (stdout to a pipe is asynchronous). */
const finish = (line: string, code: number, stream: NodeJS.WriteStream = process.stdout) => stream.write(`${line}\n`, () => process.exit(code));

/**
 * The command-line verifier of a hash-chained log (`npm run verify:decisions`, `verify:access-log`):
 *   --against FILE  also check the checkpoints in FILE (an earlier --export, kept outside the database)
 *   --export FILE   after verifying, write every signed checkpoint and the public key to FILE
 *   --full          recompute from the first entry instead of resuming after the newest checkpoint
 * Prints one line; exits 0 when intact, 1 when broken, 2 when the log cannot be read.
 */
export const runChainCli = async (options: ChainCliOptions): Promise<void> => {
  const env = loadEnvironment(
    options.command,
    z
      .object({
        NODE_ENV: z.string().optional(),
        [options.databaseVariable]: z.string().url().optional(),
        DATABASE_URL: z.string().url().optional(),
        CHAIN_SIGNING_KEY: devDefault(z.string(), DEV_CHAIN_SIGNING_KEY),
      })
      .refine((e) => e[options.databaseVariable] ?? e.DATABASE_URL, { message: `set ${options.databaseVariable} or DATABASE_URL`, path: ['DATABASE_URL'] })
      .refine((e) => e.NODE_ENV !== 'production' || String(e.CHAIN_SIGNING_KEY).trim() !== DEV_CHAIN_SIGNING_KEY.trim(), {
        message: 'the development key is public and refused in production: set your own Ed25519 private key (PKCS#8 PEM)',
        path: ['CHAIN_SIGNING_KEY'],
      }),
  );
  const { values } = parseArgs({ ...(options.args ? { args: options.args } : {}), options: { against: { type: 'string' }, export: { type: 'string' }, full: { type: 'boolean', default: false } } });
  const url = String(env[options.databaseVariable] ?? env.DATABASE_URL);
  let signer: ChainSigner;
  let held: ChainCheckpoint[];
  try {
    signer = createChainSigner(String(env.CHAIN_SIGNING_KEY));
    held = values.against ? heldCheckpoints(options.chain, (JSON.parse(readFileSync(values.against, 'utf8')) as { checkpoints: HeldCheckpointInput[] }).checkpoints) : [];
  } catch (error) {
    finish(`${options.command}: ${error instanceof Error && error.name === 'GraphQLError' ? error.message : 'the signing key or the checkpoint file cannot be read'}`, 2, process.stderr);
    return;
  }
  try {
    const report = await options.verify(url, signer, held, values.full ?? false);
    if (values.export) {
      const file: CheckpointFile = { chain: options.chain, keyId: signer.keyId, publicKey: signer.publicKeyPem, checkpoints: await options.checkpoints(url) };
      writeFileSync(values.export, `${JSON.stringify(file, null, 2)}\n`);
    }
    finish(describeChainVerification(report), report.verified ? 0 : 1);
  } catch (error) {
    // The class of the fault only: a message may quote the connection string or data.
    finish(`${options.command}: the log could not be read (${error instanceof Error ? error.name : 'unknown error'})`, 2, process.stderr);
  }
};
