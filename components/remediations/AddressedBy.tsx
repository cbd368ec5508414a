import type { Remediation } from '@/lib/content/schema';

/** "Addressed by: …", linking a cause or factor to the remediations that target it. */
export function AddressedBy({ remediations }: { remediations: readonly Remediation[] | undefined }) {
  if (!remediations || remediations.length === 0) return null;
  return (
    <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
      Addressed by:{' '}
      {remediations.map((remediation, i) => (
        <span key={remediation.id}>
          {i > 0 && ', '}
          <a href={`#${remediation.id}`} className="underline underline-offset-2">
            {remediation.title}
          </a>
        </span>
      ))}
    </p>
  );
}
