import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  EVENT_KINDS,
  IMPACT_DEGREES,
  REMEDIATION_CATEGORIES,
  REMEDIATION_PRIORITIES,
  REMEDIATION_STATUSES,
  SEVERITIES,
} from '../../lib/content/vocabulary';
import { wallClockToIso } from '../../lib/time/zone-offset';

/**
 * Synthetic but realistic incidents for benchmarks. Deterministic: the same
 * count gives the same files. What makes them realistic for search and the
 * library pages: a vocabulary of thousands of made-up words drawn with a
 * skew (a few words are common, most are rare, as in real prose), unique
 * identifiers (hostnames, ticket ids, commits) in event details, 20–60 events,
 * causes that fork and join, two or three waves of impact on different
 * services with a degree and a measure, remediations with owners, due dates,
 * priorities, trackers and statuses (some done during the incident), tags on
 * incidents and factors, links to earlier related incidents, lessons, and a
 * narrative of several headed parts.
 */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SERVICES = ['API', 'Dashboard', 'Billing', 'Search', 'Login', 'Webhooks', 'Mobile app', 'Exports', 'Payments', 'Notifications', 'Storage', 'Reporting'];
const ZONES = ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'UTC', 'America/New_York', 'Australia/Sydney'];
const TEAMS = ['platform', 'storage', 'networking', 'payments', 'identity', 'observability', 'release engineering', 'database reliability'];
const REGIONS = ['us-east-1', 'us-west-2', 'eu-central-1', 'ap-south-1', 'ap-southeast-2'];
const TAGS = ['dns', 'config-change', 'capacity', 'database', 'deploy', 'certificates', 'networking', 'dependency', 'cache', 'kubernetes', 'storage', 'rate-limiting'];
const DOMAIN_WORDS =
  'cache queue replica leader election config rollout canary shard timeout retry backpressure quota certificate dns resolver pool connection disk latency memory leak deploy migration index lock failover partition throttle consumer producer kernel scheduler gateway proxy handshake token session cluster node pod volume snapshot backup restore'.split(
    ' ',
  );

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'sh', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'm', 'x', 'nd', 'st'];

/** Thousands of distinct pronounceable words, the same every run. */
export const VOCABULARY: readonly string[] = (() => {
  const rand = random(424242);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const words = new Set<string>(DOMAIN_WORDS);
  while (words.size < 6000) {
    const syllables = 2 + Math.floor(rand() * 3);
    words.add(Array.from({ length: syllables }, () => `${pick(ONSETS)}${pick(VOWELS)}${pick(CODAS)}`).join(''));
  }
  return [...words];
})();

const quote = (text: string) => JSON.stringify(text);
const hex = (rand: () => number, length: number) => Array.from({ length }, () => Math.floor(rand() * 16).toString(16)).join('');

