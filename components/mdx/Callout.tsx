import type { ReactNode } from 'react';

export function Callout({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div role="note" className="not-prose my-6 rounded-lg border-l-4 border-sky-500 bg-sky-50 p-4 dark:bg-sky-950/40 print:bg-white">
      {title && <p className="font-semibold">{title}</p>}
      <div className="mt-1 text-slate-800 dark:text-slate-200 [&_p]:mt-2 first:[&_p]:mt-0">{children}</div>
    </div>
  );
}
