import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutGraph, type GraphLayout, type GraphNodeInput } from '../../lib/causes/graph-layout';

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

/** Five root causes meeting in one, which then fans out into five effects: two ranks of five. */
const WIDE = graph({
  r1: ['joined'],
  r2: ['joined'],
  r3: ['joined'],
  r4: ['joined'],
  r5: ['joined'],
  joined: ['e1', 'e2', 'e3', 'e4', 'e5'],
  e1: [],
  e2: [],
  e3: [],
  e4: [],
  e5: [],
});

const wrappedOf = (layout: GraphLayout, id: string) => {
  const wrapped = where(layout, id).wrapped;
  if (!wrapped) throw new Error(`no wrapped place for ${id}`);
  return wrapped;
};

/**
 * What makes a wrapped layout honest, checked on every node and edge: rows of
 * at most `wrapAt` causes that do not overlap, each cause in a row below every
 * cause that led to it and the causes of one rank in consecutive rows, and every
 * edge starting at the centre of its cause, ending at the centre of its target
 * and, in each row it passes, running clear of every cause in that row.
 */
function expectHonestWrap(nodes: GraphNodeInput[], layout: GraphLayout, wrapAt: number) {
  const wrappedComponents = new Set(layout.components.flatMap((shape, c) => (shape.wrapped ? [c] : [])));
  const inWrapped = nodes.filter((node) => wrappedComponents.has(where(layout, node.id).component));
  const rows = new Map<string, { left: number; right: number }[]>();
  for (const node of inWrapped) {
    const { row, left, width } = wrappedOf(layout, node.id);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + width).toBeLessThanOrEqual(1 + 1e-9);
    const key = `${where(layout, node.id).component}:${row}`;
    rows.set(key, [...(rows.get(key) ?? []), { left, right: left + width }]);
  }
  for (const spans of rows.values()) {
    expect(spans.length).toBeLessThanOrEqual(wrapAt);
    const sorted = [...spans].sort((a, b) => a.left - b.left);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.left).toBeGreaterThan(sorted[i - 1]!.right);
  }
  for (const c of wrappedComponents) {
    const ofComponent = inWrapped.filter((node) => where(layout, node.id).component === c);
    const byRank = new Map<number, GraphNodeInput[]>();
    for (const node of ofComponent) byRank.set(where(layout, node.id).rank, [...(byRank.get(where(layout, node.id).rank) ?? []), node]);
    let nextRow = 0;
    for (const rank of [...byRank.keys()].sort((a, b) => a - b)) {
      const rowsOfRank = [...new Set(byRank.get(rank)!.map((node) => wrappedOf(layout, node.id).row))].sort((a, b) => a - b);
      expect(rowsOfRank).toEqual(rowsOfRank.map((_, i) => nextRow + i));
      nextRow += rowsOfRank.length;
    }
    expect(layout.components[c]!.wrapped!.rowCount).toBe(nextRow);
  }
  const centre = (id: string) => wrappedOf(layout, id).left + wrappedOf(layout, id).width / 2;
  const problems: string[] = [];
  for (const edge of layout.edges.filter((candidate) => wrappedComponents.has(where(layout, candidate.from).component))) {
    const route = edge.wrapped!;
    const name = `${edge.from}>${edge.to}`;
    if (route.fromRow !== wrappedOf(layout, edge.from).row || route.toRow !== wrappedOf(layout, edge.to).row) problems.push(`${name}: rows`);
    if (route.toRow <= route.fromRow) problems.push(`${name}: not downwards`);
    if (route.xs.length !== route.toRow - route.fromRow + 1) problems.push(`${name}: ${route.xs.length} points`);
    if (Math.abs(route.xs[0]! - centre(edge.from)) > 1e-9) problems.push(`${name}: does not start at the centre of its cause`);
    if (Math.abs(route.xs.at(-1)! - centre(edge.to)) > 1e-9) problems.push(`${name}: does not end at the centre of its target`);
    route.xs.slice(1, -1).forEach((x, k) => {
      const row = route.fromRow + 1 + k;
      const spans = rows.get(`${where(layout, edge.from).component}:${row}`) ?? [];
      if (spans.some((span) => x >= span.left && x <= span.right)) problems.push(`${name}: crosses a cause in row ${row}`);
      if (x <= 0 || x >= 1) problems.push(`${name}: outside the component in row ${row}`);
    });
  }
  expect(problems).toEqual([]);
}

