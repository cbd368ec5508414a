'use client';

import { useEffect, useState } from 'react';

const RESET_AFTER_MS = 2000;

/**
 * One click handler for every event's "Copy link" button: copies the event's
 * absolute URL, with the reader's view, and announces the result once for the list.
 */
export function CopyLinks() {
  const [message, setMessage] = useState('');

  useEffect(() => {
    let lastButton: HTMLElement | undefined;
    let timer: number | undefined;
    const onClick = async (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLElement>('button.tl-copy') : null;
      const item = button?.closest('li.timeline-event');
      if (!button || !item) return;
      const { origin, pathname, search } = window.location;
      let copied = true;
      try {
        await navigator.clipboard.writeText(`${origin}${pathname}${search}#${item.id}`);
      } catch {
        copied = false;
      }
      if (lastButton && lastButton !== button) lastButton.textContent = 'Copy link';
      lastButton = button;
      button.textContent = copied ? 'Copied' : 'Copy failed';
      setMessage(copied ? 'Link copied' : 'Could not copy the link');
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        button.textContent = 'Copy link';
        setMessage('');
      }, RESET_AFTER_MS);
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      window.clearTimeout(timer);
    };
  }, []);

  return (
    <p role="status" className="sr-only">
      {message}
    </p>
  );
}
