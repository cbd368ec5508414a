import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { JSON_SCHEMA_PATH, incidentJsonSchemaText } from '../lib/content/json-schema';

await mkdir(path.dirname(JSON_SCHEMA_PATH), { recursive: true });
await writeFile(JSON_SCHEMA_PATH, incidentJsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_PATH}`);
