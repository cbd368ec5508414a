import type { ReactNode } from 'react';
import { HtmlSlot, type HtmlSlotProps } from './HtmlSlot';
import { putServerHtml } from './server-html-store';
import { renderStaticMarkup } from './static-markup';

/**
 * Sections that never change in the browser, written into the page once.
 *
 * The App Router serializes every element a server component returns into the
 * page's payload, which the page carries beside its HTML, and hydrates each
 * one: the page would hold its text twice and React would walk every element.
 * Instead the sections become one HTML string (static-markup.ts), kept on the
 * server under a key; the payload carries only the key, and the client
 * component HtmlSlot writes the HTML during server rendering. The wrapper is
 * `display: contents` (HtmlSlot's default), so the sections lay out as if it were not there.
 */
export function StaticHtml({ children }: { children: ReactNode }) {
  return <PrerenderedHtml html={renderStaticMarkup(children)} />;
}

/** HTML already written (by static-markup.ts or a `…-html.ts` module), in the element given, written into the page once. */
export function PrerenderedHtml({ html, ...element }: Omit<HtmlSlotProps, 'htmlKey'> & { html: string }) {
  return <HtmlSlot {...element} htmlKey={putServerHtml(html)} />;
}
