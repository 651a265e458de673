import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toIso, weekday } from '../../lib/dates/calendar';
import { holidayOn } from '../../lib/dates/danishHolidays';
import { addPeriod, closedReason, computeFrist } from '../../lib/dates/klagefrist';

const fourWeeks = { count: 4, unit: 'week' as const };
const frist = (received: string) => computeFrist(received, fourWeeks).deadline;

describe('klagefrist: 4 weeks from receipt (retssikkerhedslovens § 67)', () => {
  it('ends on the same weekday 4 weeks later', () => {
    expect(frist('2026-04-30')).toBe('2026-05-28');
    expect(frist('2026-03-12')).toBe('2026-04-09');
  });

  it('moves off a Saturday and a Sunday', () => {
    expect(frist('2026-05-02')).toBe('2026-06-01'); // Saturday 30 May → Monday
    expect(frist('2026-05-03')).toBe('2026-06-01'); // Sunday 31 May → Monday
  });

  it.each([
    ['nytårsdag', '2025-12-04', '2026-01-02'],
    ['skærtorsdag', '2026-03-05', '2026-04-07'],
    ['langfredag', '2026-03-06', '2026-04-07'],
    ['2. påskedag', '2026-03-09', '2026-04-07'],
    ['Kristi himmelfartsdag', '2026-04-16', '2026-05-15'],
    ['2. pinsedag', '2026-04-27', '2026-05-26'],
    ['1. juledag', '2025-11-27', '2025-12-29'],
    ['2. juledag', '2025-11-28', '2025-12-29'],
  ])('moves off %s', (_name, received, deadline) => {
    expect(frist(received)).toBe(deadline);
  });

  it('moves off store bededag in 2023, not in 2024', () => {
    expect(frist('2023-04-07')).toBe('2023-05-08'); // 5 May 2023 was store bededag → Monday 8 May
    expect(frist('2024-03-29')).toBe('2024-04-26'); // 26 April 2024: an ordinary Friday
  });

  it('runs over a year end', () => {
    expect(frist('2025-12-19')).toBe('2026-01-16');
    expect(frist('2026-12-10')).toBe('2027-01-07');
  });

  it('keeps grundlovsdag, 24 and 31 December and the Friday after Kristi himmelfart, with a warning', () => {
    for (const [received, deadline] of [
      ['2026-05-08', '2026-06-05'],
      ['2025-11-26', '2025-12-24'],
      ['2025-12-03', '2025-12-31'],
      ['2026-04-17', '2026-05-15'],
    ]) {
      const r = computeFrist(received as string, fourWeeks);
      expect(r.deadline).toBe(deadline);
      expect(r.warnings.join(' ')).toMatch(/Regn med/);
    }
    expect(computeFrist('2026-03-12', fourWeeks).warnings).toEqual([]);
  });

  it('explains the computation in plain Danish', () => {
    const r = computeFrist('2026-03-05', fourWeeks);
    expect(r.steps.join(' ')).toContain('skærtorsdag');
    expect(r.steps.join(' ')).toContain('tirsdag den 7. april 2026');
  });

  it('always ends on a working day within a week of the raw date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), (d) => {
        const received = toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
        const raw = addDays(received, 28);
        const deadline = frist(received);
        return deadline >= raw && deadline <= addDays(raw, 6) && closedReason(deadline) === undefined && weekday(deadline) % 6 !== 0;
      }),
    );
  });
});

describe('other periods', () => {
  it('counts arbejdsdage over weekends and holidays', () => {
    expect(addPeriod('2026-03-31', { count: 7, unit: 'workday' })).toBe('2026-04-14');
  });
  it('counts months to the same day, or the month end', () => {
    expect(addPeriod('2026-01-31', { count: 1, unit: 'month' })).toBe('2026-02-28');
  });
  it('counts days', () => {
    expect(addPeriod('2026-02-26', { count: 8, unit: 'day' })).toBe('2026-03-06');
    expect(holidayOn('2026-03-06')).toBeUndefined();
  });
});

describe('a letter that states a shorter klagefrist than the law', () => {
  it('keeps the legal day as the klagefrist and the letter\'s earlier day as the day to send by', async () => {
    const { analyzeLetter } = await import('../../lib/analyzeLetter');
    const { loadLetter } = await import('../../lib/loadLetter');
    const text = [
      'Jobcenter Holbæk',
      'Dato: 2. marts 2026',
      'Afgørelse om fradrag i din kontanthjælp',
      'Vi har besluttet at foretage fradrag i din kontanthjælp, fordi du ikke mødte op til samtalen den 20. februar 2026.',
      // 4 weeks from 5 March is Thursday 2 April (skærtorsdag): the law's day is Tuesday 7 April.
      'Du kan klage inden 4 uger, dvs. senest torsdag den 2. april 2026.',
    ].join('\n');
    const doc = await loadLetter(new TextEncoder().encode(text), 'brev.txt', null as never);
    const { appeal } = analyzeLetter(doc, { file: 'brev.txt', received: '2026-03-05' });
    expect(appeal).toMatchObject({ deadline: '2026-04-07', sendBy: '2026-04-02', legalDeadline: '2026-04-07', statedDeadline: '2026-04-02', basis: 'law' });
    expect(appeal.steps.join(' ')).toContain('Et brev kan ikke gøre fristen kortere');
  });
});
