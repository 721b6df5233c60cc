/**
 * Azerbaijan's non-working days, as data: the dated calendar every working-day count reads
 * (calendar.ts). Three sources make a year's list:
 * - the Labour Code, article 105: the fixed holidays, and the rule that a holiday falling on a
 *   Saturday or Sunday moves the rest day to the next working day (part 5), and that a Ramazan or
 *   Qurban day coinciding with another holiday moves one to the next working day (part 6);
 * - the Cabinet of Ministers' annual decision fixing the days of Novruz, Ramazan and Qurban bayramı;
 * - the Cabinet of Ministers' decisions "on changing the places of working and rest days"
 *   (transferred days: a weekday made a rest day, a Saturday or Sunday made a working day) and
 *   one-off rest days (election days).
 * Each year is written out in full, day by day, with the acts it comes from: nothing is derived at
 * run time, so a reviewer checks the list against the published decisions directly. `verified:
 * false` marks a day the team could not trace to a published decision (an estimate): an explicit,
 * reviewable placeholder. A year not listed falls back to the Labour Code's fixed holidays only
 * (see calendar.ts), also flagged as unverified.
 */
export type NonWorkingReason =
  | 'NEW_YEAR'
  | 'MARTYRS_DAY'
  | 'WOMENS_DAY'
  | 'NOVRUZ'
  | 'RAMAZAN'
  | 'QURBAN'
  | 'VICTORY_OVER_FASCISM'
  | 'INDEPENDENCE_DAY'
  | 'NATIONAL_SALVATION'
  | 'ARMED_FORCES'
  | 'VICTORY_DAY'
  | 'FLAG_DAY'
  | 'SOLIDARITY_DAY'
  /** A holiday's rest day moved to the next working day (Labour Code 105.5 and 105.6). */
  | 'HOLIDAY_MOVED'
  /** A working day swapped with a weekend day by a Cabinet of Ministers decision. */
  | 'TRANSFERRED'
  | 'ELECTION_DAY';

export interface NonWorkingDay {
  readonly date: string; // YYYY-MM-DD
  readonly reason: NonWorkingReason;
  /** For HOLIDAY_MOVED and TRANSFERRED: the holiday or weekend day it stands in for. */
  readonly standsFor?: string;
  readonly verified: boolean;
}

export interface HolidayYear {
  readonly year: number;
  /** The published acts the year's list was checked against. */
  readonly sources: readonly string[];
  /** Weekdays (Monday to Friday) on which no one works. Weekend days are never listed here. */
  readonly nonWorkingWeekdays: readonly NonWorkingDay[];
  /** Saturdays and Sundays made working days by a transfer decision. */
  readonly workingWeekendDays: readonly { readonly date: string; readonly standsFor: string; readonly verified: boolean }[];
}

/** The fixed holidays of Labour Code article 105 (month-day), the fallback for a year not listed. */
export const FIXED_HOLIDAYS: readonly { readonly monthDay: string; readonly reason: NonWorkingReason }[] = [
  { monthDay: '01-01', reason: 'NEW_YEAR' },
  { monthDay: '01-02', reason: 'NEW_YEAR' },
  { monthDay: '01-20', reason: 'MARTYRS_DAY' },
  { monthDay: '03-08', reason: 'WOMENS_DAY' },
  { monthDay: '03-20', reason: 'NOVRUZ' },
  { monthDay: '03-21', reason: 'NOVRUZ' },
  { monthDay: '03-22', reason: 'NOVRUZ' },
  { monthDay: '03-23', reason: 'NOVRUZ' },
  { monthDay: '03-24', reason: 'NOVRUZ' },
  { monthDay: '05-09', reason: 'VICTORY_OVER_FASCISM' },
  { monthDay: '05-28', reason: 'INDEPENDENCE_DAY' },
  { monthDay: '06-15', reason: 'NATIONAL_SALVATION' },
  { monthDay: '06-26', reason: 'ARMED_FORCES' },
  { monthDay: '11-08', reason: 'VICTORY_DAY' },
  { monthDay: '11-09', reason: 'FLAG_DAY' },
  { monthDay: '12-31', reason: 'SOLIDARITY_DAY' },
];

const LABOUR_CODE = 'Labour Code of the Republic of Azerbaijan, article 105 (holidays; parts 5 and 6 move a rest day)';
const day = (date: string, reason: NonWorkingReason, standsFor?: string): NonWorkingDay => ({ date, reason, verified: true, ...(standsFor ? { standsFor } : {}) });
const estimate = (date: string, reason: NonWorkingReason, standsFor?: string): NonWorkingDay => ({ ...day(date, reason, standsFor), verified: false });
const workingWeekend = (date: string, standsFor: string) => ({ date, standsFor, verified: true });

