import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EVENT_KINDS } from '../../lib/content/vocabulary';
import { wallClockToIso } from '../../lib/time/zone-offset';

/**
 * Synthetic but realistic incidents for benchmarks: 20–60 events, a cause
 * chain, factors, remediations and about a page of prose each. Deterministic:
 * the same count gives the same files.
 */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SERVICES = ['API', 'Dashboard', 'Billing', 'Search', 'Login', 'Webhooks', 'Mobile app', 'Exports'];
const ZONES = ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'UTC', 'America/New_York', 'Australia/Sydney'];
const WORDS =
  'cache queue replica leader election config rollout canary shard timeout retry backpressure quota certificate dns resolver pool connection disk latency memory leak deploy migration index lock'.split(
    ' ',
  );

const quote = (text: string) => JSON.stringify(text);

export function syntheticIncident(n: number): { fileName: string; text: string } {
  const rand = random(n * 7919 + 17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = (words: number) => {
    const text = Array.from({ length: words }, () => pick(WORDS)).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };

  const day = new Date(Date.UTC(2015, 0, 1) + n * 86_400_000 * 3);
  const date = day.toISOString().slice(0, 10);
  const timeZone = pick(ZONES);
  const services = SERVICES.filter(() => rand() < 0.4);
  if (services.length === 0) services.push(pick(SERVICES));

  const eventCount = 20 + Math.floor(rand() * 41);
  let minute = 8 * 60;
  const at = () => {
    minute += 1 + Math.floor(rand() * 12);
    const hour = Math.min(23, Math.floor(minute / 60));
    return wallClockToIso(date, `${String(hour).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`, timeZone);
  };
  const events = Array.from({ length: eventCount }, (_, i) => ({
    id: `event-${i + 1}`,
    at: at(),
    kind: i === 0 ? 'change' : i === 1 ? 'alert' : pick(EVENT_KINDS),
    title: sentence(6 + Math.floor(rand() * 6)),
    detail: rand() < 0.5 ? sentence(14) : undefined,
  }));
  const impactStart = events[2]!.at;
  const impactEnd = events[eventCount - 2]!.at;

  const causeCount = 3 + Math.floor(rand() * 4);
  const causes = Array.from({ length: causeCount }, (_, i) => ({
    id: `cause-${i + 1}`,
    statement: sentence(12),
    leadsTo: i + 1 < causeCount ? [`cause-${i + 2}`] : [],
  }));

  const yaml = `---
title: ${quote(`Incident ${n}: ${sentence(7).slice(0, -1)}`)}
summary: ${quote(`${sentence(20)} ${sentence(20)}`)}
organization: Example Corp
severity: ${pick(['sev1', 'sev2', 'sev3', 'sev4'])}
status: resolved
timeZone: ${timeZone}
services: [${services.map(quote).join(', ')}]
impactWindows:
  - id: impact
    start: ${quote(impactStart)}
    end: ${quote(impactEnd)}
    label: Degraded service
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
    statement: ${quote(cause.statement)}
    leadsTo: [${cause.leadsTo.join(', ')}]`,
  )
  .join('\n')}
contributingFactors:
  - id: factor-1
    statement: ${quote(sentence(12))}
  - id: factor-2
    statement: ${quote(sentence(12))}
remediations:
${[1, 2, 3, 4]
  .map(
    (i) => `  - id: remediation-${i}
    title: ${quote(sentence(5))}
    description: ${quote(sentence(18))}
    category: ${pick(['prevent', 'detect', 'mitigate', 'respond'])}
    status: ${pick(['planned', 'in-progress', 'done'])}
    addresses: [cause-${1 + Math.floor(rand() * causeCount)}]`,
  )
  .join('\n')}
---
`;
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) => `${sentence(18)} ${sentence(22)} It started at <EventRef id="${pick(events).id}" />. ${sentence(16)}${i % 2 ? `\n\n## ${sentence(4).slice(0, -1)} ${i}` : ''}`,
  );
  return { fileName: `${date}-synthetic-incident-${n}.mdx`, text: `${yaml}\n${paragraphs.join('\n\n')}\n` };
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
