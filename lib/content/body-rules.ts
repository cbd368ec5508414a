import GithubSlugger from 'github-slugger';
import type { DiagnosticCode } from './codes';
import { clockTimesWithoutZoneAt, timeWithoutZoneMessage } from './clock-times';
import { didYouMean } from './suggest';

/** Components an incident body may use; `components/mdx` renders them. */
export const BODY_COMPONENTS = ['EventRef', 'Callout'] as const;

/**
 * Everything the body may hold besides Markdown, each with the attributes it
 * may carry: the components, and a little inline HTML with no way to run code
 * or restyle the page. What passes here is exactly what the page renders.
 */
export const BODY_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  EventRef: ['id'],
  Callout: ['title'],
  abbr: ['title'],
  br: [],
  del: [],
  ins: [],
  kbd: [],
  mark: [],
  sub: [],
  sup: [],
};

const HTML_ELEMENTS = Object.keys(BODY_ELEMENTS).filter((name) => /^[a-z]/.test(name));

export type MdastNode = {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
  /** A link's or link definition's address. */
  url?: string;
  position?: { start: { line: number; column: number } };
};

export type BodyProblem = { line: number; column: number; code: DiagnosticCode; message: string };

/**
 * What the body is checked against: events it may point at, anchors already taken on the page,
 * and the zone for examples; and each event's time as `<EventRef>` shows it in the incident's
 * zone (`15:12 PST`), for the body's searchable text. `idsComplete` is false when a list of the
 * frontmatter could not be read: references into it wait, as its own error says what is wrong.
 */
export type BodyContext = {
  eventIds: ReadonlySet<string>;
  takenAnchors: ReadonlySet<string>;
  idsComplete: boolean;
  zoneAbbreviation?: string;
  eventTimes: ReadonlyMap<string, string>;
};

/** `{/* … *\/}`: MDX's comment, which renders nothing and runs nothing. */
export function isComment(node: MdastNode): boolean {
  return typeof node.value === 'string' && node.value.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}

function textOf(node: MdastNode): string {
  return typeof node.value === 'string' ? node.value : (node.children ?? []).map(textOf).join('');
}

/** Whether anything would show inside an element: text, an element or an expression, comments and blanks aside. */
function hasContent(node: MdastNode): boolean {
  return (node.children ?? []).some((child) =>
    child.type === 'text'
      ? String(child.value).trim() !== ''
      : child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression'
        ? !isComment(child)
        : child.type.startsWith('mdxJsx') || hasContent(child),
  );
}

/**
 * Checks what mdx-bundler would otherwise accept silently: bodies are prose
 * plus a few known components, with no imports, exports or `{expressions}`
 * (which would run at build time and could print build-time data into pages),
 * and every `<EventRef id>` names a real event.
 */
export function checkBody(node: MdastNode, context: BodyContext, slugger: GithubSlugger, problems: BodyProblem[]) {
  const at = node.position?.start ?? { line: 1, column: 1 };
  const report = (code: DiagnosticCode, message: string) => problems.push({ line: at.line, column: at.column, code, message });

  switch (node.type) {
    case 'mdxjsEsm':
      report('body-import-export', 'expected prose and components, got import/export; incident bodies cannot import code');
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isComment(node)) report('body-expression', 'expected prose and components, got a {…} expression; write the text itself instead, and a brace meant as text as \\{ (a comment, {/* … */}, is fine)');
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name;
      const isComponent = name != null && /^[A-Z]|\./.test(name);
      const allowedAttributes = name != null && Object.hasOwn(BODY_ELEMENTS, name) ? BODY_ELEMENTS[name] : undefined;
      if (isComponent && !(BODY_COMPONENTS as readonly string[]).includes(name)) {
        report('unknown-component', `expected one of the components ${BODY_COMPONENTS.map((c) => `<${c}>`).join(', ')}, got unknown component <${name}>`);
      } else if (!isComponent && allowedAttributes === undefined) {
        const found = name == null ? 'a <> fragment' : `a <${name}> element`;
        report('forbidden-element', `expected Markdown, a component or one of the elements ${HTML_ELEMENTS.map((element) => `<${element}>`).join(', ')}, got ${found}, which is not allowed in incident bodies`);
      }
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
          report('attribute-expression', `expected plain "quoted" attribute values on <${name ?? ''}>, got a {…} expression`);
        } else if (allowedAttributes !== undefined && !allowedAttributes.includes(attribute.name ?? '')) {
          const expected = allowedAttributes.length > 0 ? `only ${allowedAttributes.map((allowed) => `"${allowed}"`).join(', ')}` : 'no attributes';
          report('forbidden-attribute', `expected ${expected} on <${name}>, got "${attribute.name}"${attribute.name === 'style' ? ' (the page cannot render a style written as text)' : ''}`);
        }
      }
      if (name === 'EventRef') {
        const id = node.attributes?.find((attribute) => attribute.name === 'id')?.value;
        if (hasContent(node)) {
          report('event-ref-content', `expected <EventRef id="…" /> with nothing inside: it shows the event's time, linked to it, and nothing put inside; write the words around it instead, e.g. the alert (<EventRef id="${typeof id === 'string' ? id : '…'}" />)`);
        }
        if (typeof id !== 'string') report('event-ref-without-id', 'expected <EventRef id="…"> with the id of a timeline event');
        else if (context.idsComplete && !context.eventIds.has(id)) {
          const hint = didYouMean(id, context.eventIds) || (context.takenAnchors.has(id) ? `; "${id}" names another part of the page, not an event (link to it with [text](#${id}))` : '');
          report('unknown-event-ref', `expected <EventRef id> to name a timeline event, got "${id}"${hint}`);
        }
      }
      break;
    }
    case 'heading': {
      // The same slugs rehype-slug will give; a clash would make a link open the wrong place.
      const slug = slugger.slug(textOf(node));
      if (context.takenAnchors.has(slug)) {
        report('heading-anchor-clash', `expected a heading whose anchor is not already used on the page, got "#${slug}" (an id in the frontmatter or a page section)`);
      }
      break;
    }
  }
  for (const child of node.children ?? []) checkBody(child, context, slugger, problems);
}

