// `npm run rules:export -- [file]` writes the registry's approved rule parameters as YAML (stdout
// without a file); `npm run rules:import -- <file> --reason "..."` drafts the file's differences as
// ONE parameter draft, which a second person must approve. Both go through the gateway with the
// caller's own token (RULES_TOKEN: a rules editor's for import; an editor's, approver's or
// auditor's for export), so the four eyes and the access rules apply as in the portal.
import { readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { postGraphQL } from '@usr/shared/testing';
import { changesAgainst, parametersFromYaml, parametersToYaml, type FileValue } from '../src/domain/parameter-yaml.ts';

const { values: options, positionals } = parseArgs({ allowPositionals: true, options: { reason: { type: 'string' } } });
const [command, file] = positionals;
const gateway = process.env['GATEWAY_URL'] ?? 'http://localhost:4000/graphql';
const token = process.env['RULES_TOKEN'];
if (!token) throw new Error('Set RULES_TOKEN to your access token.');

const call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
  const res = await postGraphQL<T>(gateway, query, variables, { authorization: `Bearer ${token}` });
  if (res.errors?.length || !res.data) throw new Error(`The registry refused: ${(res.errors ?? []).map((e) => e.extensions?.['code']).join(', ')}`);
  return res.data;
};

const approved = async (): Promise<FileValue[]> =>
  (
    await call<{ parameterVersions: FileValue[] }>(
      `{ parameterVersions(status: APPROVED) { benefitCode name value effectiveFrom effectiveUntil sourced
         legalBasis { act_az: act(language: AZ) act_ru: act(language: RU) act_en: act(language: EN) article date text_az: text(language: AZ) text_ru: text(language: RU) text_en: text(language: EN) } } }`,
    )
  ).parameterVersions.map((v) => {
    const b = v.legalBasis as unknown as Record<string, string | null>;
    return { ...v, legalBasis: { act: { az: b['act_az'] ?? '', ru: b['act_ru'] ?? '', en: b['act_en'] ?? '' }, article: b['article'] ?? null, date: b['date'] ?? null, text: { az: b['text_az'] ?? '', ru: b['text_ru'] ?? '', en: b['text_en'] ?? '' } } };
  });

if (command === 'export') {
  const yaml = parametersToYaml(await approved());
  if (file) writeFileSync(file, yaml);
  else process.stdout.write(yaml);
} else if (command === 'import' && file) {
  const changes = changesAgainst(await approved(), parametersFromYaml(readFileSync(file, 'utf8')));
  if (changes.length === 0) {
    console.log('Nothing differs from the approved parameters: no draft.');
  } else {
    const { draftParameterChange } = await call<{ draftParameterChange: { draft: { id: string } | null; error: { code: string; coverage: Array<{ message: string }> } | null } }>(
      `mutation($input: DraftParameterChangeInput!) { draftParameterChange(input: $input) { draft { id } error { code coverage { message } } } }`,
      { input: { idempotencyKey: randomUUID(), reason: options.reason ?? `Imported from ${file}`, changes } },
    );
    if (draftParameterChange.error) {
      console.error(`Refused (${draftParameterChange.error.code}): ${draftParameterChange.error.coverage.map((c) => c.message).join(' ')}`);
      process.exitCode = 1;
    } else console.log(`Draft ${draftParameterChange.draft?.id ?? ''} with ${changes.length} change(s): a rules approver must approve it.`);
  }
} else {
  console.error('Usage: rules:export [file] | rules:import <file> [--reason text]');
  process.exitCode = 2;
}
