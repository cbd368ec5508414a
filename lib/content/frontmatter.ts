import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { DiagnosticCode } from './codes';
import { contentError, type Diagnostic } from './diagnostic';

/**
 * Splits an MDX file into YAML frontmatter and body. The YAML is read as
 * YAML 1.2 core, so `2024-12-11T15:12:00` stays the text the author wrote
 * (gray-matter's YAML 1.1 would turn it into a Date and silently assume UTC).
 */
export type SplitSource = {
  /** The frontmatter as plain data, or undefined when it could not be read. */
  data: unknown;
  /** The MDX body, with the frontmatter lines blanked so that line numbers match the file. */
  body: string;
  /** 1-based line and column in the file of the value at a field path (or of the nearest parent that exists). */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  /** 1-based line and column in the file of a key in the mapping at `path`. */
  locateKey(path: readonly PropertyKey[], key: string): { line: number; column: number };
  errors: Diagnostic[];
};

const START = /^---[ \t]*\n/;
const END = /^---[ \t]*$/m;

export function splitSource(file: string, raw: string): SplitSource {
  const source = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const nowhere = { line: 1, column: 1 };
  const failed = (code: DiagnosticCode, message: string, line = 1, column = 1): SplitSource => ({
    data: undefined,
    body: '',
    locate: () => nowhere,
    locateKey: () => nowhere,
    errors: [contentError({ file, line, column, path: 'file', code, message })],
  });

  if (source.trim() === '') {
    return failed('empty-file', 'the file is empty; expected YAML frontmatter between two "---" lines, then the MDX body');
  }
  const start = START.exec(source);
  if (!start) {
    return failed('missing-frontmatter', 'expected the file to start with a "---" line that opens the YAML frontmatter');
  }
  const rest = source.slice(start[0].length);
  const end = END.exec(rest);
  if (!end) {
    return failed('unclosed-frontmatter', 'expected a closing "---" line after the frontmatter', source.replace(/\n$/, '').split('\n').length);
  }

  const yamlText = rest.slice(0, end.index);
  const frontmatterLines = 1 + yamlText.split('\n').length;
  const bodyText = rest.slice(end.index + end[0].length).replace(/^\n/, '');
  const body = '\n'.repeat(frontmatterLines) + bodyText;

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };

  const errors: Diagnostic[] = doc.errors.map((error) => contentError({
    file,
    code: 'invalid-yaml',
    ...position(error.pos[0]),
    path: 'frontmatter',
    message: `invalid YAML: ${error.message.split('\n')[0]}`,
  }));

  const walk = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let pair: Pair | undefined;
    let found: unknown = node;
    for (const segment of path) {
      pair = undefined;
      if (isMap(node)) {
        pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
        node = pair?.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
      } else {
        node = undefined;
      }
      if (node == null && pair === undefined) break;
      found = node ?? pair?.key;
    }
    return found;
  };
  const offsetOf = (node: unknown) => (node as Node | undefined)?.range?.[0] ?? 0;

  const locate = (path: readonly PropertyKey[]) => position(offsetOf(walk(path)));
  const locateKey = (path: readonly PropertyKey[], key: string) => {
    const map = walk(path);
    const pair = isMap(map) ? map.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
    return position(offsetOf(pair && isPair(pair) ? pair.key : map));
  };

  if (errors.length > 0) return { data: undefined, body, locate, locateKey, errors };

  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    errors.push(contentError({ file, line: 2, column: 1, path: 'frontmatter', code: 'frontmatter-not-mapping', message: 'expected the frontmatter to be a YAML mapping of fields' }));
    return { data: undefined, body, locate, locateKey, errors };
  }
  return { data, body, locate, locateKey, errors };
}
