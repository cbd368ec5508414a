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
 * - wrapped (with `wrapAt`): a second layout of each component wider than
 *   `wrapAt` slots, for a narrow screen: each rank's causes, in slot order, cut
 *   into rows of at most `wrapAt`, one row under the other. An edge that passes
 *   a row runs in a lane of its own in a gutter beside the causes of that row,
 *   never across a cause, so every arrow ends at the cause it names.
 *
 * Assumes the graph has no cycle and every target exists, which the content rules guarantee.
 */
export type GraphNodeInput = { id: string; leadsTo: readonly string[] };

/**
 * Where a cause sits in the wrapped layout: its row, and its left edge and
 * width as fractions (0–1) of the component's width.
 */
export type WrappedPlace = { row: number; left: number; width: number };

/**
 * `x` is the centre of the slot across the component's width, 0–1: a rank's
 * slots are centred, each as wide as a slot of the widest rank.
 */
export type NodePosition = { component: number; rank: number; slot: number; x: number; wrapped?: WrappedPlace };

/** An edge in the wrapped layout: `xs` holds its centre (0–1) at each row from `fromRow` to `toRow`. */
export type WrappedRoute = { fromRow: number; toRow: number; xs: number[] };

/**
 * Where an edge is drawn: from one node to another, through one reserved slot
 * per rank it skips; `xs` holds the centre at each rank from `fromRank` to `toRank`.
 */
export type EdgeRoute = { from: string; to: string; fromRank: number; toRank: number; xs: number[]; wrapped?: WrappedRoute };

export type ComponentShape = {
  /** Number of ranks. */
  rankCount: number;
  /** Slots taken in each rank (nodes plus edges passing through). */
  rankWidths: number[];
  /** The widest rank. */
  width: number;
  /** Only on a component wider than `wrapAt`: its wrapped layout has `rowCount` rows of at most `causesPerRow` causes. */
  wrapped?: { causesPerRow: number; rowCount: number };
};

export type GraphLayout = {
  positions: Map<string, NodePosition>;
  /** One per `leadsTo`, in the order written. */
  edges: EdgeRoute[];
  components: ComponentShape[];
};

type Vertex = { rank: number; component: number; up: number[]; down: number[]; key: number };

export function layoutGraph(nodes: readonly GraphNodeInput[], options: { wrapAt?: number } = {}): GraphLayout {
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

  const { wrapAt } = options;
  const wrappedComponents = rows.map((componentRows, c) =>
    wrapAt !== undefined && shapes[c]!.width > wrapAt
      ? wrapComponent(
          componentRows.map((row) => row.filter((v) => v < nodes.length)),
          edgeList.flatMap(([from, to], index) => (component[from] === c ? [{ from, to, index }] : [])),
          wrapAt,
        )
      : undefined,
  );
  wrappedComponents.forEach((wrapped, c) => {
    if (wrapped) shapes[c]!.wrapped = { causesPerRow: wrapAt!, rowCount: wrapped.rowCount };
  });

  const positions = new Map<string, NodePosition>();
  nodes.forEach((node, i) => {
    const wrapped = wrappedComponents[component[i]!]?.places.get(i);
    positions.set(node.id, { component: component[i]!, rank: rank[i]!, slot: slot[i]!, x: xOf(i), ...(wrapped && { wrapped }) });
  });
  return {
    positions,
    edges: edgeList.map(([from, to], e) => {
      const wrapped = wrappedComponents[component[from]!]?.routes.get(e);
      return {
        from: nodes[from]!.id,
        to: nodes[to]!.id,
        fromRank: rank[from]!,
        toRank: rank[to]!,
        xs: [from, ...dummiesOf[e]!, to].map(xOf),
        ...(wrapped && { wrapped }),
      };
    }),
    components: shapes,
  };
}

/** Widths in the wrapped layout, in units of one cause's width. */
const INNER_GUTTER = 0.1;
const LANE_SPACING = 0.06;

/**
 * The wrapped layout of one component. Columns of causes one unit wide, with a
 * gutter before, between and after them (`causesPerRow + 1` gutters). A row
 * holding one cause gives it every column and the gutters between, so only the
 * outer gutters are free there. An edge passing a row takes the free gutter
 * nearest the straight line from its cause to its target, and a lane of its
 * own in it; a gutter is as wide as its busiest row needs.
 *
 * `rankNodes` holds each rank's nodes in slot order; `edges` the component's
 * edges, each with its index among all edges, by which the result keys its route.
 */
