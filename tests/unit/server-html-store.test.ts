import { describe, expect, it } from 'vitest';
import { putServerHtml, serverHtml } from '@/components/ui/server-html-store';

describe('server HTML store', () => {
  it('keeps HTML under a key that depends on the HTML alone', () => {
    const key = putServerHtml('<p>one</p>');
    expect(serverHtml(key)).toBe('<p>one</p>');
    expect(putServerHtml('<p>one</p>')).toBe(key);
    expect(putServerHtml('<p>two</p>')).not.toBe(key);
  });

  it('gives different keys to many different strings', () => {
    const keys = new Set(Array.from({ length: 1500 }, (_, i) => putServerHtml(`<li id="event-${i}">Event ${i}</li>`)));
    expect(keys.size).toBe(1500);
  });

  it('forgets the least recently stored HTML beyond its capacity, and keeps what was stored again', () => {
    const first = putServerHtml('<p>first</p>');
    const kept = putServerHtml('<p>kept</p>');
    for (let i = 0; i < 2000; i++) {
      if (i === 1000) putServerHtml('<p>kept</p>');
      putServerHtml(`<p>filler ${i}</p>`);
    }
    expect(serverHtml(first)).toBeUndefined();
    expect(serverHtml(kept)).toBe('<p>kept</p>');
  });
});
