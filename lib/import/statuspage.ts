import { z } from 'zod';
import { formatFieldPath } from '../content/diagnostic';
import { EXAMPLE_VALUES, PLACEHOLDER_ID } from '../content/placeholders';
import { incidentFileName } from '../content/scaffold';
import { serviceSlug } from '../incidents/services';
import { slugify } from '../slug';
import { ISO_WITH_OFFSET } from '../time/iso';
import { instantToIso } from '../time/zone-offset';
import { htmlToPlainText, withoutUnsafeCharacters } from './plain-text';
import type { Outcome } from './outcome';
import { readSource } from './read-source';
import { draftIds, draftResult, writeDraft, type DraftFrontmatter, type ImportedDraft } from './write-draft';

/**
 * Atlassian Statuspage's public API v2 (`/api/v2/incidents.json`, or one
 * incident) turned into a draft incident: the updates become communication
 * events, the component status changes become impact windows. What a status
 * page cannot know (causes, remediations) is left as placeholders that block
 * publishing until the author replaces them.
 */

const statuspageTime = z.string().refine((text) => ISO_WITH_OFFSET.test(text.replace(/\.\d+(?=Z|[+-])/, '')), {
  error: (issue) => `expected an ISO 8601 time with offset, got ${JSON.stringify(issue.input)}`,
});

const AffectedComponentSchema = z.looseObject({
  name: z.string().min(1),
  old_status: z.string().nullish(),
  new_status: z.string(),
});

const UpdateSchema = z.looseObject({
  status: z.string().min(1),
  body: z.string().nullish(),
  display_at: statuspageTime.nullish(),
  created_at: statuspageTime.nullish(),
  affected_components: z.array(AffectedComponentSchema).nullish(),
}).refine((update) => Boolean(update.display_at ?? update.created_at), { error: 'missing field (expected display_at or created_at)', path: ['display_at'] });

const StatuspageIncidentSchema = z.looseObject({
  id: z.string().nullish(),
  name: z.string().min(1),
  status: z.string().min(1),
  impact: z.string().min(1),
  started_at: statuspageTime.nullish(),
  created_at: statuspageTime.nullish(),
  resolved_at: statuspageTime.nullish(),
  shortlink: z.string().nullish(),
  incident_updates: z.array(UpdateSchema).min(1),
  components: z.array(z.looseObject({ name: z.string().min(1) })).nullish(),
});

const PageSchema = z.looseObject({ name: z.string().nullish(), url: z.string().nullish(), time_zone: z.string().nullish() });

export type StatuspageIncident = z.infer<typeof StatuspageIncidentSchema>;
type Update = z.infer<typeof UpdateSchema>;
type Page = z.infer<typeof PageSchema>;


/** Statuspage's `impact` → the incident's severity (documented in the README). */
export const SEVERITY_OF_IMPACT = { critical: 'sev1', major: 'sev2', minor: 'sev3', none: 'sev4' } as const;

/** Statuspage's incident status → the incident's status; `postmortem` is a resolved incident with a writeup. */
const STATUS_OF_INCIDENT = { investigating: 'investigating', identified: 'identified', monitoring: 'monitoring', resolved: 'resolved', postmortem: 'resolved' } as const;

/** Component statuses that mean customers were affected, mildest first, with the window degree each gives. */
const IMPACT_STATUSES = ['degraded_performance', 'partial_outage', 'major_outage'] as const;
type ImpactStatus = (typeof IMPACT_STATUSES)[number];
export const DEGREE_OF_STATUS = { degraded_performance: 'degraded', partial_outage: 'partial', major_outage: 'outage' } as const;

const isImpactStatus = (status: string | null | undefined): status is ImpactStatus => IMPACT_STATUSES.includes(status as ImpactStatus);
const words = (status: string) => status.replace(/_/g, ' ');
const titleCase = (status: string) => words(status).replace(/^\w/, (letter) => letter.toUpperCase());

