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
    expect(narrativeSections(root, new Map())).toEqual([
      { id: 'narrative', heading: undefined, text: 'Before any heading.' },
      { id: 'what-happened', heading: 'What happened', text: 'It broke badly. one two' },
      { id: 'what-happened-1', heading: 'What happened', text: 'Inside a callout.' },
    ]);
  });

  it('leaves out an empty lead, and keeps a heading without text', () => {
    expect(narrativeSections({ type: 'root', children: [heading('Only a heading')] }, new Map())).toEqual([
      { id: 'only-a-heading', heading: 'Only a heading', text: '' },
    ]);
  });

  it('reads each <EventRef> as its event\'s time, in prose and in headings, while a heading keeps the anchor the page gives it', () => {
    const ref = (id: string) => ({ type: 'mdxJsxTextElement', name: 'EventRef', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }] });
    const root: MdastNode = {
      type: 'root',
      children: [
        paragraph(text('The rollout reached production at '), ref('deployed'), text(', and traffic shifted from '), ref('shifted'), text('.')),
        { type: 'heading', children: [text('After '), ref('recovered')] },
      ],
    };
    const times = new Map([
      ['deployed', '15:12 PST'],
      ['shifted', '≈\u202F15:27 PST'],
      ['recovered', '19:38 PST'],
    ]);
    expect(narrativeSections(root, times)).toEqual([
      { id: 'narrative', heading: undefined, text: 'The rollout reached production at 15:12 PST, and traffic shifted from ≈ 15:27 PST.' },
      { id: 'after-', heading: 'After 19:38 PST', text: '' },
    ]);
  });
});
