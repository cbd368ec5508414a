import { bundleMDX } from 'mdx-bundler';
import GithubSlugger from 'github-slugger';
import rehypeSlug from 'rehype-slug';
import { cacheKey, cached } from './compile-cache';
import { checkAnchorLinks, checkBody, checkBodyClockTimes, type BodyContext, type BodyProblem, type MdastNode } from './body-rules';
import { diagnostic, type Diagnostic } from './diagnostic';
import { narrativeSections, type NarrativeSection } from './narrative';

type CompileResult = { code: string; narrative: NarrativeSection[]; errors: []; warnings: Diagnostic[] } | { code: undefined; errors: Diagnostic[] };

/**
 * Compiles an incident body to the code mdx-bundler's `getMDXComponent` runs.
 * An unchanged body is compiled once, then served from the compile cache by
 * rebuilds, the dev server and the checker alike.
 */
export function compileBody(file: string, body: string, context: BodyContext): Promise<CompileResult> {
  // The source of the checks and of this step is part of every key (compile-cache.ts), so a rule change invalidates.
  const key = cacheKey([file, [...context.eventIds].join(','), [...context.takenAnchors].join(','), String(context.idsComplete), context.zoneAbbreviation ?? '', [...context.eventTimes].join(','), body]);
  return cached(key, () => compile(file, body, context), (result) => result.code !== undefined);
}

async function compile(file: string, body: string, context: BodyContext): Promise<CompileResult> {
  const problems: BodyProblem[] = [];
  const warnings: BodyProblem[] = [];
  let narrative: NarrativeSection[] = [];
  const remarkCheckBody = () => (tree: MdastNode) => {
    checkBody(tree, context, new GithubSlugger(), problems);
    checkAnchorLinks(tree, context, problems);
    checkBodyClockTimes(tree, context, warnings);
    narrative = narrativeSections(tree, context.eventTimes);
  };
  try {
    const { code } = await bundleMDX({
      source: body,
      mdxOptions(options) {
        options.remarkPlugins = [remarkCheckBody, ...(options.remarkPlugins ?? [])];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlug];
        return options;
      },
      esbuildOptions(options) {
        options.minify = true;
        // Problems are reported as diagnostics; esbuild's own log would repeat them.
        options.logLevel = 'silent';
        return options;
      },
    });
    if (problems.length > 0) {
      return { code: undefined, errors: problems.map((problem) => diagnostic({ file, ...problem, path: 'body' })) };
    }
    return { code, narrative, errors: [], warnings: warnings.map((warning) => diagnostic({ file, ...warning, path: 'body' })) };
  } catch (error) {
    return { code: undefined, errors: describeCompileFailure(file, body, error, problems) };
  }
}

/**
 * In MDX, `{` opens an expression and `<` a tag, so prose such as `{"a": 1}` or
 * `<200ms` does not parse. The parser's message names what it expected of code;
 * the author needs to know how to write the character as text, and where it is.
 */
function textSlip(text: string, sourceLine: string, column: number): { column: number; advice: string } | undefined {
  const before = (character: string) => sourceLine.lastIndexOf(character, column - 1) + 1 || column;
  if (/acorn|expression/i.test(text)) {
    return { column: before('{'), advice: '; a "{" in text opens an expression: to write a brace as text, write \\{ (or put it in `code`)' };
  }
  // A tag opened and never closed, or closed under another name: the fix is the closing tag, not an escape.
  const mismatched = /Unexpected closing tag `<\/([^`>]*)>`, expected corresponding closing tag for `<([^`>\s]+)>`/.exec(text);
  if (mismatched) {
    return { column, advice: `; close <${mismatched[2]}> with </${mismatched[2]}>${mismatched[1]!.toLowerCase() === mismatched[2]!.toLowerCase() ? ' (names are case-sensitive)' : ''}` };
  }
  const unclosed = /Expected a closing tag for `<([^`>\s]+)>`/.exec(text);
  if (unclosed) {
    const name = unclosed[1]!;
    return {
      column,
      advice: name === 'EventRef' ? '; write it as one tag that closes itself: <EventRef id="…" />' : `; close it with </${name}> after what it holds, or end it with "/>" if it holds nothing`,
    };
  }
  if (/before name|start a name|member name|closing tag|after `<`|before attribute/i.test(text)) {
    return { column: before('<'), advice: '; a "<" in text opens a tag: to write it as text, write \\< or &lt; (or put it in `code`)' };
  }
  return undefined;
}

type EsbuildMessage = { text: string; location?: { line: number; column: number } | null };

function describeCompileFailure(file: string, body: string, error: unknown, problems: BodyProblem[]): Diagnostic[] {
  // When the tree check found the cause (an import, say), esbuild's own errors are its
  // consequences and point into the compiled code, not into the file: report the cause only.
  if (problems.length > 0) return problems.map((problem) => diagnostic({ file, ...problem, path: 'body' }));
  const messages: EsbuildMessage[] =
    error !== null && typeof error === 'object' && 'errors' in error && Array.isArray(error.errors)
      ? (error.errors as EsbuildMessage[])
      : [{ text: error instanceof Error ? error.message : String(error) }];
  return messages.map((message) => {
    const text = message.text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^Cannot process MDX file with esbuild: (?:\d+:\d+(?:-\d+:\d+)?: )?/, '');
    // An unclosed tag's place is only in the text ("… `<EventRef>` (35:24-35:55) before the end of
    // `paragraph`"); the location, when there is one, is the paragraph's.
    const quoted = /\((\d+):(\d+)-\d+:\d+\)/.exec(text);
    const location = message.location != null && message.location.line > 0 ? message.location : undefined;
    const line = quoted ? Number(quoted[1]) : (location?.line ?? 1);
    const column = quoted ? Number(quoted[2]) : location ? location.column + 1 : 1;
    const slip = textSlip(text, body.split('\n')[line - 1] ?? '', column);
    return diagnostic({ file, code: 'invalid-mdx', line, column: slip?.column ?? column, path: 'body', message: `invalid MDX: ${text}${slip?.advice ?? ''}` });
  });
}
