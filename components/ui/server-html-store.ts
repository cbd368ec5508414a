/**
 * HTML handed from a server component to the server rendering of a client
 * component in the same process, so that it reaches the page once (as HTML)
 * and not a second time inside the App Router's payload (see StaticHtml.tsx).
 * The two live in different module graphs of one process, hence globalThis.
 */
type Store = Map<string, string>;

const STORE_KEY = Symbol.for('postmortems.server-html');
/** Pages rendered at once by one build worker stay far below this. */
const CAPACITY = 2000;

function store(): Store {
  const holder = globalThis as { [STORE_KEY]?: Store };
  holder[STORE_KEY] ??= new Map();
  return holder[STORE_KEY];
}

/**
 * Keeps `html` for the server rendering and returns its key: a 53-bit hash, so
 * the same HTML always gets the same key, and two of the few thousand strings
 * a build holds at once share one with a chance under 10⁻⁹. Every page carries
 * its keys twice (payload and HTML), hence no more than that.
 */
export function putServerHtml(html: string): string {
  const key = hash(html);
  const held = store();
  held.delete(key);
  held.set(key, html);
  if (held.size > CAPACITY) held.delete(held.keys().next().value!);
  return key;
}

export function serverHtml(key: string): string | undefined {
  return store().get(key);
}

/** cyrb53: a fast 53-bit string hash (no node:crypto, so the module also loads in the browser bundle). */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
