import type { Severity } from '@/lib/content/schema';

export const SEVERITY_STYLES: Record<Severity, { label: string; description: string; className: string }> = {
  sev1: { label: 'SEV1', description: 'critical', className: 'bg-red-700 text-white' },
  sev2: { label: 'SEV2', description: 'major', className: 'bg-orange-700 text-white' },
  sev3: { label: 'SEV3', description: 'minor', className: 'bg-amber-300 text-amber-950' },
  sev4: { label: 'SEV4', description: 'low', className: 'bg-slate-300 text-slate-900' },
};
