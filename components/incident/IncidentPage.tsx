import type { Incident } from '@/lib/content/load';
import type { FileHistory } from '@/lib/history/read';
import type { SectionId } from '@/lib/page-anchors';
import { incidentHistoryPath } from '@/lib/site';
import { CauseGraph } from '../causes/CauseGraph';
import { IncidentViewProvider } from '../url-state/IncidentViewProvider';
import { IncidentBody } from '../mdx/IncidentBody';
import { RemediationList } from '../remediations/RemediationList';
import { Timeline } from '../timeline/Timeline';
import { ContributingFactors } from './ContributingFactors';
import { History } from './History';
import { IncidentHeader } from './IncidentHeader';
import { Lessons } from './Lessons';
import { PrintButton } from './PrintButton';
import { RelatedIncidents } from './RelatedIncidents';
import { Sources } from './Sources';
import { IncidentPageScripts } from './IncidentPageScripts';
import { PrerenderedHtml, StaticHtml } from '../ui/StaticHtml';
import { renderStaticMarkup } from '../ui/static-markup';
import { deferredSectionsHtml } from './deferred-sections-html';
import type { SimilarIncident } from '@/lib/incidents/related';
import type { IncidentSummary } from '@/lib/incidents/summary';

const SECTION_TITLES: Partial<Record<SectionId, string>> = {
  timeline: 'Timeline',
  'root-cause': 'Root cause',
  'contributing-factors': 'Contributing factors',
  remediations: 'Remediations',
  lessons: 'Lessons',
  narrative: 'Narrative',
};

type IncidentPageProps = {
  incident: Incident;
  /** Linked by `related`, either way. */
  related: IncidentSummary[];
  /** Sharing a service or a tag. */
  similar: SimilarIncident[];
  /** The file's changes from git, or why they cannot be told. */
  history: FileHistory;
};

export function IncidentPage({ incident, related, similar, history }: IncidentPageProps) {
  // Only sections the incident has: a link must never point at nothing.
  const sections = [
    ...incident.sections.flatMap((id) => {
      const title = SECTION_TITLES[id];
      return title ? [[id, title] as const] : [];
    }),
    ...(related.length > 0 || similar.length > 0 ? [['related-incidents', 'Related incidents'] as const] : []),
    // Always there: it says so when git cannot tell.
    ['history', 'History'] as const,
  ];
  return (
    <IncidentViewProvider incidentTimeZone={incident.timeZone}>
      {/* The view root (view-root.ts): the browser writes the reader's view onto it; the prerendered page has none. */}
      <article data-incident-view="" suppressHydrationWarning>
        <StaticHtml>
          <IncidentHeader incident={incident} />
        </StaticHtml>
        <nav aria-label="On this page" className="page-contents mt-8 items-center">
          <StaticHtml>
            {sections.map(([id, label]) => (
              <a key={id} href={`#${id}`} className="underline-offset-2 hover:underline">
                {label}
              </a>
            ))}
          </StaticHtml>
          <PrintButton />
        </nav>
        <div className="mt-8 flex flex-col gap-12">
          <Timeline incident={incident} />
          <PrerenderedHtml
            html={deferredSectionsHtml(renderStaticMarkup(<SectionsAfterTimeline incident={incident} related={related} similar={similar} history={history} />))}
          />
        </div>
        <IncidentPageScripts />
      </article>
    </IncidentViewProvider>
  );
}

/** Everything below the timeline: static, so rendered once as HTML, and deferred (deferred-sections-html.ts). */
export function SectionsAfterTimeline({ incident, related, similar, history }: IncidentPageProps) {
  return (
    <>
      <CauseGraph incident={incident} />
      <ContributingFactors incident={incident} />
      <RemediationList incident={incident} />
      <Lessons incident={incident} />
      <IncidentBody incident={incident} />
      <Sources incident={incident} />
      <RelatedIncidents related={related} similar={similar} />
      <History history={history} allChangesHref={incidentHistoryPath(incident.slug)} />
    </>
  );
}
