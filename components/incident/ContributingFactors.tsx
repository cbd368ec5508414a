import type { Incident } from '@/lib/content/load';
import { TagLinks } from '../tags/TagLinks';
import { ItemLinks } from '../ui/ItemLinks';
import { LinkableItem } from '../ui/LinkableItem';
import { PageSection } from '../ui/PageSection';

export function ContributingFactors({ incident }: { incident: Incident }) {
  if (incident.contributingFactors.length === 0) return null;
  return (
    <PageSection id="contributing-factors" title="Contributing factors">
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {incident.contributingFactors.map((factor) => (
          <LinkableItem key={factor.id} id={factor.id}>
            <p className="font-medium">{factor.statement}</p>
            {factor.detail && <p className="mt-1 text-sm text-soft">{factor.detail}</p>}
            <TagLinks tags={factor.tags} />
            <ItemLinks label="Contributed to" items={factor.enables} />
            <ItemLinks label="Addressed by" items={factor.addressedBy} />
          </LinkableItem>
        ))}
      </ul>
    </PageSection>
  );
}
