import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, formatDiagnostics, type Diagnostic } from '../../lib/content/diagnostic';
import { loadAllIncidents, loadIncidentFile, loadIncidentSource, type Incident, type LoadResult } from '../../lib/content/load';
import { FROZEN_INCIDENT_FILE } from './frozen-incident';

const INVALID = 'tests/fixtures/invalid';
const VALID = 'tests/fixtures/valid';

const load = (relative: string) => loadIncidentFile(path.resolve(relative));

function expectIncident(result: LoadResult): Incident {
  if (!result.ok) throw new Error(`expected the file to load, got:\n${formatDiagnostics(result.errors)}`);
  return result.incident;
}

function expectErrors(result: LoadResult): Diagnostic[] {
  if (result.ok) throw new Error(`expected errors, but ${result.incident.file} loaded`);
  return result.errors;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('valid files', () => {
  it('loads a real-sized incident (the frozen OpenAI writeup) with no errors', async () => {
    const incident = expectIncident(await load(FROZEN_INCIDENT_FILE));
    expect(incident.file).toBe(FROZEN_INCIDENT_FILE);
    expect(incident.slug).toBe('2024-12-11-openai-api-chatgpt-sora-outage');
    expect(incident.timeline).toHaveLength(25);
    expect(incident.code.length).toBeGreaterThan(0);
  });

  it('loads the minimal fixture and fills in the defaults', async () => {
    const incident = expectIncident(await load(`${VALID}/minimal.mdx`));
    expect(incident.draft).toBe(false);
    expect(incident.remediations).toEqual([]);
    expect(incident.causes[0]?.leadsTo).toEqual([]);
    expect(incident.timeline.map((event) => event.precision)).toEqual(['minute', 'minute', 'minute']);
  });

  it('keeps times as the strings the author wrote', async () => {
    const incident = expectIncident(await load(`${VALID}/minimal.mdx`));
    expect(incident.timeline[0]?.at).toBe('2024-12-11T15:12:00-08:00');
  });

  it('loads every file of the content folder with no errors', async () => {
    const { incidents, errors } = await loadAllIncidents(path.resolve('content/incidents'));
    expect(errors.map(formatDiagnostic)).toEqual([]);
    const files = (await readdir('content/incidents')).filter((name) => name.endsWith('.mdx'));
    expect(incidents.map((incident) => path.basename(incident.file)).sort()).toEqual(files.sort());
  });
});

type Row = {
  fixture: string;
  /** The fixture's file name, when it is not `<fixture>.mdx`. */
  fileName?: string;
  line: number;
  path: string;
  /** The diagnostic's stable code. */
  code: string;
  message: string;
  /** Text the fixture has on that line, so the table cannot drift from the file. */
  lineText: string;
  /** Errors the file yields: 1 unless a YAML error brings follow-on errors. */
  count?: number;
};

const TABLE: Row[] = [
  // times, dates and zones
  { fixture: 'time-without-offset', line: 21, path: 'timeline[1].at', code: 'invalid-format', lineText: 'at: 2024-12-11T15:13:00', message: 'expected an ISO 8601 time with offset, e.g. "2024-12-11T15:16:00-08:00", got "2024-12-11T15:13:00"; for 15:13 in America/Los_Angeles, write "2024-12-11T15:13:00-08:00"' },
  { fixture: 'time-offset-without-colon', line: 21, path: 'timeline[1].at', code: 'invalid-format', lineText: 'at: "2024-12-11T15:13:00-0800"', message: 'expected the offset as ±HH:MM, e.g. "2024-12-11T15:13:00-08:00", got "2024-12-11T15:13:00-0800"' },
  { fixture: 'impossible-date', line: 16, path: 'timeline[0].at', code: 'invalid-time', lineText: '2024-02-30', message: 'expected a time that exists, got "2024-02-30T15:12:00-08:00": there is no 2024-02-30' },
  { fixture: 'impossible-time', line: 21, path: 'timeline[1].at', code: 'invalid-time', lineText: 'T24:13', message: 'got "2024-12-11T24:13:00-08:00"' },
  { fixture: 'unknown-time-zone', line: 7, path: 'timeZone', code: 'unknown-time-zone', lineText: 'America/San_Francisco', message: 'expected an IANA time zone such as "America/Los_Angeles", got "America/San_Francisco"' },
  // fields and types
  { fixture: 'unknown-field', line: 24, path: 'timeline[1].detial', code: 'unknown-field', lineText: 'detial:', message: 'unknown field "detial" (did you mean "detail"?); expected one of id, at, precision, approximate, until, kind, title, detail, services, trigger' },
  { fixture: 'missing-required-field', line: 20, path: 'timeline[1].title', code: 'missing-field', lineText: '- id: error-alert', message: 'missing required field; expected text' },
  { fixture: 'missing-event-kind', line: 20, path: 'timeline[1].kind', code: 'missing-field', lineText: '- id: error-alert', message: 'missing required field; expected one of "change", "alert", "impact", "investigation", "mitigation", "recovery", "communication"' },
  { fixture: 'missing-top-level-field', line: 2, path: 'summary', code: 'missing-field', lineText: 'title:', message: 'missing required field; expected text' },
  { fixture: 'wrong-type', line: 8, path: 'services', code: 'invalid-type', lineText: 'services: API', message: 'expected a list, got "API"' },
  { fixture: 'wrong-boolean', line: 18, path: 'timeline[0].trigger', code: 'invalid-type', lineText: 'trigger: "yes"', message: 'expected true or false, got "yes"' },
  { fixture: 'unknown-enum-value', line: 5, path: 'severity', code: 'invalid-choice', lineText: 'severity: critical', message: 'expected one of "sev1", "sev2", "sev3", "sev4", got "critical"' },
  { fixture: 'unknown-event-kind', line: 26, path: 'timeline[2].kind', code: 'invalid-choice', lineText: 'kind: recovered', message: 'got "recovered"' },
  { fixture: 'invalid-id', line: 20, path: 'timeline[1].id', code: 'invalid-format', lineText: 'Error_Alert', message: 'expected a kebab-case id such as "error-alert", got "Error_Alert"' },
  { fixture: 'invalid-source-url', line: 31, path: 'sources[0].url', code: 'invalid-format', lineText: 'ftp://', message: 'expected an http(s) URL, got "ftp://wiki.example.com/incident"' },
  { fixture: 'no-impact-window', line: 9, path: 'impactWindows', code: 'too-small', lineText: 'impactWindows: []', message: 'expected at least one customer-impact window' },
  // cross-field rules
  { fixture: 'duplicate-event-id', line: 20, path: 'timeline[1].id', code: 'duplicate-id', lineText: 'id: config-deployed', message: 'expected a unique id, got "config-deployed", already used by timeline[0] at line 15' },
  { fixture: 'duplicate-id-across-lists', line: 30, path: 'causes[0].id', code: 'duplicate-id', lineText: 'id: api-down', message: 'expected a unique id, got "api-down", already used by impactWindows[0] at line 10' },
  { fixture: 'id-is-section-name', line: 30, path: 'causes[0].id', code: 'reserved-id', lineText: 'id: timeline', message: 'expected an id other than "timeline", which names a section of the page' },
  { fixture: 'duplicate-service', line: 8, path: 'services[2]', code: 'duplicate-service', lineText: 'services: [API, Dashboard, API]', message: 'expected each service once, got "API" twice' },
  { fixture: 'events-out-of-order', line: 21, path: 'timeline[1].at', code: 'events-out-of-order', lineText: '15:10:00', message: 'expected events in time order: at or after "2024-12-11T15:12:00-08:00" (config-deployed), got "2024-12-11T15:10:00-08:00"' },
  { fixture: 'daylight-saving-slip', line: 21, path: 'timeline[1].at', code: 'events-out-of-order', lineText: '15:13:00-07:00', message: 'got "2024-12-11T15:13:00-07:00"; -07:00 is not the offset America/Los_Angeles has at that time (-08:00); for 15:13 in America/Los_Angeles, write "2024-12-11T15:13:00-08:00"' },
  { fixture: 'until-before-at', line: 17, path: 'timeline[0].until', code: 'until-not-after-at', lineText: 'until:', message: 'expected a time after at "2024-12-11T15:12:00-08:00", got "2024-12-11T15:02:00-08:00"' },
  { fixture: 'impact-end-before-start', line: 12, path: 'impactWindows[0].end', code: 'window-end-not-after-start', lineText: 'end:', message: 'expected an end after start "2024-12-11T15:16:00-08:00", got "2024-12-11T15:06:00-08:00"' },
  { fixture: 'unknown-service-in-event', line: 28, path: 'timeline[2].services[0]', code: 'unknown-service', lineText: 'services: [Billing]', message: 'expected one of the incident\'s services (API, Dashboard), got "Billing"' },
  { fixture: 'unknown-service-in-window', line: 14, path: 'impactWindows[0].services[1]', code: 'unknown-service', lineText: 'services: [API, Billing]', message: 'expected one of the incident\'s services (API, Dashboard), got "Billing"' },
  { fixture: 'two-triggers', line: 23, path: 'timeline[1].trigger', code: 'several-triggers', lineText: 'trigger: true', message: 'expected at most one trigger event, already set on "config-deployed"' },
  { fixture: 'trigger-not-change', line: 22, path: 'timeline[1].trigger', code: 'trigger-not-change', lineText: 'trigger: true', message: 'expected the trigger to be an event of kind "change", got kind "alert"' },
  { fixture: 'cause-missing-target', line: 32, path: 'causes[0].leadsTo[0]', code: 'unknown-cause', lineText: 'leadsTo: [api-overload]', message: 'expected the id of a cause, got "api-overload"' },
  { fixture: 'cause-self-reference', line: 32, path: 'causes[0].leadsTo[0]', code: 'cause-leads-to-itself', lineText: 'leadsTo: [bad-config]', message: 'expected another cause\'s id, got "bad-config" itself' },
  { fixture: 'cause-cycle', line: 35, path: 'causes[1].leadsTo[0]', code: 'cause-cycle', lineText: 'leadsTo: [bad-config]', message: 'expected causes without a cycle, got bad-config → api-overload → bad-config' },
  { fixture: 'completed-not-done', line: 38, path: 'remediations[0].completed', code: 'completed-not-done', lineText: 'completed: "2025-01-20"', message: 'expected status "done" on a remediation with a completion date, got status "in-progress"' },
  { fixture: 'duplicate-tag', line: 9, path: 'tags[2]', code: 'duplicate-tag', lineText: 'tags: [configuration-change, api, configuration-change]', message: 'expected each tag once, got "configuration-change" twice' },
  { fixture: 'invalid-tag', line: 9, path: 'tags[0]', code: 'invalid-format', lineText: 'tags: [Configuration_Change]', message: 'expected a kebab-case tag such as "configuration-change", got "Configuration_Change"' },
  { fixture: 'duplicate-related', line: 9, path: 'related[1]', code: 'duplicate-related', lineText: 'related: [2024-12-11-minimal-neighbour, 2024-12-11-minimal-neighbour]', message: 'expected each related incident once, got "2024-12-11-minimal-neighbour" twice' },
  { fixture: 'invalid-tracker-url', line: 38, path: 'remediations[0].tracker', code: 'invalid-format', lineText: 'tracker: "javascript:alert(1)"', message: 'expected an http(s) URL, got "javascript:alert(1)"' },
  { fixture: 'unknown-priority', line: 38, path: 'remediations[0].priority', code: 'invalid-choice', lineText: 'priority: urgent', message: 'expected one of "p1", "p2", "p3", got "urgent"' },
  { fixture: 'remediation-missing-target', line: 38, path: 'remediations[0].addresses[0]', code: 'unknown-remediation-target', lineText: 'addresses: [bad-configuration]', message: 'expected the id of a cause, contributing factor or event, got "bad-configuration"' },
  // degrees, lessons, timing and the links between causes, factors and windows
  { fixture: 'window-unknown-cause', line: 14, path: 'impactWindows[0].causedBy[0]', code: 'unknown-window-cause', lineText: 'causedBy: [bad-configuration]', message: 'expected the id of a cause, got "bad-configuration"' },
  { fixture: 'factor-unknown-cause', line: 35, path: 'contributingFactors[0].contributesTo[0]', code: 'unknown-factor-target', lineText: 'contributesTo: [bad-configuration]', message: 'expected the id of a cause, got "bad-configuration"' },
  { fixture: 'trigger-day-only', line: 17, path: 'timeline[0].precision', code: 'trigger-day-only', lineText: 'precision: day', message: 'expected the trigger to be known to the minute, got precision "day"' },
  { fixture: 'unknown-impact-degree', line: 14, path: 'impactWindows[0].degree', code: 'invalid-choice', lineText: 'degree: total', message: 'expected one of "outage", "partial", "degraded", got "total"' },
  { fixture: 'unknown-approximate-end', line: 14, path: 'impactWindows[0].approximate[0]', code: 'invalid-choice', lineText: 'approximate: [finish]', message: 'expected one of "start", "end", got "finish"' },
  { fixture: 'duplicate-lesson-id', line: 37, path: 'lessons.wentWrong[0].id', code: 'duplicate-id', lineText: '- id: api-recovered', message: 'expected a unique id, got "api-recovered", already used by timeline[2]' },
  { fixture: 'lesson-without-text', line: 34, path: 'lessons.wentWell[0].text', code: 'missing-field', lineText: '- id: alert-was-fast', message: 'missing required field; expected text' },
  { fixture: 'unknown-lessons-field', line: 33, path: 'lessons.wentBadly', code: 'unknown-field', lineText: 'wentBadly:', message: 'unknown field "wentBadly"; expected one of wentWell, wentWrong, gotLucky' },
  { fixture: 'unknown-remediation-timing', line: 38, path: 'remediations[0].timing', code: 'invalid-choice', lineText: 'timing: immediately', message: 'expected one of "during", "after", got "immediately"' },
  // the file and its YAML
  { fixture: 'yaml-syntax-error', line: 2, path: 'frontmatter', code: 'invalid-yaml', lineText: 'title: "Minimal incident', message: 'invalid YAML: Missing closing "quote' },
  { fixture: 'yaml-tab-indentation', line: 22, path: 'frontmatter', code: 'invalid-yaml', lineText: '\tkind: alert', message: 'invalid YAML: expected spaces before the text, got a tab: YAML indents with spaces only' },
  // YAML's layout mistakes, said at the line at fault with the column it should start at
  { fixture: 'yaml-unquoted-colon', line: 23, path: 'frontmatter', code: 'invalid-yaml', lineText: '    title: Status page: investigating', message: 'invalid YAML: expected a value that contains ": " in double quotes, got it unquoted: write title: "Status page: investigating"' },
  { fixture: 'yaml-field-at-list-column', line: 22, path: 'frontmatter', code: 'invalid-yaml', lineText: '  kind: alert', message: 'invalid YAML: expected a list item ("- ") at column 3, where this list\'s items start, got a field: a field of the item above starts at column 5' },
  { fixture: 'yaml-over-indented-field', line: 22, path: 'frontmatter', code: 'invalid-yaml', lineText: '      kind: alert', message: 'invalid YAML: expected this line to start at column 5, like the line above it, got column 7: only a field with no value on its line (such as "causes:") takes indented lines under it' },
  { fixture: 'yaml-list-item-too-deep', line: 24, path: 'frontmatter', code: 'invalid-yaml', lineText: '    - id: api-recovered', message: 'invalid YAML: expected a field at column 5, got a new list item ("- "): items of this list start at column 3, like the "-" of the item above' },
  { fixture: 'yaml-duplicate-key', line: 7, path: 'severity', code: 'duplicate-field', lineText: 'severity: sev1', message: 'expected each field once, got "severity" again (first at line 5)' },
  { fixture: 'frontmatter-not-a-mapping', line: 2, path: 'frontmatter', code: 'frontmatter-not-mapping', lineText: '- just', message: 'expected the frontmatter to be a YAML mapping of fields' },
  { fixture: 'missing-frontmatter', line: 1, path: 'file', code: 'missing-frontmatter', lineText: '# Incident', message: 'expected the file to start with a "---" line that opens the YAML frontmatter' },
  { fixture: 'unclosed-frontmatter', line: 33, path: 'file', code: 'unclosed-frontmatter', lineText: 'The body follows without a closing line.', message: 'expected a closing "---" line after the frontmatter' },
  { fixture: 'empty', line: 1, path: 'file', code: 'empty-file', lineText: '', message: 'the file is empty; expected YAML frontmatter between two "---" lines, then the MDX body' },
  { fixture: 'time-zone-abbreviation', line: 7, path: 'timeZone', code: 'unknown-time-zone', lineText: 'timeZone: PST', message: 'expected an IANA time zone such as "America/Los_Angeles", got "PST"' },
  // the MDX body
  { fixture: 'mdx-syntax-error', line: 36, path: 'body', code: 'invalid-mdx', lineText: '<Callout title="Note">', message: 'invalid MDX: Expected a closing tag for `<Callout>` (36:1-36:23); close it with </Callout> after what it holds, or end it with "/>" if it holds nothing' },
  // An unclosed tag inside a paragraph: its own place, not the paragraph's
  { fixture: 'eventref-not-closed', line: 35, path: 'body', code: 'invalid-mdx', lineText: 'Then it reached every server at <EventRef id="config-deployed">.', message: 'invalid MDX: Expected a closing tag for `<EventRef>` (35:33-35:64) before the end of `paragraph`; write it as one tag that closes itself: <EventRef id="…" />' },
  { fixture: 'unknown-mdx-component', line: 36, path: 'body', code: 'unknown-component', lineText: '<Chart', message: 'expected one of the components <EventRef>, <Callout>, got unknown component <Chart>' },
  { fixture: 'eventref-missing-event', line: 34, path: 'body', code: 'unknown-event-ref', lineText: '<EventRef id="config-rolled-back" />', message: 'expected <EventRef id> to name a timeline event, got "config-rolled-back"' },
  { fixture: 'event-ref-content', line: 34, path: 'body', code: 'event-ref-content', lineText: '<EventRef id="config-deployed">the deploy</EventRef>', message: 'expected <EventRef id="…" /> with nothing inside: it shows the event\'s time, linked to it, and nothing put inside; write the words around it instead, e.g. the alert (<EventRef id="config-deployed" />)' },
  { fixture: 'unknown-anchor', line: 36, path: 'body', code: 'unknown-anchor', lineText: "The [first alert](#error-alrt)", message: 'expected a link to a place on this page (an event or other id of the frontmatter, a section or a heading of the body), got "#error-alrt" (did you mean "error-alert"?)' },
  { fixture: 'import-node-module', line: 34, path: 'body', code: 'body-import-export', lineText: 'import { readFileSync } from "node:fs";', message: 'expected prose and components, got import/export; incident bodies cannot import code' },
  { fixture: 'import-outside-content', line: 34, path: 'body', code: 'body-import-export', lineText: 'import pkg from "../../package.json";', message: 'expected prose and components, got import/export; incident bodies cannot import code' },
  { fixture: 'invalid-utf8', line: 1, path: 'file', code: 'not-utf8', lineText: '---', message: 'expected UTF-8 text, got bytes that are not valid UTF-8' },
  { fixture: 'import-in-body', line: 34, path: 'body', code: 'body-import-export', lineText: 'import Chart', message: 'expected prose and components, got import/export; incident bodies cannot import code' },
  { fixture: 'expression-in-body', line: 36, path: 'body', code: 'body-expression', lineText: '{process.env.HOME}', message: 'expected prose and components, got a {…} expression; write the text itself instead, and a brace meant as text as \\{ (a comment, {/* … */}, is fine)' },
  { fixture: 'heading-anchor-collision', line: 36, path: 'body', code: 'heading-anchor-clash', lineText: '## Error alert', message: 'expected a heading whose anchor is not already used on the page, got "#error-alert"' },
  { fixture: 'script-element-in-body', line: 36, path: 'body', code: 'forbidden-element', lineText: '<script>', message: 'expected Markdown, a component or one of the elements <abbr>, <br>, <del>, <ins>, <kbd>, <mark>, <sub>, <sup>, got a <script> element, which is not allowed in incident bodies' },
  { fixture: 'span-element-in-body', line: 36, path: 'body', code: 'forbidden-element', lineText: '<span class="loud">', message: 'got a <span> element, which is not allowed in incident bodies' },
  { fixture: 'style-attribute-in-body', line: 36, path: 'body', code: 'forbidden-attribute', lineText: '<sup style="color:red">', message: 'expected no attributes on <sup>, got "style" (the page cannot render a style written as text)' },
  { fixture: 'control-character-in-body', line: 34, path: 'body', code: 'control-character', lineText: 'went out\x07 at', message: 'expected text without control characters, got U+0007 (BEL) at character 20' },
  // characters no text may hold
  { fixture: 'control-character-in-title', line: 2, path: 'title', code: 'control-character', lineText: 'title: "Minimal \\e[31mincident"', message: 'expected text without control characters, got U+001B (ESC) at character 9' },
  { fixture: 'bidi-override-in-title', line: 2, path: 'title', code: 'bidi-control', lineText: '\\u202E', message: 'got U+202E (RIGHT-TO-LEFT OVERRIDE) at character 9' },
  // services
  { fixture: 'service-case-clash', line: 8, path: 'services[2]', code: 'duplicate-service', lineText: 'services: [API, Dashboard, api]', message: 'expected each service once, got "api", which is "API" (services[0] at line 8) spelt another way: both are /services/api' },
  { fixture: 'service-without-slug', line: 8, path: 'services[2]', code: 'service-without-slug', lineText: '"???"', message: 'expected a service name with at least one letter or digit (it names the service\'s page), got "???"' },
  // times at the edges
  { fixture: 'offset-beyond-14-hours', line: 21, path: 'timeline[1].at', code: 'invalid-time', lineText: '+14:30', message: 'expected a time that exists, got "2024-12-12T13:13:00+14:30": offsets run from -12:00 to +14:00' },
  { fixture: 'year-zero', line: 8, path: 'publishedAt', code: 'invalid-time', lineText: '0000-12-11', message: 'expected a time that exists, got "0000-12-11T15:12:00-08:00": there is no 0000-12-11 (years start at 0001)' },
  // YAML aliases
  { fixture: 'yaml-unknown-alias', line: 8, path: 'services', code: 'yaml-unknown-alias', lineText: 'services: *everything', message: 'expected an anchor "&everything" set above the alias, got "*everything" with no such anchor' },
  { fixture: 'yaml-recursive-alias', line: 8, path: 'services[2]', code: 'yaml-recursive-alias', lineText: '*services]', message: 'expected an alias outside the value it names, got "*services" inside "&services"' },
  { fixture: 'yaml-alias-bomb', line: 36, path: 'deafening[0]', code: 'yaml-alias-expansion', lineText: 'deafening: [*d', message: 'expected aliases to repeat at most 10,000 values in all, got more at "*d"' },
  { fixture: 'yaml-unused-anchor', line: 19, path: 'timeline[0].title', code: 'yaml-unused-anchor', lineText: '&rollback', message: 'expected text, got the YAML anchor "&rollback" before "of the config", which no alias uses; for text starting with "&", quote it: "&rollback of the config"' },
  { fixture: 'yaml-tag', line: 23, path: 'timeline[1].title', code: 'yaml-tag', lineText: '!important', message: 'expected text, got the YAML tag "!important" before "alert fires"; for text starting with "!", quote it: "!important alert fires"' },
  // the folder
  { fixture: 'notes', fileName: 'notes.md', line: 1, path: 'file', code: 'unexpected-file', lineText: '# Notes', message: 'expected only incident files ending in .mdx (and hidden files, which are ignored) in the content folder, got "notes.md"' },
  // placeholders in a file to be published
  { fixture: 'placeholder-text', line: 31, path: 'causes[0].statement', code: 'placeholder-text', lineText: 'statement: Replace with the root cause.', message: 'expected your own text before publishing, got the placeholder "Replace with the root cause."; replace it, or keep draft: true' },
  { fixture: 'scaffold-example-event', line: 20, path: 'timeline[1]', code: 'scaffold-example-event', lineText: '- id: error-alert', message: 'expected events of your incident before publishing, got the scaffold\'s example event "An alert fires"; replace or remove it, or keep draft: true' },
];

/** Fixtures that load on their own and break only in a library: the check needs every file. */
const LIBRARY_TABLE: Row[] = [
  { fixture: 'unknown-related', line: 9, path: 'related[0]', code: 'unknown-related', lineText: 'related: [2024-12-11-no-such-incident]', message: 'expected the file name (without .mdx) of an incident in the library, got "2024-12-11-no-such-incident"' },
  { fixture: 'related-to-itself', line: 9, path: 'related[0]', code: 'related-to-itself', lineText: 'related: [related-to-itself]', message: 'expected another incident\'s file name, got "related-to-itself", this incident itself' },
];

const SEVERAL: Record<string, string[]> = {
  'published-scaffold': [
    ':6:10  error[placeholder-text]  summary  expected your own text before publishing, got the placeholder "Replace this with a one-paragraph summary of the incident."; replace it, or keep draft: true',
    ':8:15  error[placeholder-text]  organization  expected your own text before publishing, got the placeholder "Replace with your organization"; replace it, or keep draft: true',
    ':13:12  error[placeholder-text]  services[0]  expected your own text before publishing, got the placeholder "Example service"; replace it, or keep draft: true',
    ':20:12  error[placeholder-text]  impactWindows[0].label  expected your own text before publishing, got the placeholder "Example service unavailable"; replace it, or keep draft: true',
    ':25:5  error[scaffold-example-event]  timeline[0]  expected events of your incident before publishing, got the scaffold\'s example event "A change is deployed"; replace or remove it, or keep draft: true',
    ':30:5  error[scaffold-example-event]  timeline[1]  expected events of your incident before publishing, got the scaffold\'s example event "An alert fires"; replace or remove it, or keep draft: true',
    ':34:5  error[scaffold-example-event]  timeline[2]  expected events of your incident before publishing, got the scaffold\'s example event "The service recovers"; replace or remove it, or keep draft: true',
    ':38:16  error[placeholder-text]  timeline[2].services[0]  expected your own text before publishing, got the placeholder "Example service"; replace it, or keep draft: true',
    ':43:16  error[placeholder-text]  causes[0].statement  expected your own text before publishing, got the placeholder "Replace with the root cause."; replace it, or keep draft: true',
    ':46:16  error[placeholder-text]  causes[1].statement  expected your own text before publishing, got the placeholder "Replace with what customers experienced."; replace it, or keep draft: true',
    ':49:9  error[placeholder-id]  contributingFactors[0].id  expected an id of your own before publishing, got the placeholder id "example-factor"; an id is a permanent link (#example-factor), so rename it, and every reference to it, to say what it is, or keep draft: true',
    ':50:16  error[placeholder-text]  contributingFactors[0].statement  expected your own text before publishing, got the placeholder "Replace with something that made it worse or slower to fix."; replace it, or keep draft: true',
    ':54:9  error[placeholder-id]  remediations[0].id  expected an id of your own before publishing, got the placeholder id "example-remediation"; an id is a permanent link (#example-remediation), so rename it, and every reference to it, to say what it is, or keep draft: true',
    ':55:12  error[placeholder-text]  remediations[0].title  expected your own text before publishing, got the placeholder "Replace with an action item"; replace it, or keep draft: true',
    ':56:18  error[placeholder-text]  remediations[0].description  expected your own text before publishing, got the placeholder "What will be done, and how it prevents a repeat."; replace it, or keep draft: true',
    ':66:1  error[placeholder-text]  body  expected your own text before publishing, got the placeholder line "Tell the story here in Markdown. Link to a timeline event with"; replace it, or keep draft: true',
    ':70:3  error[placeholder-text]  body  expected your own text before publishing, got the placeholder line "Callouts hold quotes or asides."; replace it, or keep draft: true',
  ],
  'several-schema-problems': [
    ':5:11  error[invalid-choice]  severity  expected one of "sev1", "sev2", "sev3", "sev4", got "critical"',
    ':7:11  error[unknown-time-zone]  timeZone  expected an IANA time zone such as "America/Los_Angeles", got "Pacific/Atlantis"',
    ':21:9  error[invalid-format]  timeline[1].at  expected an ISO 8601 time with offset, e.g. "2024-12-11T15:16:00-08:00", got "2024-12-11T15:13:00"',
    ':31:5  error[unknown-field]  causes[0].statment  unknown field "statment" (did you mean "statement"?); expected one of id, statement, detail, leadsTo',
  ],
  'several-rule-violations': [
    ':12:10  error[window-end-not-after-start]  impactWindows[0].end  expected an end after start "2024-12-11T15:16:00-08:00", got "2024-12-11T15:06:00-08:00"',
    ':20:9  error[duplicate-id]  timeline[1].id  expected a unique id, got "config-deployed", already used by timeline[0] at line 15',
    ':28:16  error[unknown-service]  timeline[2].services[0]  expected one of the incident\'s services (API, Dashboard), got "Billing"',
    ':32:15  error[unknown-cause]  causes[0].leadsTo[0]  expected the id of a cause, got "api-overload"',
  ],
  'schema-and-reference-problems': [
    ':5:11  error[invalid-choice]  severity  expected one of "sev1", "sev2", "sev3", "sev4", got "critical"',
    ':20:9  error[duplicate-id]  timeline[1].id  expected a unique id, got "config-deployed", already used by timeline[0] at line 15',
    ':28:16  error[unknown-service]  timeline[2].services[0]  expected one of the incident\'s services (API, Dashboard), got "Billing"',
    ':32:29  error[unknown-cause]  causes[0].leadsTo[1]  expected the id of a cause, got "dns-failure"',
    ':34:16  error[invalid-type]  causes[1].statement  expected text, got 5',
  ],
  // A rule skips the fields with mistakes: no trigger rule on a misspelt kind, and the order is kept around a time without offset.
  'schema-and-rule-problems': [
    ':5:11  error[invalid-choice]  severity  expected one of "sev1", "sev2", "sev3", "sev4", got "critical"',
    ':12:10  error[window-end-not-after-start]  impactWindows[0].end  expected an end after start "2024-12-11T15:16:00-08:00", got "2024-12-11T15:06:00-08:00"',
    ':17:11  error[invalid-choice]  timeline[0].kind  expected one of "change", "alert", "impact", "investigation", "mitigation", "recovery", "communication", got "chnage" (did you mean "change"?)',
    ':21:9  error[invalid-format]  timeline[1].at  expected an ISO 8601 time with offset, e.g. "2024-12-11T15:16:00-08:00", got "2024-12-11T15:13:00"; for 15:13 in America/Los_Angeles, write "2024-12-11T15:13:00-08:00"',
    ':25:9  error[events-out-of-order]  timeline[2].at  expected events in time order: at or after "2024-12-11T15:12:00-08:00" (config-deployed), got "2024-12-11T15:10:00-08:00"',
  ],
  // A list left out is the schema's default, empty, not a list that cannot be read: references are still checked.
  'remediation-target-beside-schema-error': [
    ':6:9  error[invalid-choice]  status  expected one of "investigating", "identified", "monitoring", "resolved", got "resolvd" (did you mean "resolved"?)',
    ':29:17  error[unknown-remediation-target]  remediations[0].addresses[0]  expected the id of a cause, contributing factor or event, got "bad-confg" (did you mean "bad-config"?)',
  ],
  // Alone, its own problems; in the library, also its related entries (below).
  'related-beside-schema-error': [
    ':6:9  error[invalid-choice]  status  expected one of "investigating", "identified", "monitoring", "resolved", got "resolvd" (did you mean "resolved"?)',
    ':9:40  error[invalid-format]  related[1]  expected the file name of an incident, without .mdx, got "Not a file name"',
  ],
  // The checks for publishing read the fields as written too (its warnings: warnings.test.ts).
  'schema-errors-beside-placeholders-and-warnings': [
    ':3:10  error[placeholder-text]  summary  expected your own text before publishing, got the placeholder "Replace this with a one-paragraph summary of the incident."; replace it, or keep draft: true',
    ':6:9  error[invalid-choice]  status  expected one of "investigating", "identified", "monitoring", "resolved", got "resolvd" (did you mean "resolved"?)',
    ':39:12  error[invalid-type]  remediations[1].owner  expected text, got 42',
  ],
  // The references into a list that cannot be read are left for the next run, not reported as unknown.
  'unreadable-list-and-references': [
    ':21:9  error[invalid-type]  causes  expected a list, got "bad-config"',
  ],
  'frontmatter-and-body-problems': [
    ':5:11  error[invalid-choice]  severity  expected one of "sev1", "sev2", "sev3", "sev4", got "critical"',
    ':34:24  error[unknown-event-ref]  body  expected <EventRef id> to name a timeline event, got "config-rolled-back"',
    ':36:1  error[unknown-component]  body  expected one of the components <EventRef>, <Callout>, got unknown component <Chart>',
    ':38:9  error[body-expression]  body  expected prose and components, got a {…} expression; write the text itself instead, and a brace meant as text as \\{ (a comment, {/* … */}, is fine)',
  ],
  'several-body-problems': [
    ':34:24  error[unknown-event-ref]  body  expected <EventRef id> to name a timeline event, got "config-rolled-back"',
    ':36:1  error[unknown-component]  body  expected one of the components <EventRef>, <Callout>, got unknown component <Chart>',
    ':38:9  error[body-expression]  body  expected prose and components, got a {…} expression; write the text itself instead, and a brace meant as text as \\{ (a comment, {/* … */}, is fine)',
  ],
};

describe('invalid fixtures', () => {
  it('lists every fixture of the invalid folder in a table of expected errors', async () => {
    const names = (await readdir(path.resolve(INVALID))).sort();
    const covered = [...TABLE.map((row) => row.fileName ?? `${row.fixture}.mdx`), ...LIBRARY_TABLE.map((row) => `${row.fixture}.mdx`), ...Object.keys(SEVERAL).map((name) => `${name}.mdx`)].sort();
    expect(covered).toEqual(names);
  });

  it.each(TABLE)('$fixture: reports $code at $path on line $line', async ({ fixture, fileName, line, path: fieldPath, code, message, lineText, count = 1 }) => {
    const file = `${INVALID}/${fileName ?? `${fixture}.mdx`}`;
    const source = (await readFile(path.resolve(file), 'utf8')).split('\n');
    expect(source[line - 1]).toContain(lineText);

    // A file that is not an incident is reported by the folder listing, not the file loader.
    const errors = fileName ? (await loadAllIncidents(path.resolve(INVALID))).errors.filter((error) => error.file === file) : expectErrors(await load(file));
    expect(errors).toHaveLength(count);
    const formatted = errors.map(formatDiagnostic);
    const expected = new RegExp(`^${escapeRegExp(`${file}:${line}:`)}\\d+  error\\[${code}\\]  ${escapeRegExp(fieldPath)}  .*${escapeRegExp(message)}`);
    expect(formatted).toContainEqual(expect.stringMatching(expected));
  });

  it.each(LIBRARY_TABLE)('$fixture: loads alone, and in the library reports $code at $path on line $line', async ({ fixture, line, path: fieldPath, code, message, lineText }) => {
    const file = `${INVALID}/${fixture}.mdx`;
    const source = (await readFile(path.resolve(file), 'utf8')).split('\n');
    expect(source[line - 1]).toContain(lineText);
    expectIncident(await load(file));

    const { incidents, errors } = await loadAllIncidents(path.resolve(INVALID));
    expect(incidents.map((incident) => incident.file)).not.toContain(file);
    const own = errors.filter((error) => error.file === file);
    expect(own).toHaveLength(1);
    expect(formatDiagnostic(own[0]!)).toMatch(new RegExp(`^${escapeRegExp(`${file}:${line}:`)}\\d+  error\\[${code}\\]  ${escapeRegExp(fieldPath)}  ${escapeRegExp(message)}$`));
  });

  it.each(Object.entries(SEVERAL))('%s: reports every problem of the file at once, in file order', async (fixture, expected) => {
    const file = `${INVALID}/${fixture}.mdx`;
    const errors = expectErrors(await load(file));
    expect(errors.map(formatDiagnostic)).toEqual(expected.map((rest) => `${file}${rest}`));
  });

  it('checks a file with errors against the library too, on its well-formed fields, and a field with an error of its own only once', async () => {
    const file = `${INVALID}/related-beside-schema-error.mdx`;
    const { errors, warnings } = await loadAllIncidents(path.resolve(INVALID), { today: '2025-01-01' });
    const own = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.file === file).map(formatDiagnostic);
    expect(own(errors)).toEqual([
      `${file}:6:9  error[invalid-choice]  status  expected one of "investigating", "identified", "monitoring", "resolved", got "resolvd" (did you mean "resolved"?)`,
      `${file}:9:11  error[unknown-related]  related[0]  expected the file name (without .mdx) of an incident in the library, got "2024-12-11-no-such-incident"`,
      `${file}:9:40  error[invalid-format]  related[1]  expected the file name of an incident, without .mdx, got "Not a file name"`,
    ]);
    expect(own(warnings)).toEqual([
      `${file}:30:10  warning[follow-up-overdue]  remediations[0].due  expected status "done" or "wont-do" after the due date 2024-12-20 (today is 2025-01-01), got "planned"`,
    ]);
  });

  it('reports every broken file of a folder, and no incident', async () => {
    const { incidents, errors } = await loadAllIncidents(path.resolve(INVALID));
    const names = (await readdir(path.resolve(INVALID))).sort();
    expect(incidents).toEqual([]);
    expect([...new Set(errors.map((error) => error.file))].sort()).toEqual(names.map((name) => `${INVALID}/${name}`));
  });
});