export function syntheticIncident(n: number): { fileName: string; text: string } {
  const rand = random(n * 7919 + 17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  // Skewed: the first words of the vocabulary are far more common than the last.
  const word = () => VOCABULARY[Math.floor(VOCABULARY.length * rand() ** 3)]!;
  const sentence = (words: number) => {
    const text = Array.from({ length: words }, word).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const host = () => `${pick(['db', 'api', 'edge', 'cache', 'queue', 'auth'])}-${hex(rand, 4)}.${pick(REGIONS)}.example.net`;
  const ticket = () => `INC-${10_000 + n * 13 + Math.floor(rand() * 13)}`;
  const detail = () =>
    pick([
      () => `${sentence(10)} Host ${host()} was affected.`,
      () => `${sentence(8)} Tracked in ${ticket()}.`,
      () => `${sentence(9)} Reverted commit ${hex(rand, 10)}.`,
      () => sentence(14),
    ])();

  const day = incidentDay(n);
  const date = day.toISOString().slice(0, 10);
  const timeZone = pick(ZONES);
  const services = SERVICES.filter(() => rand() < 0.3);
  if (services.length === 0) services.push(pick(SERVICES));

  const eventCount = 20 + Math.floor(rand() * 41);
  let minute = 6 * 60;
  const at = () => {
    minute += 1 + Math.floor(rand() * 10);
    const hour = Math.min(23, Math.floor(minute / 60));
    return wallClockToIso(date, `${String(hour).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`, timeZone);
  };
  const events = Array.from({ length: eventCount }, (_, i) => ({
    id: `event-${i + 1}`,
    at: at(),
    kind: i === 0 ? 'change' : i === 1 ? 'alert' : pick(EVENT_KINDS),
    title: sentence(5 + Math.floor(rand() * 6)),
    detail: rand() < 0.6 ? detail() : undefined,
  }));

  // Two or three waves between the third event and the second to last, each on some of the services.
  const waveCount = 2 + Math.floor(rand() * 2);
  const span = eventCount - 4;
  const waves = Array.from({ length: waveCount }, (_, i) => {
    const from = 2 + Math.floor((span * i) / waveCount);
    const to = 2 + Math.floor((span * (i + 1)) / waveCount) - 1;
    const affected = services.filter(() => rand() < 0.6);
    const degree = pick(IMPACT_DEGREES);
    const measure = degree === 'outage' || rand() < 0.4 ? undefined : `${5 + Math.floor(rand() * 90)}% of ${pick(['requests', 'logins', 'page loads', 'jobs'])} failed`;
    return { id: `wave-${i + 1}`, start: events[from]!.at, end: events[Math.max(to, from + 1)]!.at, services: affected, degree, measure };
  });

  // Causes that fork and join: each leads to one or two later causes; the last ones meet in the final cause.
  const causeCount = 4 + Math.floor(rand() * 4);
  const causes = Array.from({ length: causeCount }, (_, i) => {
    const later = Array.from({ length: causeCount - i - 1 }, (_, j) => `cause-${i + j + 2}`);
    const leadsTo = later.length === 0 ? [] : [...new Set([later[0]!, ...(rand() < 0.5 ? [pick(later)] : [])])];
    return { id: `cause-${i + 1}`, statement: sentence(12), detail: rand() < 0.4 ? detail() : undefined, leadsTo };
  });

  const remediationCount = 3 + Math.floor(rand() * 5);
  const remediations = Array.from({ length: remediationCount }, (_, i) => {
    const due = new Date(day.getTime() + (14 + Math.floor(rand() * 120)) * 86_400_000).toISOString().slice(0, 10);
    const status = pick(REMEDIATION_STATUSES);
    const completed = status === 'done' && rand() < 0.7 ? new Date(day.getTime() + Math.floor(rand() * 60) * 86_400_000).toISOString().slice(0, 10) : undefined;
    return {
      id: `remediation-${i + 1}`,
      title: sentence(5),
      description: `${sentence(16)} Tracked in ${ticket()}.`,
      category: pick(REMEDIATION_CATEGORIES),
      status,
      timing: i === 0 && rand() < 0.5 ? 'during' : undefined,
      priority: rand() < 0.7 ? pick(REMEDIATION_PRIORITIES) : undefined,
      tracker: rand() < 0.5 ? `https://tracker.example.com/browse/${ticket()}` : undefined,
      completed,
      owner: rand() < 0.85 ? `${pick(TEAMS)} team` : undefined,
      due: rand() < 0.8 ? due : undefined,
      addresses: [pick(causes).id, ...(rand() < 0.3 ? ['factor-1'] : [])],
    };
  });

  const tags = TAGS.filter(() => rand() < 0.2);
  // Earlier incidents only, so every link points at a file of the same library.
  const related = [n - 1, n - 7].filter((other) => other >= 1 && rand() < 0.3).map((other) => syntheticSlug(other));
  const lessonItems = (prefix: string) => Array.from({ length: 1 + Math.floor(rand() * 2) }, (_, i) => `    - id: ${prefix}-${i + 1}\n      text: ${quote(sentence(10))}`).join('\n');

  const yaml = `---
title: ${quote(`Incident ${n}: ${sentence(7).slice(0, -1)}`)}
summary: ${quote(`${sentence(20)} ${sentence(20)}`)}
organization: Example Corp
severity: ${pick(SEVERITIES)}
status: resolved
timeZone: ${timeZone}
services: [${services.map(quote).join(', ')}]${tags.length > 0 ? `\ntags: [${tags.join(', ')}]` : ''}${related.length > 0 ? `\nrelated: [${related.join(', ')}]` : ''}
impactWindows:
${waves
  .map(
    (wave, i) => `  - id: ${wave.id}
    start: ${quote(wave.start)}
    end: ${quote(wave.end)}
    label: ${quote(`Wave ${i + 1}: ${sentence(3).slice(0, -1)}`)}
    degree: ${wave.degree}${wave.measure ? `\n    measure: ${quote(wave.measure)}` : ''}${wave.services.length > 0 ? `\n    services: [${wave.services.map(quote).join(', ')}]` : ''}`,
  )
  .join('\n')}
timeline:
${events
  .map(
    (event, i) => `  - id: ${event.id}
    at: ${quote(event.at)}
    kind: ${event.kind}${i === 0 ? '\n    trigger: true' : ''}
    title: ${quote(event.title)}${event.detail ? `\n    detail: ${quote(event.detail)}` : ''}`,
  )
  .join('\n')}
causes:
${causes
  .map(
    (cause) => `  - id: ${cause.id}
    statement: ${quote(cause.statement)}${cause.detail ? `\n    detail: ${quote(cause.detail)}` : ''}
    leadsTo: [${cause.leadsTo.join(', ')}]`,
  )
  .join('\n')}
contributingFactors:
  - id: factor-1
    statement: ${quote(sentence(12))}
    tags: [${pick(TAGS)}]
    contributesTo: [${pick(causes).id}]
  - id: factor-2
    statement: ${quote(sentence(12))}
remediations:
${remediations
  .map(
    (remediation) => `  - id: ${remediation.id}
    title: ${quote(remediation.title)}
    description: ${quote(remediation.description)}
    category: ${remediation.category}
    status: ${remediation.status}${remediation.timing ? `\n    timing: ${remediation.timing}` : ''}${remediation.priority ? `\n    priority: ${remediation.priority}` : ''}${remediation.tracker ? `\n    tracker: ${quote(remediation.tracker)}` : ''}${remediation.completed ? `\n    completed: ${quote(remediation.completed)}` : ''}${remediation.owner ? `\n    owner: ${quote(remediation.owner)}` : ''}${remediation.due ? `\n    due: ${quote(remediation.due)}` : ''}
    addresses: [${remediation.addresses.join(', ')}]`,
  )
  .join('\n')}
lessons:
  wentWell:
${lessonItems('went-well')}
  wentWrong:
${lessonItems('went-wrong')}
  gotLucky:
${lessonItems('got-lucky')}
---
`;
  const parts = Array.from({ length: 4 }, (_, i) => {
    const paragraphs = Array.from(
      { length: 2 },
      () => `${sentence(18)} ${sentence(22)} It started at <EventRef id="${pick(events).id}" />. ${sentence(16)}`,
    );
    return `${i === 0 ? '' : `## ${sentence(4).slice(0, -1)} ${i}\n\n`}${paragraphs.join('\n\n')}`;
  });
  return { fileName: `${syntheticSlug(n)}.mdx`, text: `${yaml}\n${parts.join('\n\n')}\n` };
}

/** One incident every three days from 2015 on. */
function incidentDay(n: number): Date {
  return new Date(Date.UTC(2015, 0, 1) + n * 86_400_000 * 3);
}

function syntheticSlug(n: number): string {
  return `${incidentDay(n).toISOString().slice(0, 10)}-synthetic-incident-${n}`;
}

export async function writeSyntheticIncidents(directory: string, count: number): Promise<void> {
  await mkdir(directory, { recursive: true });
  await Promise.all(
    Array.from({ length: count }, (_, i) => {
      const { fileName, text } = syntheticIncident(i + 1);
      return writeFile(path.join(directory, fileName), text);
    }),
  );
}
