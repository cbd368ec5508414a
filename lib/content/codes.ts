import type { DiagnosticLevel } from './diagnostic';

/**
 * Every diagnostic code the checks can emit, with its level. `Diagnostic.code`
 * is typed from this list, so a new rule cannot ship without an entry here, and
 * a test keeps the table in the authoring guide (content/README.md) equal to it.
 */
export const DIAGNOSTIC_CODES = {
  // the file
  'empty-file': { level: 'error', about: 'the file is empty' },
  'missing-frontmatter': { level: 'error', about: 'the file does not start with a --- line' },
  'unclosed-frontmatter': { level: 'error', about: 'the frontmatter has no closing --- line' },
  'invalid-file-name': { level: 'error', about: 'the file name is not kebab-case .mdx' },
  'unreadable-file': { level: 'error', about: 'the file cannot be read' },
  'file-too-large': { level: 'error', about: 'the file is over 1 MB' },
  'not-utf8': { level: 'error', about: 'the file is not UTF-8 text' },
  'invalid-yaml': { level: 'error', about: 'the frontmatter is not valid YAML' },
  'frontmatter-not-mapping': { level: 'error', about: 'the frontmatter is not a mapping of fields' },
  'duplicate-field': { level: 'error', about: 'a field given twice in one mapping' },
  'yaml-unknown-alias': { level: 'error', about: 'an alias with no anchor above it' },
  'yaml-recursive-alias': { level: 'error', about: 'an alias inside the value it names' },
  'yaml-alias-expansion': { level: 'error', about: 'aliases that repeat over 10,000 values' },
  'yaml-unused-anchor': { level: 'error', about: 'an anchor on a value that no alias uses: text starting with "&" read as an anchor' },
  'yaml-tag': { level: 'error', about: 'a YAML tag: text starting with "!" read as a tag' },
  'unexpected-file': { level: 'error', about: 'a file in the content folder that is not an incident' },
  'loader-failure': { level: 'error', about: 'the loader itself failed on the file' },
  'control-character': { level: 'error', about: 'a control character in text' },
  'bidi-control': { level: 'error', about: 'a bidirectional embedding, override or isolate in text' },
  // the schema
  'unknown-field': { level: 'error', about: 'a field the schema does not know' },
  'missing-field': { level: 'error', about: 'a required field is left out' },
  'invalid-type': { level: 'error', about: 'a value of the wrong type' },
  'invalid-choice': { level: 'error', about: 'a value outside its list' },
  'invalid-format': { level: 'error', about: 'a value in the wrong form' },
  'invalid-value': { level: 'error', about: 'a value the schema rejects for another reason' },
  'too-small': { level: 'error', about: 'a list with too few items' },
  'too-big': { level: 'error', about: 'a value or list too large' },
  'invalid-time': { level: 'error', about: 'a time that does not exist' },
  'invalid-date': { level: 'error', about: 'a date that does not exist' },
  'unknown-time-zone': { level: 'error', about: 'a zone that is not an IANA name' },
  // rules between fields
  'reserved-id': { level: 'error', about: 'an id that names a page section' },
  'duplicate-id': { level: 'error', about: 'an id used twice in the file' },
  'duplicate-service': { level: 'error', about: 'a service listed twice' },
  'service-without-slug': { level: 'error', about: 'a service name with no letter or digit' },
  'unknown-service': { level: 'error', about: 'a service not listed in services' },
  'events-out-of-order': { level: 'error', about: 'events not in time order' },
  'until-not-after-at': { level: 'error', about: 'an event ends before it starts' },
  'window-end-not-after-start': { level: 'error', about: 'an impact window ends before it starts' },
  'several-triggers': { level: 'error', about: 'more than one trigger event' },
  'trigger-not-change': { level: 'error', about: 'a trigger that is not a change' },
  'trigger-day-only': { level: 'error', about: 'the trigger is known only to the day' },
  'unknown-window-cause': { level: 'error', about: "an impact window's causedBy names no cause" },
  'unknown-factor-target': { level: 'error', about: "a factor's contributesTo names no cause" },
  'unknown-cause': { level: 'error', about: 'leadsTo names no cause' },
  'cause-leads-to-itself': { level: 'error', about: 'a cause leads to itself' },
  'cause-cycle': { level: 'error', about: 'the causes go round in a circle' },
  'unknown-remediation-target': { level: 'error', about: 'addresses names no cause, factor or event' },
  'completed-not-done': { level: 'error', about: 'a completion date on a remediation that is not done' },
  'duplicate-tag': { level: 'error', about: 'a tag listed twice' },
  'duplicate-related': { level: 'error', about: 'a related incident listed twice' },
  'related-to-itself': { level: 'error', about: 'an incident related to itself' },
  // publishing
  'placeholder-text': { level: 'error', about: 'a published file still holds placeholder text' },
  'scaffold-example-event': { level: 'error', about: "a published file still holds one of the scaffold's example events" },
  'placeholder-id': { level: 'error', about: 'a published file still holds an id the scaffold or an importer made up' },
  // rules across the library
  'unknown-related': { level: 'error', about: 'related names no incident file' },
  // the body
  'invalid-mdx': { level: 'error', about: 'the body is not MDX' },
  'body-import-export': { level: 'error', about: 'the body imports or exports code' },
  'body-expression': { level: 'error', about: 'the body holds a {…} expression' },
  'attribute-expression': { level: 'error', about: 'an attribute value in braces' },
  'unknown-component': { level: 'error', about: 'a component the page cannot show' },
  'forbidden-element': { level: 'error', about: 'an element that could run code or restyle the page' },
  'forbidden-attribute': { level: 'error', about: 'an attribute the page cannot render' },
  'event-ref-without-id': { level: 'error', about: '<EventRef> without an id' },
  'unknown-event-ref': { level: 'error', about: '<EventRef id> names no event' },
  'event-ref-content': { level: 'error', about: '<EventRef> with text inside, which the page would not show' },
  'unknown-anchor': { level: 'error', about: 'a link to #anchor that names no place on the page' },
  'heading-anchor-clash': { level: 'error', about: 'a heading whose anchor is taken' },
  // warnings: printed, never fatal unless --strict
  'follow-up-without-owner': { level: 'warning', about: 'an open follow-up of a published sev1/sev2 incident has no owner' },
  'follow-up-without-due': { level: 'warning', about: 'an open follow-up of a published sev1/sev2 incident has no due date' },
  'follow-up-overdue': { level: 'warning', about: 'a follow-up is past its due date and not done' },
  'offset-not-in-zone': { level: 'warning', about: "a time's UTC offset is neither UTC nor the incident time zone's at that moment" },
  'time-without-zone': { level: 'warning', about: 'a clock time written in text names no zone' },
  'completed-in-future': { level: 'warning', about: "a remediation's completed date is after today" },
  'event-far-from-impact': { level: 'warning', about: 'an event more than 30 days from customer impact' },
  'day-only-not-midnight': { level: 'warning', about: 'an event known only to the day is not at midnight' },
  'file-date-not-impact-start': { level: 'warning', about: "the file name's date is not the day customer impact began" },
  'text-cut-by-comment': { level: 'warning', about: 'a text field that YAML ended at a " #", reading the rest as a comment' },
} as const satisfies Record<string, { level: DiagnosticLevel; about: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTIC_CODES, code);
}
