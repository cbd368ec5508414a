import { isIsoDate, isKnownTimeZone, listedTimeZones } from '../time/iso';
import { wallClockToIso } from '../time/zone-offset';
import { slugify } from '../slug';
import { JSON_SCHEMA_PATH } from './json-schema';
import { EXAMPLE_EVENTS, EXAMPLE_VALUES, PLACEHOLDER_ID } from './placeholders';
import { didYouMean } from './suggest';

export type ScaffoldOptions = { title: string; date: string; timeZone: string; slug?: string };

export type Scaffold = {
  fileName: string;
  text: string;
  /** True when the title was too long for a file name and was cut at a word boundary. */
  shortened: boolean;
};

/** Longest slug made from a title; the file name is the date, a hyphen and the slug. */
export const MAX_SLUG_LENGTH = 60;

/** The first line of every draft the project writes: editors with the YAML language server validate against the schema. */
export const SCHEMA_COMMENT = `# yaml-language-server: $schema=../../${JSON_SCHEMA_PATH}`;

/** `--slug` is the part after the date; one that starts with a date would repeat it. */
export function checkSlugOption(slug: string | undefined): string[] {
  if (slug === undefined) return [];
  if (/^\d{4}-\d{2}-\d{2}(?:-|$)/.test(slug)) {
    return [`--slug: expected the part of the file name after the date (the date comes from --date), got "${slug}"`];
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return [`--slug: expected kebab-case such as "payments-api-outage", got "${slug}"`];
  return [];
}

/** `--tz` names an IANA zone; a misspelt one gets the zone probably meant. */
export function checkTimeZoneOption(timeZone: string): string[] {
  if (isKnownTimeZone(timeZone)) return [];
  return [`--tz: expected an IANA time zone such as "Europe/Berlin", got "${timeZone}"${didYouMean(timeZone, listedTimeZones())}`];
}

/** The file name of a new incident: `<date>-<slug>.mdx`, the slug from `--slug` or from the title. */
export function incidentFileName(date: string, title: string, slug?: string): { fileName: string; shortened: boolean } {
  const chosen = slug ?? slugify(title, MAX_SLUG_LENGTH);
  return { fileName: `${date}-${chosen}.mdx`, shortened: slug === undefined && chosen !== slugify(title) };
}

/** Checks the options; returns one message per problem, empty when all is well. */
export function checkScaffoldOptions(options: Partial<ScaffoldOptions>): string[] {
  const problems: string[] = [];
  if (!options.title?.trim()) problems.push('--title: expected the incident title, e.g. --title "Payments API outage"');
  if (!options.date) problems.push('--date: expected the day impact began as YYYY-MM-DD, e.g. --date 2025-03-04');
  else if (!isIsoDate(options.date)) problems.push(`--date: expected a real date as YYYY-MM-DD, got "${options.date}"`);
  if (!options.timeZone) problems.push('--tz: expected an IANA time zone, e.g. --tz Europe/Berlin');
  else problems.push(...checkTimeZoneOption(options.timeZone));
  problems.push(...checkSlugOption(options.slug));
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
  const { fileName, shortened } = incidentFileName(options.date, options.title, options.slug);
  const at = (time: string) => yamlString(wallClockToIso(options.date, time, options.timeZone));
  const [change, alert, recovered] = EXAMPLE_EVENTS;
  const text = `---
${SCHEMA_COMMENT}
# Every field is described in content/README.md. Times are ISO 8601 with the offset, in quotes.
title: ${yamlString(options.title.trim())}
# One paragraph: what broke, for whom, for how long, why.
summary: >-
  Replace this with a one-paragraph summary of the incident.
organization: ${EXAMPLE_VALUES.organization}
severity: sev2 # sev1 (critical) … sev4 (low)
status: resolved # investigating | identified | monitoring | resolved
timeZone: ${options.timeZone} # the zone the incident is told in
# publishedAt: ${at('17:00')} # when the postmortem was published
draft: true # shown by npm run dev only; set to false to publish once every example and "Replace …" text is gone
services: [${EXAMPLE_VALUES.service}]
tags: [] # kebab-case words such as dns or control-plane; each tag has a page, /tags/<tag>
related: [] # file names (without .mdx) of related incidents; each links back

# When customers were affected; several windows for several waves.
impactWindows:
  - id: main-impact
    start: ${at('09:05')}
    end: ${at('09:45')}
    # approximate: [end] # the ends the source gives only roughly ("about an hour later"): [start], [end] or [start, end]
    label: ${EXAMPLE_VALUES.windowLabel}
    degree: outage # outage (nothing worked) | partial (some requests, users or regions failed) | degraded (slow or reduced)
    # measure: "45% of API requests failed" # how bad, in the source's words
    causedBy: [customer-facing-failure] # the causes that produced this window

# In time order. kind: change | alert | impact | investigation | mitigation | recovery | communication
timeline:
  # These three events are examples: replace them with your own (a file holding them cannot be published).
  - id: ${change.id}
    at: ${at(change.time)}
    kind: ${change.kind}
    trigger: true # the change that set the incident off
    title: ${change.title}
    # until: ${at('09:10')} # the end of an event that spans time, such as a rollout
    # precision: day # when the source gives only the date
  - id: ${alert.id}
    at: ${at(alert.time)}
    kind: ${alert.kind}
    title: ${alert.title}
    # detail: what happened, in a sentence or two
    # approximate: true # when the source says "around" this time
  - id: ${recovered.id}
    at: ${at(recovered.time)}
    kind: ${recovered.kind}
    title: ${recovered.title}
    services: [${EXAMPLE_VALUES.service}]

# The chain from root cause to outcome; leadsTo names the next link(s).
causes:
  - id: faulty-change
    statement: Replace with the root cause.
    leadsTo: [customer-facing-failure]
  - id: customer-facing-failure
    statement: Replace with what customers experienced.

contributingFactors:
  - id: ${PLACEHOLDER_ID.factor}
    statement: Replace with something that made it worse or slower to fix.
    contributesTo: [faulty-change] # the causes it enabled or made worse

# category: prevent | detect | mitigate | respond; status: planned | in-progress | done | wont-do
remediations:
  - id: ${PLACEHOLDER_ID.remediation}
    title: Replace with an action item
    description: ${EXAMPLE_VALUES.remediationDescription}
    category: prevent
    status: planned
    timing: after # after: a follow-up | during: done during the incident
    owner: Replace with the team or person who owns it, or delete this line
    # due: "YYYY-MM-DD" # when it is due
    # priority: p2 # p1 (most urgent) | p2 | p3
    # tracker: https://… # the ticket that tracks it
    addresses: [faulty-change]

# Optional, the headings of the Google SRE postmortem template; each item can be linked to (#id).
lessons:
  wentWell:
    - id: ${PLACEHOLDER_ID.wentWell}
      text: Replace with something that went well.
  wentWrong:
    - id: ${PLACEHOLDER_ID.wentWrong}
      text: Replace with something that went wrong.
  gotLucky:
    - id: ${PLACEHOLDER_ID.gotLucky}
      text: Replace with where you got lucky.

sources: []
---

## What happened

Tell the story here in Markdown. Link to a timeline event with
<EventRef id="${alert.id}" />.

<Callout title="A note">
  Callouts hold quotes or asides.
</Callout>
`;
  return { fileName, text, shortened };
}
