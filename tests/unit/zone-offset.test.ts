import { describe, expect, it } from 'vitest';
import { formatUtcOffset, wallClockToIso } from '@/lib/time/zone-offset';

describe('wall-clock times in a zone', () => {
  it('carry the zone offset of that day', () => {
    expect(wallClockToIso('2024-12-11', '15:16', 'America/Los_Angeles')).toBe('2024-12-11T15:16:00-08:00');
    expect(wallClockToIso('2024-08-16', '11:38', 'America/Los_Angeles')).toBe('2024-08-16T11:38:00-07:00');
    expect(wallClockToIso('2025-01-01', '00:30', 'Asia/Kolkata')).toBe('2025-01-01T00:30:00+05:30');
    expect(wallClockToIso('2025-01-01', '00:30', 'UTC')).toBe('2025-01-01T00:30:00+00:00');
  });

  it('settle on the new offset just after a daylight-saving change', () => {
    expect(wallClockToIso('2025-03-30', '03:30', 'Europe/Berlin')).toBe('2025-03-30T03:30:00+02:00');
    expect(wallClockToIso('2025-03-30', '01:30', 'Europe/Berlin')).toBe('2025-03-30T01:30:00+01:00');
  });

  it('format offsets with sign, hours and minutes', () => {
    expect(formatUtcOffset(-8 * 3_600_000)).toBe('-08:00');
    expect(formatUtcOffset(5.5 * 3_600_000)).toBe('+05:30');
    expect(formatUtcOffset(0)).toBe('+00:00');
  });
});
