/**
 * Money is computed in qəpik (integer hundredths of a manat), never in floating point, and shown
 * as the graph's Money scalar: a decimal string with two fraction digits.
 */
export const toQepik = (manat: number): number => Math.round(manat * 100);

export const formatQepik = (qepik: number): string => {
  const sign = qepik < 0 ? '-' : '';
  const abs = Math.abs(qepik);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

/** Parses a Money string ("285.00") or a number into qəpik. */
export const parseMoney = (value: string | number): number => {
  if (typeof value === 'number') return toQepik(value);
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) throw new Error('Not a money amount.');
  const qepik = Number(match[2]) * 100 + Number((match[3] ?? '0').padEnd(2, '0'));
  return match[1] === '-' ? -qepik : qepik;
};

/** Integer division of qəpik rounded half up (an average of a sum). */
export const divideQepik = (qepik: number, by: number): number => Math.round(qepik / by);
