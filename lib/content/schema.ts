import { z } from 'zod';
import { findForbiddenCharacter, forbiddenCharacterProblem } from './characters';
import { asKebabCase } from '../slug';
import { didYouMean } from './suggest';
import { impossibleTimePart, ISO_DATE, ISO_WITH_OFFSET, isIsoDate, isIsoTimeWithOffset, isKnownTimeZone, listedTimeZones } from '../time/iso';
import {
  EVENT_KINDS,
  IMPACT_DEGREES,
  INCIDENT_STATUSES,
  LESSON_KINDS,
  REMEDIATION_CATEGORIES,
  REMEDIATION_PRIORITIES,
  REMEDIATION_STATUSES,
  REMEDIATION_TIMINGS,
  SEVERITIES,
} from './vocabulary';

export { EVENT_KINDS, IMPACT_DEGREES, INCIDENT_STATUSES, LESSON_KINDS, REMEDIATION_CATEGORIES, REMEDIATION_PRIORITIES, REMEDIATION_STATUSES, REMEDIATION_TIMINGS, SEVERITIES };

/**
 * The one definition of an incident's frontmatter. Types are inferred from it;
 * rules that relate fields to each other live in `frontmatter-rules.ts`.
 */

function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Lower-case letters and digits, words joined by single hyphens: ids, tags and file names. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An example in the author's own words where they can be made kebab case. */
const kebabExample = (input: unknown, fallback: string) => (typeof input === 'string' && asKebabCase(input)) || fallback;

const id = z
  .string()
  .regex(KEBAB_CASE, {
    error: (issue) => `expected a kebab-case id such as "${kebabExample(issue.input, 'first-alert')}", got ${shown(issue.input)}`,
  })
  .describe('A stable kebab-case id; it is also the anchor in the page URL (#id).');

/** Rejects control and bidirectional-override characters (see characters.ts), naming the first one. */
function plainText(value: string, context: z.core.$RefinementCtx<string>) {
  const found = findForbiddenCharacter(value);
  if (!found) return;
  const { code, message } = forbiddenCharacterProblem(found);
  context.addIssue({ code: 'custom', message, params: { code }, input: value });
}
const tags = z
  .array(
    z.string().regex(KEBAB_CASE, {
      error: (issue) => `expected a kebab-case tag such as "${kebabExample(issue.input, 'control-plane')}", got ${shown(issue.input)}`,
    }),
  )
  .default([])
  .describe('Kebab-case tags that classify this item; each tag has a page, /tags/<tag>.');

const text = z.string().trim().min(1, { error: 'expected non-empty text' }).superRefine(plainText);

/** What is wrong with a time, in the terms an author would fix it in. */
function isoTimeError(issue: { input?: unknown }): string {
  const input = typeof issue.input === 'string' ? issue.input : '';
  const compact = /^(.*T\d{2}:\d{2}(?::\d{2})?)([+-])(\d{2})(\d{2})$/.exec(input);
  if (compact) return `expected the offset as ±HH:MM, e.g. "${compact[1]}${compact[2]}${compact[3]}:${compact[4]}", got ${shown(issue.input)}`;
  // A space for the T, offset given: the same time with the T. (Without an offset, validate.ts offers one.)
  const spaced = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}.*)$/.exec(input);
  if (spaced && ISO_WITH_OFFSET.test(`${spaced[1]}T${spaced[2]}`)) {
    return `expected a T between date and time, got ${shown(issue.input)}: write "${spaced[1]}T${spaced[2]}"`;
  }
  const impossible = impossibleTimePart(input);
  if (impossible) return `expected a time that exists, got ${shown(issue.input)}: ${impossible}`;
  return `expected an ISO 8601 time with offset, e.g. "2024-12-11T15:16:00-08:00", got ${shown(issue.input)}`;
}

