import { useId, useState } from 'react';
import { formatMonthName } from '@usr/shared/i18n';
import { useSpeech } from './i18n/intl.ts';

/** "YYYY-MM-DD" of a real calendar day, or undefined. */
const isoDay = (day: string, month: string, year: string): string | undefined => {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (!Number.isInteger(d) || !Number.isInteger(m) || !/^\d{4}$/.test(year)) return undefined;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/**
 * A date as people here write it: day, month (by name), year, in that order, whatever the
 * browser's locale (a native date input follows the browser, and Chromium has no Azerbaijani).
 * Reports "YYYY-MM-DD" once the three make a real day, else "" (`invalid` when filled but wrong).
 */
export const DateInput = ({ legend, onChange }: { legend: string; onChange: (iso: string, invalid: boolean) => void }) => {
  const { t, language } = useSpeech();
  const id = useId();
  const [parts, setParts] = useState({ day: '', month: '', year: '' });
  const update = (next: Partial<typeof parts>) => {
    const merged = { ...parts, ...next };
    setParts(merged);
    const iso = isoDay(merged.day, merged.month, merged.year);
    const empty = !merged.day && !merged.month && !merged.year;
    onChange(iso ?? '', !iso && !empty);
  };
  return (
    <fieldset className="date-input">
      <legend>{legend}</legend>
      <div>
        <label htmlFor={`${id}-day`}>{t('portal.day')}</label>
        <input id={`${id}-day`} inputMode="numeric" pattern="[0-9]*" maxLength={2} size={2} autoComplete="off" value={parts.day} onChange={(e) => update({ day: e.target.value.trim() })} />
      </div>
      <div>
        <label htmlFor={`${id}-month`}>{t('portal.monthOfYear')}</label>
        <select id={`${id}-month`} value={parts.month} onChange={(e) => update({ month: e.target.value })}>
          <option value="">—</option>
          {Array.from({ length: 12 }, (_, i) => (
            <option key={i + 1} value={String(i + 1)}>
              {formatMonthName(i + 1, language)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-year`}>{t('portal.year')}</label>
        <input id={`${id}-year`} inputMode="numeric" pattern="[0-9]*" maxLength={4} size={4} autoComplete="off" value={parts.year} onChange={(e) => update({ year: e.target.value.trim() })} />
      </div>
    </fieldset>
  );
};
