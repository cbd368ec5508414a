import { describe, expect, it } from 'vitest';
import { isActiveQuery, parseIndexQuery, serializeIndexQuery } from '@/lib/incidents/index-query';

describe('the index query', () => {
  it('reads its query from the URL and writes it back', () => {
    expect(parseIndexQuery('?q=dns&severity=sev1&service=api&year=2024')).toEqual({
      q: 'dns',
      severity: 'sev1',
      service: 'api',
      year: '2024',
    });
    expect(parseIndexQuery('?severity=critical&year=24')).toEqual({ q: '', severity: undefined, service: undefined, year: undefined });
    expect(serializeIndexQuery({ q: 'dns outage', severity: 'sev1' })).toBe('?q=dns+outage&severity=sev1');
    expect(serializeIndexQuery({ q: '  ' })).toBe('');
  });

  it('is active with words or with any filter, not with spaces alone', () => {
    expect(isActiveQuery({ q: '  ' })).toBe(false);
    expect(isActiveQuery({ q: 'dns' })).toBe(true);
    expect(isActiveQuery({ q: '', year: '2024' })).toBe(true);
  });
});
