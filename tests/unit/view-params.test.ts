import { describe, expect, it } from 'vitest';
import { parseViewParams, serializeViewParams } from '@/lib/timeline/view-params';

describe('the incident view in the URL', () => {
  it('reads a zone and a set of kinds', () => {
    const view = parseViewParams('?tz=UTC&kinds=alert,recovery');
    expect(view.timeZone).toBe('UTC');
    expect([...(view.kinds ?? [])]).toEqual(['alert', 'recovery']);
  });

  it('reads a zone typed by hand in another case as the zone it names', () => {
    expect(parseViewParams('?tz=utc').timeZone).toBe('UTC');
    expect(parseViewParams('?tz=asia/tokyo').timeZone).toBe('Asia/Tokyo');
    expect(parseViewParams('?tz=pst').timeZone).toBeUndefined();
  });

  it('falls back to the default view on anything unreadable', () => {
    expect(parseViewParams('?tz=Mars/Olympus&kinds=rumour')).toEqual({ timeZone: undefined, kinds: undefined });
    expect(parseViewParams('?tz=PST')).toEqual({ timeZone: undefined, kinds: undefined });
  });

  it('writes readable query strings and keeps other parameters', () => {
    expect(serializeViewParams({ timeZone: 'Asia/Tokyo', kinds: new Set(['recovery', 'alert'] as const) }, '?ref=chat')).toBe(
      '?ref=chat&tz=Asia/Tokyo&kinds=alert,recovery',
    );
    expect(serializeViewParams({ timeZone: undefined, kinds: undefined }, '?tz=UTC&kinds=alert')).toBe('');
  });
});
