// `npm run verify:decisions`: recomputes the hash chain of benefits.decision_log and prints the first
// broken link (its seq) or "chain intact: N entries"; exits 1 when the chain is broken, 2 when it
// cannot be read.
import { loadEnvironment } from '@usr/shared';
import { z } from 'zod';
import { describeVerification, verifyDecisionLogAt } from '../src/verify-decision-log.ts';

const env = loadEnvironment(
  'verify:decisions',
  z
    .object({ BENEFITS_DATABASE_URL: z.string().url().optional(), DATABASE_URL: z.string().url().optional() })
    .refine((e) => e.BENEFITS_DATABASE_URL ?? e.DATABASE_URL, { message: 'set BENEFITS_DATABASE_URL or DATABASE_URL', path: ['DATABASE_URL'] }),
);
/** Prints the line, then exits with `code` once it is written (stdout to a pipe is asynchronous). */
const finish = (line: string, code: number, stream: NodeJS.WriteStream = process.stdout) => stream.write(`${line}\n`, () => process.exit(code));

try {
  const result = await verifyDecisionLogAt(env.BENEFITS_DATABASE_URL ?? env.DATABASE_URL ?? '');
  finish(describeVerification(result), result.verified ? 0 : 1);
} catch (error) {
  // The class of the fault only: a message may quote the connection string or data.
  finish(`verify:decisions: the decision log could not be read (${error instanceof Error ? error.name : 'unknown error'})`, 2, process.stderr);
}
