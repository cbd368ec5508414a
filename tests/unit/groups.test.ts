import { describe, expect, it } from 'vitest';
import { groupCommunications, MIN_GROUP_SIZE } from '@/lib/timeline/groups';

const events = (kinds: string) => kinds.split(' ').map((kind, i) => ({ id: `e${i}`, kind }));
const shape = (kinds: string) =>
  groupCommunications(events(kinds)).map((entry) => (entry.type === 'group' ? entry.events.map((event) => event.id) : entry.event.id));

describe('grouping status updates', () => {
  it('collapses a run of three or more consecutive communication events into one group', () => {
    expect(MIN_GROUP_SIZE).toBe(3);
    expect(shape('alert communication communication communication recovery')).toEqual(['e0', ['e1', 'e2', 'e3'], 'e4']);
  });

  it('leaves shorter runs as single events', () => {
    expect(shape('communication communication alert communication')).toEqual(['e0', 'e1', 'e2', 'e3']);
  });

  it('groups a run at the end, and keeps separate runs apart', () => {
    expect(shape('communication communication communication change communication communication communication')).toEqual([
      ['e0', 'e1', 'e2'],
      'e3',
      ['e4', 'e5', 'e6'],
    ]);
  });

  it('keeps every event, in order', () => {
    const kinds = 'change communication alert communication communication communication communication impact communication';
    const flat = groupCommunications(events(kinds)).flatMap((entry) => (entry.type === 'group' ? entry.events : [entry.event]));
    expect(flat.map((event) => event.id)).toEqual(events(kinds).map((event) => event.id));
  });
});
