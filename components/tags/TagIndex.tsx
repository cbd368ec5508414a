import type { Tag } from '@/lib/incidents/tags';
import { incidentsCarrying, tagPath } from '@/lib/incidents/tags';
import { CountedLinkIndex } from '@/components/ui/CountedLinkIndex';

export function TagIndex({ tags }: { tags: Tag[] }) {
  return (
    <CountedLinkIndex
      title="Tags"
      intro="Every tag on an incident or a contributing factor, with how many incidents carry it."
      empty="No incident has tags yet."
      links={tags.map((tag) => ({ key: tag.tag, href: tagPath(tag.tag), label: `#${tag.tag}`, incidentCount: incidentsCarrying(tag).length }))}
    />
  );
}
