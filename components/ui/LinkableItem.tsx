import type { ReactNode } from 'react';

/** A list item that is a link target (`#its-id`): a card that shows when a link points at it. */
export function LinkableItem({ id, children }: { id: string; children: ReactNode }) {
  return (
    <li id={id} className="linkable-card">
      {children}
    </li>
  );
}
