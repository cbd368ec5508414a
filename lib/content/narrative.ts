import GithubSlugger from 'github-slugger';
import type { MdastNode } from './body-rules';

/**
 * The narrative as plain text, cut at its headings: what search indexes, each
 * part under the anchor a reader lands on. Text before the first heading
 * belongs to the page's `#narrative` section; each heading's part to the slug
 * rehype-slug gives that heading on the page.
 */
export type NarrativeSection = { id: string; heading: string | undefined; text: string };


const BLOCKS = new Set(['paragraph', 'listItem', 'blockquote', 'tableCell', 'code', 'mdxJsxFlowElement']);

/** The text a reader reads: an `<EventRef>` reads as its event's time (`eventTimes`). */
function textOf(node: MdastNode, eventTimes: ReadonlyMap<string, string>): string {
  // Expressions left after the check are comments: nothing to read.
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return '';
  if (node.type === 'mdxJsxTextElement' && node.name === 'EventRef') {
    const id = node.attributes?.find((attribute) => attribute.name === 'id')?.value;
    return typeof id === 'string' ? (eventTimes.get(id) ?? '') : '';
  }
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((child) => textOf(child, eventTimes)).join('');
}

const NO_TIMES: ReadonlyMap<string, string> = new Map();

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

export function narrativeSections(root: MdastNode, eventTimes: ReadonlyMap<string, string>): NarrativeSection[] {
  const slugger = new GithubSlugger();
  const sections: NarrativeSection[] = [{ id: 'narrative', heading: undefined, text: '' }];
  // In document order, headings nested in components included, as rehype-slug counts them.
  const walk = (node: MdastNode) => {
    if (node.type === 'heading') {
      // The anchor is rehype-slug's, from the heading's text without its components.
      sections.push({ id: slugger.slug(textOf(node, NO_TIMES)), heading: tidy(textOf(node, eventTimes)), text: '' });
    } else if (BLOCKS.has(node.type) && !(node.children ?? []).some((child) => BLOCKS.has(child.type) || child.type === 'heading')) {
      const section = sections.at(-1)!;
      section.text = tidy(`${section.text} ${textOf(node, eventTimes)}`);
    } else {
      (node.children ?? []).forEach(walk);
    }
  };
  walk(root);
  return sections.filter((section) => section.heading !== undefined || section.text !== '');
}
