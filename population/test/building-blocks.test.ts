import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '@usr/shared/testing';
import { PIN_PATTERN } from '@usr/shared';
import { copyField, copyLine, copyStatement } from '../src/copy-format.ts';
import { addMonths, ageOn, dayFromCivil, isoDate, parseIsoDate } from '../src/calendar.ts';
import { decodePin, PinIssuer } from '../src/pins.ts';
import { azerbaijaniIban } from '../src/payment-accounts.ts';
import { IdSequence } from '../src/ids.ts';
import { Random } from '../src/random.ts';

describe('COPY text encoding', () => {
  it('escapes backslash, tab, newline and carriage return, and writes NULL as \\N', () => {
    expect(copyField('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(copyField(null)).toBe('\\N');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField(true)).toBe('t');
    expect(() => copyField('nul\0')).toThrow(/NUL/);
  });

  it('round-trips awkward text and JSON through a real COPY', async () => {
    const db = await createTestDatabase(inject('adminDatabaseUrl'), 'population');
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query('create table t (label text, value jsonb, note text)');
      type Row = { label: string; value: unknown; note: string | null };
      const spec = { name: 't', dependsOn: [], columns: [['label', 'label'], ['value', 'value'], ['note', 'note']] as const };
      const rows: Row[] = [
        { label: 'tab\there, "quotes", \\backslash\\ and ə ğ ı ö ü ç ş', value: { text: 'line1\nline2\t"q"\\', n: 1.5 }, note: null },
        { label: '\\N is not null', value: ['a', null, { nested: 'x\r\ny' }], note: 'Rəşad oğlu' },
      ];
      await pipeline(Readable.from(rows.map((r) => copyLine(spec, r))), client.query(copyFrom(copyStatement(spec))));
      const back = await client.query<Row>('select label, value, note from t order by label desc');
      expect(back.rows).toEqual(rows);
    } finally {
      await client.end();
      await db.drop();
    }
  });
});

describe('PINs', () => {
  it('are valid, unique, increasing with the person number, and never a reserved PIN', () => {
    const reserved = ['5AZK7P2', '4BXM2R8'];
    const issuer = new PinIssuer(1, 50_000, reserved);
    const pins = Array.from({ length: 50_000 }, (_, i) => issuer.pinOf(i));
    expect(pins.every((p) => PIN_PATTERN.test(p))).toBe(true);
    expect(new Set(pins).size).toBe(pins.length);
    for (let i = 1; i < pins.length; i++) expect(decodePin(pins[i] ?? '')).toBeGreaterThan(decodePin(pins[i - 1] ?? ''));
    expect(pins.some((p) => reserved.includes(p))).toBe(false);
    expect(() => issuer.pinOf(50_000)).toThrow(RangeError);
  });
});

describe('calendar', () => {
  it('converts dates and counts ages and months like the civil calendar', () => {
    expect(isoDate(parseIsoDate('2024-02-29'))).toBe('2024-02-29');
    expect(() => parseIsoDate('2026-02-30')).toThrow();
    expect(ageOn(parseIsoDate('1961-11-20'), parseIsoDate('2026-11-19'))).toBe(64);
    expect(ageOn(parseIsoDate('1961-11-20'), parseIsoDate('2026-11-20'))).toBe(65);
    expect(isoDate(addMonths(dayFromCivil(2026, 1, 31), 1))).toBe('2026-02-28');
    expect(isoDate(addMonths(dayFromCivil(2026, 11, 23), 12))).toBe('2027-11-23');
  });
});

describe('identifiers', () => {
  it('issues IBANs whose ISO 13616 check digits verify', () => {
    const iban = azerbaijaniIban('AIIB', '12345678901234567890');
    expect(iban).toMatch(/^AZ\d{2}AIIB\d{20}$/);
    const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
    expect(BigInt(rearranged) % 97n).toBe(1n);
  });

  it('issues time-ordered UUIDs, the same for the same seed', () => {
    const a = new IdSequence(1, 7, Date.UTC(2026, 0, 1));
    const b = new IdSequence(1, 7, Date.UTC(2026, 0, 1));
    const ids = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(ids);
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
  });

  it('draws the same numbers for the same seed parts', () => {
    const a = new Random(1, 2, 3);
    const b = new Random(1, 2, 3);
    const c = new Random(1, 2, 4);
    const draws = Array.from({ length: 20 }, () => a.uint32());
    expect(Array.from({ length: 20 }, () => b.uint32())).toEqual(draws);
    expect(Array.from({ length: 20 }, () => c.uint32())).not.toEqual(draws);
  });
});
