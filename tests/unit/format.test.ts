import { afterEach, describe, expect, it } from 'vitest';
import {
  clockText,
  formatClock,
  formatDuration,
  formatExactUtc,
  formatOffset,
  isoDuration,
  zoneAbbreviation,
} from '../../lib/time/format';
import { zoneOffsetMs } from '../../lib/time/zone-offset';
import { timelineScale } from '../../lib/timeline/layout';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const IMPACT_START = '2024-12-11T15:16:00-08:00';

describe('formatClock', () => {
  it('reads 15:16 PST in Los Angeles', () => {
    expect(formatClock(IMPACT_START, 'America/Los_Angeles')).toEqual({
      date: 'Wed, Dec 11, 2024',
      shortDate: 'Dec 11',
      time: '15:16',
      zone: 'PST',
      day: '2024-12-11',
    });
  });

  it('reads 23:16 UTC in UTC, the same day', () => {
    expect(formatClock(IMPACT_START, 'UTC')).toEqual({
      date: 'Wed, Dec 11, 2024',
      shortDate: 'Dec 11',
      time: '23:16',
      zone: 'UTC',
      day: '2024-12-11',
    });
  });

  it('reads 04:46 the next day in Kolkata', () => {
    expect(formatClock(IMPACT_START, 'Asia/Kolkata')).toEqual({
      date: 'Thu, Dec 12, 2024',
      shortDate: 'Dec 12',
      time: '04:46',
      zone: 'GMT+5:30',
      day: '2024-12-12',
    });
  });

  it('reads 00:16 the next day in Berlin', () => {
    expect(formatClock(IMPACT_START, 'Europe/Berlin')).toMatchObject({ time: '00:16', zone: 'GMT+1', day: '2024-12-12' });
  });

  it('goes back a day when a UTC morning is shown in Los Angeles', () => {
    expect(formatClock('2024-12-12T01:30:00Z', 'America/Los_Angeles')).toMatchObject({
      date: 'Wed, Dec 11, 2024',
      time: '17:30',
      day: '2024-12-11',
    });
  });

  it('reads each zone for itself when one instant was read in another zone before', () => {
    const instant = '2024-12-11T23:16:00Z';
    expect(formatClock(instant, 'UTC').time).toBe('23:16');
    expect(formatClock(instant, 'Asia/Kolkata')).toMatchObject({ time: '04:46', day: '2024-12-12' });
    expect(formatClock(instant, 'UTC')).toMatchObject({ time: '23:16', day: '2024-12-11' });
    expect(Object.isFrozen(formatClock(instant, 'UTC'))).toBe(true);
  });

  it('names every month and day as Intl does in en-US', () => {
    for (let month = 1; month <= 12; month++) {
      const iso = `2024-${String(month).padStart(2, '0')}-0${month % 9 + 1}T12:00:00Z`;
      const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).format(new Date(iso));
      const clock = formatClock(iso, 'UTC');
      expect(clock.date).toBe(intl({ weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }));
      expect(clock.shortDate).toBe(intl({ month: 'short', day: 'numeric' }));
      expect(clock.day).toBe(iso.slice(0, 10));
    }
  });

  it('shows midnight as 00:00, not 24:00', () => {
    expect(formatClock('2024-12-12T08:00:00Z', 'America/Los_Angeles')).toMatchObject({ time: '00:00', day: '2024-12-12' });
  });
});

describe('clockText', () => {
  const start = '2024-12-11T15:16:00-08:00';
  const end = '2024-12-11T19:38:00-08:00';

  it('gives the end of a range its date only in a zone where it falls on another day than the start', () => {
    expect(clockText(end, 'America/Los_Angeles', 'time', false, start)).toBe('19:38 PST');
    expect(clockText(end, 'UTC', 'time', false, start)).toBe('Dec 12, 03:38 UTC');
    expect(clockText(end, 'Asia/Tokyo', 'time', false, start)).toMatch(/^12:38 (JST|GMT\+9)$/);
    expect(clockText(end, 'UTC', 'time')).toBe('03:38 UTC');
  });

  it('gives a time read against a calendar day its date in each zone where it falls on another', () => {
    // Prose written in Pacific time says "December 11"; the moment 15:12 PST is December 12 in Tokyo.
    const deployed = '2024-12-11T15:12:00-08:00';
    expect(clockText(deployed, 'America/Los_Angeles', 'time', false, '2024-12-11')).toBe('15:12 PST');
    expect(clockText(deployed, 'UTC', 'time', false, '2024-12-11')).toBe('23:12 UTC');
    expect(clockText(deployed, 'Asia/Tokyo', 'time', false, '2024-12-11')).toMatch(/^Dec 12, 08:12 (JST|GMT\+9)$/);
    expect(clockText(end, 'UTC', 'time', false, '2024-12-11')).toBe('Dec 12, 03:38 UTC');
  });

  it('marks an approximate time with ≈ and a narrow space, before its date', () => {
    expect(clockText(end, 'UTC', 'time', true, start)).toBe('≈\u202FDec 12, 03:38 UTC');
    expect(clockText(start, 'UTC', 'datetime', true)).toBe('≈\u202FDec 11, 23:16 UTC');
  });
});

