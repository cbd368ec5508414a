/**
 * The timeline's chunks (components/timeline/event-list-html.ts) and the
 * sections after the timeline (components/incident/deferred-sections-html.ts)
 * are written inside `<noscript>` in an element marked `data-deferred`. With JavaScript
 * on, the browser reads a noscript's content as text, not elements: thousands
 * of events cost the page one string instead of tens of thousands of elements
 * to parse and hydrate, and the first paint styles and lays out only the top
 * of the page. Without JavaScript they are ordinary HTML. The functions here
 * turn such text into elements: all of it, one holder at a time, when the
 * browser is idle; at once when something needs it (a link to an event or a
 * section, the reader's own zone, `j`/`k`, printing).
 */
const DEFERRED_HOLDER = '[data-deferred]';

function showDeferred(holder: Element): void {
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

/** The holders, deferred or shown, in the order of the page: the timeline's chunks, then the sections after it. */
const HOLDERS = 'li.tl-chunk, .deferred-sections';

/**
 * The element with this id. When it is in a holder, that holder and every one
 * before it are shown and marked `data-linked` (and those after it unmarked),
 * which app/globals.css lays out in full, so that what is above the element
 * has its real height and a jump to it stays put.
 */
export function showLinked(id: string): HTMLElement | null {
  const holders = [...document.querySelectorAll<HTMLElement>(HOLDERS)];
  const last = holders.findIndex((holder) => holds(holder, id));
  holders.forEach((holder, i) => {
    if (i > last) return void delete holder.dataset.linked;
    showDeferred(holder);
    holder.dataset.linked = '';
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
 * Written into the page once, after the last deferred holder (the sections'),
 * so it runs before the browser looks for the address's #fragment: when there
 * is one, it marks the view root as useTimelineNavigation does (which unmarks
 * it once the page's scripts run, if the fragment names nothing); when the
 * fragment names an element in a holder, it does what showLinked does (that
 * holder and every one before it shown and marked `data-linked`), and the
 * browser scrolls to the element and marks it :target as in any page. Until
 * the page's scripts run (they mark the view root `data-ready`), it shows
 * whatever is still text before printing, so that a print made as the page
 * loads (`chromium --print-to-pdf` makes one) holds the whole writeup; and if
 * they never run (a network that drops them, a blocked path), it shows it 5 s
 * after the page has loaded. It runs before the page's other scripts, hence its
 * own copy of the logic above; every page carries it, hence written short. A
 * malformed fragment is ignored.
 */
export const SHOW_LINKED_SCRIPT =
  "try{let d=document,v=d.querySelector('[data-incident-view]'),q=()=>[...d.querySelectorAll('[data-deferred]')],s=e=>{let t=e.firstChild;t.outerHTML=t.textContent;e.removeAttribute('data-deferred')},f=()=>v.dataset.ready??q().map(s);" +
  "addEventListener('load',()=>setTimeout(f,5e3));addEventListener('beforeprint',f);" +
  "let i=' id=\"'+decodeURIComponent(location.hash.slice(1))+'\"',h=q(),k=h.findIndex(e=>e.textContent.includes(i));" +
  "location.hash&&(v.dataset.linked='');for(let e of h.slice(0,k+1))s(e),e.dataset.linked=''}catch{}";
