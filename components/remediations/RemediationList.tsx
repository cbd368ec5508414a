import type { Incident } from '@/lib/content/load';
import type { IncidentRemediation } from '@/lib/incident/model';
import { CATEGORY_LABELS, STATUS_LABELS, TIMING_LABELS } from './remediation-labels';
import { LinkableItem } from '../ui/LinkableItem';
import { PageSection } from '../ui/PageSection';

const TARGET_KINDS: Record<IncidentRemediation['targets'][number]['kind'], string> = {
  cause: 'Cause',
  factor: 'Factor',
  event: 'Event',
};

export function RemediationList({ incident }: { incident: Incident }) {
  if (incident.remediations.length === 0) return null;
  return (
    <PageSection id="remediations" title="Remediations">
      <ul className="mt-4 flex flex-col gap-4">
        {incident.remediations.map((remediation) => {
          return (
            <LinkableItem key={remediation.id} id={remediation.id}>
              <h3 className="font-semibold">{remediation.title}</h3>
              <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                <div className="flex gap-1">
                  <dt className="text-muted">Category</dt>
                  <dd className="font-medium">{CATEGORY_LABELS[remediation.category]}</dd>
                </div>
                <div className="flex gap-1">
                  <dt className="text-muted">Status</dt>
                  <dd className="status-badge" data-status={remediation.status}>
                    {STATUS_LABELS[remediation.status]}
                  </dd>
                </div>
                <div className="flex gap-1">
                  <dt className="text-muted">When</dt>
                  <dd className="font-medium">{TIMING_LABELS[remediation.timing]}</dd>
                </div>
                {remediation.owner && (
                  <div className="flex gap-1">
                    <dt className="text-muted">Owner</dt>
                    <dd>{remediation.owner}</dd>
                  </div>
                )}
                {remediation.due && (
                  <div className="flex gap-1">
                    <dt className="text-muted">Due</dt>
                    <dd>
                      <time dateTime={remediation.due}>{remediation.due}</time>
                    </dd>
                  </div>
                )}
                {remediation.priority && (
                  <div className="flex gap-1">
                    <dt className="text-muted">Priority</dt>
                    <dd className="font-medium uppercase">{remediation.priority}</dd>
                  </div>
                )}
                {remediation.completed && (
                  <div className="flex gap-1">
                    <dt className="text-muted">Completed</dt>
                    <dd>
                      <time dateTime={remediation.completed}>{remediation.completed}</time>
                    </dd>
                  </div>
                )}
                {remediation.tracker && (
                  <div className="flex gap-1">
                    <dt className="text-muted">Tracked in</dt>
                    <dd>
                      <a href={remediation.tracker} className="link" rel="external">
                        {new URL(remediation.tracker).host}
                      </a>
                    </dd>
                  </div>
                )}
              </dl>
              <p className="mt-2 text-soft">{remediation.description}</p>
              <p className="mt-2 text-sm">
                <span className="text-muted">Addresses: </span>
                {remediation.targets.map((target, i) => (
                  <span key={target.id}>
                    {i > 0 && '; '}
                    <a href={`#${target.id}`} className="link">
                      {`${TARGET_KINDS[target.kind]}: ${target.label}`}
                    </a>
                  </span>
                ))}
              </p>
            </LinkableItem>
          );
        })}
      </ul>
    </PageSection>
  );
}
