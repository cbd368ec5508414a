import type { ReactNode } from 'react';

/** A list item that is a link target (`#its-id`): a card that shows when a link points at it. */
export function LinkableItem({ id, children }: { id: string; children: ReactNode }) {
  return (
    <li
      id={id}
      className="rounded-lg border border-slate-200 p-4 target:border-amber-500 dark:border-slate-800 print:break-inside-avoid"
    >
      {children}
    </li>
  );
}
