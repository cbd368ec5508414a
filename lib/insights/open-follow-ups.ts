import { serviceNames } from '../incidents/services';
import { isOpenFollowUp } from '../follow-ups/open';
import { utcDate } from '../time/calendar-date';
import { formatClock } from '../time/format';
import type { RemediationStatus, RemediationTiming } from '../content/vocabulary';
import type { MeasuredIncident } from './figures';

type RemediationFacts = { id: string; title: string; status: RemediationStatus; timing: RemediationTiming; owner?: string; due?: string };
export type IncidentWithFollowUps = MeasuredIncident & { remediations: readonly RemediationFacts[] };

/** A follow-up still to do: work after the incident, neither done nor won't-do (`isOpenFollowUp`). */
export type OpenFollowUp = {
  incidentSlug: string;
  incidentTitle: string;
  remediation: RemediationFacts;
  /** Calendar days from the day the incident's impact ended (in its own zone, the date its page shows) to the as-of day (UTC). */
  ageDays: number;
};

/** Age buckets, youngest first; `maxDays` is exclusive. */
export const AGE_BUCKETS = [
  { key: 'under-30-days', label: 'Under 30 days', maxDays: 30 },
  { key: '30-to-89-days', label: '30–89 days', maxDays: 90 },
  { key: '90-to-179-days', label: '90–179 days', maxDays: 180 },
  { key: '180-to-364-days', label: '180–364 days', maxDays: 365 },
  { key: 'a-year-or-more', label: 'A year or more', maxDays: Infinity },
] as const;

export type FollowUpGroup = {
  dimension: 'age' | 'service';
  key: string;
  label: string;
  path: string;
  followUps: OpenFollowUp[];
};

export const followUpGroupPath = (dimension: FollowUpGroup['dimension'], key: string) => `/insights/open-follow-ups/${dimension}/${key}`;

const DAY_MS = 86_400_000;

/** Whole calendar days from one `YYYY-MM-DD` to another. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Every open follow-up of the given incidents, oldest first, aged at `asOf`. */
export function openFollowUps(incidents: readonly IncidentWithFollowUps[], asOf: Date): OpenFollowUp[] {
  const asOfDay = utcDate(asOf);
  return incidents
    .flatMap((incident) => {
      const endDay = formatClock(incident.metrics.impactEnd, incident.timeZone).day;
      return incident.remediations
        .filter(isOpenFollowUp)
        .map((remediation) => ({
          incidentSlug: incident.slug,
          incidentTitle: incident.title,
          remediation,
          ageDays: Math.max(0, daysBetween(endDay, asOfDay)),
        }));
    })
    .sort((a, b) => b.ageDays - a.ageDays || a.incidentSlug.localeCompare(b.incidentSlug));
}

/** Open follow-ups by age: every bucket, empty ones included, so the chart's scale reads the same each build. */
export function followUpsByAge(incidents: readonly IncidentWithFollowUps[], asOf: Date): FollowUpGroup[] {
  const open = openFollowUps(incidents, asOf);
  return AGE_BUCKETS.map((bucket, index) => {
    const minDays = index === 0 ? 0 : AGE_BUCKETS[index - 1]!.maxDays;
    return {
      dimension: 'age',
      key: bucket.key,
      label: bucket.label,
      path: followUpGroupPath('age', bucket.key),
      followUps: open.filter((followUp) => followUp.ageDays >= minDays && followUp.ageDays < bucket.maxDays),
    };
  });
}

/** Open follow-ups by the services their incident affected (one follow-up counts for each), services by name. */
export function followUpsByService(incidents: readonly IncidentWithFollowUps[], asOf: Date): FollowUpGroup[] {
  const bySlug = new Map<string, FollowUpGroup>();
  for (const incident of incidents) {
    const open = openFollowUps([incident], asOf);
    for (const { slug: key, name: label } of serviceNames(incident.services)) {
      const group = bySlug.get(key) ?? { dimension: 'service', key, label, path: followUpGroupPath('service', key), followUps: [] };
      group.followUps.push(...open);
      bySlug.set(key, group);
    }
  }
  for (const group of bySlug.values()) group.followUps.sort((a, b) => b.ageDays - a.ageDays || a.incidentSlug.localeCompare(b.incidentSlug));
  return [...bySlug.values()].sort((a, b) => a.label.localeCompare(b.label));
}