/** The anchors the body's headings get, as rehype-slug gives them. */
function headingAnchors(node: MdastNode, slugger: GithubSlugger, anchors: Set<string>): Set<string> {
  if (node.type === 'heading') anchors.add(slugger.slug(textOf(node)));
  for (const child of node.children ?? []) headingAnchors(child, slugger, anchors);
  return anchors;
}

/** Every link within the page (`[text](#anchor)`) names a place on it: a section, an id of the frontmatter or a heading of the body. */
export function checkAnchorLinks(tree: MdastNode, context: BodyContext, problems: BodyProblem[]) {
  if (!context.idsComplete) return;
  const anchors = headingAnchors(tree, new GithubSlugger(), new Set(context.takenAnchors));
  const check = (node: MdastNode) => {
    if ((node.type === 'link' || node.type === 'definition') && node.url?.startsWith('#') && node.url.length > 1) {
      let anchor = node.url.slice(1);
      try {
        anchor = decodeURIComponent(anchor);
      } catch {
        // Left as written: no place on the page has a name that does not decode.
      }
      if (!anchors.has(anchor)) {
        const at = node.position?.start ?? { line: 1, column: 1 };
        problems.push({
          ...at,
          code: 'unknown-anchor',
          message: `expected a link to a place on this page (an event or other id of the frontmatter, a section or a heading of the body), got "#${anchor}"${didYouMean(anchor, anchors)}`,
        });
      }
    }
    for (const child of node.children ?? []) check(child);
  };
  check(tree);
}

/** Blocks of prose, whose inline text is read as one line of text. */
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

type Place = { line: number; column: number };
type Block = { text: string; pieces: { offset: number; start: Place; text: string }[] };

/** A block's text as a reader sees it, with where each piece of text starts; code and `<EventRef>` stand apart from the words around them. */
function readInline(node: MdastNode, block: Block) {
  if (node.type === 'text' && typeof node.value === 'string') {
    if (node.position) block.pieces.push({ offset: block.text.length, start: node.position.start, text: node.value });
    block.text += node.value;
  } else if (node.type === 'inlineCode' || node.type === 'mdxTextExpression' || node.type === 'break' || (node.type === 'mdxJsxTextElement' && node.name === 'EventRef')) {
    block.text += ' \u2063 ';
  } else {
    for (const child of node.children ?? []) readInline(child, block);
  }
}

/** Where the character at `offset` of a block's text is in the file. */
function placeOf(block: Block, offset: number): Place {
  const piece = block.pieces.findLast((candidate) => candidate.offset <= offset) ?? block.pieces[0]!;
  const before = piece.text.slice(0, offset - piece.offset);
  const lastBreak = before.lastIndexOf('\n');
  return lastBreak < 0
    ? { line: piece.start.line, column: piece.start.column + before.length }
    : { line: piece.start.line + before.split('\n').length - 1, column: before.length - lastBreak };
}

/**
 * Clock times in the body's prose with no zone after them or after the range
 * they open (clock-times.ts), one warning per paragraph, heading or table
 * cell, at its first such time. `<EventRef>` already shows a time in the
 * reader's zone; code is left as written.
 */
export function checkBodyClockTimes(node: MdastNode, context: BodyContext, warnings: BodyProblem[]) {
  if (PROSE_BLOCKS.has(node.type)) {
    const block: Block = { text: '', pieces: [] };
    for (const child of node.children ?? []) readInline(child, block);
    const bare = clockTimesWithoutZoneAt(block.text);
    if (bare.length > 0) {
      warnings.push({ ...placeOf(block, bare[0]!.index), code: 'time-without-zone', message: timeWithoutZoneMessage(bare.map((time) => time.text), context.zoneAbbreviation) });
    }
    return;
  }
  for (const child of node.children ?? []) checkBodyClockTimes(child, context, warnings);
}
