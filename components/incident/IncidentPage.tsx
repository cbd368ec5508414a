import type { Incident } from '@/lib/content/load';
import { CauseChain } from '../causes/CauseChain';
import { IncidentViewProvider } from '../url-state/IncidentViewProvider';
import { IncidentBody } from '../mdx/IncidentBody';
import { RemediationList } from '../remediations/RemediationList';
import { Timeline } from '../timeline/Timeline';
import { ContributingFactors } from './ContributingFactors';
import { IncidentHeader } from './IncidentHeader';
import { PrintButton } from './PrintButton';
import { Sources } from './Sources';

export function IncidentPage({ incident }: { incident: Incident }) {
  // Only sections the incident has: a link must never point at nothing.
  const sections = [
    ['timeline', 'Timeline'],
    ['root-cause', 'Root cause'],
    ...(incident.contributingFactors.length > 0 ? [['contributing-factors', 'Contributing factors'] as const] : []),
    ...(incident.remediations.length > 0 ? [['remediations', 'Remediations'] as const] : []),
    ['narrative', 'Narrative'],
  ] as const;
  return (
    <IncidentViewProvider incidentTimeZone={incident.timeZone}>
      <article>
        <IncidentHeader incident={incident} />
        <nav aria-label="On this page" className="mt-8 flex flex-wrap items-center gap-x-4 gap-y-2 border-y border-slate-200 py-3 text-sm dark:border-slate-800 print:hidden">
          {sections.map(([id, label]) => (
            <a key={id} href={`#${id}`} className="underline-offset-2 hover:underline">
              {label}
            </a>
          ))}
          <PrintButton />
        </nav>
        <div className="mt-8">
          <Timeline incident={incident} />
          <CauseChain incident={incident} />
          <ContributingFactors incident={incident} />
          <RemediationList incident={incident} />
          <IncidentBody incident={incident} />
          <Sources incident={incident} />
        </div>
      </article>
    </IncidentViewProvider>
  );
}
