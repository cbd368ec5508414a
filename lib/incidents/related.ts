import type { Incident } from '../content/load';
import { serviceSlug } from './services';
import { summarize, type IncidentSummary } from './summary';
import { tagsOfIncident } from './tags';

/** How many "incidents like this one" an incident page lists. */
export const SIMILAR_LIMIT = 5;

/**
 * Incidents linked to this one by `related`, in either direction: the ones it
 * names, then the ones naming it. Only incidents in `library` count, so a link
 * to a draft shows only where drafts do.
 */
export function relatedIncidents(incident: Incident, library: readonly Incident[]): IncidentSummary[] {
  return linkedIncidents(incident, library).map(summarize);
}

function linkedIncidents(incident: Incident, library: readonly Incident[]): Incident[] {
  const { bySlug, naming } = linksOf(library);
  const named = incident.related.flatMap((slug) => bySlug.get(slug) ?? []);
  return [...new Set([...named, ...(naming.get(incident.slug) ?? [])])].filter((candidate) => candidate !== incident);
}

type Links = { bySlug: Map<string, Incident>; naming: Map<string, Incident[]> };

/** The library's incidents by slug, and by each slug the incidents naming it: once per library, not once per page. */
const links = new WeakMap<readonly Incident[], Links>();

function linksOf(library: readonly Incident[]): Links {
  let found = links.get(library);
  if (!found) {
    const naming = new Map<string, Incident[]>();
    for (const candidate of library) {
      for (const slug of candidate.related) naming.set(slug, [...(naming.get(slug) ?? []), candidate]);
    }
    found = { bySlug: new Map(library.map((candidate) => [candidate.slug, candidate])), naming };
    links.set(library, found);
  }
  return found;
}

export type SimilarIncident = IncidentSummary & { sharedServices: string[]; sharedTags: string[] };

type Likeness = { serviceSlugs: string[]; services: Set<string>; tagList: string[]; tags: Set<string> };

/**
 * What an incident is compared on, worked out once per incident: every page
 * compares its incident with the whole library, so a build of n incidents
 * would otherwise slug every service n times over.
 */
const likenesses = new WeakMap<Incident, Likeness>();

function likenessOf(incident: Incident): Likeness {
  let likeness = likenesses.get(incident);
  if (!likeness) {
    const serviceSlugs = incident.services.map(serviceSlug);
    const tagList = tagsOfIncident(incident);
    likeness = { serviceSlugs, services: new Set(serviceSlugs), tagList, tags: new Set(tagList) };
    likenesses.set(incident, likeness);
  }
  return likeness;
}

/**
 * Other incidents sharing a service or a tag with this one, most in common
 * first, then newest first (the library's order); the related ones are left
 * out, being listed already.
 */
export function similarIncidents(incident: Incident, library: readonly Incident[], limit = SIMILAR_LIMIT): SimilarIncident[] {
  const related = new Set(linkedIncidents(incident, library));
  const { services, tags } = likenessOf(incident);
  return library
    .flatMap((candidate, order) => {
      if (candidate === incident || related.has(candidate)) return [];
      const likeness = likenessOf(candidate);
      const sharedServices = candidate.services.filter((_, index) => services.has(likeness.serviceSlugs[index]!));
      const sharedTags = likeness.tagList.filter((tag) => tags.has(tag));
      const score = sharedServices.length + sharedTags.length;
      return score === 0 ? [] : [{ candidate, order, score, sharedServices, sharedTags }];
    })
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ candidate, sharedServices, sharedTags }) => ({ ...summarize(candidate), sharedServices, sharedTags }));
}
