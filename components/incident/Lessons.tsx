import type { Incident } from '@/lib/content/load';
import { LESSON_KINDS, type LessonKind } from '@/lib/content/vocabulary';
import { LinkableItem } from '../ui/LinkableItem';
import { PageSection } from '../ui/PageSection';

/** The headings of the Google SRE postmortem template. */
const HEADINGS: Record<LessonKind, string> = {
  wentWell: 'Went well',
  wentWrong: 'Went wrong',
  gotLucky: 'Where we got lucky',
};

export function Lessons({ incident }: { incident: Incident }) {
  const { lessons } = incident;
  if (!lessons || !incident.sections.includes('lessons')) return null;
  return (
    <PageSection id="lessons" title="Lessons">
      {LESSON_KINDS.filter((kind) => lessons[kind].length > 0).map((kind) => (
        <div key={kind} className="mt-4">
          <h3 className="text-lg font-semibold">{HEADINGS[kind]}</h3>
          <ul className="mt-2 flex flex-col gap-2">
            {lessons[kind].map((lesson) => (
              <LinkableItem key={lesson.id} id={lesson.id}>
                {lesson.text}
              </LinkableItem>
            ))}
          </ul>
        </div>
      ))}
    </PageSection>
  );
}