describe('a time without an offset', () => {
  it('is rejected with an error, never read as a UTC Date', async () => {
    const result = await load(`${INVALID}/time-without-offset.mdx`);
    expect(result.ok).toBe(false);
    const errors = expectErrors(result);
    expect(errors).toEqual([
      {
        file: `${INVALID}/time-without-offset.mdx`,
        line: 21,
        column: 9,
        path: 'timeline[1].at',
        level: 'error',
        code: 'invalid-format',
        message: 'expected an ISO 8601 time with offset, e.g. "2024-12-11T15:16:00-08:00", got "2024-12-11T15:13:00"; for 15:13 in America/Los_Angeles, write "2024-12-11T15:13:00-08:00"',
      },
    ]);
  });

  it('written with a space for the T, unquoted as people write it, gets the same offer, with the T', async () => {
    const text = (await readFile(path.resolve(`${INVALID}/time-without-offset.mdx`), 'utf8')).replace('at: 2024-12-11T15:13:00', 'at: 2024-12-11 15:13');
    const result = await loadIncidentSource('content/incidents/spaced.mdx', 'spaced', new TextEncoder().encode(text));
    expect(expectErrors(result).map(({ line, path, message }) => ({ line, path, message }))).toEqual([
      {
        line: 21,
        path: 'timeline[1].at',
        message: 'expected an ISO 8601 time with offset, e.g. "2024-12-11T15:16:00-08:00", got "2024-12-11 15:13"; for 15:13 in America/Los_Angeles, write "2024-12-11T15:13-08:00"',
      },
    ]);
  });
});

