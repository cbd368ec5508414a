import type { ImpactDegree } from '@/lib/content/vocabulary';

export const DEGREE_LABELS: Record<ImpactDegree, string> = {
  outage: 'Outage',
  partial: 'Partial',
  degraded: 'Degraded',
};

/** The degree of an impact window in words, beside the swatch the overview strip draws it with. */
export function ImpactDegreeBadge({ degree }: { degree: ImpactDegree }) {
  return (
    <span className="inline-flex items-center gap-1 text-xs font-medium">
      <span aria-hidden="true" className={`impact-${degree} inline-block h-3 w-4 rounded-sm border border-red-600 dark:border-red-400`} />
      {DEGREE_LABELS[degree]}
    </span>
  );
}
