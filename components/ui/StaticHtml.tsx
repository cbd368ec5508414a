import type { ReactNode } from 'react';
import { renderStaticMarkup } from './static-markup';

/**
 * Sections that never change in the browser, handed to React as one string
 * (see static-markup.ts for why). The wrapper is `display: contents`, so the
 * sections lay out as if it were not there.
 */
export function StaticHtml({ children }: { children: ReactNode }) {
  return <div className="contents" dangerouslySetInnerHTML={{ __html: renderStaticMarkup(children) }} />;
}
