import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FollowUpControls } from '@/components/follow-ups/FollowUpControls';
import { followUpFacets, type FollowUpRow } from '@/lib/follow-ups/rows';

const row = (owner?: string) => ({ owner, services: [{ slug: 'api', name: 'API' }] }) as FollowUpRow;

/** The choices of the Owner filter as the page prints them, or undefined when there is no such filter. */
function ownerChoices(rows: FollowUpRow[]): string[] | undefined {
  const html = renderToStaticMarkup(<FollowUpControls tableId="rows" total={rows.length} buildDate="2025-01-01" {...followUpFacets(rows)} />);
  const select = /<label[^>]*>Owner<\/label><select[^>]*>(.*?)<\/select>/.exec(html);
  return select ? [...select[1]!.matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((option) => option[1]!) : undefined;
}

describe('the Owner filter of the follow-ups', () => {
  it('offers each owner, and "No owner named" when some follow-up names none', () => {
    expect(ownerChoices([row('Platform'), row(), row('Data'), row('Platform')])).toEqual(['Any', 'No owner named', 'Data', 'Platform']);
  });

  it('offers no "No owner named" when every follow-up names its owner', () => {
    expect(ownerChoices([row('Platform'), row('Data')])).toEqual(['Any', 'Data', 'Platform']);
  });

  it('is left out where no follow-up names an owner, as there is nothing to choose', () => {
    expect(ownerChoices([row(), row()])).toBeUndefined();
  });
});
