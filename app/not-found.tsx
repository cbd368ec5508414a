import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/ui/NotFoundMessage';
import { StaticHtml } from '@/components/ui/StaticHtml';

export const metadata: Metadata = { title: 'Page not found' };

/** HTML, not a tree of elements: the root layout's payload, which every page carries, then holds only its key (StaticHtml.tsx). */
export default function NotFound() {
  return (
    <StaticHtml>
      <NotFoundMessage />
    </StaticHtml>
  );
}
