import type { Incident } from '@/lib/content/load';
import { zoneAbbreviation } from '@/lib/time/format';
import { TimeZoneSelect } from '../time/TimeZoneSelect';
import { eventListHtml } from './event-list-html';
import { KindFilter } from './KindFilter';
import { TimelineOverview } from './TimelineOverview';
import { PageSection } from '../ui/PageSection';
import { PrerenderedHtml, StaticHtml } from '../ui/StaticHtml';

export function Timeline({ incident }: { incident: Incident }) {
  return (
    <PageSection id="timeline" title="Timeline">
      <div className="mt-3 flex flex-col gap-3 print:hidden">
        <TimeZoneSelect
          referenceIso={incident.metrics.impactStart}
          incidentZoneAbbreviation={zoneAbbreviation(incident.timeZone, incident.metrics.impactStart)}
        />
        <KindFilter counts={incident.kindCounts} />
        <StaticHtml>
          <p className="text-xs text-muted">
            <span className="[@media(hover:none)]:hidden">
              <span className="[@media(scripting:none)]:hidden">
                Press <kbd className="rounded border px-1">j</kbd> and <kbd className="rounded border px-1">k</kbd> to move between
                events.{' '}
              </span>
              Hover a time for its exact UTC instant.{' '}
            </span>
            <span className="whitespace-nowrap">T+ counts from the start of customer impact.</span>
            <noscript> Zone and kind choices need JavaScript.</noscript>
          </p>
        </StaticHtml>
      </div>
      <StaticHtml>
        <TimelineOverview incident={incident} />
      </StaticHtml>
      <PrerenderedHtml as="ol" className="timeline-events mt-4" aria-label="Timeline events" html={eventListHtml(incident)} />
    </PageSection>
  );
}
