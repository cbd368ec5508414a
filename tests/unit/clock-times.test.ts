import { describe, expect, it } from 'vitest';
import { clockTimesWithoutZone, proseFields } from '@/lib/content/clock-times';

describe('clock times in text', () => {
  it('finds the times that name no zone', () => {
    expect(clockTimesWithoutZone('The rollout ran from 14:51 to 15:20.')).toEqual(['14:51', '15:20']);
    expect(clockTimesWithoutZone('Paged at 9:05 AM, back by 10:05 a.m. and gone at 6:50 PM.')).toEqual(['9:05 AM', '10:05 a.m.', '6:50 PM']);
    expect(clockTimesWithoutZone('Paged at 9am, again at 3 p.m. and at 11 PM.')).toEqual(['9am', '3 p.m.', '11 PM']);
    expect(clockTimesWithoutZone('from 9am to 5pm PT, and 9am PST')).toEqual([]);
  });

  it('takes a zone after the time, or after the range the time opens', () => {
    for (const text of [
      'worst at 15:40 PST',
      'from 14:51 to 15:20 PST',
      'between 11:38 and 13:16 Pacific time',
      'at 1:16 PM PT',
      'at 23:16 UTC, 08:16 GMT+9 and 12:00 CEST',
      'at 15:12:30 (UTC)',
      'written 2024-12-11T15:12:00-08:00 in the log',
    ]) {
      expect(clockTimesWithoutZone(text), text).toEqual([]);
    }
    expect(clockTimesWithoutZone('from 14:51, to 15:20 PST')).toEqual(['14:51']);
  });

  it('leaves alone what is not a clock time', () => {
    expect(clockTimesWithoutZone('a ratio of 3:1, version 1.2:3, 10:75, 25:00 and 123:45')).toEqual([]);
    expect(clockTimesWithoutZone('13pm, 0am, 20 amps, 5 pms, 2.5pm and a 12-am start')).toEqual([]);
  });

  it('reads every text field but those holding instants, dates, ids and links', () => {
    const data = {
      summary: 'a',
      timeline: [{ id: 'x', at: '2024-12-11T15:12:00-08:00', title: 'b', detail: 'c' }],
      remediations: [{ due: '2025-01-31', tracker: 'https://example.com/1:2', title: 'd' }],
    };
    expect(proseFields(data).map(({ path }) => path.join('.'))).toEqual(['summary', 'timeline.0.title', 'timeline.0.detail', 'remediations.0.title']);
  });
});
