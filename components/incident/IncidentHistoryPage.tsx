import type { Incident } from '@/lib/content/load';
import type { DescribedChange, FileHistory } from '@/lib/history/read';
import { itemIds } from '@/lib/incident/model';
import { incidentPath } from '@/lib/site';
import { ListingHeader } from '../ui/ListingHeader';
import { StaticHtml } from '../ui/StaticHtml';
import { ChangeList, HistoryStatus } from './History';

/** Every commit that changed an incident's writeup, newest first. */
export function IncidentHistoryPage({ incident, history }: { incident: Incident; history: FileHistory<DescribedChange> }) {
  const ids = itemIds(incident);
  const itemHref = (id: string) => (ids.has(id) ? `${incidentPath(incident.slug)}#${id}` : undefined);
  return (
    <>
      <ListingHeader back={{ href: `${incidentPath(incident.slug)}#history`, label: incident.title }} title="History of this writeup">
        Each commit that changed {incident.file}, newest first, with what it changed. Ids link to their place on the page as it is now.
      </ListingHeader>
      <StaticHtml>
        <HistoryStatus history={history} />
        {history.available && history.changes.length > 0 && <ChangeList changes={history.changes} itemHref={itemHref} />}
      </StaticHtml>
    </>
  );
}
