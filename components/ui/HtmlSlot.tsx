'use client';

import { useLayoutEffect, useRef } from 'react';
import { serverHtml } from './server-html-store';

/** Without a className the slot is `display: contents`: it lays out as if it were not there. */
export type HtmlSlotProps = { htmlKey: string; as?: 'div' | 'ol'; className?: string; 'aria-label'?: string };

/**
 * Dispatched, bubbling, by a slot that took its HTML from a fetched copy of the
 * page, where the parser saw no scripts: what a script turns into elements as
 * the page loads (a `<noscript>`, say) is to be looked at again.
 */
export const HTML_SLOT_FILLED = 'htmlslotfilled';

/**
 * Server-rendered HTML that the App Router's payload carries only as a key
 * (StaticHtml.tsx says why). On the server the key finds the HTML; in the
 * browser, hydration keeps what the server wrote. Given a key whose HTML it
 * does not hold (mounted by a client-side navigation, or a dev-server refresh
 * after an edit), it takes the HTML from the page's document.
 */
export function HtmlSlot({ htmlKey, as: Tag = 'div', className = 'contents', ...attributes }: HtmlSlotProps) {
  const ref = useRef<HTMLElement>(null);
  const shownKey = useRef<string | undefined>(undefined);
  const html = typeof window === 'undefined' ? serverHtml(htmlKey) : undefined;
  if (typeof window === 'undefined' && html === undefined) throw new Error(`no server HTML under the key ${htmlKey}`);

  useLayoutEffect(() => {
    const slot = ref.current;
    if (!slot || shownKey.current === htmlKey) return;
    // Hydrated: the element holds the server's HTML for this key.
    if (shownKey.current === undefined && slot.hasChildNodes()) {
      shownKey.current = htmlKey;
      return;
    }
    shownKey.current = htmlKey;
    void fillFromDocument(slot, htmlKey);
  }, [htmlKey]);

  return <Tag ref={ref as never} className={className} {...attributes} data-html-slot={htmlKey} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html ?? '' }} />;
}

async function fillFromDocument(slot: HTMLElement, htmlKey: string) {
  const page = await pageDocument();
  const source = page.querySelector(`[data-html-slot="${CSS.escape(htmlKey)}"]`);
  // The page changed again since this payload was made: load it whole.
  if (!source) return window.location.reload();
  if (slot.dataset.htmlSlot !== htmlKey) return;
  slot.replaceChildren(...[...source.childNodes].map((node) => document.importNode(node, true)));
  slot.dispatchEvent(new Event(HTML_SLOT_FILLED, { bubbles: true }));
}

let documentRequest: { path: string; page: Promise<Document> } | undefined;

/** The page's document, fetched once for all the slots that mount together (a page has several). */
function pageDocument(): Promise<Document> {
  const path = window.location.pathname;
  if (documentRequest?.path !== path) {
    const page = fetch(path, { headers: { accept: 'text/html' } })
      .then((response) => response.text())
      .then((html) => new DOMParser().parseFromString(html, 'text/html'));
    const request = { path, page };
    documentRequest = request;
    // Later mounts (the next refresh) fetch afresh.
    void page.then(
      () => (documentRequest === request ? (documentRequest = undefined) : undefined),
      () => (documentRequest === request ? (documentRequest = undefined) : undefined),
    );
  }
  return documentRequest.page;
}