/** A place whose zone an abbreviation is most often written for; the abbreviation itself names no rules for summer time. */
const ZONE_OF_ABBREVIATION: Record<string, string> = {
  PT: 'America/Los_Angeles', PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles',
  MT: 'America/Denver', MST: 'America/Denver', MDT: 'America/Denver',
  CT: 'America/Chicago', CST: 'America/Chicago', CDT: 'America/Chicago',
  ET: 'America/New_York', EST: 'America/New_York', EDT: 'America/New_York',
  GMT: 'Europe/London', BST: 'Europe/London', WET: 'Europe/Lisbon', WEST: 'Europe/Lisbon',
  CET: 'Europe/Berlin', CEST: 'Europe/Berlin', EET: 'Europe/Athens', EEST: 'Europe/Athens',
  JST: 'Asia/Tokyo', KST: 'Asia/Seoul', AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney',
};

function zoneHint(input: string): string {
  const place = ZONE_OF_ABBREVIATION[input.trim().toUpperCase()];
  if (place) return `; "${input.trim()}" is an abbreviation, and a zone is a place whose clocks follow their own rules: for ${input.trim()} write e.g. "${place}"`;
  return didYouMean(input, listedTimeZones());
}

// The pattern is for editors (it reaches the JSON Schema); the refinement also rejects impossible dates.
const isoTime = z
  .string()
  .regex(ISO_WITH_OFFSET, { error: isoTimeError, abort: true })
  .refine(isIsoTimeWithOffset, { error: isoTimeError, params: { code: 'invalid-time' } })
  .describe('ISO 8601 time with an explicit UTC offset, e.g. 2024-12-11T15:16:00-08:00.');

const isoDate = z
  .string()
  .regex(ISO_DATE, { error: (issue) => `expected a date as YYYY-MM-DD, got ${shown(issue.input)}`, abort: true })
  .refine(isIsoDate, { error: (issue) => `expected a date that exists, got ${shown(issue.input)}: there is no ${String(issue.input)}`, params: { code: 'invalid-date' } });

const httpUrl = z
  .url({
    protocol: /^https?$/,
    error: (issue) => `expected an http(s) URL, got ${shown(issue.input)}`,
  })
  .superRefine(plainText);

export const TimelineEventSchema = z.strictObject({
  id,
  at: isoTime,
  precision: z
    .enum(['minute', 'day'])
    .default('minute')
    .describe('"day" when only the date is known; the time of day is then not shown.'),
  approximate: z.boolean().default(false).describe('True when the source says "around" this time.'),
  until: isoTime.optional().describe('End of an event that spans time, such as a rollout window.'),
  kind: z.enum(EVENT_KINDS),
  title: text,
  detail: text.optional(),
  services: z.array(text).min(1).optional().describe('Services this event concerns; each must be listed in `services`.'),
  trigger: z.boolean().default(false).describe('True on the one change that set the incident off.'),
});

export const ImpactWindowSchema = z.strictObject({
  id,
  start: isoTime,
  end: isoTime,
  approximate: z
    .array(z.enum(['start', 'end']))
    .min(1)
    .optional()
    .describe('The ends the source gives only roughly ("about an hour later"): [start], [end] or [start, end]. They and every figure counted from them are marked ≈.'),
  label: text,
  services: z.array(text).min(1).optional().describe('Affected services; all of the incident\'s services when left out.'),
  degree: z
    .enum(IMPACT_DEGREES)
    .optional()
    .describe('How bad it was: "outage" (nothing worked), "partial" (some requests or users failed), "degraded" (slow or reduced). Left out, the window counts as an outage.'),
  measure: text.optional().describe('How much, in words from the source, e.g. "45% of API requests ended in 499 errors".'),
  causedBy: z
    .array(id)
    .min(1)
    .optional()
    .describe('Ids of the causes that produced this window; links the wave to its chain in the cause diagram.'),
});

export const CauseSchema = z.strictObject({
  id,
  statement: text,
  detail: text.optional(),
  leadsTo: z.array(id).default([]).describe('Ids of the causes this one led to.'),
});

