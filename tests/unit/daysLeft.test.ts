import { describe, expect, it } from 'vitest';
import { daysLeftText } from '../../components/daysLeft';

describe('daysLeftText', () => {
  it('says how long is left, and to complain anyway once the frist has passed', () => {
    expect(daysLeftText('2026-12-05', '2026-12-02')).toBe('3 dage tilbage');
    expect(daysLeftText('2026-12-03', '2026-12-02')).toBe('Fristen er i morgen');
    expect(daysLeftText('2026-12-02', '2026-12-02')).toBe('Fristen er i dag');
    expect(daysLeftText('2026-12-01', '2026-12-02')).toMatch(/^Fristen var for 1 dag siden\. Klag alligevel/);
  });
});
