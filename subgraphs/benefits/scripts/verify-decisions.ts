// `npm run verify:decisions`: recomputes the hash chain of benefits.decision_log and prints the first
// broken link (its seq) or "chain intact: N entries"; exits 1 when the chain is broken.
import { loadEnvironment } from '@usr/shared';
import { z } from 'zod';
import { describeVerification, verifyDecisionLogAt } from '../src/verify-decision-log.ts';

const env = loadEnvironment(
  'verify:decisions',
  z
    .object({ BENEFITS_DATABASE_URL: z.string().url().optional(), DATABASE_URL: z.string().url().optional() })
    .refine((e) => e.BENEFITS_DATABASE_URL ?? e.DATABASE_URL, { message: 'set BENEFITS_DATABASE_URL or DATABASE_URL', path: ['DATABASE_URL'] }),
);
const result = await verifyDecisionLogAt(env.BENEFITS_DATABASE_URL ?? env.DATABASE_URL ?? '');
console.log(describeVerification(result));
process.exitCode = result.verified ? 0 : 1;
