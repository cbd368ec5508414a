'use client';

import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { useRefreshOnContentChange } from './content-changes';

/** Development only: the open page shows each saved change of a content file. */
export function ContentRefresh() {
  const router = useRouter();
  useRefreshOnContentChange(useCallback(() => router.refresh(), [router]));
  return null;
}