export const HOLIDAY_YEARS: readonly HolidayYear[] = [
  {
    year: 2024,
    sources: [
      LABOUR_CODE,
      'Cabinet of Ministers decision "On the days of Novruz, Ramazan and Qurban bayramı in 2024" (Novruz 20-24 March, Ramazan 10-11 April, Qurban 16-17 June)',
      'Cabinet of Ministers decisions on changing the places of working and rest days: 2023-12-30 and 2024-01-07 for 2024-01-04 and 2024-01-05; 2024-04-06 for 2024-04-12 (abc.az, 26 February 2024); 2024-11-16 and 2024-11-23 for 2024-11-12 and 2024-11-13; 2024-12-28 for 2024-12-30, 2024-12-29 for 2025-01-03 (news.az, 28 November 2024)',
      'Presidential election day 2024-02-07, a rest day by law',
    ],
    nonWorkingWeekdays: [
      day('2024-01-01', 'NEW_YEAR'),
      day('2024-01-02', 'NEW_YEAR'),
      day('2024-01-03', 'HOLIDAY_MOVED', '2023-12-31'),
      day('2024-01-04', 'TRANSFERRED', '2023-12-30'),
      day('2024-01-05', 'TRANSFERRED', '2024-01-07'),
      day('2024-02-07', 'ELECTION_DAY'),
      day('2024-03-08', 'WOMENS_DAY'),
      day('2024-03-20', 'NOVRUZ'),
      day('2024-03-21', 'NOVRUZ'),
      day('2024-03-22', 'NOVRUZ'),
      day('2024-03-25', 'HOLIDAY_MOVED', '2024-03-23'),
      day('2024-03-26', 'HOLIDAY_MOVED', '2024-03-24'),
      day('2024-04-10', 'RAMAZAN'),
      day('2024-04-11', 'RAMAZAN'),
      day('2024-04-12', 'TRANSFERRED', '2024-04-06'),
      day('2024-05-09', 'VICTORY_OVER_FASCISM'),
      day('2024-05-28', 'INDEPENDENCE_DAY'),
      day('2024-06-17', 'QURBAN'),
      day('2024-06-18', 'HOLIDAY_MOVED', '2024-06-15'),
      day('2024-06-19', 'HOLIDAY_MOVED', '2024-06-16'),
      day('2024-06-26', 'ARMED_FORCES'),
      day('2024-11-08', 'VICTORY_DAY'),
      day('2024-11-11', 'HOLIDAY_MOVED', '2024-11-09'),
      day('2024-11-12', 'TRANSFERRED', '2024-11-16'),
      day('2024-11-13', 'TRANSFERRED', '2024-11-23'),
      day('2024-12-30', 'TRANSFERRED', '2024-12-28'),
      day('2024-12-31', 'SOLIDARITY_DAY'),
    ],
    workingWeekendDays: [
      workingWeekend('2024-01-07', '2024-01-05'),
      workingWeekend('2024-04-06', '2024-04-12'),
      workingWeekend('2024-11-16', '2024-11-12'),
      workingWeekend('2024-11-23', '2024-11-13'),
      workingWeekend('2024-12-28', '2024-12-30'),
      workingWeekend('2024-12-29', '2025-01-03'),
    ],
  },
  {
    year: 2025,
    sources: [
      LABOUR_CODE,
      'Cabinet of Ministers decision "On the days of Novruz, Ramazan and Qurban bayramı in 2025", signed by Prime Minister Ali Asadov (turan.az, 11 December 2024): Novruz 20-24 March, Ramazan 30-31 March, Qurban 6-7 June',
      'Cabinet of Ministers decision on changing the places of working and rest days: the rest days of 2025-03-10 and 2025-04-01 exchanged with the working days of 2025-03-27 and 2025-03-28 (anspress.com, 2025)',
      'Cabinet of Ministers decision on changing the places of working and rest days: 2025-06-21 (Saturday) a working day for 2025-06-27',
      'Municipal election day 2025-01-29, a rest day by law',
    ],
    nonWorkingWeekdays: [
      day('2025-01-01', 'NEW_YEAR'),
      day('2025-01-02', 'NEW_YEAR'),
      day('2025-01-03', 'TRANSFERRED', '2024-12-29'),
      day('2025-01-20', 'MARTYRS_DAY'),
      day('2025-01-29', 'ELECTION_DAY'),
      // 8 March was a Saturday: its rest day (10 March) was exchanged for 27 March.
      day('2025-03-20', 'NOVRUZ'),
      day('2025-03-21', 'NOVRUZ'),
      day('2025-03-24', 'NOVRUZ'),
      day('2025-03-25', 'HOLIDAY_MOVED', '2025-03-22'),
      day('2025-03-26', 'HOLIDAY_MOVED', '2025-03-23'),
      day('2025-03-27', 'TRANSFERRED', '2025-03-10'),
      day('2025-03-28', 'TRANSFERRED', '2025-04-01'),
      day('2025-03-31', 'RAMAZAN'),
      // 30 March was a Sunday: its rest day (1 April) was exchanged for 28 March.
      day('2025-05-09', 'VICTORY_OVER_FASCISM'),
      day('2025-05-28', 'INDEPENDENCE_DAY'),
      day('2025-06-06', 'QURBAN'),
      day('2025-06-09', 'HOLIDAY_MOVED', '2025-06-07'),
      day('2025-06-16', 'HOLIDAY_MOVED', '2025-06-15'),
      day('2025-06-26', 'ARMED_FORCES'),
      day('2025-06-27', 'TRANSFERRED', '2025-06-21'),
      day('2025-11-10', 'HOLIDAY_MOVED', '2025-11-08'),
      day('2025-11-11', 'HOLIDAY_MOVED', '2025-11-09'),
      day('2025-12-31', 'SOLIDARITY_DAY'),
    ],
    workingWeekendDays: [workingWeekend('2025-06-21', '2025-06-27')],
  },
  {
    year: 2026,
    sources: [
      LABOUR_CODE,
      'Cabinet of Ministers decision "On the days of Novruz, Ramazan and Qurban bayramı in 2026" (ain.az; modern.az, 2 December 2025): Novruz 20-24 March, Ramazan 20-21 March, Qurban 27-28 May; Ramazan coinciding with Novruz moves its rest days to 27 and 30 March (Labour Code 105.6)',
      'No decision changing the places of working and rest days in 2026 was found; a transfer decided later must be added here',
    ],
    nonWorkingWeekdays: [
      day('2026-01-01', 'NEW_YEAR'),
      day('2026-01-02', 'NEW_YEAR'),
      day('2026-01-20', 'MARTYRS_DAY'),
      day('2026-03-09', 'HOLIDAY_MOVED', '2026-03-08'),
      day('2026-03-20', 'NOVRUZ'),
      day('2026-03-23', 'NOVRUZ'),
      day('2026-03-24', 'NOVRUZ'),
      day('2026-03-25', 'HOLIDAY_MOVED', '2026-03-21'),
      day('2026-03-26', 'HOLIDAY_MOVED', '2026-03-22'),
      day('2026-03-27', 'HOLIDAY_MOVED', '2026-03-20'),
      day('2026-03-30', 'HOLIDAY_MOVED', '2026-03-21'),
      day('2026-05-11', 'HOLIDAY_MOVED', '2026-05-09'),
      day('2026-05-27', 'QURBAN'),
      day('2026-05-28', 'INDEPENDENCE_DAY'),
      day('2026-05-29', 'HOLIDAY_MOVED', '2026-05-28'),
      day('2026-06-15', 'NATIONAL_SALVATION'),
      day('2026-06-26', 'ARMED_FORCES'),
      day('2026-11-09', 'FLAG_DAY'),
      day('2026-11-10', 'HOLIDAY_MOVED', '2026-11-08'),
      day('2026-12-31', 'SOLIDARITY_DAY'),
    ],
    workingWeekendDays: [],
  },
  {
    year: 2027,
    sources: [
      LABOUR_CODE,
      'The Cabinet of Ministers decision on the 2027 days of Novruz, Ramazan and Qurban bayramı could not be checked: Ramazan (9-10 March) and Qurban (16-17 May) are astronomical estimates, marked unverified, and must be replaced by the decision',
    ],
    nonWorkingWeekdays: [
      day('2027-01-01', 'NEW_YEAR'),
      day('2027-01-04', 'HOLIDAY_MOVED', '2027-01-02'),
      day('2027-01-20', 'MARTYRS_DAY'),
      day('2027-03-08', 'WOMENS_DAY'),
      estimate('2027-03-09', 'RAMAZAN'),
      estimate('2027-03-10', 'RAMAZAN'),
      day('2027-03-22', 'NOVRUZ'),
      day('2027-03-23', 'NOVRUZ'),
      day('2027-03-24', 'NOVRUZ'),
      day('2027-03-25', 'HOLIDAY_MOVED', '2027-03-20'),
      day('2027-03-26', 'HOLIDAY_MOVED', '2027-03-21'),
      day('2027-05-10', 'HOLIDAY_MOVED', '2027-05-09'),
      estimate('2027-05-17', 'QURBAN'),
      estimate('2027-05-18', 'HOLIDAY_MOVED', '2027-05-16'),
      day('2027-05-28', 'INDEPENDENCE_DAY'),
      day('2027-06-15', 'NATIONAL_SALVATION'),
      day('2027-06-28', 'HOLIDAY_MOVED', '2027-06-26'),
      day('2027-11-08', 'VICTORY_DAY'),
      day('2027-11-09', 'FLAG_DAY'),
      day('2027-12-31', 'SOLIDARITY_DAY'),
    ],
    workingWeekendDays: [],
  },
];
