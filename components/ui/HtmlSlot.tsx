'use client';

import { useLayoutEffect, useRef } from 'react';
import { serverHtml } from './server-html-store';

/**
 * Server-rendered HTML that the App Router's payload carries only as a key
 * (StaticHtml.tsx says why). On the server the key finds the HTML; in the
 * browser, hydration keeps what the server wrote. Mounted afresh by a
 * client-side navigation (the payload has no HTML), it takes its HTML from the
 * page's own document.
 */
export type HtmlSlotProps = { htmlKey: string; as?: 'div' | 'ol'; className?: string; 'aria-label'?: string };

export function HtmlSlot({ htmlKey, as: Tag = 'div', ...attributes }: HtmlSlotProps) {
  const ref = useRef<HTMLElement>(null);
  const html = typeof window === 'undefined' ? serverHtml(htmlKey) : undefined;
  if (typeof window === 'undefined' && html === undefined) throw new Error(`no server HTML under the key ${htmlKey}`);

  useLayoutEffect(() => {
    const slot = ref.current;
    if (!slot || slot.hasChildNodes()) return;
    void fillFromDocument(slot, htmlKey);
  }, [htmlKey]);

  return <Tag ref={ref as never} {...attributes} data-html-slot={htmlKey} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html ?? '' }} />;
}

async function fillFromDocument(slot: HTMLElement, htmlKey: string) {
  const response = await fetch(window.location.pathname, { headers: { accept: 'text/html' } });
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const source = page.querySelector(`[data-html-slot="${CSS.escape(htmlKey)}"]`);
  if (source && !slot.hasChildNodes()) slot.replaceChildren(...[...source.childNodes].map((node) => document.importNode(node, true)));
}
