import { beforeAll, describe, expect, it } from 'vitest';
import type { Incident } from '../../lib/content/load';
import type { TimelineEvent } from '../../lib/content/schema';
import { formatDuration, formatOffset } from '../../lib/time/format';
import { computeMetrics, unionLength, windowFigures } from '../../lib/timeline/metrics';
import { loadFrozenIncident } from './frozen-incident';
import { impactWindow, timedEvent } from './support/timeline';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The facts of the OpenAI incident (the frozen copy), as published (all PST, −08:00). */
const at = (clock: string) => Date.parse(`2024-12-11T${clock}:00-08:00`);
const IMPACT_START = at('15:16');
const IMPACT_END = at('19:38');
const TRIGGER = at('15:12');
const FIRST_ALERT = at('15:13');
const FIRST_RECOVERY = at('16:36');
const API_RECOVERY = at('17:40');
const CHATGPT_SORA_RECOVERY = at('18:50');

let incident: Incident;

beforeAll(async () => {
  incident = await loadFrozenIncident();
});

describe('metrics of the OpenAI incident', () => {
  it('starts and ends impact at the impact window', () => {
    expect(Date.parse(incident.metrics.impactStart)).toBe(IMPACT_START);
    expect(Date.parse(incident.metrics.impactEnd)).toBe(IMPACT_END);
  });

  it('counts 4 h 22 min of customer impact', () => {
    expect(incident.metrics.customerImpactMs).toBe(IMPACT_END - IMPACT_START);
    expect(incident.metrics.customerImpactMs).toBe(4 * HOUR + 22 * MINUTE);
    expect(formatDuration(incident.metrics.customerImpactMs)).toBe('4 h 22 min');
  });

  it('measures 1 min from the trigger to the first alert', () => {
    expect(incident.metrics.triggerToAlertMs).toBe(FIRST_ALERT - TRIGGER);
    expect(incident.metrics.triggerToAlertMs).toBe(MINUTE);
  });

  it('gives a negative time to detect, since alerts fired 3 min before impact', () => {
    expect(incident.metrics.timeToDetectMs).toBe(FIRST_ALERT - IMPACT_START);
    expect(incident.metrics.timeToDetectMs).toBe(-3 * MINUTE);
    expect(formatOffset(FIRST_ALERT - IMPACT_START)).toBe('T−3m');
  });

  it('measures 1 h 20 min to mitigate, up to the first recovery event', () => {
    expect(incident.metrics.timeToMitigateMs).toBe(FIRST_RECOVERY - IMPACT_START);
    expect(incident.metrics.timeToMitigateMs).toBe(HOUR + 20 * MINUTE);
    expect(formatDuration(HOUR + 20 * MINUTE)).toBe('1 h 20 min');
  });

  it('measures 4 h 22 min to resolve, up to the end of the last window', () => {
    expect(incident.metrics.timeToResolveMs).toBe(IMPACT_END - IMPACT_START);
  });

  it('finds the first recovery of each service', () => {
    const recovery = Object.fromEntries(
      incident.metrics.serviceImpact.map(({ service, firstRecovery }) => [
        service,
        firstRecovery && { id: firstRecovery.eventId, at: Date.parse(firstRecovery.at), since: firstRecovery.sinceServiceImpactStartMs },
      ]),
    );
    expect(recovery.API).toEqual({ id: 'api-recovery-begins', at: API_RECOVERY, since: API_RECOVERY - IMPACT_START });
    expect(recovery.ChatGPT).toEqual({ id: 'chatgpt-sora-recovered', at: CHATGPT_SORA_RECOVERY, since: CHATGPT_SORA_RECOVERY - IMPACT_START });
    expect(recovery.Sora).toEqual({ id: 'chatgpt-sora-recovered', at: CHATGPT_SORA_RECOVERY, since: CHATGPT_SORA_RECOVERY - IMPACT_START });
    expect(recovery.Playground?.at).toBe(IMPACT_END);
    expect(formatOffset(API_RECOVERY - IMPACT_START)).toBe('T+2h24m');
  });

  it('counts the whole impact for every service when the window names none', () => {
    expect(incident.metrics.serviceImpact.map((entry) => [entry.service, entry.impactMs])).toEqual(
      ['API', 'ChatGPT', 'Sora', 'Playground', 'Labs'].map((service) => [service, IMPACT_END - IMPACT_START]),
    );
  });
});

