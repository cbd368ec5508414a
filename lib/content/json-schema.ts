import { z } from 'zod';
import { IncidentFrontmatterSchema } from './schema';

/** Where editors find the schema, relative to an incident file and to the site. */
export const JSON_SCHEMA_PATH = 'public/schema/incident.schema.json';

/**
 * The frontmatter schema as JSON Schema, for editors (autocomplete and errors
 * while typing). Generated from the zod schema, so it cannot drift from it;
 * rules across fields (ids that must resolve, time order) are checked only by
 * `npm run check`.
 */
export function incidentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(IncidentFrontmatterSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Incident postmortem frontmatter',
    description:
      'Frontmatter of content/incidents/*.mdx. Cross-field rules (unique ids, time order, references) are checked by npm run check.',
  };
}

export function incidentJsonSchemaText(): string {
  return `${JSON.stringify(incidentJsonSchema(), null, 2)}\n`;
}
