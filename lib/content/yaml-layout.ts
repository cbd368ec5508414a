/**
 * What is wrong with the layout of a frontmatter that YAML could not parse,
 * said in the author's terms: which line, and where it should start. The
 * parser's own messages ("Nested mappings are not allowed in compact
 * mappings") often point at the line above and name no column. This reads
 * block YAML as incident files write it: mappings, lists of mappings, values
 * on one line or as `>-` / `|` blocks.
 */
export type LayoutProblem = { line: number; column: number; message: string };

type Level = { indent: number; kind: 'fields' | 'items' };

const KEY_VALUE = /^(?:- +)?([A-Za-z_][\w-]*):(?: +(.*))?$/;
const NO_SPACE_AFTER_COLON = /^(?:- +)?([A-Za-z_][\w-]*):([^\s/].*)$/;

/**
 * A value YAML cannot read as the text it looks like: one that starts in quotes and goes on
 * after them, or starts with a character YAML reads as syntax (`[`, `{`, `*`, `|`, `>`, `@`,
 * a backtick, `%`) where it is not that syntax. With the text most likely meant.
 */
function quotingProblem(value: string): { problem: string; text: string } | undefined {
  const text = value.replace(/\s+#.*$/, '');
  const opening = text[0];
  if (opening === '"' || opening === "'") {
    const close = opening === '"' ? /^"(?:[^"\\]|\\.)*"/.exec(text) : /^'(?:[^']|'')*'/.exec(text);
    if (!close || close[0].length === text.length) return undefined;
    // `'On-call's pager'`: quotes around all of it, one inside; `"Error-rate" alert`: quotes around a part.
    const meant = text.endsWith(opening) ? text.slice(1, -1) : text;
    return { problem: `expected the whole value inside its quotes, got text after the closing quote`, text: meant };
  }
  const wellFormed =
    (opening === '[' && text.endsWith(']')) ||
    (opening === '{' && text.endsWith('}')) ||
    (opening === '*' && !/\s/.test(text)) ||
    ((opening === '|' || opening === '>') && BLOCK_SCALAR_START.test(text));
  if (!opening || !'[{*|>@`%'.includes(opening) || wellFormed) return undefined;
  return { problem: `expected text, got a value starting with "${opening}", which YAML reads as syntax unless quoted`, text };
}

/** The text in double quotes, or in single quotes when it holds a double quote. */
function quoted(text: string): string {
  return text.includes('"') ? `'${text.replaceAll("'", "''")}'` : `"${text.replaceAll('\\', '\\\\')}"`;
}
const BLOCK_SCALAR = /^[>|][+-]?\d*\s*(#.*)?$/;
const BLOCK_SCALAR_START = /^[>|][+-]?\d*$/;

/** `lines` are the frontmatter's lines; `firstLine` is the file line of the first. */
export function findLayoutProblem(lines: readonly string[], firstLine: number): LayoutProblem | undefined {
  const levels: Level[] = [{ indent: 0, kind: 'fields' }];
  // The line above ends a key with no value (`causes:`) or is a bare `-`: the next may go deeper.
  let opensBlock = false;
  // Inside a `>-` or `|` value, lines deeper than its key are text.
  let textDeeperThan: number | undefined;

  for (const [index, text] of lines.entries()) {
    const line = firstLine + index;
    if (text.trim() === '') continue;
    const lead = /^[ \t]*/.exec(text)![0];
    if (textDeeperThan !== undefined) {
      if (!lead.includes('\t') && lead.length > textDeeperThan) continue;
      textDeeperThan = undefined;
    }
    if (lead.includes('\t')) {
      return { line, column: lead.indexOf('\t') + 1, message: 'expected spaces before the text, got a tab: YAML indents with spaces only' };
    }
    const content = text.slice(lead.length);
    if (content.startsWith('#')) continue;
    const indent = lead.length;
    const isItem = /^-( |$)/.test(content);

    const noSpace = NO_SPACE_AFTER_COLON.exec(content);
    if (noSpace && !KEY_VALUE.test(content)) {
      return { line, column: indent + noSpace[0].indexOf(':') + 2, message: `expected a space after "${noSpace[1]}:", got "${content.trim()}": write ${noSpace[1]}: ${noSpace[2]}` };
    }
    const keyValue = KEY_VALUE.exec(content);
    const innermost = levels.at(-1)!;
    if (indent > innermost.indent) {
      // Deeper text that is no field continues the value above (a plain value over two lines).
      if (!opensBlock && !keyValue && !isItem) continue;
      if (!opensBlock) {
        return {
          line,
          column: indent + 1,
          message: `expected this line to start at column ${innermost.indent + 1}, like the line above it, got column ${indent + 1}: only a field with no value on its line (such as "causes:") takes indented lines under it`,
        };
      }
      levels.push({ indent, kind: isItem ? 'items' : 'fields' });
    } else {
      let deeper: Level | undefined;
      while (levels.length > 1 && levels.at(-1)!.indent > indent) deeper = levels.pop();
      const level = levels.at(-1)!;
      if (level.indent !== indent) {
        const said = (candidate: Level) =>
          `column ${candidate.indent + 1} (${candidate.kind === 'items' ? 'a new list item, "- "' : 'a field in line with those above'})`;
        return {
          line,
          column: indent + 1,
          message: `expected this line to start at ${[deeper, level].filter((candidate) => candidate !== undefined).map(said).join(' or ')}, got column ${indent + 1}`,
        };
      }
      if (level.kind === 'items' && !isItem) {
        return {
          line,
          column: indent + 1,
          message: `expected a list item ("- ") at column ${indent + 1}, where this list's items start, got a field: a field of the item above starts at column ${indent + 3}`,
        };
      }
      if (level.kind === 'fields' && isItem) {
        if (!opensBlock) {
          const list = levels.findLast((candidate) => candidate.kind === 'items');
          return {
            line,
            column: indent + 1,
            message: `expected a field at column ${indent + 1}, got a new list item ("- ")${list ? `: items of this list start at column ${list.indent + 1}, like the "-" of the item above` : ''}`,
          };
        }
        levels.push({ indent, kind: 'items' });
      }
    }

    const value = keyValue?.[2]?.trim();
    if (keyValue && value && !/^["'[{|>&*!]/.test(value) && /: /.test(value.replace(/ #.*$/, ''))) {
      return {
        line,
        column: indent + content.indexOf(value) + 1,
        message: `expected a value that contains ": " in double quotes, got it unquoted: write ${keyValue[1]}: "${value.replaceAll('"', '\\"')}"`,
      };
    }
    const needsQuotes = keyValue && value ? quotingProblem(value) : undefined;
    if (needsQuotes) {
      return { line, column: indent + content.indexOf(value!) + 1, message: `${needsQuotes.problem}: write ${keyValue![1]}: ${quoted(needsQuotes.text)}` };
    }
    // A list item's fields start two columns after its "-".
    if (isItem && keyValue) levels.push({ indent: indent + 2, kind: 'fields' });
    opensBlock = content === '-' || (keyValue !== null && !value);
    if (value !== undefined && BLOCK_SCALAR.test(value)) textDeeperThan = isItem ? indent + 2 : indent;
  }
  return undefined;
}