describe('unionLength', () => {
  it('counts overlapping intervals once', () => {
    expect(unionLength([{ start: 0, end: 10 }, { start: 5, end: 15 }])).toBe(15);
  });

  it('adds up separate intervals', () => {
    expect(unionLength([{ start: 20, end: 25 }, { start: 0, end: 10 }])).toBe(15);
  });

  it('counts a nested interval once', () => {
    expect(unionLength([{ start: 0, end: 100 }, { start: 10, end: 20 }])).toBe(100);
  });

  it('joins intervals that touch', () => {
    expect(unionLength([{ start: 0, end: 10 }, { start: 10, end: 20 }])).toBe(20);
  });

  it('is zero for no intervals', () => {
    expect(unionLength([])).toBe(0);
  });
});

/** A window and an event on March 1, 2024, UTC. */
const window = (id: string, start: string, end: string, services?: string[]) => impactWindow(id, `2024-03-01T${start}:00Z`, `2024-03-01T${end}:00Z`, services);
const event = (id: string, clock: string, kind: TimelineEvent['kind'], services?: string[]) => timedEvent(id, `2024-03-01T${clock}:00Z`, kind, services);

describe('metrics with several impact windows', () => {
  const utc = (clock: string) => Date.parse(`2024-03-01T${clock}:00Z`);

  it('counts overlapping windows once', () => {
    const metrics = computeMetrics({
      services: ['API', 'Web'],
      timeline: [event('errors', '10:00', 'impact')],
      impactWindows: [window('api', '10:00', '11:00', ['API']), window('web', '10:30', '11:30', ['Web'])],
    });
    expect(metrics.customerImpactMs).toBe(utc('11:30') - utc('10:00'));
    expect(metrics.serviceImpact.map((entry) => entry.impactMs)).toEqual([HOUR, HOUR]);
  });

  it('leaves the quiet time between two waves out of the impact but not out of time to resolve', () => {
    const metrics = computeMetrics({
      services: ['API', 'Web'],
      timeline: [event('first-wave', '10:00', 'impact'), event('web-back', '10:20', 'recovery', ['Web']), event('second-wave', '13:00', 'impact')],
      impactWindows: [window('second', '13:00', '13:30', ['API']), window('first', '10:00', '11:00')],
    });
    expect(metrics.impactStart).toBe('2024-03-01T10:00:00Z');
    expect(metrics.impactEnd).toBe('2024-03-01T13:30:00Z');
    expect(metrics.customerImpactMs).toBe(utc('11:00') - utc('10:00') + (utc('13:30') - utc('13:00')));
    expect(metrics.timeToResolveMs).toBe(utc('13:30') - utc('10:00'));
    expect(metrics.timeToMitigateMs).toBe(utc('10:20') - utc('10:00'));
    expect(metrics.serviceImpact).toEqual([
      {
        service: 'API',
        impactStart: '2024-03-01T10:00:00.000Z',
        impactEnd: '2024-03-01T13:30:00.000Z',
        impactMs: 90 * MINUTE,
        timeToDetectMs: undefined,
        // Web's recovery does not concern the API.
        timeToMitigateMs: undefined,
        timeToResolveMs: utc('13:30') - utc('10:00'),
        firstRecovery: undefined,
        approximate: [],
      },
      {
        service: 'Web',
        impactStart: '2024-03-01T10:00:00.000Z',
        impactEnd: '2024-03-01T11:00:00.000Z',
        impactMs: HOUR,
        timeToDetectMs: undefined,
        timeToMitigateMs: 20 * MINUTE,
        timeToResolveMs: HOUR,
        firstRecovery: { eventId: 'web-back', at: '2024-03-01T10:20:00Z', sinceServiceImpactStartMs: 20 * MINUTE, approximate: [] },
        approximate: [],
      },
    ]);
    expect(metrics.impactSpans).toEqual([
      { start: '2024-03-01T10:00:00.000Z', end: '2024-03-01T11:00:00.000Z', durationMs: HOUR, approximate: [] },
      { start: '2024-03-01T13:00:00.000Z', end: '2024-03-01T13:30:00.000Z', durationMs: 30 * MINUTE, approximate: [] },
    ]);
  });

  it('counts a service first hit in the second wave from its own first impact', () => {
    const metrics = computeMetrics({
      services: ['Load balancer', 'DNS'],
      timeline: [
        event('lb-fails', '15:48', 'impact', ['Load balancer']),
        event('dns-stalls', '16:07', 'impact', ['DNS']),
        event('dns-back', '17:37', 'recovery', ['DNS']),
      ],
      impactWindows: [window('lb', '15:48', '15:52', ['Load balancer']), window('dns', '16:07', '17:37', ['DNS'])],
    });
    const dns = metrics.serviceImpact.find((entry) => entry.service === 'DNS');
    expect(dns?.impactStart).toBe('2024-03-01T16:07:00.000Z');
    expect(dns?.firstRecovery?.sinceServiceImpactStartMs).toBe(utc('17:37') - utc('16:07'));
    expect(dns?.timeToResolveMs).toBe(HOUR + 30 * MINUTE);
    expect(metrics.customerImpactMs).toBe(HOUR + 34 * MINUTE);
  });

  it('does not count a recovery at the very moment a service is first hit as its mitigation (August 19, 2022: billing errors begin as traffic returns)', () => {
    const metrics = computeMetrics({
      services: ['API', 'Billing'],
      timeline: [
        event('outage', '09:05', 'impact', ['API']),
        event('traffic-back', '10:05', 'recovery'),
        event('billing-errors', '10:05', 'impact', ['Billing']),
        event('billing-back', '12:05', 'recovery', ['Billing']),
      ],
      impactWindows: [window('outage', '09:05', '10:05', ['API']), window('errors', '10:05', '12:05', ['Billing'])],
    });
    const billing = metrics.serviceImpact.find((entry) => entry.service === 'Billing');
    expect(billing?.timeToMitigateMs).toBe(2 * HOUR);
    expect(billing?.firstRecovery?.eventId).toBe('billing-back');
  });

  it('leaves events known only to the day out of every figure', () => {
    const dayOnly = { ...event('alert-that-day', '00:00', 'alert'), precision: 'day' as const };
    const metrics = computeMetrics({
      services: ['API'],
      timeline: [dayOnly, event('errors', '10:00', 'impact'), event('paged', '10:05', 'alert')],
      impactWindows: [window('only', '10:00', '10:45')],
    });
    expect(metrics.timeToDetectMs).toBe(5 * MINUTE);
  });
});