function wrapComponent(rankNodes: number[][], edges: readonly { from: number; to: number; index: number }[], causesPerRow: number) {
  const gutters = causesPerRow + 1;
  const rowOf = new Map<number, number>();
  const columnOf = new Map<number, number>();
  const rowSizes: number[] = [];
  for (const row of rankNodes) {
    for (let first = 0; first < row.length; first += causesPerRow) {
      const chunk = row.slice(first, first + causesPerRow);
      // A row that is not full is centred on the columns.
      const offset = Math.floor((causesPerRow - chunk.length) / 2);
      chunk.forEach((v, k) => {
        rowOf.set(v, rowSizes.length);
        columnOf.set(v, offset + k);
      });
      rowSizes.push(chunk.length);
    }
  }
  const alone = (row: number) => rowSizes[row] === 1;

  const geometry = (gutterWidths: number[]) => {
    const gutterStart: number[] = [];
    let at = 0;
    for (let g = 0; g < gutters; g++) {
      gutterStart.push(at);
      at += gutterWidths[g]! + (g < causesPerRow ? 1 : 0);
    }
    const columnStart = (c: number) => gutterStart[c]! + gutterWidths[c]!;
    const span = (v: number) => {
      const row = rowOf.get(v)!;
      return alone(row) ? [columnStart(0), columnStart(causesPerRow - 1) + 1] : [columnStart(columnOf.get(v)!), columnStart(columnOf.get(v)!) + 1];
    };
    return { total: at, gutterStart, centre: (v: number) => (span(v)[0]! + span(v)[1]!) / 2, span };
  };

  // Lanes: which gutter each edge takes in each row it passes, chosen on even gutters.
  const first = geometry(Array.from({ length: gutters }, () => INNER_GUTTER));
  const gutterCentre = (g: number) => first.gutterStart[g]! + INNER_GUTTER / 2;
  const lanes = new Map<string, { edge: number; ideal: number }[]>();
  for (const { from, to, index: edge } of edges) {
    const [fromRow, toRow] = [rowOf.get(from)!, rowOf.get(to)!];
    const [a, b] = [first.centre(from), first.centre(to)];
    for (let row = fromRow + 1; row < toRow; row++) {
      const ideal = a + ((b - a) * (row - fromRow)) / (toRow - fromRow);
      const free = alone(row) ? [0, gutters - 1] : Array.from({ length: gutters }, (_, g) => g);
      const gutter = free.reduce((best, g) => (Math.abs(gutterCentre(g) - ideal) < Math.abs(gutterCentre(best) - ideal) ? g : best));
      const key = `${row}:${gutter}`;
      if (!lanes.has(key)) lanes.set(key, []);
      lanes.get(key)!.push({ edge, ideal });
    }
  }

  const busiest = new Array<number>(gutters).fill(0);
  for (const [key, list] of lanes) {
    const gutter = Number(key.split(':')[1]);
    busiest[gutter] = Math.max(busiest[gutter]!, list.length);
    list.sort((p, q) => p.ideal - q.ideal || p.edge - q.edge);
  }
  const widths = busiest.map((count, g) => Math.max(g === 0 || g === gutters - 1 ? 0 : INNER_GUTTER, count === 0 ? 0 : (count + 1) * LANE_SPACING));
  const final = geometry(widths);
  const fraction = (x: number) => x / final.total;

  const places = new Map<number, WrappedPlace>();
  for (const [v, row] of rowOf) {
    const [left, right] = final.span(v);
    places.set(v, { row, left: fraction(left!), width: fraction(right! - left!) });
  }
  const laneX = new Map<string, number>();
  for (const [key, list] of lanes) {
    const [row, gutter] = key.split(':').map(Number) as [number, number];
    list.forEach(({ edge }, lane) =>
      laneX.set(`${edge}:${row}`, fraction(final.gutterStart[gutter]! + (widths[gutter]! * (lane + 1)) / (list.length + 1))),
    );
  }
  const routes = new Map<number, WrappedRoute>();
  for (const { from, to, index: edge } of edges) {
    const [fromRow, toRow] = [rowOf.get(from)!, rowOf.get(to)!];
    const xs = [fraction(final.centre(from))];
    for (let row = fromRow + 1; row < toRow; row++) xs.push(laneX.get(`${edge}:${row}`)!);
    xs.push(fraction(final.centre(to)));
    routes.set(edge, { fromRow, toRow, xs });
  }
  return { rowCount: rowSizes.length, places, routes };
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
