/**
 * The element whose attributes carry the reader's view of an incident page:
 * `data-zone` (incident | utc | other), `data-hide-kinds` (kinds the filter
 * hides), `data-linked` (the address names an element) and `data-ready`
 * (scripts are running). CSS in app/globals.css does the rest.
 */
export function viewRoot(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-incident-view]');
}
