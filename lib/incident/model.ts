import { layoutGraph, type ComponentShape, type EdgeRoute, type NodePosition } from '../causes/graph-layout';
import type { NarrativeSection } from '../content/narrative';
import type { SectionId } from '../page-anchors';
import type {
  Cause,
  ContributingFactor,
  ImpactWindow,
  IncidentFrontmatter,
  Remediation,
  TimelineEvent,
} from '../content/schema';
import { LESSON_KINDS, type EventKind, type ImpactDegree } from '../content/vocabulary';
import { groupCommunications, type TimelineEntry } from '../timeline/groups';
import { placeEvents, timelineScale, type EventPlacement, type TimelineScale } from '../timeline/layout';
import { computeMetrics, windowFigures, type IncidentMetrics, type WindowFigures } from '../timeline/metrics';

/**
 * The incident the pages render: the validated frontmatter with everything
 * derived from it once, here, and each derived value on the thing it
 * describes. Components only render it; `/incidents/<slug>.json` publishes it.
 */
export type Incident = Omit<IncidentFrontmatter, 'timeline' | 'impactWindows' | 'contributingFactors' | 'remediations'> & {
  slug: string;
  /** The source file, relative to the working directory. */
  file: string;
  /** The compiled MDX body, for mdx-bundler's `getMDXComponent`. */
  code: string;
  /** The body as plain text, part by part under its page anchor, for search. */
  narrative: NarrativeSection[];
  timeline: PlacedEvent[];
  /** The timeline as the page lists it: each event, or a run of status updates as one group (groups.ts). */
  timelineEntries: TimelineEntry<PlacedEvent>[];
  impactWindows: IncidentWindow[];
  contributingFactors: IncidentFactor[];
  remediations: IncidentRemediation[];
  metrics: IncidentMetrics;
  scale: TimelineScale;
  causeGraph: CauseGraph;
  /** Number of events of each kind; kinds without events are left out. */
  kindCounts: Partial<Record<EventKind, number>>;
  /** The page sections this incident has, in page order. */
  sections: SectionId[];
};

/** Another item of the incident, named for a link to it (`#id`). */
export type ItemRef = { id: string; label: string };

export type PlacedEvent = TimelineEvent & { placement: EventPlacement };

export type IncidentWindow = Omit<ImpactWindow, 'degree'> & {
  /** As written, or `outage` when the window does not say. */
  degree: ImpactDegree;
  figures: WindowFigures;
  /** The causes named in `causedBy`. */
  causes: ItemRef[];
};

export type IncidentFactor = ContributingFactor & {
  /** The causes named in `contributesTo`. */
  enables: ItemRef[];
  addressedBy: ItemRef[];
};

export type IncidentRemediation = Remediation & {
  /** What `addresses` names, each with its kind. */
  targets: (ItemRef & { kind: 'cause' | 'factor' | 'event' })[];
};

export type CauseNode = Cause &
  NodePosition & {
    /** Nothing led to it. */
    isRoot: boolean;
    /** It led to nothing: where a chain ends. */
    isOutcome: boolean;
    /** Ids of the causes that led to it. */
    ledFrom: string[];
    /**
     * Ids of the causes from this one down to its outcome(s), itself first,
     * in rank order: what the diagram highlights. Left empty in graphs of more
     * than `MAX_PATH_CAUSES` causes, where the lists would grow as the square.
     */
    pathToOutcome: string[];
    addressedBy: ItemRef[];
    /** Contributing factors that name it in `contributesTo`. */
    factors: ItemRef[];
    /** Impact windows that name it in `causedBy`. */
    produced: ItemRef[];
  };

export type CauseGraph = {
  /** Ids of the causes nothing led to. */
  roots: string[];
  /** Ids of the causes that led to nothing. */
  outcomes: string[];
  /** Separate chains, each drawn as its own group, in the order their first cause is written. */
  components: CauseComponent[];
};

export type CauseComponent = ComponentShape & {
  /** In reading order: by rank, then slot. */
  nodes: CauseNode[];
  /** One per `leadsTo` between its causes. */
  edges: EdgeRoute[];
};

export const MAX_PATH_CAUSES = 300;

/**
 * A chain wider than this many slots also gets a wrapped layout, for narrow
 * screens: rows of at most this many causes (two fit side by side on a 375 px phone).
 */
export const WRAPPED_CAUSES_PER_ROW = 2;

