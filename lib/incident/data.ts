import { z } from 'zod';
import {
  CauseSchema,
  ContributingFactorSchema,
  ImpactWindowSchema,
  IncidentFrontmatterSchema,
  RemediationSchema,
  TimelineEventSchema,
} from '../content/schema';
import { EVENT_KINDS, IMPACT_DEGREES } from '../content/vocabulary';
import { SECTION_IDS } from '../page-anchors';
import type { Incident } from './model';

/**
 * `/incidents/<slug>.json`: the validated incident and every figure derived
 * from it (the model the page renders, `lib/incident/model.ts`), without the
 * compiled body. Its JSON Schema, `public/schema/incident-data.schema.json`,
 * is generated from the zod schema below, which a test holds to the model.
 */
export const INCIDENT_DATA_SCHEMA_PATH = 'public/schema/incident-data.schema.json';

const ms = z.number().describe('A duration in milliseconds.');
const approximate = <const Names extends readonly [string, ...string[]]>(names: Names) =>
  z.array(z.enum(names)).describe('The figures of this object that rest on an approximate time, by name: the page marks them ≈.');
const itemRef = z.strictObject({ id: z.string(), label: z.string() }).describe('Another item of the incident: its id (the page anchor) and its text.');
const position = {
  component: z.int(),
  rank: z.int(),
  slot: z.int(),
  x: z.number().describe('Centre across the component, 0–1.'),
  wrapped: z
    .strictObject({ row: z.int(), left: z.number(), width: z.number() })
    .optional()
    .describe('In a component with a wrapped layout: the row, and the left edge and width across the component, 0–1.'),
};
const edge = z.strictObject({
  from: z.string(),
  to: z.string(),
  fromRank: z.int(),
  toRank: z.int(),
  xs: z.array(z.number()),
  wrapped: z
    .strictObject({ fromRow: z.int(), toRow: z.int(), xs: z.array(z.number()) })
    .optional()
    .describe('In a component with a wrapped layout: the rows it runs between and its centre (0–1) at each row.'),
});

const placement = z.strictObject({
  sinceImpactStartMs: ms,
  previousAt: z.string().optional(),
  gapBeforeMs: ms.optional(),
  spacing: z.number(),
  inImpact: z.boolean(),
  approximate: approximate(['sinceImpactStartMs', 'gapBeforeMs']),
});

const windowFigures = z.strictObject({
  durationMs: ms,
  timeToDetectMs: ms.optional(),
  firstAlertId: z.string().optional(),
  timeToMitigateMs: ms.optional(),
  firstRecoveryId: z.string().optional(),
  approximate: approximate(['durationMs', 'timeToDetectMs', 'timeToMitigateMs']),
});

const metrics = z.strictObject({
  impactStart: z.string(),
  impactEnd: z.string(),
  customerImpactMs: ms,
  triggerToAlertMs: ms.optional(),
  timeToDetectMs: ms.optional(),
  timeToMitigateMs: ms.optional(),
  timeToResolveMs: ms,
  impactSpans: z.array(
    z.strictObject({ start: z.string(), end: z.string(), durationMs: ms, approximate: approximate(['start', 'end', 'durationMs']) }),
  ),
  serviceImpact: z.array(
    z.strictObject({
      service: z.string(),
      impactStart: z.string().optional(),
      impactEnd: z.string().optional(),
      impactMs: ms,
      timeToDetectMs: ms.optional(),
      timeToMitigateMs: ms.optional(),
      timeToResolveMs: ms.optional(),
      firstRecovery: z
        .strictObject({ eventId: z.string(), at: z.string(), sinceServiceImpactStartMs: ms, approximate: approximate(['at', 'sinceServiceImpactStartMs']) })
        .optional(),
      approximate: approximate(['impactStart', 'impactEnd', 'impactMs', 'timeToDetectMs', 'timeToMitigateMs', 'timeToResolveMs']),
    }),
  ),
  approximate: approximate([
    'impactStart',
    'impactEnd',
    'customerImpactMs',
    'triggerToAlertMs',
    'timeToDetectMs',
    'timeToMitigateMs',
    'timeToResolveMs',
  ]),
});

