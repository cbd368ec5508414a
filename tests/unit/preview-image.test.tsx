import { readFileSync } from 'node:fs';
import { ImageResponse } from 'next/og';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IncidentPreviewImage, PREVIEW_IMAGE_SIZE, severityLabel } from '@/components/incident/IncidentPreviewImage';
import { loadIncidentSource, type Incident } from '@/lib/content/load';
import { previewCard } from '@/lib/preview-image/preview-card';

const minimal = readFileSync('tests/fixtures/valid/minimal.mdx', 'utf8');
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

// Latin with accents, Cyrillic, Greek, Arabic, Chinese, Japanese kana, emoji (a ZWJ sequence and a flag),
// and one character no font of the project has (an Egyptian hieroglyph).
const TITLE = 'Ünïcode: Сбой платежей, Ελληνικά, تعطل الخدمة, 东京服务中断, サービス停止 🔥🚀👩‍💻🇺🇸 𓀀';

async function incidentTitled(title: string, services: string[]): Promise<Incident> {
  const source = minimal
    .replace('title: Minimal incident', `title: ${JSON.stringify(title)}`)
    .replace('organization: Example Corp', 'organization: "Пример · 例子"')
    .replace('services: [API, Dashboard]', `services: ${JSON.stringify(services)}`)
    .replace('    services: [API]\n', '');
  const result = await loadIncidentSource('content/incidents/unicode.mdx', 'unicode', new TextEncoder().encode(source));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.incident;
}

afterEach(() => vi.unstubAllGlobals());

/** fetch as the build would find it offline: only `data:` URLs (next/og loads its own WebAssembly that way) answer. */
function offlineFetch() {
  const realFetch = globalThis.fetch;
  const fetch = vi.fn((input: string | URL | Request, init?: RequestInit) =>
    String(input instanceof Request ? input.url : input).startsWith('data:') ? realFetch(input, init) : Promise.reject(new Error('getaddrinfo ENOTFOUND')),
  );
  vi.stubGlobal('fetch', fetch);
  return () => fetch.mock.calls.map(([input]) => String(input instanceof Request ? input.url : input)).filter((url) => !url.startsWith('data:'));
}

describe('the link-preview picture', () => {
  it('draws Latin, Cyrillic, Greek, Arabic, Chinese, Japanese and emoji from the project\'s fonts, without the network', async () => {
    const requests = offlineFetch();
    const incident = await incidentTitled(TITLE, ['API', 'Платежи', '支付', 'الدفع']);
    const { card, fonts } = previewCard(incident, [severityLabel(incident.severity)]);

    const response = new ImageResponse(<IncidentPreviewImage card={card} severity={incident.severity} />, { ...PREVIEW_IMAGE_SIZE, fonts });
    const png = new Uint8Array(await response.arrayBuffer());

    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(requests()).toEqual([]);
    expect(card.title).toBe('Ünïcode: Сбой платежей, Ελληνικά, تعطل الخدمة, 东京服务中断, サービス停止 🔥🚀👩‍💻🇺🇸 ');
    expect(card.services).toBe('API · Платежи · 支付 · الدفع');
    expect(card.byline).toMatch(/^Пример · 例子 · /);
  }, 120_000);

  it('leaves out, rather than downloads, a character none of its fonts has', async () => {
    const requests = offlineFetch();
    const incident = await incidentTitled('Hieroglyphs 𓀀𓀁 and Linear B 𐀀', ['API']);
    const { card, fonts } = previewCard(incident, [severityLabel(incident.severity)]);
    expect(card.title).toBe('Hieroglyphs  and Linear B ');

    const response = new ImageResponse(<IncidentPreviewImage card={card} severity={incident.severity} />, { ...PREVIEW_IMAGE_SIZE, fonts });
    expect([...new Uint8Array(await response.arrayBuffer()).slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(requests()).toEqual([]);
  }, 120_000);
});
