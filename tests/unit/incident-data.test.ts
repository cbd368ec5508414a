import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../lib/content/diagnostic';
import { loadIncidentFile } from '../../lib/content/load';
import { INCIDENT_DATA_SCHEMA_PATH, IncidentDataSchema, incidentData, incidentDataJsonSchemaText } from '../../lib/incident/data';

const FOLDERS = ['content/incidents', 'tests/fixtures/valid'];

async function everyIncident() {
  const files = (await Promise.all(FOLDERS.map(async (folder) => (await readdir(folder)).filter((name) => name.endsWith('.mdx')).map((name) => path.join(folder, name))))).flat();
  return Promise.all(
    files.map(async (file) => {
      const result = await loadIncidentFile(path.resolve(file));
      if (!result.ok) throw new Error(formatDiagnostics(result.errors));
      return result.incident;
    }),
  );
}

describe('/incidents/<slug>.json', () => {
  it('has its JSON Schema checked in as generated (run npm run generate-schema after changing it)', async () => {
    expect(await readFile(INCIDENT_DATA_SCHEMA_PATH, 'utf8')).toBe(incidentDataJsonSchemaText());
  });

  it('validates against the JSON Schema for every incident and fixture, as written to disk', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(await readFile(INCIDENT_DATA_SCHEMA_PATH, 'utf8')) as object);
    for (const incident of await everyIncident()) {
      const emitted: unknown = JSON.parse(JSON.stringify(incidentData(incident)));
      expect(validate(emitted), `${incident.file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      // The zod schema is strict: a field the model gains without the schema fails here.
      expect(IncidentDataSchema.safeParse(emitted).error?.issues ?? []).toEqual([]);
    }
  });

  it('leaves out the compiled body, its text and the timeline grouped for the page, and keeps every derived figure', async () => {
    const [incident] = await everyIncident();
    const data = incidentData(incident!) as Record<string, unknown>;
    for (const pageOnly of ['code', 'narrative', 'timelineEntries']) expect(data).not.toHaveProperty(pageOnly);
    expect(Object.keys(data)).toEqual(expect.arrayContaining(['metrics', 'scale', 'causeGraph', 'impactWindows', 'kindCounts', 'sections']));
  });
});
