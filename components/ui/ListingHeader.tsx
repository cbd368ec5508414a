import { PageLink } from './PageLink';
import type { ReactNode } from 'react';

/** The top of a page that lists incidents: a link back to the whole list, the heading, one line saying what is listed. */
export function ListingHeader({ back, title, children }: { back: { href: string; label: string }; title: string; children: ReactNode }) {
  return (
    <>
      <p className="text-sm">
        <PageLink href={back.href} className="link">
          {back.label}
        </PageLink>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-2 mb-8 text-soft">{children}</p>
    </>
  );
}