describe('files on disk', () => {
  let dir: string;
  let minimal: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'postmortem-loader-'));
    minimal = await readFile(path.resolve(`${VALID}/minimal.mdx`), 'utf8');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const crlfWithBom = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;

  it('loads a file with CRLF line endings and a byte-order mark like its LF twin', async () => {
    const file = path.join(dir, 'crlf-bom.mdx');
    await writeFile(file, crlfWithBom(minimal));
    const incident = expectIncident(await loadIncidentFile(file));
    const twin = expectIncident(await load(`${VALID}/minimal.mdx`));
    expect(incident.title).toBe(twin.title);
    expect(incident.timeline).toEqual(twin.timeline);
    expect(incident.metrics).toEqual(twin.metrics);
  });

  it('gives the same line and column for a frontmatter error in a CRLF file with a byte-order mark', async () => {
    const broken = await readFile(path.resolve(`${INVALID}/time-without-offset.mdx`), 'utf8');
    const file = path.join(dir, 'crlf-time-without-offset.mdx');
    await writeFile(file, crlfWithBom(broken));
    const [error, ...rest] = expectErrors(await loadIncidentFile(file));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ line: 21, column: 9, path: 'timeline[1].at' });
  });

  it('gives the same line and column for a body error in a CRLF file with a byte-order mark', async () => {
    const broken = await readFile(path.resolve(`${INVALID}/eventref-missing-event.mdx`), 'utf8');
    const file = path.join(dir, 'crlf-eventref.mdx');
    await writeFile(file, crlfWithBom(broken));
    const [error, ...rest] = expectErrors(await loadIncidentFile(file));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ line: 34, column: 24, path: 'body' });
  });

  it('names the file relative to the working directory', async () => {
    const file = path.join(dir, 'empty-file.mdx');
    await writeFile(file, '');
    const [error] = expectErrors(await loadIncidentFile(file));
    expect(error?.file).toBe(path.relative(process.cwd(), file));
  });

  it('rejects a file name that is not kebab-case', async () => {
    const file = path.join(dir, 'Bad_Name.mdx');
    await writeFile(file, minimal);
    const [error, ...rest] = expectErrors(await loadIncidentFile(file));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ line: 1, column: 1, path: 'file' });
    expect(error?.message).toBe('expected a kebab-case file name such as 2024-12-11-api-outage.mdx, got "Bad_Name.mdx"');
  });

  it('rejects a file larger than 1 MB', async () => {
    const file = path.join(dir, 'too-large.mdx');
    await writeFile(file, `${minimal}\n${'Lorem ipsum dolor sit amet.\n'.repeat(40_000)}`);
    const [error] = expectErrors(await loadIncidentFile(file));
    expect(error?.message).toMatch(/^expected at most 1024 KB, got \d+ KB$/);
  });

  it('rejects bytes that are not valid UTF-8', async () => {
    const file = path.join(dir, 'latin-1.mdx');
    await writeFile(file, Buffer.concat([Buffer.from(minimal.slice(0, 20)), Buffer.from([0xe9, 0xff]), Buffer.from(minimal.slice(20))]));
    const [error] = expectErrors(await loadIncidentFile(file));
    expect(error?.message).toBe('expected UTF-8 text, got bytes that are not valid UTF-8');
  });

  it('collects the problems of every file in a folder and still returns the valid ones', async () => {
    const folder = await mkdtemp(path.join(dir, 'folder-'));
    const copy = async (name: string, from: string) => writeFile(path.join(folder, name), await readFile(path.resolve(from)));
    await copy('a-valid.mdx', `${VALID}/minimal.mdx`);
    await copy('b-two-triggers.mdx', `${INVALID}/two-triggers.mdx`);
    await copy('c-several-rule-violations.mdx', `${INVALID}/several-rule-violations.mdx`);
    await writeFile(path.join(folder, 'notes.txt'), 'not an incident');
    await writeFile(path.join(folder, '.DS_Store'), 'hidden files are ignored');

    const { incidents, errors } = await loadAllIncidents(folder);
    expect(incidents.map((incident) => incident.slug)).toEqual(['a-valid']);
    expect(errors.map((error) => `${path.basename(error.file)} ${error.code}`)).toEqual([
      'b-two-triggers.mdx several-triggers',
      ...['window-end-not-after-start', 'duplicate-id', 'unknown-service', 'unknown-cause'].map((code) => `c-several-rule-violations.mdx ${code}`),
      'notes.txt unexpected-file',
    ]);
    expect(formatDiagnostics(errors).split('\n').at(-1)).toBe('6 errors in 3 files');
  });
});

