import { describe, expect, it } from 'vitest';
import { layoutGraph, type GraphNodeInput } from '../../lib/causes/graph-layout';

const graph = (edges: Record<string, string[]>): GraphNodeInput[] =>
  Object.entries(edges).map(([id, leadsTo]) => ({ id, leadsTo }));

const where = (layout: ReturnType<typeof layoutGraph>, id: string) => {
  const position = layout.positions.get(id);
  if (!position) throw new Error(`no position for ${id}`);
  return position;
};

describe('layoutGraph', () => {
  it('lays out a diamond in three ranks, the two middle causes side by side', () => {
    const layout = layoutGraph(graph({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }));
    expect(['a', 'b', 'c', 'd'].map((id) => where(layout, id).rank)).toEqual([0, 1, 1, 2]);
    expect([where(layout, 'b').slot, where(layout, 'c').slot]).toEqual([0, 1]);
    expect(layout.components).toEqual([{ rankCount: 3, rankWidths: [1, 2, 1], width: 2 }]);
    expect(where(layout, 'a').x).toBe(0.5);
    expect([where(layout, 'b').x, where(layout, 'c').x]).toEqual([0.25, 0.75]);
    expect(layout.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(['a>b', 'a>c', 'b>d', 'c>d']);
  });

  it('puts separate chains in separate components, in the order written', () => {
    const layout = layoutGraph(graph({ a: ['b'], c: ['d'], b: [], d: [] }));
    expect(['a', 'b', 'c', 'd'].map((id) => where(layout, id).component)).toEqual([0, 0, 1, 1]);
    expect(['a', 'b', 'c', 'd'].map((id) => where(layout, id).rank)).toEqual([0, 1, 0, 1]);
    expect(layout.components).toHaveLength(2);
  });

  it('puts the two roots of a 2-to-1 join side by side, above the cause they meet in', () => {
    const layout = layoutGraph(graph({ change: ['broken'], flaw: ['broken'], broken: [] }));
    expect([where(layout, 'change'), where(layout, 'flaw')].map(({ rank, slot }) => [rank, slot])).toEqual([
      [0, 0],
      [0, 1],
    ]);
    expect(where(layout, 'broken')).toMatchObject({ rank: 1, slot: 0, x: 0.5 });
    expect(layout.components).toHaveLength(1);
  });

  it('lays out a chain of 1,000 causes, one per rank', () => {
    const nodes = Array.from({ length: 1000 }, (_, i) => ({ id: `c${i}`, leadsTo: i < 999 ? [`c${i + 1}`] : [] }));
    const layout = layoutGraph(nodes);
    expect(nodes.every((node, i) => where(layout, node.id).rank === i)).toBe(true);
    expect(layout.components).toEqual([{ rankCount: 1000, rankWidths: Array(1000).fill(1), width: 1 }]);
    expect(layout.edges).toHaveLength(999);
  });

  it('lays out a chain of 100,000 causes without running out of stack', () => {
    const nodes = Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, leadsTo: i < 99_999 ? [`c${i + 1}`] : [] }));
    expect(where(layoutGraph(nodes), 'c99999').rank).toBe(99_999);
  });

  it('places every cause below everything that led to it, however long the way round', () => {
    const layout = layoutGraph(graph({ a: ['b', 'd'], b: ['c'], c: ['d'], d: [] }));
    expect(where(layout, 'd').rank).toBe(3);
    const skip = layout.edges.find((edge) => edge.from === 'a' && edge.to === 'd');
    // The long edge passes through a slot of its own in ranks 1 and 2.
    expect(skip).toMatchObject({ fromRank: 0, toRank: 3 });
    expect(skip?.xs).toHaveLength(4);
    expect(layout.components[0]?.rankWidths).toEqual([1, 2, 2, 1]);
  });

  it('orders a rank by the causes that led to it, so arrows do not cross', () => {
    // Written order puts y before x, but x comes from a (left) and y from b (right).
    const layout = layoutGraph(graph({ a: ['x'], b: ['y'], y: ['z'], x: ['z'], z: [] }));
    expect(where(layout, 'a').slot).toBeLessThan(where(layout, 'b').slot);
    expect(where(layout, 'x').slot).toBeLessThan(where(layout, 'y').slot);
  });

  it('lays out a single cause as its own root and outcome', () => {
    const layout = layoutGraph(graph({ only: [] }));
    expect(where(layout, 'only')).toEqual({ component: 0, rank: 0, slot: 0, x: 0.5 });
  });
});
