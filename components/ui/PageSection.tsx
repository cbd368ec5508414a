import type { ReactNode } from 'react';
import type { SectionId } from '@/lib/page-anchors';

/** A top-level section of the incident page: its id is a link target (`#remediations`), its h2 names it. */
export function PageSection({ id, title, children }: { id: SectionId; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-2xl font-semibold tracking-tight">
        {title}
      </h2>
      {children}
    </section>
  );
}
