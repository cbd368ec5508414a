import type { CSSProperties } from 'react';
import type { Incident } from '@/lib/content/load';
import { DEGREE_LABELS } from '../ui/ImpactDegreeBadge';
import { LocalTime } from '../time/LocalTime';

// A hundredth of a percent is a tenth of a pixel on a 1,000 px strip; trailing zeros are dropped.
const percent = (position: number) => `${Number((position * 100).toFixed(2))}%`;

const PATTERN_WORDS = { outage: 'solid', partial: 'hatched', degraded: 'dotted' } as const;

/**
 * The whole incident on one linear axis: quiet hours look as long as they were,
 * and each impact window is a band across it, its degree told by a pattern and
 * a word. The list below is the accessible version; this strip is a picture of it.
 */
export function TimelineOverview({ incident }: { incident: Incident }) {
  const { scale } = incident;
  const count = scale.windows.length;
  const degrees = [...new Set(scale.windows.map((window) => window.degree))];
  return (
    <figure className="my-6" aria-labelledby="timeline-overview-caption">
      <div className="strip" aria-hidden="true">
        {scale.windows.map((window) => (
          <a
            key={window.id}
            href={`#${window.id}`}
            tabIndex={-1}
            title={window.measure ? `${window.label}: ${window.measure}` : window.label}
            className={`impact-${window.degree} strip-window`}
            style={{ left: percent(window.from), width: percent(window.to - window.from) }}
          >
            <span className="strip-degree">
              {DEGREE_LABELS[window.degree]}
            </span>
          </a>
        ))}
        {scale.markers.map((marker) => (
          <a
            key={marker.id}
            href={`#${marker.id}`}
            tabIndex={-1}
            title={marker.count === 1 ? marker.title : `${marker.count} events from “${marker.title}”`}
            className={marker.endPosition === undefined ? 'tl-mark' : 'tl-mark tl-span'}
            data-kind={marker.kind}
            style={{ '--at': percent(marker.position), width: marker.endPosition === undefined ? undefined : percent(marker.endPosition - marker.position) } as CSSProperties}
          />
        ))}
      </div>
      <div className="strip-ticks" aria-hidden="true">
        {scale.ticks.map((tick) => (
          <span key={tick.at} style={{ '--at': percent(tick.position) } as CSSProperties}>
            <LocalTime incidentZone={incident.timeZone} iso={tick.at} />
          </span>
        ))}
      </div>
      <figcaption id="timeline-overview-caption" className="mt-1 text-sm text-muted">
        From <LocalTime incidentZone={incident.timeZone} iso={scale.start} show="datetime" /> to <LocalTime incidentZone={incident.timeZone} iso={scale.end} show="datetime" />, to scale.{' '}
        {count === 1 ? 'The red band is the impact window' : `The ${count} red bands are the impact windows`}
        {degrees.length > 1 || degrees[0] !== 'outage'
          ? ` (${degrees.map((degree) => `${PATTERN_WORDS[degree]}: ${DEGREE_LABELS[degree].toLowerCase()}`).join(', ')})`
          : ''}
        ; see <a href="#impact-windows" className="link">each window&apos;s figures</a> and{' '}
        <a href="#root-cause" className="link">the causes behind them</a>.
      </figcaption>
    </figure>
  );
}
