'use client';

import { useEffect } from 'react';

/** Served by app/dev/content-changes/route.dev.ts, in `npm run dev` only. */
const CONTENT_CHANGES_PATH = '/dev/content-changes';

let retryErrorPage: (() => void) | undefined;

/**
 * Development only. Content is read from disk, outside the module graph that
 * hot reload watches: the dev server pushes one message per change in the
 * content folder, and the open page renders again on the server, once. While
 * an error page is shown, the change retries it instead. An idle tab makes no
 * requests.
 */
export function useRefreshOnContentChange(refresh: () => void) {
  useEffect(() => {
    const changes = new EventSource(CONTENT_CHANGES_PATH);
    changes.onmessage = () => (retryErrorPage ?? refresh)();
    return () => changes.close();
  }, [refresh]);
}

/** While the error page is shown, a content change retries it. */
export function useRetryOnContentChange(retry: () => void) {
  useEffect(() => {
    retryErrorPage = retry;
    return () => {
      if (retryErrorPage === retry) retryErrorPage = undefined;
    };
  }, [retry]);
}
