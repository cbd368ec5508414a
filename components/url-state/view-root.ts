/**
 * The element whose attributes carry the reader's view of an incident page:
 * `data-zone` (incident | utc | other), `data-hide-kinds` (kinds the filter
 * hides), `data-linked` (the address names an element), `data-ready` (scripts
 * are running) and, from the server, `data-chunked` (the timeline is written
 * in chunks). CSS in app/globals.css does the rest.
 */
export function viewRoot(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-incident-view]');
}
