/**
 * Lays out a directed acyclic graph of causes in ranks, for a diagram drawn
 * top to bottom. Plain loops only (no recursion), so a chain of any length is
 * laid out in linear time:
 *
 * - components: causes joined by any `leadsTo`, either way, form one group;
 *   separate chains become separate groups, in the order their first cause is written;
 * - rank: the longest path from a root (Kahn's algorithm), so every cause sits
 *   below everything that led to it;
 * - slot: the position within a rank. An edge that skips ranks passes through
 *   a reserved slot in each rank between, so no edge crosses a box. Slots start
 *   in the order written and are then sorted by the mean slot of their
 *   neighbours (barycentre), down, up and down again, which undoes most crossings.
 *
 * Assumes the graph has no cycle and every target exists, which the content rules guarantee.
 */
export type GraphNodeInput = { id: string; leadsTo: readonly string[] };

/**
 * `x` is the centre of the slot across the component's width, 0–1: a rank's
 * slots are centred, each as wide as a slot of the widest rank.
 */
export type NodePosition = { component: number; rank: number; slot: number; x: number };

/**
 * Where an edge is drawn: from one node to another, through one reserved slot
 * per rank it skips; `xs` holds the centre at each rank from `fromRank` to `toRank`.
 */
export type EdgeRoute = { from: string; to: string; fromRank: number; toRank: number; xs: number[] };

export type ComponentShape = {
  /** Number of ranks. */
  rankCount: number;
  /** Slots taken in each rank (nodes plus edges passing through). */
  rankWidths: number[];
  /** The widest rank. */
  width: number;
};

export type GraphLayout = {
  positions: Map<string, NodePosition>;
  /** One per `leadsTo`, in the order written. */
  edges: EdgeRoute[];
  components: ComponentShape[];
};

type Vertex = { rank: number; component: number; up: number[]; down: number[]; key: number };

export function layoutGraph(nodes: readonly GraphNodeInput[]): GraphLayout {
  const indexOf = new Map(nodes.map((node, i) => [node.id, i]));
  const edgeList: [number, number][] = [];
  for (const [i, node] of nodes.entries()) {
    for (const target of node.leadsTo) {
      const j = indexOf.get(target);
      if (j !== undefined && j !== i) edgeList.push([i, j]);
    }
  }

  const component = components(nodes.length, edgeList);
  const rank = ranks(nodes.length, edgeList);

  // Vertices: the nodes, then one per rank an edge skips.
  const vertices: Vertex[] = nodes.map((_, i) => ({ rank: rank[i]!, component: component[i]!, up: [], down: [], key: 0 }));
  const dummiesOf: number[][] = [];
  for (const [from, to] of edgeList) {
    let previous = from;
    const dummies: number[] = [];
    for (let r = rank[from]! + 1; r < rank[to]!; r++) {
      const dummy = vertices.push({ rank: r, component: component[from]!, up: [previous], down: [], key: 0 }) - 1;
      vertices[previous]!.down.push(dummy);
      dummies.push(dummy);
      previous = dummy;
    }
    vertices[previous]!.down.push(to);
    vertices[to]!.up.push(previous);
    dummiesOf.push(dummies);
  }

  const componentCount = component.reduce((max, c) => Math.max(max, c + 1), 0);
  const rows: number[][][] = Array.from({ length: componentCount }, () => []);
  // Start from the order written: nodes first, then the slots of passing edges.
  for (const v of vertices.keys()) {
    const { component: c, rank: r } = vertices[v]!;
    ((rows[c]![r] ??= [])).push(v);
  }

  const slot = new Array<number>(vertices.length).fill(0);
  const renumber = (row: number[]) => row.forEach((v, i) => (slot[v] = i));
  const sortBy = (row: number[], neighbours: (v: Vertex) => number[]) => {
    for (const v of row) {
      const list = neighbours(vertices[v]!);
      vertices[v]!.key = list.length === 0 ? slot[v]! : list.reduce((sum, n) => sum + slot[n]!, 0) / list.length;
    }
    row.sort((a, b) => vertices[a]!.key - vertices[b]!.key || slot[a]! - slot[b]!);
    renumber(row);
  };
  for (const componentRows of rows) {
    componentRows.forEach(renumber);
    for (let r = 1; r < componentRows.length; r++) sortBy(componentRows[r]!, (v) => v.up);
    for (let r = componentRows.length - 2; r >= 0; r--) sortBy(componentRows[r]!, (v) => v.down);
    for (let r = 1; r < componentRows.length; r++) sortBy(componentRows[r]!, (v) => v.up);
  }

  const shapes = rows.map((componentRows): ComponentShape => {
    const rankWidths = componentRows.map((row) => row.length);
    return { rankCount: rankWidths.length, rankWidths, width: rankWidths.reduce((max, w) => Math.max(max, w), 0) };
  });
  const xOf = (v: number) => {
    const { component: c, rank: r } = vertices[v]!;
    const { width, rankWidths } = shapes[c]!;
    return (width - rankWidths[r]! + 2 * slot[v]! + 1) / (2 * width);
  };

  const positions = new Map<string, NodePosition>();
  nodes.forEach((node, i) => positions.set(node.id, { component: component[i]!, rank: rank[i]!, slot: slot[i]!, x: xOf(i) }));
  return {
    positions,
    edges: edgeList.map(([from, to], e) => ({
      from: nodes[from]!.id,
      to: nodes[to]!.id,
      fromRank: rank[from]!,
      toRank: rank[to]!,
      xs: [from, ...dummiesOf[e]!, to].map(xOf),
    })),
    components: shapes,
  };
}

/** Component number of each node: groups joined by an edge either way, numbered by first appearance. */
function components(count: number, edges: readonly [number, number][]): number[] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number) => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const [a, b] of edges) {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const numberOf = new Map<number, number>();
  return parent.map((_, i) => {
    const root = find(i);
    if (!numberOf.has(root)) numberOf.set(root, numberOf.size);
    return numberOf.get(root)!;
  });
}

/** Longest path from a root, by Kahn's algorithm. */
function ranks(count: number, edges: readonly [number, number][]): number[] {
  const rank = new Array<number>(count).fill(0);
  const inDegree = new Array<number>(count).fill(0);
  const out: number[][] = Array.from({ length: count }, () => []);
  for (const [from, to] of edges) {
    out[from]!.push(to);
    inDegree[to]!++;
  }
  const queue: number[] = [];
  for (let i = 0; i < count; i++) if (inDegree[i] === 0) queue.push(i);
  for (let head = 0; head < queue.length; head++) {
    const from = queue[head]!;
    for (const to of out[from]!) {
      rank[to] = Math.max(rank[to]!, rank[from]! + 1);
      if (--inDegree[to]! === 0) queue.push(to);
    }
  }
  return rank;
}
