import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The ISO 20022 messages whose official schema is kept in subgraphs/payments/iso20022/. */
export type Iso20022Message = 'pain.001.001.10' | 'pain.002.001.11' | 'camt.053.001.08' | 'camt.054.001.08';

const schemaPath = (message: Iso20022Message): string => fileURLToPath(new URL(`../iso20022/${message}.xsd`, import.meta.url));

/**
 * Validates a document against the message's official XSD with libxml2's xmllint (Debian package
 * libxml2-utils, installed by .ci/run). Resolves to the validator's complaints: empty when valid.
 */
export const xsdErrors = (xml: string, message: Iso20022Message): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn('xmllint', ['--noout', '--huge', '--schema', schemaPath(message), '-'], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 64 * 1024) stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code === 0 ? '' : stderr || `xmllint exited with ${String(code)}`));
    child.stdin.end(xml);
  });