function issueMessage(error: z.ZodError, prefix: (string | number)[]): string {
  const [first, ...rest] = error.issues;
  const where = formatFieldPath([...prefix, ...first!.path]) || 'the incident';
  const missing = first!.code === 'invalid_type' && (first as { input?: unknown }).input === undefined;
  const what = missing ? `missing field (expected ${first!.expected === 'string' ? 'text' : first!.expected})` : first!.message;
  return `not a Statuspage incident: ${where}: ${what}${rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : ''}`;
}

/** Reads the JSON of `incidents.json`, `{ "incident": … }` or one incident, and picks the incident to import. */
export function readStatuspage(text: string, incidentId?: string): Outcome<{ incident: StatuspageIncident; page: Page | undefined }> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `expected Statuspage JSON, got text that is not JSON (${(error as Error).message})` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, message: 'expected Statuspage JSON: an object with "incidents", with "incident", or one incident with "incident_updates"' };
  }
  const record = data as Record<string, unknown>;
  const parsedPage = PageSchema.safeParse(record.page);
  const page = parsedPage.success ? parsedPage.data : undefined;

  let candidates: unknown[];
  let prefix: (string | number)[];
  if (Array.isArray(record.incidents)) {
    candidates = record.incidents;
    prefix = ['incidents'];
  } else if (record.incident !== undefined) {
    candidates = [record.incident];
    prefix = ['incident'];
  } else if ('incident_updates' in record) {
    candidates = [record];
    prefix = [];
  } else {
    return { ok: false, message: `expected Statuspage JSON: an object with "incidents", with "incident", or one incident with "incident_updates"; got the fields ${Object.keys(record).join(', ') || '(none)'}` };
  }
  if (candidates.length === 0) return { ok: false, message: 'expected at least one incident, got an empty "incidents" list' };

  const idOf = (candidate: unknown) => (candidate as { id?: unknown } | null)?.id;
  let index = 0;
  if (incidentId !== undefined) {
    index = candidates.findIndex((candidate) => idOf(candidate) === incidentId);
    if (index < 0) return { ok: false, message: `expected --incident to name an incident of the file, got "${incidentId}"; it holds:\n${listIncidents(candidates)}` };
  } else if (candidates.length > 1) {
    return { ok: false, message: `the file holds ${candidates.length} incidents; choose one with --incident <id>:\n${listIncidents(candidates)}` };
  }
  const parsed = StatuspageIncidentSchema.safeParse(candidates[index]);
  if (!parsed.success) return { ok: false, message: issueMessage(parsed.error, prefix.length > 0 && Array.isArray(record.incidents) ? [...prefix, index] : prefix) };
  return { ok: true, value: { incident: parsed.data, page } };
}

function listIncidents(candidates: unknown[]): string {
  return candidates
    .map((candidate) => {
      const { id, name, started_at: startedAt, created_at: createdAt } = (candidate ?? {}) as Record<string, unknown>;
      const day = typeof startedAt === 'string' ? startedAt.slice(0, 10) : typeof createdAt === 'string' ? createdAt.slice(0, 10) : '';
      return `  ${String(id ?? '(no id)')}  ${day}  ${String(name ?? '(no name)')}`;
    })
    .join('\n');
}

export type StatuspageImportOptions = { timeZone: string; slug?: string };

type TimedUpdate = { update: Update; number: number; epochMs: number; at: string };

type Window = { service: string; degree: (typeof DEGREE_OF_STATUS)[ImpactStatus]; worst: ImpactStatus; start: string; end: string; startMs: number; endMs: number };

