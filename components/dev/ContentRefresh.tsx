'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

const INTERVAL_MS = 1500;

/**
 * Development only. Content is read from disk, outside the module graph that
 * hot reload watches, so the open page re-renders on the server every moment
 * while it is visible: an edited, broken or fixed incident file shows up
 * without a restart or a manual reload.
 */
export function ContentRefresh() {
  const router = useRouter();
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') router.refresh();
    }, INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [router]);
  return null;
}
