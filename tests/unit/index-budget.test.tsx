import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadAllIncidents } from '@/lib/content/load';
import { indexPage } from '@/lib/incidents/index-page';
import { IncidentIndex } from '@/components/incident-list/IncidentIndex';
import { writeSyntheticIncidents } from '@/scripts/bench/synthetic-incidents';

const KB = 1024;

describe('the index of 1,000 incidents', () => {
  it('stays under 250 KB of gzipped HTML, counting the data the page hands to the browser twice', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'library-'));
    await writeSyntheticIncidents(dir, 1000);
    const { incidents, errors } = await loadAllIncidents(dir);
    expect(errors).toEqual([]);
    expect(incidents).toHaveLength(1000);

    const props = indexPage(incidents, 1);
    const html = renderToStaticMarkup(<IncidentIndex {...props} errors={[]} />);
    // A prerendered page carries its HTML and, for hydration, the same data again as the RSC payload.
    const size = gzipSync(html + JSON.stringify(props)).byteLength;
    expect(size, `${(size / KB).toFixed(1)} KB`).toBeLessThanOrEqual(250 * KB);
    expect(html.match(/<article/g)).toHaveLength(25);
  }, 300_000); // 1,000 bodies compiled with a cold cache: tests keep theirs in a temporary folder
});
