import {
  FACT_FIELD_STYLES,
  findTranslation,
  formatDate,
  formatDateTime,
  formatMoney,
  formatMonth,
  formatNumber,
  translate,
  type Language,
  type MessageKey,
} from '@usr/shared/i18n';

/** The export's streamed sections, in the order they are written. */
export type StreamedSection = 'facts' | 'payments' | 'accessLog';

export interface ExportMeta {
  readonly format: string;
  readonly version: number;
  readonly exportId: string;
  readonly recordedAt: string;
  readonly language: Language;
}

/** Writes one export as text chunks: the record first, then each streamed section page by page. */
export interface ExportWriter {
  start(meta: ExportMeta, person: Record<string, unknown>): string;
  open(section: StreamedSection): string;
  items(section: StreamedSection, items: readonly unknown[]): string;
  close(section: StreamedSection): string;
  end(): string;
}

/**
 * JSON, format `usr-own-data` version 1: `{format, version, exportId, recordedAt, language,
 * person: <the record as the graph returns it>, facts: [...], payments: [...], accessLog: [...]}`.
 */
export const jsonWriter = (): ExportWriter => {
  let first = true;
  return {
    start: (meta, person) => `${JSON.stringify(meta).slice(0, -1)},"person":${JSON.stringify(person)}`,
    open: (section) => {
      first = true;
      return `,${JSON.stringify(section)}:[`;
    },
    items: (_, items) => {
      if (items.length === 0) return '';
      const text = items.map((item) => JSON.stringify(item)).join(',');
      const chunk = first ? text : `,${text}`;
      first = false;
      return chunk;
    },
    close: () => ']',
    end: () => '}\n',
  };
};

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
type Row = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/**
 * The readable page, in the reader's language: every heading, label, enum, date and amount through
 * the one catalogue and the registry's own formatters; names, addresses and references as written.
 */