describe('zoneAbbreviation', () => {
  it('is PDT in August and PST in December for Los Angeles', () => {
    expect(zoneAbbreviation('America/Los_Angeles', '2024-08-15T12:00:00Z')).toBe('PDT');
    expect(zoneAbbreviation('America/Los_Angeles', '2024-12-11T23:16:00Z')).toBe('PST');
  });

  it('changes on the night clocks go forward', () => {
    expect(zoneAbbreviation('America/Los_Angeles', '2024-03-10T01:59:00-08:00')).toBe('PST');
    expect(zoneAbbreviation('America/Los_Angeles', '2024-03-10T03:00:00-07:00')).toBe('PDT');
  });

  it('is GMT+2 in summer and GMT+1 in winter for Berlin', () => {
    expect(zoneAbbreviation('Europe/Berlin', '2024-08-15T12:00:00Z')).toBe('GMT+2');
    expect(zoneAbbreviation('Europe/Berlin', '2024-12-11T12:00:00Z')).toBe('GMT+1');
  });
});

describe('zoneOffsetMs', () => {
  it('is −8 h in a Los Angeles winter and −7 h in its summer', () => {
    expect(zoneOffsetMs(Date.parse(IMPACT_START), 'America/Los_Angeles')).toBe(-8 * HOUR);
    expect(zoneOffsetMs(Date.parse('2024-08-15T12:00:00Z'), 'America/Los_Angeles')).toBe(-7 * HOUR);
  });

  it('is +5 h 30 min in Kolkata and 0 in UTC', () => {
    expect(zoneOffsetMs(Date.parse(IMPACT_START), 'Asia/Kolkata')).toBe(5.5 * HOUR);
    expect(zoneOffsetMs(Date.parse(IMPACT_START), 'UTC')).toBe(0);
  });
});

describe('formatExactUtc', () => {
  it('gives the instant in UTC whatever offset it was written with', () => {
    expect(formatExactUtc(IMPACT_START)).toBe('2024-12-11 23:16:00 UTC');
    expect(formatExactUtc('2024-12-12T04:46:00+05:30')).toBe('2024-12-11 23:16:00 UTC');
  });

  it('drops fractions of a second', () => {
    expect(formatExactUtc('2024-12-11T23:16:05.750Z')).toBe('2024-12-11 23:16:05 UTC');
  });
});

describe('formatDuration', () => {
  it.each([
    [4 * HOUR + 22 * MINUTE, '4 h 22 min'],
    [HOUR + 20 * MINUTE, '1 h 20 min'],
    [3 * MINUTE, '3 min'],
    [-3 * MINUTE, '3 min'],
    [2 * HOUR, '2 h'],
    [49 * HOUR, '2 d 1 h'],
    [48 * HOUR, '2 d'],
    [20_000, 'under 1 min'],
    [0, '0 min'],
  ])('formats %d ms as %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe('formatOffset', () => {
  it.each([
    [24 * MINUTE, 'T+24m'],
    [-3 * MINUTE, 'T−3m'],
    [HOUR + 24 * MINUTE, 'T+1h24m'],
    [HOUR, 'T+1h'],
    [0, 'T+0m'],
    [-24 * HOUR, 'T−1d'],
  ])('formats %d ms as %s', (ms, expected) => {
    expect(formatOffset(ms)).toBe(expected);
  });

  it('writes the minus sign as U+2212, not a hyphen', () => {
    expect(formatOffset(-3 * MINUTE).charAt(1)).toBe('\u2212');
  });
});

describe('isoDuration', () => {
  it.each([
    [4 * HOUR + 22 * MINUTE, 'PT4H22M'],
    [2 * HOUR, 'PT2H'],
    [3 * MINUTE, 'PT3M'],
    [0, 'PT0M'],
  ])('formats %d ms as %s', (ms, expected) => {
    expect(isoDuration(ms)).toBe(expected);
  });
});

describe('independence from the machine time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  const everything = () => ({
    clocks: ['America/Los_Angeles', 'UTC', 'Asia/Kolkata', 'Europe/Berlin'].map((zone) => formatClock(IMPACT_START, zone)),
    summer: zoneAbbreviation('America/Los_Angeles', '2024-08-15T12:00:00Z'),
    exact: formatExactUtc(IMPACT_START),
    offsets: ['America/Los_Angeles', 'Asia/Kolkata'].map((zone) => zoneOffsetMs(Date.parse(IMPACT_START), zone)),
    ticks: timelineScale(
      [
        { id: 'a', at: '2024-12-11T14:23:00-08:00', precision: 'minute', approximate: false, kind: 'change', title: 'a', trigger: false },
        { id: 'b', at: '2024-12-11T22:23:00-08:00', precision: 'minute', approximate: false, kind: 'change', title: 'b', trigger: false },
      ],
      [],
      'America/Los_Angeles',
    ).ticks,
  });

  it.each(['Asia/Tokyo', 'America/New_York', 'Pacific/Chatham', 'America/Los_Angeles'])(
    'formats the same with the process zone set to %s as with UTC',
    (zone) => {
      process.env.TZ = 'UTC';
      const inUtc = everything();
      const localHourInUtc = new Date(IMPACT_START).getHours();

      process.env.TZ = zone;
      // The switch took effect: local-time methods now read differently...
      expect(new Date(IMPACT_START).getHours()).not.toBe(localHourInUtc);
      // ...while nothing the pages show does.
      expect(everything()).toEqual(inUtc);
    },
  );

  it('gives the values computed by hand for explicit zones', () => {
    process.env.TZ = 'Australia/Adelaide';
    const result = everything();
    expect(result.clocks.map((clock) => `${clock.day} ${clock.time} ${clock.zone}`)).toEqual([
      '2024-12-11 15:16 PST',
      '2024-12-11 23:16 UTC',
      '2024-12-12 04:46 GMT+5:30',
      '2024-12-12 00:16 GMT+1',
    ]);
    expect(result.exact).toBe('2024-12-11 23:16:00 UTC');
    expect(result.ticks[0]?.at).toBe('2024-12-11T23:00:00.000Z');
  });
});
