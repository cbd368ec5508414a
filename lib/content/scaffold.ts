import { isIsoDate, isKnownTimeZone } from '../time/iso';
import { wallClockToIso } from '../time/zone-offset';
import { slugify } from '../slug';
import { JSON_SCHEMA_PATH } from './json-schema';

export type ScaffoldOptions = { title: string; date: string; timeZone: string; slug?: string };

export type Scaffold = { fileName: string; text: string };

const MAX_SLUG_LENGTH = 60;

/** Checks the options; returns one message per problem, empty when all is well. */
export function checkScaffoldOptions(options: Partial<ScaffoldOptions>): string[] {
  const problems: string[] = [];
  if (!options.title?.trim()) problems.push('--title: expected the incident title, e.g. --title "Payments API outage"');
  if (!options.date) problems.push('--date: expected the day impact began as YYYY-MM-DD, e.g. --date 2025-03-04');
  else if (!isIsoDate(options.date)) problems.push(`--date: expected a real date as YYYY-MM-DD, got "${options.date}"`);
  if (!options.timeZone) problems.push('--tz: expected an IANA time zone, e.g. --tz Europe/Berlin');
  else if (!isKnownTimeZone(options.timeZone)) {
    problems.push(`--tz: expected an IANA time zone such as "Europe/Berlin", got "${options.timeZone}"`);
  }
  if (options.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(options.slug)) {
    problems.push(`--slug: expected kebab-case such as "payments-api-outage", got "${options.slug}"`);
  }
  if (options.title?.trim() && options.slug === undefined && slugify(options.title, MAX_SLUG_LENGTH) === '') {
    problems.push('--slug: the title has no letters or digits to make a file name from; pass --slug');
  }
  return problems;
}

const yamlString = (text: string) => JSON.stringify(text);

/**
 * A complete, valid incident to fill in: every section, one example of each
 * list, comments on what goes where. It is a draft, so it shows in the dev
 * server but stays out of the published site until `draft: false`.
 */
export function scaffoldIncident(options: ScaffoldOptions): Scaffold {
  const slug = options.slug ?? slugify(options.title, MAX_SLUG_LENGTH);
  const fileName = `${options.date}-${slug}.mdx`;
  const at = (time: string) => yamlString(wallClockToIso(options.date, time, options.timeZone));
  const text = `---
# yaml-language-server: $schema=../../${JSON_SCHEMA_PATH}
# Every field is described in content/README.md. Times are ISO 8601 with the offset, in quotes.
title: ${yamlString(options.title.trim())}
# One paragraph: what broke, for whom, for how long, why.
summary: >-
  Replace this with a one-paragraph summary of the incident.
organization: Example Corp
severity: sev2 # sev1 (critical) … sev4 (low)
status: resolved # investigating | identified | monitoring | resolved
timeZone: ${options.timeZone} # the zone the incident is told in
draft: true # shown by npm run dev only; set to false to publish
services: [Example service]

# When customers were affected; several windows for several waves.
impactWindows:
  - id: main-impact
    start: ${at('09:05')}
    end: ${at('09:45')}
    label: Example service unavailable

# In time order. kind: change | alert | impact | investigation | mitigation | recovery | communication
timeline:
  - id: change-deployed
    at: ${at('09:00')}
    kind: change
    trigger: true # the change that set the incident off
    title: A change is deployed
  - id: first-alert
    at: ${at('09:05')}
    kind: alert
    title: An alert fires
  - id: service-recovered
    at: ${at('09:45')}
    kind: recovery
    title: The service recovers
    services: [Example service]

# The chain from root cause to outcome; leadsTo names the next link(s).
causes:
  - id: faulty-change
    statement: Replace with the root cause.
    leadsTo: [customer-facing-failure]
  - id: customer-facing-failure
    statement: Replace with what customers experienced.

contributingFactors:
  - id: example-factor
    statement: Replace with something that made it worse or slower to fix.

# category: prevent | detect | mitigate | respond; status: planned | in-progress | done
remediations:
  - id: example-remediation
    title: Replace with an action item
    description: What will be done, and how it prevents a repeat.
    category: prevent
    status: planned
    addresses: [faulty-change]

sources: []
---

## What happened

Tell the story here in Markdown. Link to a timeline event with
<EventRef id="first-alert" />.

<Callout title="A note">
  Callouts hold quotes or asides.
</Callout>
`;
  return { fileName, text };
}
