import { splitSource } from '../content/frontmatter';

/**
 * What one commit changed in a writeup, field by field: read from the two
 * versions of the file as plain YAML, not through the schema, since an older
 * version may not satisfy today's.
 */
export type FieldChange =
  /** A short value set, changed or removed: both sides shown (absent = not set). */
  | { field: string; change: 'value'; from?: string; to?: string }
  /** Long text or a structure: named, not shown. */
  | { field: string; change: 'edited' }
  /** A list of values: what joined it and what left it. */
  | { field: string; change: 'list'; added: string[]; removed: string[] };

/** A list of items with ids (events, causes, remediations, …): items added, removed and changed, by id. */
export type ItemsChange = {
  field: string;
  change: 'items';
  added: string[];
  removed: string[];
  changed: { id: string; fields: FieldChange[] }[];
};

export type WriteupDiff =
  | { kind: 'added' }
  | { kind: 'unreadable' }
  | { kind: 'changed'; fields: (FieldChange | ItemsChange)[]; narrative: boolean };

const SHORT = 60;

type Item = Record<string, unknown> & { id: string };
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isItemList = (value: unknown): value is Item[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => isRecord(item) && typeof item.id === 'string');
const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
const isShort = (value: unknown) => value === undefined || (isScalar(value) && !String(value).includes('\n') && String(value).length <= SHORT);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A value of a list as a reader knows it: itself, or an object's title or URL. */
function listLabel(value: unknown): string {
  if (isScalar(value)) return String(value);
  if (isRecord(value)) {
    for (const key of ['title', 'name', 'url']) if (typeof value[key] === 'string') return value[key];
  }
  return JSON.stringify(value);
}

function fieldChange(field: string, before: unknown, after: unknown): FieldChange | undefined {
  if (same(before, after)) return undefined;
  if ((before === undefined || Array.isArray(before)) && (after === undefined || Array.isArray(after))) {
    const keysBefore = new Map((before ?? []).map((value) => [JSON.stringify(value), value]));
    const keysAfter = new Map((after ?? []).map((value) => [JSON.stringify(value), value]));
    const added = [...keysAfter].filter(([key]) => !keysBefore.has(key)).map(([, value]) => listLabel(value));
    const removed = [...keysBefore].filter(([key]) => !keysAfter.has(key)).map(([, value]) => listLabel(value));
    return added.length + removed.length > 0 ? { field, change: 'list', added, removed } : { field, change: 'edited' };
  }
  if (isShort(before) && isShort(after)) {
    return { field, change: 'value', ...(before !== undefined && { from: String(before) }), ...(after !== undefined && { to: String(after) }) };
  }
  return { field, change: 'edited' };
}

/** Keys of the newer version in its order, then those only the older one had. */
const keysOf = (before: Record<string, unknown>, after: Record<string, unknown>) => [
  ...new Set([...Object.keys(after), ...Object.keys(before)]),
];

function itemsChange(field: string, before: Item[], after: Item[]): ItemsChange | undefined {
  const byId = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  const added: string[] = [];
  const changed: ItemsChange['changed'] = [];
  for (const item of after) {
    const old = byId.get(item.id);
    if (!old) {
      added.push(item.id);
      continue;
    }
    const fields = keysOf(old, item).flatMap((key) => fieldChange(key, old[key], item[key]) ?? []);
    if (fields.length > 0) changed.push({ id: item.id, fields });
  }
  const removed = before.filter((item) => !afterIds.has(item.id)).map((item) => item.id);
  return added.length + removed.length + changed.length > 0 ? { field, change: 'items', added, removed, changed } : undefined;
}

function changesOf(prefix: string, before: Record<string, unknown>, after: Record<string, unknown>): (FieldChange | ItemsChange)[] {
  return keysOf(before, after).flatMap((key) => {
    const field = prefix + key;
    const [old, now] = [before[key], after[key]];
    if (same(old, now)) return [];
    const oldItems = old === undefined || isItemList(old) || (Array.isArray(old) && old.length === 0);
    const newItems = now === undefined || isItemList(now) || (Array.isArray(now) && now.length === 0);
    if (oldItems && newItems && (isItemList(old) || isItemList(now))) {
      return itemsChange(field, (old ?? []) as Item[], (now ?? []) as Item[]) ?? [];
    }
    // Lessons: a mapping of lists of items, one level down.
    if ((isRecord(old) || old === undefined) && (isRecord(now) || now === undefined) && !prefix) {
      return changesOf(`${field}.`, old ?? {}, now ?? {});
    }
    return fieldChange(field, old, now) ?? [];
  });
}

/** What changed from one version of a writeup to the next; `before` is undefined for the commit that added it. */
export function diffWriteups(before: string | undefined, after: string): WriteupDiff {
  if (before === undefined) return { kind: 'added' };
  const [old, now] = [splitSource('before', before), splitSource('after', after)];
  if (!isRecord(old.data) || !isRecord(now.data)) return { kind: 'unreadable' };
  return { kind: 'changed', fields: changesOf('', old.data, now.data), narrative: old.body.trim() !== now.body.trim() };
}
