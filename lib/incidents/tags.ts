import type { Incident } from '../content/load';

export type TaggedFactor = { incident: Incident; id: string; statement: string };

/** One tag with what carries it: incidents tagged themselves, and contributing factors tagged. */
export type Tag = { tag: string; incidents: Incident[]; factors: TaggedFactor[] };

export const tagPath = (tag: string) => `/tags/${tag}`;

/** The incident's own tags and its factors' tags, each once, in the order written. */
export function tagsOfIncident(incident: Incident): string[] {
  return [...new Set([...incident.tags, ...incident.contributingFactors.flatMap((factor) => factor.tags)])];
}

/** Every tag used in the library, by name; incidents keep the order given (newest first). */
export function tagsOf(incidents: readonly Incident[]): Tag[] {
  const byTag = new Map<string, Tag>();
  const entry = (tag: string) => {
    let found = byTag.get(tag);
    if (!found) byTag.set(tag, (found = { tag, incidents: [], factors: [] }));
    return found;
  };
  for (const incident of incidents) {
    for (const tag of incident.tags) entry(tag).incidents.push(incident);
    for (const factor of incident.contributingFactors) {
      for (const tag of factor.tags) entry(tag).factors.push({ incident, id: factor.id, statement: factor.statement });
    }
  }
  return [...byTag.values()].sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The incidents that carry a tag, themselves or through their factors, each once. */
export function incidentsCarrying(tag: Tag): Incident[] {
  return [...new Set([...tag.incidents, ...tag.factors.map((factor) => factor.incident)])];
}
