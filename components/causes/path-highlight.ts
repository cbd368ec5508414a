import type { CauseGraph } from '@/lib/incident/model';

/**
 * CSS that highlights a cause's path to the outcome while the cause is pointed
 * at or holds focus: one rule per cause, nesting the causes on its path and
 * the arrows leaving them. Ids are kebab-case, so they need no escaping.
 */
export function pathHighlightCss(graph: CauseGraph): string {
  const rules: string[] = [];
  for (const chain of graph.components) {
    for (const node of chain.nodes) {
      if (node.pathToOutcome.length === 0) continue;
      const active = `.cause-graph.cause-graph:has([data-cause="${node.id}"]:is(:hover,:focus-within))`;
      // Nested, so the long selector of the active cause is written once for its nodes and its arrows.
      rules.push(
        `${active}{` +
          `& :is(${node.pathToOutcome.map((id) => `[data-cause="${id}"]`).join(',')}){border-color:var(--cause-path);background-color:var(--cause-path-bg)}` +
          `& :is(${node.pathToOutcome.map((id) => `[data-from="${id}"]`).join(',')}){opacity:1;color:var(--cause-path)}}`,
      );
    }
  }
  return rules.join('\n');
}