export function deriveIncident(
  frontmatter: IncidentFrontmatter,
  source: { slug: string; file: string; code: string; narrative: NarrativeSection[] },
): Incident {
  const metrics = computeMetrics(frontmatter);
  const { timeline, impactWindows, contributingFactors, remediations, causes } = frontmatter;

  const refs = <T extends { id: string }>(items: readonly T[], label: (item: T) => string, ids: readonly string[]) => {
    const byId = new Map(items.map((item) => [item.id, item]));
    return ids.flatMap((id) => {
      const item = byId.get(id);
      return item ? [{ id, label: label(item) }] : [];
    });
  };
  const naming = <T extends { id: string }>(items: readonly T[], label: (item: T) => string, names: (item: T) => readonly string[] | undefined, id: string) =>
    items.filter((item) => names(item)?.includes(id)).map((item) => ({ id: item.id, label: label(item) }));
  const remediationsFor = (id: string) => naming(remediations, (remediation) => remediation.title, (remediation) => remediation.addresses, id);

  const kindCounts: Partial<Record<EventKind, number>> = {};
  for (const event of timeline) kindCounts[event.kind] = (kindCounts[event.kind] ?? 0) + 1;

  const kindOf = new Map<string, { kind: 'cause' | 'factor' | 'event'; label: string }>([
    ...causes.map((cause) => [cause.id, { kind: 'cause', label: cause.statement }] as const),
    ...contributingFactors.map((factor) => [factor.id, { kind: 'factor', label: factor.statement }] as const),
    ...timeline.map((event) => [event.id, { kind: 'event', label: event.title }] as const),
  ]);

  const hasLessons = LESSON_KINDS.some((kind) => (frontmatter.lessons?.[kind].length ?? 0) > 0);
  const sections: SectionId[] = [
    'timeline',
    'root-cause',
    ...(contributingFactors.length > 0 ? (['contributing-factors'] as const) : []),
    ...(remediations.length > 0 ? (['remediations'] as const) : []),
    ...(hasLessons ? (['lessons'] as const) : []),
    'narrative',
    ...(frontmatter.sources.length > 0 ? (['sources'] as const) : []),
  ];

  const placed = placeEvents(timeline, impactWindows, metrics.impactStart, metrics.approximate.includes('impactStart'));
  return {
    ...frontmatter,
    ...source,
    timeline: placed,
    timelineEntries: groupCommunications(placed),
    impactWindows: windowFigures(frontmatter).map((window) => ({
      ...window,
      degree: window.degree ?? 'outage',
      causes: refs(causes, (cause) => cause.statement, window.causedBy ?? []),
    })),
    contributingFactors: contributingFactors.map((factor) => ({
      ...factor,
      enables: refs(causes, (cause) => cause.statement, factor.contributesTo ?? []),
      addressedBy: remediationsFor(factor.id),
    })),
    remediations: remediations.map((remediation) => ({
      ...remediation,
      targets: remediation.addresses.flatMap((id) => {
        const target = kindOf.get(id);
        return target ? [{ id, ...target }] : [];
      }),
    })),
    metrics,
    scale: timelineScale(timeline, impactWindows, frontmatter.timeZone),
    causeGraph: causeGraph(frontmatter, remediationsFor, (id) => ({
      factors: naming(contributingFactors, (factor) => factor.statement, (factor) => factor.contributesTo, id),
      produced: naming(impactWindows, (window) => window.label, (window) => window.causedBy, id),
    })),
    kindCounts,
    sections,
  };
}

function causeGraph(
  frontmatter: IncidentFrontmatter,
  remediationsFor: (id: string) => ItemRef[],
  attachedTo: (id: string) => { factors: ItemRef[]; produced: ItemRef[] },
): CauseGraph {
  const { causes } = frontmatter;
  const layout = layoutGraph(causes, { wrapAt: WRAPPED_CAUSES_PER_ROW });
  const ledFrom = new Map<string, string[]>(causes.map((cause) => [cause.id, []]));
  for (const edge of layout.edges) ledFrom.get(edge.to)!.push(edge.from);

  const position = (id: string) => layout.positions.get(id)!;
  const byReading = [...causes].sort((a, b) => {
    const [pa, pb] = [position(a.id), position(b.id)];
    return pa.component - pb.component || pa.rank - pb.rank || pa.slot - pb.slot;
  });

  // Deepest first, so each cause's successors have their paths already.
  const paths = new Map<string, string[]>();
  if (causes.length <= MAX_PATH_CAUSES) {
    for (const cause of [...byReading].reverse()) {
      const path = new Set([cause.id]);
      for (const next of cause.leadsTo) for (const id of paths.get(next) ?? []) path.add(id);
      paths.set(cause.id, [...path].sort((a, b) => position(a).rank - position(b).rank || position(a).slot - position(b).slot));
    }
  }

  const components: CauseComponent[] = layout.components.map((shape) => ({ ...shape, nodes: [], edges: [] }));
  for (const cause of byReading) {
    const node: CauseNode = {
      ...cause,
      ...position(cause.id),
      isRoot: ledFrom.get(cause.id)!.length === 0,
      isOutcome: cause.leadsTo.length === 0,
      ledFrom: ledFrom.get(cause.id)!,
      pathToOutcome: paths.get(cause.id) ?? [],
      addressedBy: remediationsFor(cause.id),
      ...attachedTo(cause.id),
    };
    components[node.component]!.nodes.push(node);
  }
  for (const edge of layout.edges) components[position(edge.from).component]!.edges.push(edge);
  return {
    roots: byReading.filter((cause) => ledFrom.get(cause.id)!.length === 0).map((cause) => cause.id),
    outcomes: byReading.filter((cause) => cause.leadsTo.length === 0).map((cause) => cause.id),
    components,
  };
}

/** Every item's id, each an anchor on the incident's page. */
export function itemIds(incident: Incident): Set<string> {
  return new Set(
    [
      ...incident.timeline,
      ...incident.impactWindows,
      ...incident.causes,
      ...incident.contributingFactors,
      ...incident.remediations,
      ...LESSON_KINDS.flatMap((kind) => incident.lessons?.[kind] ?? []),
    ].map((item) => item.id),
  );
}