describe('figures of each impact window', () => {
  const timeline = [
    event('lb-alert', '15:47', 'alert'),
    event('lb-fails', '15:48', 'impact'),
    event('lb-back', '15:52', 'recovery'),
    event('dns-alert', '16:20', 'alert'),
    event('dns-eases', '17:00', 'recovery'),
  ];
  const figures = windowFigures({ timeline, impactWindows: [window('lb', '15:48', '15:52'), window('dns', '16:07', '17:37')] });

  it('measures each window from its own start to its own end', () => {
    expect(figures.map((entry) => entry.figures.durationMs)).toEqual([4 * MINUTE, HOUR + 30 * MINUTE]);
  });

  it('counts an alert that came just before a window, negatively, and no alert of an earlier window', () => {
    expect(figures[0]?.figures).toMatchObject({ timeToDetectMs: -MINUTE, firstAlertId: 'lb-alert' });
    expect(figures[1]?.figures).toMatchObject({ timeToDetectMs: 13 * MINUTE, firstAlertId: 'dns-alert' });
  });

  it('takes the first recovery after the window began and not after it ended', () => {
    expect(figures[0]?.figures).toMatchObject({ timeToMitigateMs: 4 * MINUTE, firstRecoveryId: 'lb-back' });
    expect(figures[1]?.figures).toMatchObject({ timeToMitigateMs: 53 * MINUTE, firstRecoveryId: 'dns-eases' });
  });

  it('ignores a recovery that names only services the window does not affect', () => {
    const [only] = windowFigures({
      timeline: [event('web-back', '10:10', 'recovery', ['Web'])],
      impactWindows: [window('api', '10:00', '11:00', ['API'])],
    });
    expect(only?.figures.timeToMitigateMs).toBeUndefined();
  });

  it('leaves trigger, detect and mitigate undefined when the timeline has no such events', () => {
    const metrics = computeMetrics({
      services: ['API'],
      timeline: [event('errors', '10:00', 'impact')],
      impactWindows: [window('only', '10:00', '10:45')],
    });
    expect(metrics.triggerToAlertMs).toBeUndefined();
    expect(metrics.timeToDetectMs).toBeUndefined();
    expect(metrics.timeToMitigateMs).toBeUndefined();
  });
});

