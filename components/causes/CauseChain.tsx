import type { Incident } from '@/lib/content/load';
import { AddressedBy } from '../remediations/AddressedBy';
import { PageSection } from '../ui/PageSection';

/**
 * The root-cause chain as a diagram of real text: one box per cause, an arrow
 * to each cause it led to. A straight chain reads top to bottom; where a cause
 * fans out, its box names every cause it led to.
 */
export function CauseChain({ incident }: { incident: Incident }) {
  const chain = incident.causeChain;
  const titleOf = (id: string) => chain.find((link) => link.id === id)?.statement ?? id;

  return (
    <PageSection id="root-cause" title="Root cause">
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Each cause led to the next.</p>
      <ol className="mt-4 flex flex-col items-stretch" aria-label="Cause chain">
        {chain.map((link, i) => {
          const next = chain[i + 1];
          const leadsStraightOn = next !== undefined && link.leadsTo.length === 1 && link.leadsTo[0] === next.id;
          return (
            <li key={link.id} className="flex flex-col items-center">
              <div
                id={link.id}
                className="w-full max-w-2xl rounded-lg border-2 border-slate-300 bg-white p-4 target:border-amber-500 dark:border-slate-700 dark:bg-slate-900 print:break-inside-avoid"
              >
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
                  {link.isRoot ? 'Root cause' : link.leadsTo.length === 0 ? 'Outcome' : `Step ${i + 1}`}
                </p>
                <p className="mt-1 font-medium">{link.statement}</p>
                {link.detail && <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{link.detail}</p>}
                {!leadsStraightOn && link.leadsTo.length > 0 && (
                  <p className="mt-2 text-sm">
                    Led to:{' '}
                    {link.leadsTo.map((target, j) => (
                      <span key={target}>
                        {j > 0 && '; '}
                        <a href={`#${target}`} className="underline underline-offset-2">
                          {titleOf(target)}
                        </a>
                      </span>
                    ))}
                  </p>
                )}
                <AddressedBy remediations={incident.addressedBy[link.id]} />
              </div>
              {leadsStraightOn && (
                <svg width="24" height="36" viewBox="0 0 24 36" className="text-slate-400" role="img" aria-label="led to">
                  <path d="M12 2v26" stroke="currentColor" strokeWidth="2.5" />
                  <path d="M5 24l7 9 7-9Z" fill="currentColor" />
                </svg>
              )}
            </li>
          );
        })}
      </ol>
    </PageSection>
  );
}
