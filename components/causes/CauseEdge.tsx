import type { CSSProperties } from 'react';
import type { EdgeRoute } from '@/lib/causes/graph-layout';

/** A fraction (0–1) of the chain's width as a CSS percentage. */
export const percent = (x: number) => `${(x * 100).toFixed(3)}%`;

/** The grid rows an arrow spans: from the gap below its cause's row to the gap above its target's. */
const rowSpan = (fromRow: number, toRow: number) => `${2 * fromRow + 2} / ${2 * toRow + 1}`;

/**
 * One `leadsTo` arrow, one element carrying `data-from` and `data-to`. It spans
 * the grid rows from below its cause to above its target (a subgrid, so each
 * piece sits in its row): a slanted line across each gap between rows and a
 * straight one through each row it passes. An arrow of a chain with a wrapped
 * layout holds both drawings; the chain's container query shows one.
 */
export function CauseEdge({ edge }: { edge: EdgeRoute }) {
  const { wrapped } = edge;
  const style: CSSProperties = { gridRow: rowSpan(edge.fromRank, edge.toRank) };
  if (!wrapped) {
    return (
      <div data-from={edge.from} data-to={edge.to} aria-hidden="true" className="cause-edge" style={style}>
        <Route xs={edge.xs} />
      </div>
    );
  }
  return (
    <div
      data-from={edge.from}
      data-to={edge.to}
      aria-hidden="true"
      className="cause-edge"
      style={{ ...style, '--wrapped-span': rowSpan(wrapped.fromRow, wrapped.toRow) } as CSSProperties}
    >
      <div className="cause-route" style={{ display: 'contents' }}>
        <Route xs={edge.xs} />
      </div>
      <div className="cause-route-wrapped" style={{ display: 'none' }}>
        <Route xs={wrapped.xs} />
      </div>
    </div>
  );
}

/** The pieces of one drawing: `xs` holds the arrow's centre at each row it touches, 0–1. */
function Route({ xs }: { xs: readonly number[] }) {
  const steps = xs.length - 1;
  return Array.from({ length: steps }, (_, k) => {
    const [x1, x2] = [xs[k]!, xs[k + 1]!];
    const last = k === steps - 1;
    return [
      <div key={`gap-${k}`}>
        <svg viewBox="0 0 100 100" preserveAspectRatio="none">
          <line x1={x1 * 100} y1="0" x2={x2 * 100} y2={last ? 88 : 100} stroke="currentColor" strokeWidth="2" vectorEffect="non-scaling-stroke" />
        </svg>
        {last && (
          <svg viewBox="0 0 12 8" className="cause-arrowhead" style={{ left: percent(x2) }}>
            <path d="M0 0h12L6 8Z" fill="currentColor" />
          </svg>
        )}
      </div>,
      !last && (
        <div key={`pass-${k}`}>
          <span className="cause-pass" style={{ left: percent(x2) }} />
        </div>
      ),
    ];
  });
}
