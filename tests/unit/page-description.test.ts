import { describe, expect, it } from 'vitest';
import { DESCRIPTION_LENGTH, pageDescription } from '@/lib/incidents/summary';

describe('an incident page’s description', () => {
  it('is the summary’s first sentence when it fits', () => {
    const summary = `A new telemetry service made every node call the Kubernetes API.
      The API servers of the largest clusters were overwhelmed. Dec. 11 was long.`;
    expect(pageDescription(summary)).toBe('A new telemetry service made every node call the Kubernetes API.');
  });

  it('is the whole summary when it is one short sentence', () => {
    expect(pageDescription('Logins failed for 20 minutes.')).toBe('Logins failed for 20 minutes.');
  });

  it('cuts a first sentence too long at the last whole word that fits, with an ellipsis', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i},`).join(' ');
    const description = pageDescription(`${words} end.`);
    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
    expect(description).toMatch(/word\d+…$/);
    expect(`${words} end.`.startsWith(description.slice(0, -1))).toBe(true);
  });
});
