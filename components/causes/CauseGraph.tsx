import type { CSSProperties } from 'react';
import type { Incident } from '@/lib/content/load';
import type { CauseComponent } from '@/lib/incident/model';
import { PageSection } from '../ui/PageSection';
import { CauseEdge, percent } from './CauseEdge';
import { CauseNodeBox } from './CauseNodeBox';
import { pathHighlightCss } from './path-highlight';
import { chainContainerName, SLOT_MIN_REM, wrappedLayoutCss } from './wrapped-layout-css';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Grid rows: one per row of causes, with a gap between each two for the arrows. */
const gridRows = (count: number) => Array.from({ length: count }, () => 'auto').join(' 2.5rem ');

/**
 * The causes as a diagram of real text, laid out in `lib/causes/graph-layout.ts`:
 * one row per rank, causes of a rank side by side, an arrow for every
 * `leadsTo`, separate chains as separate groups. A chain too wide for its box
 * (a phone) switches to its wrapped layout, with CSS only. Hovering or
 * focusing a cause highlights its path to the outcome, with CSS only.
 */
export function CauseGraph({ incident }: { incident: Incident }) {
  const graph = incident.causeGraph;
  const chains = graph.components.length;
  const causeCount = graph.components.reduce((sum, chain) => sum + chain.nodes.length, 0);
  const edgeCount = graph.components.reduce((sum, chain) => sum + chain.edges.length, 0);
  return (
    <PageSection id="root-cause" title="Root cause">
      <p id="cause-graph-caption" className="mt-1 text-sm text-muted">
        {plural(causeCount, 'cause', 'causes')}
        {chains > 1 ? `, in ${chains} separate chains drawn side by side` : ''}.{' '}
        {edgeCount > 0
          ? `Each arrow runs from a cause to what it led to: ${plural(graph.roots.length, 'root cause', 'root causes')} at the top, ${plural(graph.outcomes.length, 'outcome', 'outcomes')} at the bottom. Point at or focus a cause to highlight its path to the outcome.`
          : 'None led to another.'}
      </p>
      <style>{[pathHighlightCss(graph), wrappedLayoutCss(graph)].filter(Boolean).join('\n')}</style>
      <div className="cause-graph mt-4 flex flex-wrap items-start gap-x-8 gap-y-6">
        {graph.components.map((chain, i) => (
          <Chain key={i} index={i} chain={chain} label={chains > 1 ? `Chain ${i + 1} of ${chains}` : 'Cause diagram'} />
        ))}
      </div>
    </PageSection>
  );
}

function Chain({ chain, index, label }: { chain: CauseComponent; index: number; label: string }) {
  const columns = 2 * chain.width;
  const { wrapped } = chain;
  const style = {
    gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
    gridTemplateRows: gridRows(chain.rankCount),
    minWidth: `${chain.width * SLOT_MIN_REM}rem`,
    ...(wrapped && { '--wrapped-rows': gridRows(wrapped.rowCount) }),
  } satisfies CSSProperties;
  return (
    <div
      className="min-w-0 overflow-x-auto print:overflow-visible"
      style={{
        flexBasis: `${chain.width * 14}rem`,
        flexGrow: chain.width,
        ...(wrapped && { containerType: 'inline-size', containerName: chainContainerName(index) }),
      }}
    >
      <div role="list" aria-label={label} className="cause-grid grid gap-x-3" style={style}>
        {chain.nodes.map((node) => (
          <CauseNodeBox
            key={node.id}
            node={node}
            // A cause alone in its rank takes the whole row (its centre stays in the middle).
            alone={chain.rankWidths[node.rank] === 1}
            style={{
              gridRow: 2 * node.rank + 1,
              gridColumn: chain.rankWidths[node.rank] === 1 ? '1 / -1' : `${Math.round(node.x * columns)} / span 2`,
              ...(node.wrapped && {
                '--wrapped-row': 2 * node.wrapped.row + 1,
                '--wrapped-left': percent(node.wrapped.left),
                '--wrapped-width': percent(node.wrapped.width),
              }),
            }}
          />
        ))}
        {chain.edges.map((edge) => (
          <CauseEdge key={`${edge.from}>${edge.to}`} edge={edge} />
        ))}
      </div>
    </div>
  );
}
