import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatDanishDate, weekday } from '../../lib/dates/calendar';
import { danishHolidays, easterSunday, holidayOn } from '../../lib/dates/danishHolidays';
import { findDates, parseDanishDate } from '../../lib/dates/findDates';

describe('Danish dates', () => {
  it.each([
    ['1. april 2025', '2025-04-01'],
    ['01.04.2025', '2025-04-01'],
    ['1.4.25', '2025-04-01'],
    ['1/4-2025', '2025-04-01'],
    ['d. 1/4 2025', '2025-04-01'],
    ['1. apr. 2025', '2025-04-01'],
    ['den 1. april 2025', '2025-04-01'],
    ['tirsdag den 1. april 2025', '2025-04-01'],
    ['tirsdag d. 1/4 2025', '2025-04-01'],
    ['30/06/2025', '2025-06-30'],
    ['2025-04-01', '2025-04-01'],
    ['1. marts', '2025-03-01'],
    ['24. dec.', '2025-12-24'],
  ])('%s is %s', (text, iso) => {
    expect(parseDanishDate(text, 2025)).toBe(iso);
  });

  it('rejects what is not a date', () => {
    for (const t of ['kl. 10.00', '1.851,00 kr.', '31. februar 2025', '3/4 af tiden', 'tlf. 33 41 12 00', '2024-0871-FP', '32.01.2025']) {
      expect(findDates(t, 2025), t).toEqual([]);
    }
  });

  it('finds every date in a sentence with its span', () => {
    const t = 'Fradraget gælder fra og med d. 17/2 2026 til og med den 19. februar 2026.';
    const found = findDates(t, 2026);
    expect(found.map((d) => [d.text, d.iso])).toEqual([
      ['d. 17/2 2026', '2026-02-17'],
      ['den 19. februar 2026', '2026-02-19'],
    ]);
    for (const d of found) expect(t.slice(d.start, d.end)).toBe(d.text);
  });

  it('writes dates in plain Danish', () => {
    expect(formatDanishDate('2026-04-07')).toBe('tirsdag den 7. april 2026');
  });
});

// Påskedag 2000-2040, from the Gregorian Easter tables (checked against python-dateutil's easter()).
const EASTER: Record<number, string> = {
  2000: '04-23', 2001: '04-15', 2002: '03-31', 2003: '04-20', 2004: '04-11', 2005: '03-27', 2006: '04-16',
  2007: '04-08', 2008: '03-23', 2009: '04-12', 2010: '04-04', 2011: '04-24', 2012: '04-08', 2013: '03-31',
  2014: '04-20', 2015: '04-05', 2016: '03-27', 2017: '04-16', 2018: '04-01', 2019: '04-21', 2020: '04-12',
  2021: '04-04', 2022: '04-17', 2023: '04-09', 2024: '03-31', 2025: '04-20', 2026: '04-05', 2027: '03-28',
  2028: '04-16', 2029: '04-01', 2030: '04-21', 2031: '04-13', 2032: '03-28', 2033: '04-17', 2034: '04-09',
  2035: '03-25', 2036: '04-13', 2037: '04-05', 2038: '04-25', 2039: '04-10', 2040: '04-01',
};

describe('DanishHolidays', () => {
  it('computes påskedag 2000-2040 as the table', () => {
    for (const [year, md] of Object.entries(EASTER)) expect(easterSunday(Number(year))).toBe(`${year}-${md}`);
  });

  it('puts påskedag on a Sunday in any year', () => {
    fc.assert(fc.property(fc.integer({ min: 1600, max: 2400 }), (y) => weekday(easterSunday(y)) === 0));
  });

  it('has the 2026 helligdage of the domain notes (§3.2)', () => {
    const names = [...danishHolidays(2026).values()].filter((h) => h.kind === 'helligdag').map((h) => `${h.date} ${h.name}`);
    expect(names.sort()).toEqual([
      '2026-01-01 nytårsdag',
      '2026-04-02 skærtorsdag',
      '2026-04-03 langfredag',
      '2026-04-05 påskedag',
      '2026-04-06 2. påskedag',
      '2026-05-14 Kristi himmelfartsdag',
      '2026-05-24 pinsedag',
      '2026-05-25 2. pinsedag',
      '2026-12-25 1. juledag',
      '2026-12-26 2. juledag',
    ]);
  });

  it('keeps store bededag up to 2023 only', () => {
    expect(holidayOn('2023-05-05')?.name).toBe('store bededag');
    expect(holidayOn('2024-04-26')).toBeUndefined();
  });

  it('knows the days authorities treat differently', () => {
    for (const d of ['2026-06-05', '2026-12-24', '2026-12-31', '2026-05-15']) expect(holidayOn(d)?.kind, d).toBe('usikker');
  });

  it('lets 2. pinsedag win over grundlovsdag in 2028', () => {
    expect(holidayOn('2028-06-05')).toMatchObject({ kind: 'helligdag', name: '2. pinsedag' });
  });

  it('adds days across a year end', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});
