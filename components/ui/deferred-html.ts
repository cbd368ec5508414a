/**
 * The chunks of a long timeline after the first few
 * (components/timeline/event-list-html.ts), and the sections after the timeline
 * (components/incident/deferred-sections-html.ts), are written
 * inside `<noscript>` in an element marked `data-deferred`. With JavaScript
 * on, the browser reads a noscript's content as text, not elements: thousands
 * of events cost the page one string instead of tens of thousands of elements
 * to parse and hydrate, and the first paint styles and lays out only the top
 * of the page. Without JavaScript they are ordinary HTML. The functions here
 * turn such text into elements: all of it, one holder at a time, when the
 * browser is idle; at once when something needs it (a link to an event or a
 * section, the reader's own zone, `j`/`k`, printing).
 */
export const DEFERRED_HOLDER = '[data-deferred]';

export function showDeferred(holder: Element): void {
  const text = holder.querySelector(':scope > noscript');
  if (text?.firstElementChild) {
    // Parsed without scripting (a document fetched with DOMParser): its content is elements already.
    text.replaceWith(...text.childNodes);
  } else if (text) {
    text.insertAdjacentHTML('afterend', text.textContent ?? '');
    text.remove();
  }
  holder.removeAttribute('data-deferred');
}

export function showAllDeferred(root: ParentNode = document): void {
  for (const holder of root.querySelectorAll(DEFERRED_HOLDER)) showDeferred(holder);
}

const holds = (holder: Element, id: string) =>
  holder.hasAttribute('data-deferred') ? (holder.textContent?.includes(` id="${id}"`) ?? false) : holder.querySelector(`[id="${CSS.escape(id)}"]`) !== null;

/**
 * The element with this id, shown if it is in the deferred sections. When it
 * is in a chunk of the timeline (or after the list), that
 * chunk and every chunk before it are shown and marked `data-linked`, which
 * app/globals.css lays out in full, so that what is above the element has its
 * real height and a jump to it stays put.
 */
export function showLinked(id: string): HTMLElement | null {
  // The sections after the list: shown first, so that an element in them is found after the list below.
  for (const holder of document.querySelectorAll(`${DEFERRED_HOLDER}:not(li.tl-chunk)`)) if (holds(holder, id)) showDeferred(holder);
  const chunks = [...document.querySelectorAll<HTMLElement>('li.tl-chunk')];
  const element = document.getElementById(id);
  const lastChunk = chunks.at(-1);
  // An element after the list (a remediation, the history) has every chunk above it.
  const afterList =
    element !== null && lastChunk !== undefined && !lastChunk.contains(element) && (lastChunk.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const last = afterList ? chunks.length - 1 : chunks.findIndex((chunk) => holds(chunk, id));
  chunks.forEach((chunk, i) => {
    if (i > last) return void delete chunk.dataset.linked;
    showDeferred(chunk);
    chunk.dataset.linked = '';
  });
  return document.getElementById(id);
}

/** Shows the deferred holders one per idle moment, in order, each a short task; returns a function that stops it. */
export function showDeferredWhenIdle(): () => void {
  const idle = typeof requestIdleCallback === 'function';
  let handle: number | undefined;
  const schedule = () => {
    handle = idle ? requestIdleCallback(showNext) : window.setTimeout(showNext, 20);
  };
  const showNext = () => {
    const holder = document.querySelector(DEFERRED_HOLDER);
    if (!holder) return;
    showDeferred(holder);
    schedule();
  };
  schedule();
  return () => {
    if (handle === undefined) return;
    if (idle) cancelIdleCallback(handle);
    else window.clearTimeout(handle);
  };
}

/**
 * Written into the page after a list in chunks, so it runs before the browser
 * looks for the address's #fragment: when that names an element, it marks the
 * view root as useTimelineNavigation does; when it names an event in a chunk, it
 * does what showLinked does, and the browser then scrolls to the event and
 * marks it :target as in any page; for an element after the list, so it does
 * for every chunk. It runs before the page's other scripts, hence its own
 * small copy of the logic above.
 */
export const SHOW_LINKED_CHUNK_SCRIPT = `(() => {
  let id;
  try { id = decodeURIComponent(location.hash.slice(1)); } catch { return; }
  if (!/^[a-z0-9-]+$/.test(id)) return;
  document.currentScript.closest('[data-incident-view]').dataset.linked = '';
  const chunks = [...document.currentScript.parentElement.querySelectorAll(':scope > li.tl-chunk')];
  const found = chunks.findIndex((chunk) =>
    chunk.hasAttribute('data-deferred') ? chunk.textContent.includes(' id="' + id + '"') : chunk.querySelector('[id="' + id + '"]') !== null);
  // Neither in the list nor above it: after it (a remediation, the history), so every chunk is above it.
  const last = found === -1 && document.getElementById(id) === null ? chunks.length - 1 : found;
  for (const chunk of chunks.slice(0, last + 1)) {
    const holder = chunk.querySelector(':scope > noscript');
    if (holder) {
      holder.insertAdjacentHTML('afterend', holder.textContent);
      holder.remove();
      chunk.removeAttribute('data-deferred');
    }
    chunk.dataset.linked = '';
  }
})();`;

/**
 * Written into the page right after the sections' holder
 * (components/incident/deferred-sections-html.ts), so it runs before the browser looks for the
 * address's #fragment: when that names an element in the sections, they are
 * shown, and the browser scrolls to it and marks it :target as in any page.
 * Every page carries it, hence written short; a malformed fragment is ignored.
 */
export const SHOW_LINKED_SECTION_SCRIPT =
  "try{let h=document.currentScript.previousSibling,t=h.firstChild;h.textContent.includes(' id=\"'+decodeURIComponent(location.hash.slice(1))+'\"')&&(t.outerHTML=t.textContent,h.removeAttribute('data-deferred'))}catch{}";
