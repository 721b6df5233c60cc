import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../codegen.ts';
import type { GatewayClient } from '../src/gateway-client.ts';
import { graphql } from '../src/generated/gql.ts';
import { EngineContactDocument } from '../src/generated/graphql.ts';

/**
 * The engine's operations are typed by GraphQL Code Generator against the supergraph (codegen.ts,
 * `engine/src/generated/`), as the portal's are: an operation the schema does not accept fails
 * `npm run codegen` (CI runs it before the typecheck), and a result or variable used against its
 * generated type fails `npm run typecheck` (the @ts-expect-error lines below are checked by tsc).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const ENGINE_OUTPUT = 'engine/src/generated/';
const engineTarget = config.generates[ENGINE_OUTPUT] as Types.ConfiguredOutput;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'engine-operations-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs the engine's codegen target (the committed config) on one file of operations, writing nothing. */
const codegenOn = async (source: string): Promise<Types.FileOutput[]> => {
  const file = join(dir, `operations-${Math.random().toString(36).slice(2)}.ts`);
  await writeFile(file, `import { graphql } from './gql.ts';\n${source}\n`);
  const outputs: Types.FileOutput[] = await generate({ cwd: ROOT, silent: true, generates: { [join(dir, 'generated/')]: { ...engineTarget, documents: [file] } } }, false);
  return outputs;
};

describe('engine operations typed by codegen', () => {
  it('generates types for a valid operation', async () => {
    const outputs = await codegenOn('export const Q = graphql(`query EngineProbe($pin: String!) { person(pin: $pin) { language phone } }`);');
    const types = outputs.find((o: Types.FileOutput) => o.filename.endsWith('graphql.ts'))?.content ?? '';
    expect(types).toContain('export type EngineProbeQuery');
    expect(types).toContain('EngineProbeQueryVariables');
  });

  it('fails on a field the schema does not have', async () => {
    await expect(codegenOn('export const Q = graphql(`query EngineBroken($pin: String!) { person(pin: $pin) { noSuchField } }`);')).rejects.toThrow(/noSuchField/);
  });

  it('fails on a variable of the wrong type', async () => {
    await expect(codegenOn('export const Q = graphql(`query EngineBrokenVariable($pin: Int!) { person(pin: $pin) { pin } }`);')).rejects.toThrow(/\$pin/);
  });

  it('every engine operation is a generated document (no untyped strings reach the gateway)', async () => {
    // The committed config covers every engine source file; an operation written as a plain string
    // would not compile against GatewayClient.request (it takes a TypedDocumentString only).
    expect(engineTarget.documents).toEqual(['engine/src/**/*.ts', '!engine/src/generated/**']);
    const CONTACT = EngineContactDocument;
    expect(CONTACT.toString()).toContain('query EngineContact');
    // graphql() takes only sources codegen has generated (an edited operation needs `npm run codegen`).
    // @ts-expect-error: this source is not in engine/src, so not generated
    expect(graphql('query NotGenerated { regions { code } }')).toEqual({});
    const typeChecks = async (client: GatewayClient) => {
      // @ts-expect-error: a plain string is not an operation
      await client.request('query { person(pin: "1") { pin } }');
      // @ts-expect-error: the variables are typed ($pin is a String!)
      await client.request(CONTACT, { pin: 1 });
      // @ts-expect-error: the variables are required
      await client.request(CONTACT);
      const { person } = await client.request(CONTACT, { pin: '1' });
      // @ts-expect-error: the result has only the selected fields
      return String(person?.firstName);
    };
    expect(typeChecks).toBeTypeOf('function');
  });
});
