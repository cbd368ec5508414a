import type { EdgeRoute } from '@/lib/causes/graph-layout';

const percent = (x: number) => `${(x * 100).toFixed(3)}%`;

/**
 * One `leadsTo` arrow, one element carrying `data-from` and `data-to`. It spans
 * the grid rows from below its cause to above its target (a subgrid, so each
 * piece sits in its row): a slanted line across each gap between ranks and a
 * straight one through each rank it passes.
 */
export function CauseEdge({ edge }: { edge: EdgeRoute }) {
  const steps = edge.xs.length - 1;
  return (
    <div
      data-from={edge.from}
      data-to={edge.to}
      aria-hidden="true"
      className="cause-edge"
      style={{ gridRow: `${2 * edge.fromRank + 2} / ${2 * edge.toRank + 1}` }}
    >
      {Array.from({ length: steps }, (_, k) => {
        const [x1, x2] = [edge.xs[k]!, edge.xs[k + 1]!];
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
      })}
    </div>
  );
}
