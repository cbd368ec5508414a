import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { JSON_SCHEMA_PATH, incidentJsonSchemaText } from '../lib/content/json-schema';
import { INCIDENT_DATA_SCHEMA_PATH, incidentDataJsonSchemaText } from '../lib/incident/data';

for (const [file, text] of [
  [JSON_SCHEMA_PATH, incidentJsonSchemaText()],
  [INCIDENT_DATA_SCHEMA_PATH, incidentDataJsonSchemaText()],
] as const) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  console.log(`wrote ${file}`);
}
