import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import { publishedIncidents } from './support';

const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/schema/incident-data.schema.json');
const validateData = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);

for (const incident of publishedIncidents) {
  test(`${incident.slug}: /incidents/<slug>.json is served, valid against its JSON Schema, with every leadsTo as an edge`, async ({ request }) => {
    const response = await request.get(`/incidents/${incident.slug}.json`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    const data = (await response.json()) as { slug: string; causeGraph: { components: { edges: { from: string; to: string }[] }[] } };
    expect(validateData(data), JSON.stringify(validateData.errors)).toBe(true);
    expect(data.slug).toBe(incident.slug);
    const edges = data.causeGraph.components.flatMap((chain) => chain.edges.map((edge) => `${edge.from}>${edge.to}`));
    expect(edges.sort()).toEqual(incident.causes.flatMap((cause) => (cause.leadsTo ?? []).map((target) => `${cause.id}>${target}`)).sort());
  });
}
