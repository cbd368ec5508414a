import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { DiagnosticCode } from './codes';
import { diagnostic, formatFieldPath, type Diagnostic } from './diagnostic';
import { findLayoutProblem } from './yaml-layout';

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
  /** The comment after the value at a field path, on its line (`severity: sev3 # guess: …`). */
  commentOf(path: readonly PropertyKey[]): string | undefined;
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
    commentOf: () => undefined,
    errors: [diagnostic({ file, line, column, path: 'file', code, message })],
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

  // After a syntax error the parser's further complaints are mostly its own confusion (a tab
  // indent brings four more, and a field it reads out of place can look given twice): the
  // first is reported, and every key given twice before it.
  const firstSyntaxError = doc.errors.find((error) => error.code !== 'DUPLICATE_KEY');
  const reported = doc.errors.filter(
    (error) => error === firstSyntaxError || (error.code === 'DUPLICATE_KEY' && (firstSyntaxError === undefined || error.pos[0] < firstSyntaxError.pos[0])),
  );
  const layout = firstSyntaxError && findLayoutProblem(yamlText.split('\n'), 2);
  // An item's first field given again most often starts an item whose "- " is missing: that
  // is said once, not once for each of its fields.
  const newItemsWithoutDash = new Set<string>();
  const errors: Diagnostic[] = reported.flatMap((error) => {
    // The parser often complains a line late, or a line early, and in its own terms.
    if (error === firstSyntaxError && layout && Math.abs(layout.line - position(error.pos[0]).line) <= 1) {
      return [diagnostic({ file, code: 'invalid-yaml', line: layout.line, column: layout.column, path: 'frontmatter', message: `invalid YAML: ${layout.message}` })];
    }
    const duplicate = error.code === 'DUPLICATE_KEY' ? duplicateKeyAt(doc.contents, error.pos[0], []) : undefined;
    if (!duplicate) {
      return [diagnostic({ file, code: 'invalid-yaml', ...position(error.pos[0]), path: 'frontmatter', message: `invalid YAML: ${error.message.split('\n')[0]}` })];
    }
    const item = formatFieldPath(duplicate.path.slice(0, -1));
    if (newItemsWithoutDash.has(item)) return [];
    if (duplicate.startsItem) newItemsWithoutDash.add(item);
    const key = String(duplicate.path.at(-1));
    return [
      diagnostic({
        file,
        code: 'duplicate-field',
        ...position(error.pos[0]),
        path: formatFieldPath(duplicate.path),
        message: `expected each field once, got "${key}" again (first at line ${position(duplicate.firstOffset).line})${duplicate.startsItem ? `; if a new item starts here, begin its line with "- " ("- ${key}: …")` : ''}`,
      }),
    ];
  });

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
  const commentOf = (path: readonly PropertyKey[]) => {
    const node = walk(path);
    return isScalar(node) ? node.comment?.trim() : undefined;
  };
  const reader = { body, locate, locateKey, commentOf };

  if (errors.length > 0) return { data: undefined, ...reader, errors };

  errors.push(
    ...checkAliasesAndTags(doc, yamlText).map((problem) =>
      diagnostic({ file, ...position(problem.offset), path: problem.path.length > 0 ? formatFieldPath(problem.path) : 'frontmatter', code: problem.code, message: problem.message }),
    ),
  );
  if (errors.length > 0) return { data: undefined, ...reader, errors };

  let data: unknown;
  try {
    // checkAliasesAndTags has bounded what aliases can expand to; yaml's own count would reject legitimate reuse.
    data = doc.toJS({ maxAliasCount: -1 });
  } catch (error) {
    errors.push(diagnostic({ file, line: 2, column: 1, path: 'frontmatter', code: 'invalid-yaml', message: `invalid YAML: ${error instanceof Error ? error.message : String(error)}` }));
    return { data: undefined, ...reader, errors };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    errors.push(diagnostic({ file, line: 2, column: 1, path: 'frontmatter', code: 'frontmatter-not-mapping', message: 'expected the frontmatter to be a YAML mapping of fields' }));
    return { data: undefined, ...reader, errors };
  }
  return { data, ...reader, errors };
}

/**
 * The field path of the key that starts at `offset` and repeats an earlier key of its mapping, with
 * where that one starts, and whether it repeats the first key of a list item (`startsItem`).
 */
function duplicateKeyAt(node: unknown, offset: number, path: PropertyKey[], inList = false): { path: PropertyKey[]; firstOffset: number; startsItem: boolean } | undefined {
  if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      const found = duplicateKeyAt(item, offset, [...path, i], true);
      if (found) return found;
    }
  }
  if (!isMap(node)) return undefined;
  for (const item of node.items) {
    if (!isScalar(item.key)) continue;
    const key = item.key.value;
    if (item.key.range?.[0] === offset) {
      const first = node.items.find((other) => isScalar(other.key) && other.key.value === key)!;
      return { path: [...path, String(key)], firstOffset: (first.key as Node).range?.[0] ?? offset, startsItem: inList && first === node.items[0] };
    }
    const found = duplicateKeyAt(item.value, offset, [...path, String(key)]);
    if (found) return found;
  }
  return undefined;
}