export const pageWriter = (language: Language): ExportWriter => {
  const t = (key: MessageKey, values: Record<string, string | number> = {}) => escape(translate(language, key, values));
  // Enum values by the SDL's enum name; a code the catalogue lacks shows nothing rather than raw.
  const code = (prefix: string, value: unknown) => escape(findTranslation(language, `${prefix}.${str(value)}`) ?? '');
  const date = (value: unknown) => (str(value) ? escape(formatDate(str(value), language)) : '');
  const dateTime = (value: unknown) => (str(value) ? escape(formatDateTime(str(value), language)) : '');
  const money = (value: unknown) => (str(value) ? escape(formatMoney(str(value), language)) : '');
  const month = (value: unknown) => (str(value) ? escape(formatMonth(str(value), language)) : '');
  const list = (rows: unknown, render: (row: Row) => string) =>
    Array.isArray(rows) && rows.length > 0 ? `<ul>${(rows as Row[]).map((row) => `<li>${render(row)}</li>`).join('')}</ul>` : '';
  const section = (title: string, body: string) => `<section><h2>${title}</h2>${body}</section>`;
  // A fact's value field by field, written as the portal writes it (the shared FACT_FIELD_STYLES).
  const field = (typename: string, key: string, value: unknown): string => {
    const label = code(`factField.${typename}`, key);
    if (typeof value === 'boolean') return `${label}: ${t(value ? 'value.yes' : 'value.no')}`;
    const style = FACT_FIELD_STYLES[key];
    const text =
      style === undefined || style === 'year'
        ? escape(str(value))
        : typeof style === 'object'
          ? code(`enum.${style.enum}`, value)
          : style === 'money'
            ? money(value)
            : style === 'month'
              ? month(value)
              : style === 'date'
                ? date(value)
                : style === 'district'
                  ? code('district', value)
                  : escape(formatNumber(str(value), language));
    return `${label}: ${text}`;
  };
  const factValue = (value: Row | undefined) =>
    Object.entries(value ?? {})
      .filter(([key, v]) => key !== '__typename' && v !== null && v !== undefined)
      .map(([key, v]) => field(str(value?.['__typename']), key, v))
      .join('; ');
  const fact = (f: Row): string => {
    const agency = (f['agency'] as Row | undefined)?.['code'];
    const earlier = f['previousVersions'];
    return `${code('enum.FactKind', f['kind'])}: ${factValue(f['value'] as Row | undefined)}. ${t('portal.validFrom')} ${date(f['validFrom'])} — ${code('agency', agency)}; ${t('portal.sourceReference')}: ${escape(str(f['sourceReference']))}${list(earlier, fact)}`;
  };
  const sections: Record<StreamedSection, { title: () => string; row: (row: Row) => string }> = {
    facts: { title: () => t('portal.facts'), row: fact },
    payments: { title: () => t('portal.payments'), row: (p) => `${month(p['month'])}: ${money(p['amount'])} — ${code('enum.PaymentStatus', p['status'])}` },
    accessLog: {
      title: () => t('portal.accessLogTitle'),
      row: (e) => `${dateTime(e['at'])}: ${code('portal.accessor', e['accessorKind'])} — ${code('enum.PurposeOfUse', e['purposeCode'])}`,
    },
  };
  return {
    start: (meta, p) => {
      const address = p['address'] as Row | null;
      const household = p['household'] as Row | null;
      return [
        `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${t('portal.myDataTitle')}</title></head><body>`,
        `<h1>${t('portal.myDataTitle')}</h1><p>${dateTime(meta.recordedAt)}</p>`,
        section(
          t('portal.personalData'),
          `<p>${escape([p['lastName'], p['firstName'], p['patronymic']].map(str).join(' '))}</p><dl><dt>${t('portal.birthDate')}</dt><dd>${date(p['birthDate'])}</dd><dt>${t('portal.sex')}</dt><dd>${code('enum.Sex', p['sex'])}</dd><dt>${t('portal.phone')}</dt><dd>${escape(str(p['phone']))}</dd><dt>${t('portal.address')}</dt><dd>${escape(str(address?.['line']))}</dd></dl>`,
        ),
        section(
          t('portal.household'),
          list(household?.['members'], (m) => {
            const person = m['person'] as Row;
            return `${escape(`${str(person['firstName'])} ${str(person['lastName'])}`)} — ${code('enum.Relation', m['relation'])}, ${date(m['from'])}`;
          }),
        ),
        section(
          t('portal.appeal.decisions'),
          list(p['decisions'], (d) => `<p>${escape(str(d['referenceNumber']))} — ${dateTime(d['decidedAt'])}</p><p>${escape(str(d['summary']))}</p>${list(d['steps'], (s) => escape(str(s['plain'])))}`),
        ),
        section(
          t('portal.benefits'),
          list(p['benefits'], (b) => `${code('benefit', (b['benefitType'] as Row)['code'])} — ${code('enum.AssignmentStatus', b['status'])}, ${money(b['amount'])}, ${date(b['periodFrom'])}`),
        ),
        section(t('portal.appeal.appealsTitle'), list(p['appeals'], (a) => `${dateTime(a['filedAt'])}: ${code('enum.AppealStatus', a['status'])}`)),
        section(t('portal.correctionRequests'), list(p['correctionRequests'], (c) => `${dateTime(c['requestedAt'])}: ${code('enum.CorrectionStatus', c['status'])}`)),
        section(t('portal.otherRoles'), list(p['factsInOtherRoles'], (r) => `${code('enum.FactRole', r['role'])}: ${fact(r['fact'] as Row)}`)),
        section(t('portal.messagesTitle'), list(p['notifications'], (n) => `${dateTime(n['sentAt'] ?? n['queuedAt'])}: ${escape(str(n['text']))}`)),
      ].join('');
    },
    open: (name) => `<section><h2>${sections[name].title()}</h2><ul>`,
    items: (name, items) => (items as Row[]).map((row) => `<li>${sections[name].row(row)}</li>`).join(''),
    close: () => '</ul></section>',
    end: () => '</body></html>\n',
  };
};
