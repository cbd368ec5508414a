import { getMDXComponent } from 'mdx-bundler/client';
import type { ComponentProps } from 'react';
import type { Incident } from '@/lib/content/load';
import { formatClock } from '@/lib/time/format';
import { LocalTime } from '../time/LocalTime';
import { Callout } from './Callout';
import { PageSection } from '../ui/PageSection';

/**
 * The narrative. Headings shift down one level so the body's `##` sits under
 * the page's own section heading and the outline stays in order.
 */
export function IncidentBody({ incident }: { incident: Incident }) {
  const Body = getMDXComponent(incident.code);
  const eventsById = new Map(incident.timeline.map((event) => [event.id, event]));

  function EventRef({ id }: { id: string }) {
    const event = eventsById.get(id);
    // The loader rejects unknown ids; this guards only against a stale compile.
    if (!event) return null;
    return (
      <a href={`#${id}`} className="whitespace-nowrap">
        {event.precision === 'day' ? (
          // Only the date is known, and it is a date in the incident's own zone (as in the timeline).
          <time dateTime={event.at.slice(0, 10)}>{formatClock(event.at, incident.timeZone).date}</time>
        ) : (
          // Prose names days in the incident's zone: in another zone, a time on another day says which.
          <LocalTime incidentZone={incident.timeZone} iso={event.at} approximate={event.approximate} sameDayAs={formatClock(event.at, incident.timeZone).day} />
        )}
        <span className="sr-only">: {event.title}</span>
      </a>
    );
  }

  return (
    <PageSection id="narrative" title="Narrative">
      <div className="prose prose-slate mt-4 max-w-3xl dark:prose-invert print:prose-neutral">
        {/* A server component, rendered once per build: making the MDX component here is the intended use. */}
        {/* eslint-disable-next-line react-hooks/static-components */}
        <Body
          components={{
            EventRef,
            Callout,
            h1: (props: ComponentProps<'h2'>) => <h3 {...props} />,
            h2: (props: ComponentProps<'h2'>) => <h3 {...props} />,
            h3: (props: ComponentProps<'h3'>) => <h4 {...props} />,
            h4: (props: ComponentProps<'h4'>) => <h5 {...props} />,
          }}
        />
      </div>
    </PageSection>
  );
}