/** Aliases may add at most this many values to the frontmatter, all aliases together. */
export const MAX_ALIAS_EXPANSION = 10_000;

type MarkerProblem = { offset: number; path: PropertyKey[]; code: DiagnosticCode; message: string };

/**
 * Every alias must name an anchor set before it and outside itself, and all
 * aliases together may not blow the frontmatter up (the "billion laughs").
 * Sizes are counted once per node, children before parents, without recursion.
 */
function checkAliasesAndTags(doc: Document, yamlText: string): MarkerProblem[] {
  const problems: MarkerProblem[] = [];
  const anchors = new Map<string, Node>();
  const used = new Set<Node>();
  const textAnchors: { node: Scalar; path: PropertyKey[] }[] = [];
  const open = new Set<Node>();
  const size = new Map<unknown, number>();
  let added = 0;

  type Frame = { node: unknown; entered: boolean; path: PropertyKey[] };
  const stack: Frame[] = [{ node: doc.contents, entered: false, path: [] }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { node, path } = frame;
    if (node == null) continue;
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      const target = anchors.get(node.source);
      if (!target) {
        problems.push({ offset, path, code: 'yaml-unknown-alias', message: `expected an anchor "&${node.source}" set above the alias, got "*${node.source}" with no such anchor` });
      } else if (open.has(target)) {
        problems.push({ offset, path, code: 'yaml-recursive-alias', message: `expected an alias outside the value it names, got "*${node.source}" inside "&${node.source}"` });
      } else {
        used.add(target);
        const grows = size.get(target) ?? 1;
        added += grows;
        size.set(node, grows);
        if (added > MAX_ALIAS_EXPANSION && added - grows <= MAX_ALIAS_EXPANSION) {
          problems.push({ offset, path, code: 'yaml-alias-expansion', message: `expected aliases to repeat at most ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} values in all, got more at "*${node.source}"` });
        }
      }
      continue;
    }
    const children = isCollection(node) ? node.items : isPair(node) ? [node.key, node.value] : [];
    if (!frame.entered) {
      frame.entered = true;
      stack.push(frame);
      if (isCollection(node) || isScalar(node)) {
        if (node.anchor) {
          anchors.set(node.anchor, node);
          open.add(node);
          if (isScalar(node)) textAnchors.push({ node, path });
        }
        if (node.tag) problems.push({ ...tagProblem(node), offset: markerOffset(yamlText, '!', node), path });
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], entered: false, path: childPath(node, i, path) });
      continue;
    }
    let total = isPair(node) ? 0 : 1;
    for (const child of children) total += size.get(child) ?? 0;
    size.set(node, Math.min(total, MAX_ALIAS_EXPANSION + 1));
    if (isCollection(node) || isScalar(node)) open.delete(node);
  }
  // An anchor no alias uses does nothing, but on text it takes the word it was: `title: &lock contention` is "contention".
  for (const { node, path } of textAnchors.filter((anchored) => !used.has(anchored.node))) {
    problems.push({
      offset: markerOffset(yamlText, '&', node),
      path,
      code: 'yaml-unused-anchor',
      message: `expected text, got the YAML anchor "&${node.anchor}" before ${JSON.stringify(String(node.value))}, which no alias uses; for text starting with "&", quote it: "&${node.anchor} ${String(node.value)}"`,
    });
  }
  return problems;
}

/** Tags are never needed in frontmatter; one before text is most often text starting with "!": `title: !important fix` is "fix". */
function tagProblem(node: Scalar | YAMLMap | YAMLSeq): { code: DiagnosticCode; message: string } {
  const tag = node.tag!.replace(/^tag:yaml\.org,2002:/, '!!');
  if (!isScalar(node)) return { code: 'yaml-tag', message: `expected plain YAML, got the tag "${tag}"; delete it` };
  const value = String(node.value);
  return tag.startsWith('!!')
    ? { code: 'yaml-tag', message: `expected plain YAML, got the tag "${tag}" before ${JSON.stringify(value)}; delete it, and quote the value to make it text: "${value}"` }
    : { code: 'yaml-tag', message: `expected text, got the YAML tag "${tag}" before ${JSON.stringify(value)}; for text starting with "!", quote it: "${tag} ${value}"` };
}

/** Where the anchor (`&`) or tag (`!`) written before a node starts: the node's own range begins after it. */
function markerOffset(yamlText: string, marker: '&' | '!', node: Node): number {
  const start = node.range?.[0] ?? 0;
  const found = yamlText.lastIndexOf(marker, start);
  const lineStart = yamlText.lastIndexOf('\n', start - 1) + 1;
  return found >= lineStart ? found : start;
}

/** The field path of a node's `i`th child: a pair's key and value stand at the pair's path, which its key names. */
function childPath(node: unknown, i: number, path: PropertyKey[]): PropertyKey[] {
  if (isSeq(node)) return [...path, i];
  if (isPair(node) && i === 1 && isScalar(node.key)) return [...path, String(node.key.value)];
  return path;
}
