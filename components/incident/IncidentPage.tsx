import type { Incident } from '@/lib/content/load';
import { CauseChain } from '../causes/CauseChain';
import { IncidentViewProvider } from '../incident-view/IncidentViewProvider';
import { IncidentBody } from '../mdx/IncidentBody';
import { RemediationList } from '../remediations/RemediationList';
import { Timeline } from '../timeline/Timeline';
import { ContributingFactors } from './ContributingFactors';
import { IncidentHeader } from './IncidentHeader';
import { PrintButton } from './PrintButton';
import { Sources } from './Sources';

const SECTIONS = [
  ['timeline', 'Timeline'],
  ['root-cause', 'Root cause'],
  ['contributing-factors', 'Contributing factors'],
  ['remediations', 'Remediations'],
  ['narrative', 'Narrative'],
] as const;

export function IncidentPage({ incident }: { incident: Incident }) {
  return (
    <IncidentViewProvider incidentTimeZone={incident.timeZone}>
      <article>
        <IncidentHeader incident={incident} />
        <nav aria-label="On this page" className="mt-8 flex flex-wrap items-center gap-x-4 gap-y-2 border-y border-slate-200 py-3 text-sm dark:border-slate-800 print:hidden">
          {SECTIONS.map(([id, label]) => (
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
