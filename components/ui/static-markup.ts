import { Fragment, type ReactNode } from 'react';

/**
 * HTML for a tree of server components that never change in the browser,
 * written as React's `renderToStaticMarkup` writes it (a unit test holds the
 * two equal on every section of every incident). React does not allow
 * `react-dom/server` inside server components, hence this small copy.
 *
 * Why not let React render them: the App Router serializes every element a
 * server component returns into the page's payload and hydrates each one.
 * Handed over as one string, a static section is one element to hydrate and
 * one text row in the payload instead of a tree of objects.
 *
 * Only what static sections use: intrinsic elements, fragments and plain
 * function components. A client component, an async component or a context
 * is an error here, never silently dropped.
 */
export function renderStaticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string') return escapeReactText(node);
  if (typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map(renderStaticMarkup).join('');
  if (typeof node === 'object' && Symbol.iterator in node) return [...(node as Iterable<ReactNode>)].map(renderStaticMarkup).join('');
  if (!isElement(node)) throw new Error(`static markup cannot render ${describe(node)}`);

  const { type, props } = node;
  if (type === Fragment) return renderStaticMarkup(props.children as ReactNode);
  if (typeof type === 'function') {
    if ((type as { $$typeof?: symbol }).$$typeof === CLIENT_REFERENCE) {
      throw new Error('static markup cannot render a client component; keep it outside <StaticHtml>');
    }
    const rendered = (type as (props: unknown) => unknown)(props);
    if (rendered instanceof Promise) throw new Error(`static markup cannot render the async component ${type.name}`);
    return renderStaticMarkup(rendered as ReactNode);
  }
  if (typeof type !== 'string') throw new Error(`static markup cannot render ${describe(type)}`);
  return renderIntrinsic(type, props);
}

const ELEMENT = Symbol.for('react.transitional.element');
const LEGACY_ELEMENT = Symbol.for('react.element');
const CLIENT_REFERENCE = Symbol.for('react.client.reference');

type Element = { $$typeof: symbol; type: unknown; props: Record<string, unknown> };

function isElement(node: unknown): node is Element {
  const tag = (node as { $$typeof?: unknown }).$$typeof;
  return tag === ELEMENT || tag === LEGACY_ELEMENT;
}

function describe(value: unknown): string {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'object' && value !== null) return `an object (${Object.keys(value).join(', ')})`;
  return typeof value;
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Their text is CSS or script, written as given. */
const RAW_TEXT_ELEMENTS = new Set(['style', 'script']);
const BOOLEAN_ATTRIBUTES = new Set(['async', 'defer', 'disabled', 'hidden', 'open', 'required', 'readOnly', 'reversed', 'noModule', 'autoPlay', 'controls', 'loop', 'inert']);
const NOT_ATTRIBUTES = new Set(['children', 'dangerouslySetInnerHTML', 'suppressHydrationWarning', 'suppressContentEditableWarning', 'key', 'ref']);
const ALIASES: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  tabIndex: 'tabindex',
  crossOrigin: 'crossorigin',
  httpEquiv: 'http-equiv',
  acceptCharset: 'accept-charset',
  xlinkHref: 'xlink:href',
};
/** SVG presentation attributes React writes hyphenated. */
const HYPHENATED = new Set([
  'clipPath', 'clipRule', 'dominantBaseline', 'fillOpacity', 'fillRule', 'fontFamily', 'fontSize', 'fontWeight', 'markerEnd', 'markerMid', 'markerStart',
  'shapeRendering', 'stopColor', 'stopOpacity', 'strokeDasharray', 'strokeDashoffset', 'strokeLinecap', 'strokeLinejoin', 'strokeMiterlimit',
  'strokeOpacity', 'strokeWidth', 'textAnchor', 'textRendering', 'vectorEffect',
]);

function renderIntrinsic(tag: string, props: Record<string, unknown>): string {
  let html = `<${tag}`;
  for (const [name, value] of Object.entries(props)) {
    if (NOT_ATTRIBUTES.has(name) || value === null || value === undefined) continue;
    if (/^on[A-Z]/.test(name)) throw new Error(`static markup cannot keep the event handler ${name} on <${tag}>`);
    if (name === 'style') {
      const css = styleText(value as Record<string, unknown>);
      if (css) html += ` style="${escapeReactText(css)}"`;
      continue;
    }
    if (BOOLEAN_ATTRIBUTES.has(name)) {
      if (value) html += ` ${name}=""`;
      continue;
    }
    const isData = name.startsWith('data-') || name.startsWith('aria-');
    if (typeof value === 'boolean' && !isData) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'bigint' && typeof value !== 'boolean') continue;
    const attribute = ALIASES[name] ?? (HYPHENATED.has(name) ? name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`) : name);
    html += ` ${attribute}="${escapeReactText(String(value))}"`;
  }
  html += '>';
  if (VOID_ELEMENTS.has(tag)) return html.slice(0, -1) + '/>';
  const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  if (inner) html += inner.__html ?? '';
  else if (RAW_TEXT_ELEMENTS.has(tag)) html += rawText(props.children);
  else html += renderStaticMarkup(props.children as ReactNode);
  return `${html}</${tag}>`;
}

function rawText(children: unknown): string {
  const text = Array.isArray(children) ? children.join('') : String(children ?? '');
  // The one sequence that would end the element early.
  return text.replace(/<\/(style|script)/gi, '<\\/$1');
}

/** Properties whose numbers React writes without `px`. */
const UNITLESS = new Set([
  'animationIterationCount', 'aspectRatio', 'columnCount', 'columns', 'flex', 'flexGrow', 'flexShrink', 'fontWeight', 'gridArea', 'gridColumn',
  'gridColumnEnd', 'gridColumnStart', 'gridRow', 'gridRowEnd', 'gridRowStart', 'lineClamp', 'lineHeight', 'opacity', 'order', 'orphans', 'scale',
  'tabSize', 'widows', 'zIndex', 'zoom', 'fillOpacity', 'floodOpacity', 'stopOpacity', 'strokeDasharray', 'strokeDashoffset', 'strokeMiterlimit',
  'strokeOpacity', 'strokeWidth',
]);

function styleText(style: Record<string, unknown>): string {
  const declarations: string[] = [];
  for (const [property, value] of Object.entries(style)) {
    if (value === null || value === undefined || typeof value === 'boolean' || value === '') continue;
    const name = property.startsWith('--') ? property : property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`).replace(/^ms-/, '-ms-');
    const text = typeof value === 'number' && value !== 0 && !property.startsWith('--') && !UNITLESS.has(property) ? `${value}px` : String(value).trim();
    declarations.push(`${name}:${text}`);
  }
  return declarations.join(';');
}

// React's own escapes, to the byte (`&#x27;`, where lib/html-text.ts writes `&#39;`): this markup must equal React's.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

function escapeReactText(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}