/** The draft of one Statuspage incident, and every choice the import had to make, for the terminal. */
export function statuspageDraft(incident: StatuspageIncident, page: Page | undefined, options: StatuspageImportOptions): Outcome<ImportedDraft> {
  const notes: string[] = [];
  const { timeZone } = options;
  const at = (epochMs: number) => instantToIso(epochMs, timeZone);
  const clock = (epochMs: number) => at(epochMs).slice(11, 16);
  let removedCharacters = 0;
  const clean = (text: string) => {
    const result = withoutUnsafeCharacters(text);
    removedCharacters += result.removed;
    return result.text.trim();
  };

  const severity = SEVERITY_OF_IMPACT[incident.impact as keyof typeof SEVERITY_OF_IMPACT];
  if (!severity) return { ok: false, message: `impact: expected one of ${Object.keys(SEVERITY_OF_IMPACT).join(', ')}, got "${incident.impact}"` };
  const status = STATUS_OF_INCIDENT[incident.status as keyof typeof STATUS_OF_INCIDENT];
  if (!status) {
    return { ok: false, message: `status: expected an incident status (${Object.keys(STATUS_OF_INCIDENT).join(', ')}), got "${incident.status}"; scheduled maintenances are not imported` };
  }
  if (incident.status === 'postmortem') notes.push('the status page marks the incident "postmortem": written as status resolved');

  // Updates, oldest first, at the time the page shows them.
  const inSourceOrder = incident.incident_updates.map((update, i) => {
    const shown = update.display_at ?? update.created_at!;
    return { update, sourceIndex: i, epochMs: Date.parse(shown) };
  });
  const newestFirst = inSourceOrder.length > 1 && inSourceOrder[0]!.epochMs > inSourceOrder.at(-1)!.epochMs;
  if (newestFirst) notes.push('the source lists the updates newest first (as the API does); the draft lists them oldest first');
  // Updates shown at the same time keep the order in which they were published.
  const published = (index: number) => (newestFirst ? -index : index);
  const updates: TimedUpdate[] = [...inSourceOrder]
    .sort((a, b) => a.epochMs - b.epochMs || published(a.sourceIndex) - published(b.sourceIndex))
    .map(({ update, epochMs }, i) => ({ update, number: i + 1, epochMs, at: at(epochMs) }));
  for (const { update, number, epochMs } of updates) {
    if (!update.display_at) {
      notes.push(`update ${number} (${titleCase(update.status)}) has no display_at; it is placed at its created_at, ${clock(epochMs)}`);
    } else if (update.created_at && Math.abs(Date.parse(update.created_at) - epochMs) >= 60_000) {
      const posted = Date.parse(update.created_at);
      const how = posted > epochMs ? 'back-dated' : 'post-dated';
      notes.push(`update ${number} (${titleCase(update.status)}) is ${how}: shown at ${clock(epochMs)} (display_at), posted at ${clock(posted)} (created_at); the event uses the shown time`);
    }
  }

  // Services: the incident's components, then any other component an update names. The
  // content rules want one name per service page: names with one slug (API, api) are one
  // service, under the first spelling; a name with no letter or digit (???) has no page.
  const services: string[] = [];
  const serviceBySlug = new Map<string, string>();
  const noted = new Set<string>();
  const serviceOf = (name: string): string | undefined => {
    const cleaned = clean(name);
    const slug = serviceSlug(cleaned);
    const first = serviceBySlug.get(slug);
    if (!noted.has(cleaned) && cleaned !== '' && (slug === '' || (first !== undefined && first !== cleaned))) {
      noted.add(cleaned);
      notes.push(slug === '' ? `the component "${cleaned}" has no letter or digit to name a service page by; left out` : `the component "${cleaned}" is the service "${first}" (one page, /services/${slug}); written as "${first}"`);
    }
    if (cleaned === '' || slug === '') return undefined;
    if (first !== undefined) return first;
    serviceBySlug.set(slug, cleaned);
    services.push(cleaned);
    return cleaned;
  };
  for (const component of incident.components ?? []) serviceOf(component.name);
  for (const { update } of updates) for (const component of update.affected_components ?? []) serviceOf(component.name);

  const startedMs = Date.parse(incident.started_at ?? incident.created_at ?? updates[0]!.update.display_at ?? updates[0]!.update.created_at!);
  if (!incident.started_at) notes.push(`the incident has no started_at; its start is taken as ${incident.created_at ? 'its created_at' : 'the first update'}, ${clock(startedMs)}`);
  const resolvedMs = incident.resolved_at ? Date.parse(incident.resolved_at) : undefined;
  const lastUpdateMs = updates.at(-1)!.epochMs;

  // Impact windows from component status changes: one opens when a component leaves
  // operational for an impact status, and ends when it is back to operational.
  const windows: Window[] = [];
  const open = new Map<string, Omit<Window, 'end' | 'endMs'>>();
  const close = (service: string, endMs: number) => {
    const window = open.get(service)!;
    open.delete(service);
    if (endMs <= window.startMs) {
      notes.push(`${service}: marked ${words(window.worst)} and back to operational at the same time, ${clock(endMs)}; no window written`);
      return;
    }
    windows.push({ ...window, end: at(endMs), endMs });
  };
  for (const { update, epochMs } of updates) {
    for (const component of update.affected_components ?? []) {
      const service = serviceOf(component.name);
      if (service === undefined) continue;
      const current = open.get(service);
      if (isImpactStatus(component.new_status)) {
        if (current) {
          if (IMPACT_STATUSES.indexOf(component.new_status) > IMPACT_STATUSES.indexOf(current.worst)) {
            current.worst = component.new_status;
            current.degree = DEGREE_OF_STATUS[component.new_status];
          }
        } else {
          const wasAlreadyHit = isImpactStatus(component.old_status) && startedMs < epochMs;
          if (wasAlreadyHit) {
            notes.push(`${service} was already ${words(component.old_status!)} when an update first named it (${clock(epochMs)}); its window starts at the incident's start, ${clock(startedMs)}`);
          }
          const startMs = wasAlreadyHit ? startedMs : epochMs;
          let worst: ImpactStatus = component.new_status;
          if (wasAlreadyHit && IMPACT_STATUSES.indexOf(component.old_status as ImpactStatus) > IMPACT_STATUSES.indexOf(worst)) worst = component.old_status as ImpactStatus;
          open.set(service, { service, worst, degree: DEGREE_OF_STATUS[worst], start: at(startMs), startMs });
        }
      } else if (component.new_status === 'operational' && current) {
        close(service, epochMs);
      } else if (component.new_status !== 'operational') {
        notes.push(`${service} went to "${component.new_status}" at ${clock(epochMs)}, which is not an impact status; it opens no window`);
      }
    }
  }
  for (const service of [...open.keys()]) {
    const endMs = resolvedMs ?? lastUpdateMs;
    notes.push(`${service} never returns to operational in the updates; its window ends at ${resolvedMs !== undefined ? "the incident's resolved_at" : 'the last update (the incident is not resolved)'}, ${clock(endMs)}`);
    close(service, endMs);
  }
  windows.sort((a, b) => a.startMs - b.startMs || services.indexOf(a.service) - services.indexOf(b.service));

  const uniqueId = draftIds();

  const noComponents = services.length === 0;
  if (noComponents) {
    notes.push(`the status page names no component: services is the placeholder "${EXAMPLE_VALUES.service}" and the impact window a placeholder from the incident's start to its end; replace both`);
    services.push(EXAMPLE_VALUES.service);
  }
  const impactWindows: DraftFrontmatter['impactWindows'] =
    windows.length > 0
      ? windows.map((window) => ({
          id: uniqueId(`${slugify(window.service, 40) || 'component'}-${window.degree}`),
          start: window.start,
          end: window.end,
          label: `${window.service}: ${words(window.worst)} on the status page`,
          services: [window.service],
          degree: window.degree,
        }))
      : [placeholderWindow()];
  function placeholderWindow() {
    const endMs = resolvedMs ?? lastUpdateMs;
    if (!noComponents) notes.push('no component left operational in the updates: the impact window is a placeholder from the incident\'s start to its end; replace it');
    return {
      id: uniqueId(PLACEHOLDER_ID.impactWindow),
      start: at(startedMs),
      end: at(endMs > startedMs ? endMs : startedMs + 60_000),
      label: "Replace with what customers experienced; the status page says the incident ran from this start to this end",
    };
  }

  const timeline: DraftFrontmatter['timeline'] = updates.map(({ update, number, at: time }, i) => {
    const previous = updates[i - 1]?.update.status;
    const body = htmlToPlainText(update.body ?? '');
    removedCharacters += body.removed;
    const named = [...new Set((update.affected_components ?? []).flatMap((component) => serviceOf(component.name) ?? []))];
    return {
      id: uniqueId(`update-${number}-${slugify(update.status) || 'status'}`),
      at: time,
      kind: 'communication' as const,
      title: previous === update.status ? 'Status page: Update' : `Status page: ${titleCase(update.status)}`,
      ...(body.text !== '' ? { detail: body.text } : {}),
      ...(named.length > 0 ? { services: named } : {}),
    };
  });

  const organization = page?.name ? clean(page.name) : '';
  if (!organization) notes.push('the JSON has no "page" with a name: organization is a placeholder');
  if (page?.time_zone && canonicalZone(page.time_zone) !== canonicalZone(timeZone)) notes.push(`times are written in ${timeZone}; the status page's own zone is ${page.time_zone} (--tz ${page.time_zone} to use it)`);

  const shortlink = incident.shortlink && /^https?:\/\//.test(incident.shortlink) ? incident.shortlink : undefined;
  if (!shortlink) notes.push('the incident has no shortlink: sources is empty');
  const title = clean(incident.name);

  if (removedCharacters > 0) notes.push(`${removedCharacters} control or bidirectional-override character(s) removed from the text`);

  const day = at(startedMs).slice(0, 10);
  const { fileName } = incidentFileName(day, title, options.slug);
  const source = [incident.id ? `incident ${incident.id}` : 'an incident', shortlink ? `(${shortlink})` : ''].filter(Boolean).join(' ');
  return draftResult({
    notes,
    fileName,
    heading: [
      `Imported by npm run import -- statuspage from ${source}.`,
      'Every field is described in content/README.md. Text starting "Replace" is a placeholder: the check',
      'refuses to publish (draft: false) until each is replaced with what only you know.',
    ],
    frontmatter: {
      title,
      organization: organization || EXAMPLE_VALUES.organization,
      severity,
      status,
      timeZone,
      services,
      impactWindows,
      timeline,
      causes: [{ id: uniqueId(PLACEHOLDER_ID.cause), statement: 'Replace with the root cause; a status page does not say what caused the incident.' }],
      sources: shortlink ? [{ title: `Status page: ${title}`, url: shortlink }] : [],
    },
    fieldComments: {
      severity: `from the status page's impact "${incident.impact}"`,
    },
    body: statuspageBody(shortlink),
  });
}

