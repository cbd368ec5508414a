import { useEffect, useState } from 'react';

/**
 * One click handler for every event's "Copy link" button: copies the event's
 * absolute URL, with the reader's view. Returns the result to announce, once
 * for the list. The button says "Copied" until focus leaves it, so no reader
 * has to catch a timed message.
 */
export function useCopyLinks(): string {
  const [message, setMessage] = useState('');

  useEffect(() => {
    let lastButton: HTMLElement | undefined;
    const reset = () => {
      if (lastButton) lastButton.textContent = 'Copy link';
      lastButton = undefined;
      setMessage('');
    };
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
      if (lastButton !== button) reset();
      lastButton = button;
      button.textContent = copied ? 'Copied' : 'Copy failed';
      setMessage(copied ? 'Link copied' : 'Could not copy the link');
    };
    const onFocusOut = (event: FocusEvent) => {
      if (lastButton && event.target === lastButton) reset();
    };
    document.addEventListener('click', onClick);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, []);

  return message;
}