describe('figures resting on approximate times', () => {
  const rough = (window: ReturnType<typeof impactWindow>, ...ends: ('start' | 'end')[]) => ({ ...window, approximate: ends });
  const around = (timelineEvent: TimelineEvent) => ({ ...timelineEvent, approximate: true });

  it('are none when every time is exact', () => {
    const metrics = computeMetrics({
      services: ['API'],
      timeline: [event('deploy', '09:55', 'change'), event('alert', '10:05', 'alert'), event('back', '10:30', 'recovery', ['API'])],
      impactWindows: [window('outage', '10:00', '11:00')],
    });
    expect(metrics.approximate).toEqual([]);
    expect(metrics.serviceImpact[0]?.approximate).toEqual([]);
    expect(metrics.serviceImpact[0]?.firstRecovery?.approximate).toEqual([]);
  });

  it('follow a window end given roughly (August 19, 2022: "about one hour", then "within two hours"), and not the exact start', () => {
    const metrics = computeMetrics({
      services: ['API', 'Billing'],
      timeline: [event('down', '09:05', 'impact'), around(event('half-back', '10:05', 'recovery'))],
      impactWindows: [rough(window('outage', '09:05', '10:05', ['API']), 'end'), rough(window('errors', '10:05', '12:05'), 'start', 'end')],
    });
    expect(metrics.approximate).toEqual(['impactEnd', 'customerImpactMs', 'timeToMitigateMs', 'timeToResolveMs']);
    expect(metrics.impactSpans.map((span) => span.approximate)).toEqual([['end', 'durationMs']]);
    const [api, billing] = metrics.serviceImpact;
    expect(api?.approximate).toEqual(['impactEnd', 'impactMs', 'timeToMitigateMs', 'timeToResolveMs']);
    expect(billing?.approximate).toEqual(['impactStart', 'impactEnd', 'impactMs', 'timeToResolveMs']);
    const [outage, errors] = windowFigures({ timeline: [], impactWindows: [rough(window('outage', '09:05', '10:05'), 'end'), rough(window('errors', '10:05', '12:05'), 'start')] });
    expect(outage?.figures.approximate).toEqual(['durationMs']);
    expect(errors?.figures.approximate).toEqual(['durationMs']);
  });

  it('lose an approximate end that an exact window end at the same instant pins', () => {
    const metrics = computeMetrics({
      services: ['API', 'Web'],
      timeline: [],
      impactWindows: [rough(window('api', '10:00', '11:00', ['API']), 'end'), window('web', '10:30', '11:00', ['Web'])],
    });
    expect(metrics.approximate).toEqual([]);
    expect(metrics.serviceImpact.map((entry) => entry.approximate)).toEqual([['impactEnd', 'impactMs', 'timeToResolveMs'], []]);
  });

  it('follow an approximate event into the figures measured to it, and only those', () => {
    const metrics = computeMetrics({
      services: ['API'],
      timeline: [event('deploy', '09:55', 'change'), around(event('alert', '10:05', 'alert')), around(event('back', '10:30', 'recovery', ['API']))],
      impactWindows: [window('outage', '10:00', '11:00')],
    });
    expect(metrics.approximate).toEqual(['timeToDetectMs', 'timeToMitigateMs']);
    expect(metrics.serviceImpact[0]?.approximate).toEqual(['timeToDetectMs', 'timeToMitigateMs']);
    expect(metrics.serviceImpact[0]?.firstRecovery?.approximate).toEqual(['at', 'sinceServiceImpactStartMs']);
    const [figures] = windowFigures({ timeline: [around(event('back', '10:30', 'recovery'))], impactWindows: [window('outage', '10:00', '11:00')] });
    expect(figures?.figures.approximate).toEqual(['timeToMitigateMs']);
  });

  it('include trigger to alert when the trigger’s time is approximate', () => {
    const trigger = { ...around(event('deploy', '09:55', 'change')), trigger: true };
    const metrics = computeMetrics({ services: ['API'], timeline: [trigger, event('alert', '10:05', 'alert')], impactWindows: [window('outage', '10:00', '11:00')] });
    expect(metrics.approximate).toEqual(['triggerToAlertMs']);
  });

  it('mark the December 11 API and ChatGPT recoveries, given as "around", and nothing else of that incident', () => {
    expect(incident.metrics.approximate).toEqual([]);
    const recovery = Object.fromEntries(incident.metrics.serviceImpact.map(({ service, firstRecovery }) => [service, firstRecovery?.approximate]));
    expect(recovery).toEqual({
      API: ['at', 'sinceServiceImpactStartMs'],
      ChatGPT: ['at', 'sinceServiceImpactStartMs'],
      Sora: ['at', 'sinceServiceImpactStartMs'],
      Playground: [],
      Labs: [],
    });
  });
});
