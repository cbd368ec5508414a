import { describe, expect, it } from 'vitest';
import { deferredSectionsHtml } from '@/components/incident/deferred-sections-html';
import { SHOW_LINKED_SECTION_SCRIPT } from '@/components/ui/deferred-html';

const sections = '<section id="root-cause"><h2>Root cause</h2></section><section id="remediations"><h2>Remediations</h2></section>';

describe('the sections after the timeline', () => {
  it('are written inside <noscript> in a holder marked data-deferred, the script that shows a linked one right after it', () => {
    expect(deferredSectionsHtml(sections)).toBe(
      `<div class="deferred-sections" data-deferred><noscript>${sections}</noscript></div><script>${SHOW_LINKED_SECTION_SCRIPT}</script>`,
    );
  });

  it('are written as elements when their HTML would close the noscript itself', () => {
    const closing = `${sections}<p>A writeup that quotes <code></noscript></code> as raw HTML</p>`;
    const html = deferredSectionsHtml(closing);
    expect(html).toBe(`<div class="deferred-sections">${closing}</div>`);
    expect(html).not.toContain('data-deferred');
    expect(deferredSectionsHtml(sections.replace('</h2>', '</NoScript ></h2>'))).not.toContain('data-deferred');
  });

  describe('the script after them, run as the page is parsed', () => {
    /** Runs the script against a holder whose noscript still holds `sections` as text, with `hash` as the address's fragment. */
    function run(hash: string) {
      const text = { textContent: sections, outerHTML: '<noscript>…</noscript>' };
      const holder = { textContent: sections, firstChild: text, deferred: true, removeAttribute: (name: string) => name === 'data-deferred' && (holder.deferred = false) };
      new Function('document', 'location', SHOW_LINKED_SECTION_SCRIPT)({ currentScript: { previousSibling: holder } }, { hash });
      return { shown: text.outerHTML === sections, deferred: holder.deferred };
    }

    it('shows them when the address names an element in them', () => {
      expect(run('#remediations')).toEqual({ shown: true, deferred: false });
    });

    it('leaves them as text for no fragment, one naming something else, or a malformed one', () => {
      for (const hash of ['', '#timeline', '#remediation', '#%E0%A4%A']) expect(run(hash), hash).toEqual({ shown: false, deferred: true });
    });
  });
});
