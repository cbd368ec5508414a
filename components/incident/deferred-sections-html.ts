import { SHOW_LINKED_SECTION_SCRIPT } from '../ui/deferred-html';

/**
 * The sections after the timeline, written inside `<noscript>` and turned into
 * elements when the browser is first idle (components/ui/deferred-html.ts): the first paint
 * then styles and lays out the summary and the timeline only, which on a phone
 * are all it shows. Without JavaScript the sections are ordinary HTML.
 */
export function deferredSectionsHtml(sectionsHtml: string): string {
  // HTML that itself closes a noscript could not be held in one: written as elements.
  if (/<\/noscript/i.test(sectionsHtml)) return `<div class="deferred-sections">${sectionsHtml}</div>`;
  return `<div class="deferred-sections" data-deferred><noscript>${sectionsHtml}</noscript></div><script>${SHOW_LINKED_SECTION_SCRIPT}</script>`;
}
