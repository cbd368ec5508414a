import { formatDiagnostic, type Diagnostic } from '@/lib/content/diagnostic';

/** Shown by the dev server only: the files that failed to load, with every problem. A production build stops on them instead. */
export function DiagnosticList({ errors }: { errors: Diagnostic[] }) {
  return (
    <section role="alert" className="mb-6 rounded-lg border-2 border-red-600 p-4">
      <h2 className="font-semibold text-red-800 dark:text-red-300">Some incident files have problems and are not shown</h2>
      <pre className="mt-2 overflow-x-auto text-xs whitespace-pre-wrap">{errors.map(formatDiagnostic).join('\n')}</pre>
    </section>
  );
}
