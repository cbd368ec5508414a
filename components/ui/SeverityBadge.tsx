import type { Severity } from '@/lib/content/schema';
import { SEVERITY_STYLES } from './severity';

export function SeverityBadge({ severity }: { severity: Severity }) {
  const style = SEVERITY_STYLES[severity];
  return (
    <span className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-bold ${style.className} print:border print:border-black print:bg-white print:text-black`}>
      {style.label}
      <span className="ml-1 font-medium">{style.description}</span>
    </span>
  );
}