describe('layoutGraph, wrapped for a narrow screen', () => {
  it('gives no wrapped layout unless asked, or to a component no wider than the rows', () => {
    const diamond = graph({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] });
    expect(where(layoutGraph(WIDE), 'r1').wrapped).toBeUndefined();
    const layout = layoutGraph(diamond, { wrapAt: 2 });
    expect(layout.components[0]!.wrapped).toBeUndefined();
    expect(where(layout, 'b').wrapped).toBeUndefined();
    expect(layout.edges.every((edge) => edge.wrapped === undefined)).toBe(true);
  });

  it('cuts a rank of five into rows of two, two and one, each row below the one before', () => {
    const layout = layoutGraph(WIDE, { wrapAt: 2 });
    expect(layout.components).toEqual([{ rankCount: 3, rankWidths: [5, 1, 5], width: 5, wrapped: { causesPerRow: 2, rowCount: 7 } }]);
    const rowsOf = (ids: string[]) => ids.map((id) => wrappedOf(layout, id).row).sort();
    expect(rowsOf(['r1', 'r2', 'r3', 'r4', 'r5'])).toEqual([0, 0, 1, 1, 2]);
    expect(wrappedOf(layout, 'joined').row).toBe(3);
    expect(rowsOf(['e1', 'e2', 'e3', 'e4', 'e5'])).toEqual([4, 4, 5, 5, 6]);
    // Side by side in a full row; a cause alone in its row takes the row's width.
    const [first, second] = ['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => wrappedOf(layout, id)).filter((place) => place.row === 0);
    expect(first!.left + first!.width).toBeLessThan(second!.left);
    expect(wrappedOf(layout, 'joined').width).toBeGreaterThan(first!.width + second!.width);
    expectHonestWrap(WIDE, layout, 2);
  });

  it('routes an arrow from the first row past the rows below it, clear of their causes, to its target', () => {
    const layout = layoutGraph(WIDE, { wrapAt: 2 });
    const fromTop = layout.edges.filter((edge) => edge.to === 'joined' && wrappedOf(layout, edge.from).row === 0);
    expect(fromTop).toHaveLength(2);
    for (const edge of fromTop) {
      expect(edge.wrapped).toMatchObject({ fromRow: 0, toRow: 3 });
      expect(edge.wrapped!.xs).toHaveLength(4);
    }
    // The two arrows take lanes of their own in each row they pass.
    expect(fromTop[0]!.wrapped!.xs[1]).not.toBeCloseTo(fromTop[1]!.wrapped!.xs[1]!, 3);
    expect(fromTop[0]!.wrapped!.xs[2]).not.toBeCloseTo(fromTop[1]!.wrapped!.xs[2]!, 3);
  });

  it('wraps a component made wide by an edge skipping ranks, though no rank has more than two causes', () => {
    const skip = graph({ a: ['b', 'x', 'd'], b: ['c'], x: ['c'], c: ['d'], d: [] });
    const layout = layoutGraph(skip, { wrapAt: 2 });
    expect(layout.components[0]).toMatchObject({ rankWidths: [1, 3, 2, 1], wrapped: { causesPerRow: 2, rowCount: 4 } });
    expect(layout.edges.find((edge) => edge.from === 'a' && edge.to === 'd')!.wrapped!.xs).toHaveLength(4);
    expectHonestWrap(skip, layout, 2);
  });

  it('wraps only the components that need it', () => {
    const nodes = [...WIDE, ...graph({ p: ['q'], q: [] })];
    const layout = layoutGraph(nodes, { wrapAt: 2 });
    expect(layout.components.map((shape) => shape.wrapped?.rowCount)).toEqual([7, undefined]);
    expect(where(layout, 'p').wrapped).toBeUndefined();
  });

  it('lays out a wide component of 1,000 causes without recursion', () => {
    // 500 roots meeting in one cause, which leads to a chain of 499.
    const nodes = [
      ...Array.from({ length: 500 }, (_, i) => ({ id: `root${i}`, leadsTo: ['met'] })),
      { id: 'met', leadsTo: ['c0'] },
      ...Array.from({ length: 499 }, (_, i) => ({ id: `c${i}`, leadsTo: i < 498 ? [`c${i + 1}`] : [] })),
    ];
    const layout = layoutGraph(nodes, { wrapAt: 2 });
    expect(layout.components[0]!.wrapped!.rowCount).toBe(250 + 1 + 499);
    expectHonestWrap(nodes, layout, 2);
  });

  it('keeps every arrow honest on any graph, in rows of two or three', () => {
    // Random DAGs: each cause may lead to any later one.
    const dag = fc
      .integer({ min: 1, max: 14 })
      .chain((count) =>
        fc.tuple(
          fc.constant(count),
          fc.array(fc.tuple(fc.nat(count - 1), fc.nat(count - 1)), { maxLength: count * 2 }),
          fc.constantFrom(2, 3),
        ),
      );
    fc.assert(
      fc.property(dag, ([count, pairs, wrapAt]) => {
        const leadsTo = Array.from({ length: count }, () => new Set<string>());
        for (const [a, b] of pairs) if (a < b) leadsTo[a]!.add(`n${b}`);
        const nodes = leadsTo.map((targets, i) => ({ id: `n${i}`, leadsTo: [...targets] }));
        expectHonestWrap(nodes, layoutGraph(nodes, { wrapAt }), wrapAt);
      }),
      { numRuns: 300 },
    );
  });
});
