import { describe, expect, it } from 'vitest';
import type { MdastNode } from '@/lib/content/body-rules';
import { narrativeSections } from '@/lib/content/narrative';

const text = (value: string) => ({ type: 'text', value });
const paragraph = (...children: MdastNode[]) => ({ type: 'paragraph', children });
const heading = (value: string) => ({ type: 'heading', children: [text(value)] });

describe('the narrative as searchable text', () => {
  it('cuts the body at its headings, with the anchors the page gives them', () => {
    const root: MdastNode = {
      type: 'root',
      children: [
        paragraph(text('Before any heading.')),
        heading('What happened'),
        paragraph(text('It broke '), { type: 'emphasis', children: [text('badly')] }, text('.')),
        { type: 'list', children: [{ type: 'listItem', children: [paragraph(text('one'))] }, { type: 'listItem', children: [paragraph(text('two'))] }] },
        heading('What happened'),
        { type: 'mdxJsxFlowElement', children: [paragraph(text('Inside a callout.'))] },
      ],
    };
    expect(narrativeSections(root)).toEqual([
      { id: 'narrative', heading: undefined, text: 'Before any heading.' },
      { id: 'what-happened', heading: 'What happened', text: 'It broke badly. one two' },
      { id: 'what-happened-1', heading: 'What happened', text: 'Inside a callout.' },
    ]);
  });

  it('leaves out an empty lead, and keeps a heading without text', () => {
    expect(narrativeSections({ type: 'root', children: [heading('Only a heading')] })).toEqual([
      { id: 'only-a-heading', heading: 'Only a heading', text: '' },
    ]);
  });
});