describe('input that once broke the check', () => {
  let dir: string;
  let minimal: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'postmortem-hostile-'));
    minimal = await readFile(path.resolve(`${VALID}/minimal.mdx`), 'utf8');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('accepts one anchor used 150 times, more than yaml allows by default', async () => {
    const events = Array.from({ length: 150 }, (_, i) => `  - id: update-${i}\n    at: "2024-12-11T15:${String(14 + Math.floor(i / 10)).padStart(2, '0')}:00-08:00"\n    kind: communication\n    title: Update ${i}\n    services: *all\n`).join('');
    const text = minimal
      .replace('services: [API, Dashboard]', 'services: &all [API, Dashboard]')
      .replace('  - id: api-recovered', `${events}  - id: api-recovered`);
    const file = path.join(dir, 'many-aliases.mdx');
    await writeFile(file, text);
    const incident = expectIncident(await loadIncidentFile(file));
    expect(incident.timeline.filter((event) => event.services?.join() === 'API,Dashboard')).toHaveLength(150);
  });

  it('accepts the year 0050 and keeps it as written', async () => {
    const file = path.join(dir, 'year-fifty.mdx');
    await writeFile(file, minimal.replace('timeZone: America/Los_Angeles\n', 'timeZone: America/Los_Angeles\npublishedAt: "0050-12-11T15:12:00-08:00"\n'));
    expect(expectIncident(await loadIncidentFile(file)).publishedAt).toBe('0050-12-11T15:12:00-08:00');
  });

  it('accepts an offset of exactly +14:00 and -12:00', async () => {
    const file = path.join(dir, 'edge-offsets.mdx');
    await writeFile(file, minimal.replace('"2024-12-11T15:13:00-08:00"', '"2024-12-12T13:13:00+14:00"').replace('"2024-12-11T15:12:00-08:00"', '"2024-12-11T11:12:00-12:00"'));
    expectIncident(await loadIncidentFile(file));
  });

  it('prints control characters in file and field names escaped, never raw', async () => {
    const folder = await mkdtemp(path.join(dir, 'names-'));
    await writeFile(path.join(folder, 'evil\u001b[2J.mdx'), minimal);
    await writeFile(path.join(folder, 'field.mdx'), minimal.replace('title: Minimal incident', 'title: Minimal incident\n"ti\\etle": x'));
    const printed = formatDiagnostics((await loadAllIncidents(folder)).errors);
    expect(printed).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(printed).toContain('evil\\u{1b}[2J.mdx:1:1  error[invalid-file-name]');
    expect(printed).toContain('field.mdx:3:1  error[unknown-field]  ti\\u{1b}tle  unknown field "ti\\u{1b}tle"');
  });

  it('reports a folder and an upper-case .MDX in the content folder by name', async () => {
    const folder = await mkdtemp(path.join(dir, 'stray-'));
    await writeFile(path.join(folder, 'Shouting.MDX'), minimal);
    await mkdir(path.join(folder, 'drafts'));
    const { errors } = await loadAllIncidents(folder);
    expect(errors.map((error) => [path.basename(error.file), error.code, error.message.split(', got ')[1]])).toEqual([
      ['Shouting.MDX', 'unexpected-file', '"Shouting.MDX"'],
      ['drafts', 'unexpected-file', 'a folder "drafts"'],
    ]);
  });
});