const scale = z.strictObject({
  start: z.string(),
  end: z.string(),
  ticks: z.array(z.strictObject({ at: z.string(), position: z.number() })),
  windows: z.array(
    z.strictObject({ id: z.string(), label: z.string(), degree: z.enum(IMPACT_DEGREES), measure: z.string().optional(), from: z.number(), to: z.number() }),
  ),
  markers: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(EVENT_KINDS),
      title: z.string(),
      count: z.number().int().positive(),
      position: z.number(),
      endPosition: z.number().optional(),
    }),
  ),
});

const causeNode = CauseSchema.extend({
  ...position,
  isRoot: z.boolean(),
  isOutcome: z.boolean(),
  ledFrom: z.array(z.string()),
  pathToOutcome: z.array(z.string()),
  addressedBy: z.array(itemRef),
  factors: z.array(itemRef),
  produced: z.array(itemRef),
});

export const IncidentDataSchema = IncidentFrontmatterSchema.omit({
  timeline: true,
  impactWindows: true,
  contributingFactors: true,
  remediations: true,
}).extend({
  slug: z.string(),
  file: z.string().describe('The source file, relative to the project.'),
  timeline: z.array(TimelineEventSchema.extend({ placement })),
  impactWindows: z.array(
    ImpactWindowSchema.extend({ degree: z.enum(IMPACT_DEGREES), figures: windowFigures, causes: z.array(itemRef) }),
  ),
  contributingFactors: z.array(ContributingFactorSchema.extend({ enables: z.array(itemRef), addressedBy: z.array(itemRef) })),
  remediations: z.array(RemediationSchema.extend({ targets: z.array(itemRef.extend({ kind: z.enum(['cause', 'factor', 'event']) })) })),
  metrics,
  scale,
  causeGraph: z.strictObject({
    roots: z.array(z.string()),
    outcomes: z.array(z.string()),
    components: z.array(
      z.strictObject({
        rankCount: z.int(),
        rankWidths: z.array(z.int()),
        width: z.int(),
        wrapped: z
          .strictObject({ causesPerRow: z.int(), rowCount: z.int() })
          .optional()
          .describe('Present when the component is wider than causesPerRow slots: its layout for narrow screens, rows of at most causesPerRow causes.'),
        nodes: z.array(causeNode),
        edges: z.array(edge),
      }),
    ),
  }),
  kindCounts: z.partialRecord(z.enum(EVENT_KINDS), z.int()),
  sections: z.array(z.enum(SECTION_IDS)),
});

/** What the page needs and the data leaves out: the compiled body, its text, and the timeline again as the page groups it. */
const PAGE_ONLY = ['code', 'narrative', 'timelineEntries'] as const;

export type IncidentData = Omit<Incident, (typeof PAGE_ONLY)[number]>;

/** What `/incidents/<slug>.json` holds: everything but what only the page needs. */
export function incidentData(incident: Incident): IncidentData {
  return Object.fromEntries(Object.entries(incident).filter(([field]) => !(PAGE_ONLY as readonly string[]).includes(field))) as IncidentData;
}

export function incidentDataJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(IncidentDataSchema, { io: 'output', unrepresentable: 'any' }),
    title: 'Incident data (/incidents/<slug>.json)',
    description:
      'A validated incident with every derived figure: placements, per-window and per-service figures, the cause graph laid out. Durations in milliseconds, times as ISO 8601 strings.',
  };
}

export function incidentDataJsonSchemaText(): string {
  return `${JSON.stringify(incidentDataJsonSchema(), null, 2)}\n`;
}

/**
 * Each incident's data file, by its path under public/incidents/ (`<slug>.json`),
 * where it is written beside the event share pages: `next start` serves them
 * and the export copies them.
 */
export function incidentDataFiles(incidents: readonly Incident[]): Map<string, string> {
  return new Map(incidents.map((incident) => [`${incident.slug}.json`, JSON.stringify(incidentData(incident))]));
}
