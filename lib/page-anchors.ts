/** Ids of the page's own sections; content ids share the page's anchor namespace with them. */
export const SECTION_IDS = ['summary', 'timeline', 'root-cause', 'contributing-factors', 'remediations', 'lessons', 'narrative', 'sources', 'related-incidents', 'history'] as const;

export type SectionId = (typeof SECTION_IDS)[number];

/** Every id the page itself uses: sections, their headings and a few fixed landmarks. */
export const PAGE_IDS: readonly string[] = [
  ...SECTION_IDS,
  ...SECTION_IDS.map((id) => `${id}-heading`),
  'main-content',
  'timeline-overview-caption',
  'impact-windows',
  'cause-graph-caption',
];
