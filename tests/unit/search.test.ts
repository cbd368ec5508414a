import { describe, expect, it } from 'vitest';
import { foldText, matchesQuery, parseIndexQuery, serializeIndexQuery } from '@/lib/incidents/search';
import { searchEntry } from '@/lib/incidents/summary';
import { loadFrozenIncident } from './frozen-incident';

async function openAiDocument() {
  return searchEntry(await loadFrozenIncident());
}

describe('incident search', () => {
  it('finds words in the title, the summary and event titles, in any case', async () => {
    const document = await openAiDocument();
    expect(matchesQuery(document, { q: 'TELEMETRY' })).toBe(true);
    expect(matchesQuery(document, { q: 'dns caches' })).toBe(true);
    expect(matchesQuery(document, { q: 'first cluster recovered' })).toBe(true);
    expect(matchesQuery(document, { q: 'telemetry postgres' })).toBe(false);
  });

  it('applies severity, service and year filters together', async () => {
    const document = await openAiDocument();
    expect(matchesQuery(document, { q: '', severity: 'sev1', service: 'sora', year: '2024' })).toBe(true);
    expect(matchesQuery(document, { q: '', severity: 'sev2' })).toBe(false);
    expect(matchesQuery(document, { q: '', service: 'billing-settings' })).toBe(false);
    expect(matchesQuery(document, { q: '', year: '2022' })).toBe(false);
  });

  it('folds accents and spacing', () => {
    expect(foldText('  Café\n DNS ')).toBe('cafe dns');
  });

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
});
