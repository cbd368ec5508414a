import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTime } from '../../lib/time/build-time';

afterEach(() => vi.unstubAllEnvs());

describe('buildTime', () => {
  it('is BUILD_TIME when it is set', () => {
    vi.stubEnv('BUILD_TIME', '2031-02-03T23:30:00-05:00');
    expect(buildTime().toISOString()).toBe('2031-02-04T04:30:00.000Z');
  });

  it('is now when BUILD_TIME is not set', () => {
    vi.stubEnv('BUILD_TIME', undefined);
    const before = Date.now();
    const time = buildTime().getTime();
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(Date.now());
  });

  it.each(['2031-02-03T12:00:00', '2031-02-03', 'yesterday', '2031-02-30T12:00:00Z'])('rejects BUILD_TIME=%s, saying what it expected', (given) => {
    vi.stubEnv('BUILD_TIME', given);
    expect(() => buildTime()).toThrow(`BUILD_TIME: expected an ISO 8601 time with an offset, such as 2025-01-31T09:00:00Z, got "${given}"`);
  });
});
