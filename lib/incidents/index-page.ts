import type { Incident } from '../content/load';
import { SEVERITIES } from '../content/vocabulary';
import { pageCount, pageOf } from './pagination';
import { servicesOf, type ServiceName } from './services';
import { impactDay, summarize } from './summary';

/** Everything one page of the index shows, from the whole (newest-first) library. */
export function indexPage(incidents: readonly Incident[], page: number) {
  return {
    incidents: pageOf(incidents, page).map(summarize),
    page,
    pages: pageCount(incidents.length),
    total: incidents.length,
    facets: {
      /** The severities present, most severe first. */
      severities: SEVERITIES.filter((severity) => incidents.some((incident) => incident.severity === severity)),
      services: servicesOf(incidents).map(({ slug, name }): ServiceName => ({ slug, name })),
      years: [...new Set(incidents.map((incident) => impactDay(incident).slice(0, 4)))].sort().reverse(),
    },
  };
}
