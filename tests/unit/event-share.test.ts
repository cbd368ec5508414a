import { describe, expect, it } from 'vitest';
import { escapeHtml } from '@/lib/html-text';
import { eventShareHtml } from '@/lib/share/event-share';
import { loadFrozenIncident } from './frozen-incident';

describe('event share pages', () => {
  it('name the event in their preview and send readers on to it', async () => {
    const incident = await loadFrozenIncident();
    const event = incident.timeline.find((candidate) => candidate.id === 'first-cluster-recovered')!;
    const html = eventShareHtml(incident, event);
    expect(html).toContain('<meta property="og:title" content="First cluster recovered · API, ChatGPT and Sora down');
    expect(html).toContain('<meta property="og:description" content="Dec 11, 16:36 PST (T+1h20m) · recovery: First cluster recovered">');
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=/incidents/2024-12-11-openai-api-chatgpt-sora-outage#first-cluster-recovered">',
    );
  });

  it('escape everything they print', () => {
    expect(escapeHtml(`"><script>alert('x')</script>&`)).toBe('&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;');
  });
});
