'use client';

import { useSyncExternalStore } from 'react';

/**
 * The URL as view state. Components read it with `useUrl()` and change it
 * with `replaceUrl()`, which rewrites the current history entry (a filter or a
 * zone is not a place to go back to) and tells every reader.
 */
const URL_CHANGE = 'view-url-change';

function subscribe(onChange: () => void) {
  for (const event of ['popstate', 'hashchange', URL_CHANGE]) window.addEventListener(event, onChange);
  return () => {
    for (const event of ['popstate', 'hashchange', URL_CHANGE]) window.removeEventListener(event, onChange);
  };
}

const readUrl = () => `${window.location.search}${window.location.hash}`;
const readSearch = () => window.location.search;
const readNothing = () => null;

/** `?query#hash` of the current URL; null in the prerendered HTML and while hydrating. */
export function useUrl(): string | null {
  return useSyncExternalStore(subscribe, readUrl, readNothing);
}

/** `?query` of the current URL, without the hash a link may add; null in the prerendered HTML and while hydrating. */
export function useUrlSearch(): string | null {
  return useSyncExternalStore(subscribe, readSearch, readNothing);
}

/** Replaces the query (a string starting with `?`, or empty), keeping the path and the hash. */
export function replaceUrl(query: string): void {
  window.history.replaceState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
  window.dispatchEvent(new Event(URL_CHANGE));
}