/** `Etc/UTC` and `UTC` are one zone; a name the runtime does not know stays as written. */
function canonicalZone(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return timeZone;
  }
}

function statuspageBody(shortlink: string | undefined): string {
  // The list is for the author, in an MDX comment: it never reaches the published page.
  return `## What happened

Replace with the story of the incident.

{/*
The timeline holds every update the status page published${shortlink ? ` (${shortlink.replaceAll('*/', '')})` : ''}.
A status page cannot tell:

- Causes: what broke and why (\`causes\` holds a placeholder);
- Contributing factors: what made it worse or slower to fix;
- Remediations: what will be done so it does not happen again;
- Detection and response: when alerts fired and what the team did;
- When customers were really affected: the impact windows start and end at the updates
  that changed a component's status, which may be later than the impact itself.
*/}
`;
}

/** `npm run import -- statuspage`: reads the file or address, writes the draft into `directory`, and says what it chose. */
export async function importStatuspage(options: StatuspageImportOptions & { source: string; incidentId?: string; directory: string }): Promise<Outcome<{ file: string; notes: string[] }>> {
  const text = await readSource(options.source);
  if (!text.ok) return text;
  const read = readStatuspage(text.value, options.incidentId);
  if (!read.ok) return read;
  const made = statuspageDraft(read.value.incident, read.value.page, options);
  if (!made.ok) return made;
  return writeDraft(options.directory, made.value);
}
