import type { CSSProperties } from 'react';
import type { CauseNode } from '@/lib/incident/model';
import { ItemLinks } from '../ui/ItemLinks';

/** One cause in the diagram: what it is (root cause, outcome or neither), its text, what is attached to it. */
export function CauseNodeBox({ node, alone, style }: { node: CauseNode; alone: boolean; style: CSSProperties }) {
  const label = node.isRoot ? 'Root cause' : node.isOutcome ? 'Outcome' : undefined;
  return (
    <div role="listitem" className={`cause-slot ${alone ? 'cause-slot-alone' : 'cause-slot-beside'}`} style={style}>
      <div
        id={node.id}
        data-cause={node.id}
        className="cause-node"
      >
        {label && <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{label}</p>}
        <p className="font-medium">
          <a href={`#${node.id}`} className="hover:underline focus-visible:underline">
            {node.statement}
          </a>
        </p>
        {node.detail && <p className="mt-1 text-sm text-soft">{node.detail}</p>}
        {node.factors.length > 0 && (
          <ul className="mt-2 flex flex-col gap-1" aria-label="Contributing factors">
            {node.factors.map((factor) => (
              <li key={factor.id} className="factor-chip">
                <span className="text-xs font-semibold text-muted">Contributing factor: </span>
                <a href={`#${factor.id}`} className="link">
                  {factor.label}
                </a>
              </li>
            ))}
          </ul>
        )}
        <ItemLinks label="Produced" items={node.produced} />
        <ItemLinks label="Addressed by" items={node.addressedBy} />
      </div>
    </div>
  );
}
