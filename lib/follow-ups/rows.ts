import type { Incident } from '../content/load';
import type { RemediationCategory, RemediationPriority, RemediationStatus, RemediationTiming, Severity } from '../content/vocabulary';
import { serviceNames, type ServiceName } from '../incidents/services';
import { incidentPath } from '../site';
import type { CalendarDate } from '../time/calendar-date';

/** One remediation of one published incident, as the backlog (/follow-ups) and its CSV show it. */
export type FollowUpRow = {
  id: string;
  title: string;
  incident: { slug: string; title: string; severity: Severity };
  services: ServiceName[];
  category: RemediationCategory;
  status: RemediationStatus;
  /** `during`: done while responding; `after`: a follow-up. */
  timing: RemediationTiming;
  owner?: string;
  priority?: RemediationPriority;
  due?: CalendarDate;
  tracker?: string;
  completed?: CalendarDate;
  /** `/incidents/<slug>#<remediation-id>` */
  href: string;
};

/** Every remediation of every incident, in the order given (the library is newest first), each in its written order. */
export function followUpRows(incidents: readonly Incident[]): FollowUpRow[] {
  return incidents.flatMap((incident) =>
    incident.remediations.map((remediation) => ({
      id: remediation.id,
      title: remediation.title,
      incident: { slug: incident.slug, title: incident.title, severity: incident.severity },
      services: serviceNames(incident.services),
      category: remediation.category,
      status: remediation.status,
      timing: remediation.timing,
      owner: remediation.owner,
      priority: remediation.priority,
      due: remediation.due,
      tracker: remediation.tracker,
      completed: remediation.completed,
      href: `${incidentPath(incident.slug)}#${remediation.id}`,
    })),
  );
}

/** What the backlog can be filtered by: its owners and services, each once, by name, and whether some row names no owner. */
export type FollowUpFacets = { owners: string[]; anyUnowned: boolean; services: ServiceName[] };

export function followUpFacets(rows: readonly FollowUpRow[]): FollowUpFacets {
  const owners = [...new Set(rows.flatMap((row) => (row.owner ? [row.owner] : [])))].sort((a, b) => a.localeCompare(b));
  const services = new Map(rows.flatMap((row) => row.services.map((service) => [service.slug, service] as const)));
  return {
    owners,
    anyUnowned: rows.some((row) => row.owner === undefined),
    services: [...services.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
