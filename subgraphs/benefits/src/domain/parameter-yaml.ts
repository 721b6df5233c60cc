import { parse, stringify } from 'yaml';
import { isIsoDate, type LegalBasis, type LocalizedText } from '@usr/shared';

/**
 * A plain, reviewable file of the rule parameters in the style of OpenFisca's parameter files: per
 * benefit and parameter, the values keyed by the date they take effect, each with its reference
 * (the legal basis in az/ru/en). A ministry keeps it in version control; `npm run rules:export`
 * writes it from the registry's approved values and `npm run rules:import` turns the differences
 * into ONE draft that a second person must approve (the file never bypasses the four eyes).
 *
 *   TSA:
 *     needCriterion:
 *       values:
 *         2026-01-01:
 *           value: 300
 *           sourced: true
 *           reference:
 *             act: { az: ..., ru: ..., en: ... }
 *             article: null
 *             date: null
 *             text: { az: ..., ru: ..., en: ... }
 */
export interface FileValue {
  readonly benefitCode: string;
  readonly name: string;
  readonly value: number;
  readonly effectiveFrom: string;
  readonly effectiveUntil: string | null;
  readonly sourced: boolean;
  readonly legalBasis: LegalBasis;
}

/** A file that does not follow the format: the path of the offending entry, never a value. */
export class ParameterFileError extends Error {
  constructor(where: string, rule: string) {
    super(`Parameter file: ${where}: ${rule}`);
    this.name = 'ParameterFileError';
  }
}

const byKey = (a: FileValue, b: FileValue): number => a.benefitCode.localeCompare(b.benefitCode) || a.name.localeCompare(b.name) || a.effectiveFrom.localeCompare(b.effectiveFrom);

export const parametersToYaml = (values: readonly FileValue[]): string => {
  const tree: Record<string, Record<string, { values: Record<string, unknown> }>> = {};
  for (const v of [...values].sort(byKey)) {
    const parameters = (tree[v.benefitCode] ??= {});
    const parameter = (parameters[v.name] ??= { values: {} });
    parameter.values[v.effectiveFrom] = {
      value: v.value,
      ...(v.effectiveUntil ? { until: v.effectiveUntil } : {}),
      sourced: v.sourced,
      reference: { act: { ...v.legalBasis.act }, article: v.legalBasis.article, date: v.legalBasis.date, text: { ...v.legalBasis.text } },
    };
  }
  return stringify(tree, { lineWidth: 0 });
};

const record = (value: unknown, where: string): Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ParameterFileError(where, 'expected a mapping');
  return value as Record<string, unknown>;
};

const localizedText = (value: unknown, where: string): LocalizedText => {
  const text = record(value, where);
  const out: Record<string, string> = {};
  for (const language of ['az', 'ru', 'en'] as const) {
    const t = text[language];
    if (typeof t !== 'string' || t.trim().length === 0) throw new ParameterFileError(`${where}.${language}`, 'a text in every language (az, ru, en)');
    out[language] = t;
  }
  return out as unknown as LocalizedText;
};

const optionalDate = (value: unknown, where: string): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || !isIsoDate(value)) throw new ParameterFileError(where, 'a date YYYY-MM-DD');
  return value;
};

export const parametersFromYaml = (text: string): FileValue[] => {
  const tree = record(parse(text), 'file');
  const values: FileValue[] = [];
  for (const [benefitCode, parameters] of Object.entries(tree))
    for (const [name, parameter] of Object.entries(record(parameters, benefitCode))) {
      const where = `${benefitCode}.${name}`;
      for (const [from, raw] of Object.entries(record(record(parameter, where)['values'], `${where}.values`))) {
        const at = `${where}.values.${from}`;
        if (!isIsoDate(from)) throw new ParameterFileError(at, 'keyed by a date YYYY-MM-DD');
        const entry = record(raw, at);
        if (typeof entry['value'] !== 'number' || !Number.isFinite(entry['value'])) throw new ParameterFileError(`${at}.value`, 'a number');
        if (typeof entry['sourced'] !== 'boolean') throw new ParameterFileError(`${at}.sourced`, 'true or false');
        const reference = record(entry['reference'], `${at}.reference`);
        const article = reference['article'];
        if (article !== null && article !== undefined && typeof article !== 'string') throw new ParameterFileError(`${at}.reference.article`, 'a text or null');
        values.push({
          benefitCode,
          name,
          value: entry['value'],
          effectiveFrom: from,
          effectiveUntil: optionalDate(entry['until'], `${at}.until`),
          sourced: entry['sourced'],
          legalBasis: { act: localizedText(reference['act'], `${at}.reference.act`), article: article ?? null, date: optionalDate(reference['date'], `${at}.reference.date`), text: localizedText(reference['text'], `${at}.reference.text`) },
        });
      }
    }
  return values.sort(byKey);
};

const same = (a: FileValue, b: FileValue): boolean => JSON.stringify(parametersToYaml([a])) === JSON.stringify(parametersToYaml([b]));

/** The file's values that are new or differ from the approved ones: what an import drafts. */
export const changesAgainst = (approved: readonly FileValue[], file: readonly FileValue[]): FileValue[] => {
  const current = new Map(approved.map((v) => [`${v.benefitCode}.${v.name}.${v.effectiveFrom}`, v]));
  return file.filter((v) => {
    const known = current.get(`${v.benefitCode}.${v.name}.${v.effectiveFrom}`);
    return !known || !same(known, v);
  });
};