export const ContributingFactorSchema = z.strictObject({
  id,
  statement: text,
  detail: text.optional(),
  tags,
  contributesTo: z
    .array(id)
    .min(1)
    .optional()
    .describe('Ids of the causes this factor enabled or made worse; the diagram draws it attached to them.'),
});

export const LessonSchema = z.strictObject({
  id,
  text,
});

const lessonList = z.array(LessonSchema).default([]);

export const LessonsSchema = z
  .strictObject({ wentWell: lessonList, wentWrong: lessonList, gotLucky: lessonList } satisfies Record<(typeof LESSON_KINDS)[number], unknown>)
  .describe('What went well, what went wrong and where we got lucky; each item has an id and its text.');

export const RemediationSchema = z.strictObject({
  id,
  title: text,
  description: text,
  category: z.enum(REMEDIATION_CATEGORIES),
  status: z.enum(REMEDIATION_STATUSES),
  timing: z
    .enum(REMEDIATION_TIMINGS)
    .default('after')
    .describe('"during": an action taken during the incident; "after": a follow-up (the default).'),
  owner: text.optional(),
  due: isoDate.optional(),
  priority: z.enum(REMEDIATION_PRIORITIES).optional().describe('p1 is the most urgent.'),
  tracker: httpUrl.optional().describe('Link to the ticket or issue that tracks the work.'),
  completed: isoDate.optional().describe('When the work was done; only with status "done".'),
  addresses: z
    .array(id)
    .min(1, { error: 'expected at least one cause, factor or event id' })
    .describe('Ids of the causes, contributing factors or timeline events this remediation addresses.'),
});

export const SourceSchema = z.strictObject({
  title: text,
  url: httpUrl,
});

export const IncidentFrontmatterSchema = z.strictObject({
  title: text,
  summary: text,
  organization: text,
  severity: z.enum(SEVERITIES),
  status: z.enum(INCIDENT_STATUSES),
  timeZone: z
    .string()
    .refine(isKnownTimeZone, {
      params: { code: 'unknown-time-zone' },
      error: (issue) =>
        `expected an IANA time zone such as "America/Los_Angeles", got ${shown(issue.input)}${typeof issue.input === 'string' ? zoneHint(issue.input) : ''}`,
    })
    .describe('The zone the incident is told in; times are shown in it by default.'),
  publishedAt: isoTime.optional().describe('When the postmortem was published.'),
  draft: z.boolean().default(false),
  services: z.array(text).min(1, { error: 'expected at least one affected service' }),
  tags,
  related: z
    .array(
      z.string().regex(KEBAB_CASE, {
        error: (issue) => `expected the file name of an incident, without .mdx, got ${shown(issue.input)}`,
      }),
    )
    .default([])
    .describe('File names (without .mdx) of other incidents this one is related to; the other page links back.'),
  impactWindows: z.array(ImpactWindowSchema).min(1, { error: 'expected at least one customer-impact window' }),
  timeline: z.array(TimelineEventSchema).min(1, { error: 'expected at least one timeline event' }),
  causes: z.array(CauseSchema).min(1, { error: 'expected at least one cause' }),
  contributingFactors: z.array(ContributingFactorSchema).default([]),
  remediations: z.array(RemediationSchema).default([]),
  lessons: LessonsSchema.optional(),
  sources: z.array(SourceSchema).default([]),
});

export type IncidentFrontmatter = z.infer<typeof IncidentFrontmatterSchema>;
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type { EventKind } from './vocabulary';
export type ImpactWindow = z.infer<typeof ImpactWindowSchema>;
export type Cause = z.infer<typeof CauseSchema>;
export type ContributingFactor = z.infer<typeof ContributingFactorSchema>;
export type Remediation = z.infer<typeof RemediationSchema>;
export type Lessons = z.infer<typeof LessonsSchema>;
export type Severity = IncidentFrontmatter['severity'];
export type { RemediationPriority, RemediationStatus } from './vocabulary';
