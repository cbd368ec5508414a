import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIncidentSource } from '@/lib/content/load';
import { checkTimeZoneOption } from '@/lib/content/scaffold';
import { closestMatch, editDistance } from '@/lib/content/suggest';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['alert', 'alert', 0],
    ['alrt', 'alert', 1],
    ['severty', 'severity', 1],
    ['chnage', 'change', 1],
    ['alret', 'alert', 1],
    ['ca', 'abc', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closestMatch', () => {
  it('finds the word a slip of a letter or two was meant to be, case aside', () => {
    expect(closestMatch('severty', ['title', 'severity', 'status'])).toBe('severity');
    expect(closestMatch('alrt', ['change', 'alert', 'impact'])).toBe('alert');
    expect(closestMatch('Recovery', ['alert', 'recovery'])).toBe('recovery');
  });

  it('counts two neighbouring letters swapped as one slip, so short words are matched too', () => {
    expect(closestMatch('alret', ['change', 'alert', 'impact'])).toBe('alert');
    expect(closestMatch('titel', ['title', 'summary', 'status'])).toBe('title');
    expect(closestMatch('kidn', ['kind', 'at', 'title'])).toBe('kind');
  });

  it('finds the one id with the same words, some left out or added', () => {
    expect(closestMatch('customer-failure', ['customer-facing-failure', 'bad-config'])).toBe('customer-facing-failure');
    expect(closestMatch('telemetry-service-deploy', ['deploy', 'alert'])).toBe('deploy');
    expect(closestMatch('progress', ['planned', 'in-progress', 'done'])).toBe('in-progress');
  });

  it('finds the field whose words a longer name holds, however they are joined', () => {
    const fields = ['owner', 'due', 'priority', 'tracker', 'contributingFactors'];
    expect(['dueDate', 'due_date', 'ownerName', 'tracker-url', 'contributing_factors'].map((name) => closestMatch(name, fields))).toEqual([
      'due',
      'due',
      'owner',
      'tracker',
      'contributingFactors',
    ]);
  });

  it('suggests nothing for a word too far from every candidate, or as near to two', () => {
    expect(closestMatch('customer-impact', ['customer-facing-failure', 'bad-config'])).toBeUndefined();
    expect(closestMatch('failure', ['customer-facing-failure', 'config-failure'])).toBeUndefined();
    expect(closestMatch('facing-customer', ['customer-facing-failure'])).toBeUndefined();
    expect(closestMatch('xyz', ['alert', 'change'])).toBeUndefined();
    expect(closestMatch('sev', ['sev1', 'sev2'])).toBeUndefined();
    expect(closestMatch('alert', [])).toBeUndefined();
  });
});

describe('content errors with a near miss', () => {
  const minimal = readFileSync('tests/fixtures/valid/minimal.mdx', 'utf8');
  async function errorsOf(text: string) {
    const result = await loadIncidentSource('content/incidents/typo.mdx', 'typo', new TextEncoder().encode(text));
    if (result.ok) throw new Error('expected the file to fail');
    return result.errors.map((error) => `${error.line}  ${error.path}  ${error.message}`);
  }

  it('say which field, kind or id was probably meant, beside what was expected', async () => {
    const errors = await errorsOf(minimal.replace('severity: sev2', 'severity: sev2\nsumary: twice').replace('kind: alert', 'kind: alrt'));
    expect(errors).toContainEqual(expect.stringMatching(/^6 {2}sumary {2}unknown field "sumary" \(did you mean "summary"\?\); expected one of title, summary,/));
    expect(errors).toContainEqual(
      '23  timeline[1].kind  expected one of "change", "alert", "impact", "investigation", "mitigation", "recovery", "communication", got "alrt" (did you mean "alert"?)',
    );
  });

  it('name the time zone that was probably meant, in the file and on the command line', async () => {
    const errors = await errorsOf(minimal.replace('timeZone: America/Los_Angeles', 'timeZone: America/Los_Angles'));
    expect(errors).toContainEqual(expect.stringMatching(/ {2}timeZone {2}expected an IANA time zone such as "America\/Los_Angeles", got "America\/Los_Angles" \(did you mean "America\/Los_Angeles"\?\)$/));
    expect(checkTimeZoneOption('europe/berlin')).toEqual(['--tz: expected an IANA time zone such as "Europe/Berlin", got "europe/berlin" (did you mean "Europe/Berlin"?)']);
    expect(checkTimeZoneOption('Mars/Olympus_Mons')).toEqual(['--tz: expected an IANA time zone such as "Europe/Berlin", got "Mars/Olympus_Mons"']);
    expect(checkTimeZoneOption('UTC')).toEqual([]);
  });

  it('name the id of a cause or event that was probably meant', async () => {
    const withRemediation = `${minimal.split('\n---\n')[0]}\nremediations:\n  - id: fix\n    title: Fix it\n    category: prevent\n    status: planned\n    description: Check configs before they ship.\n    addresses: [bad-confg]\n---\n\nThe config went out at <EventRef id="config-deployd" />.\n`;
    const errors = await errorsOf(withRemediation.replace('<EventRef id="config-deployd" />', '<EventRef id="config-deployd" /> and the alert at <EventRef id="alert" />'));
    expect(errors).toContainEqual(expect.stringMatching(/ {2}body {2}expected <EventRef id> to name a timeline event, got "alert" \(did you mean "error-alert"\?\)$/));
    expect(errors).toContainEqual(expect.stringMatching(/ {2}body {2}expected <EventRef id> to name a timeline event, got "config-deployd" \(did you mean "config-deployed"\?\)$/));
    expect(errors).toContainEqual(
      expect.stringMatching(/^\d+ {2}remediations\[0\]\.addresses\[0\] {2}expected the id of a cause, contributing factor or event, got "bad-confg" \(did you mean "bad-config"\?\)$/),
    );
  });

  it('say what an id of another kind of item is, where it is given in place of a cause or an event', async () => {
    const errors = await errorsOf(
      minimal
        .replace('    statement: A bad configuration was deployed to every server.', '    statement: A bad configuration was deployed to every server.\n    leadsTo: [api-recovered]')
        .replace('<EventRef id="config-deployed" />', '<EventRef id="bad-config" />'),
    );
    expect(errors).toContainEqual('32  causes[0].leadsTo[0]  expected the id of a cause, got "api-recovered"; "api-recovered" is timeline[2] at line 24');
    expect(errors).toContainEqual(
      expect.stringMatching(/ {2}body {2}expected <EventRef id> to name a timeline event, got "bad-config"; "bad-config" names another part of the page, not an event \(link to it with \[text\]\(#bad-config\)\)$/),
    );
  });
});
