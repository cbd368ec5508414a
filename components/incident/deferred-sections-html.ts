import { SHOW_LINKED_SCRIPT } from '../ui/deferred-html';

/**
 * The sections after the timeline, written inside `<noscript>` and turned into
 * elements when the browser is idle (components/ui/deferred-html.ts), as the
 * timeline's chunks are: the first paint then styles and lays out the summary
 * only, which on a phone is all it shows. Without JavaScript the sections are
 * ordinary HTML. The script after them shows, as the page is parsed, what an
 * address's #fragment names in them or in the timeline.
 */
export function deferredSectionsHtml(sectionsHtml: string): string {
  const script = `<script>${SHOW_LINKED_SCRIPT}</script>`;
  // HTML that itself closes a noscript could not be held in one: written as elements.
  if (/<\/noscript/i.test(sectionsHtml)) return `<div class="deferred-sections">${sectionsHtml}</div>${script}`;
  return `<div class="deferred-sections" data-deferred><noscript>${sectionsHtml}</noscript></div>${script}`;
}
