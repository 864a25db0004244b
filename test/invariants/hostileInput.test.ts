/**
 * Hostile input on every field of every entry point that takes one (issue 13): each value either
 * gets a clear sentence naming the field and changes nothing, or is stored exactly as text, and
 * the invariants hold either way. docs/robustness.md tabulates what each input gets.
 */
import type { RunResponse } from '../../emulator/runner';
import type { WorkspaceState } from '../../emulator/workspace/state';
import { copyOf, run, sheetState } from '../integration/helpers';
import { checkInvariants, describeBreach, linkedId } from './checkInvariants';
import { CHAIR_EMAIL, PERSON_ONE, World, healthyWorld, reportForm } from './world';

/** Text that tries to become a formula, markup, or something else than it looks. */
export const HOSTILE_TEXTS: Record<string, string> = {
  'leading =': '=HYPERLINK("https://example.org","Fictional")',
  'leading +': '+1+2 Fictional',
  'leading -': '-1 Fictional',
  'leading @': '@fictional',
  'leading tab': '\tFictional tab',
  'leading CR': '\rFictional return',
  'leading LF': '\nFictional newline',
  '<script>': '<script>alert("Fictional")</script>',
  '<img onerror>': '<img src=x onerror=alert(1)> Fictional',
  '20,000 characters': `Fictional ${'long '.repeat(4_000)}`,
  '1,000,000 characters': `Fictional ${'x'.repeat(1_000_000)}`,
  'lone surrogate': 'Fictional \uD800 surrogate',
  'U+202E': 'Fictional \u202Eenosrep',
  'zero-width': 'Fic\u200Btional zero\u200Dwidth',
};

/** Values of other types where a string is expected. */
export const NOT_STRINGS: Record<string, unknown> = {
  number: 42,
  array: ['Fictional'],
  null: null,
  object: { text: 'Fictional' },
  __proto__: JSON.parse('{"__proto__": {"polluted": true}}'),
};

let base: World;
beforeAll(() => {
  base = healthyWorld();
});

function fresh(): WorkspaceState {
  return copyOf(base.workspace);
}

function invariants(workspace: WorkspaceState, response: RunResponse, fn: string, args: unknown[], secrets: string[] = []): string[] {
  return checkInvariants(workspace, {
    runs: [{ kind: 'run', function: fn, args, user: CHAIR_EMAIL, response }],
    secrets: [...base.secrets, ...secrets],
    submitted: Object.values(HOSTILE_TEXTS),
  }).map(describeBreach);
}

/** A refusal: a sentence that names one of `fields`, and nothing changed. */
function expectRefusal(response: RunResponse, before: WorkspaceState, after: WorkspaceState, fields: RegExp): void {
  expect('error' in response ? response.error : 'it succeeded').toMatch(fields);
  expect(after).toEqual(before);
}

const FORM_TEXT_FIELDS: Record<string, { field: RegExp; form: (value: unknown) => object }> = {
  summary: { field: /Summary/, form: (value) => reportForm({ summary: value as string }) },
  'real name': { field: /Reported person 1/, form: (value) => reportForm({ people: [{ realName: value as string }] }) },
  'person code name': { field: /Reported person 1/, form: (value) => reportForm({ people: [{ personCodeName: value as string }] }) },
  'date of report': { field: /Date of Report/, form: (value) => reportForm({ dateOfReport: value as string }) },
  status: { field: /Status/, form: (value) => reportForm({ status: value as string }) },
  'safety risk': { field: /Safety Risk/, form: (value) => reportForm({ safetyRisk: value as string }) },
  'members to keep out': { field: /members to keep out/, form: (value) => reportForm({ excludedMembers: [value as string] }) },
};

describe('logReport with hostile input', () => {
  describe.each(Object.keys(FORM_TEXT_FIELDS))('in %s', (fieldName) => {
    const { field, form } = FORM_TEXT_FIELDS[fieldName];

    it.each(Object.keys(HOSTILE_TEXTS))('%s is refused naming the field, or stored exactly as text', (what) => {
      const value = HOSTILE_TEXTS[what];
      const workspace = fresh();
      const before = copyOf(workspace);
      const args = [form(value)];
      const response = run(workspace, 'logReport', { args });
      if ('error' in response) {
        expectRefusal(response, before, workspace, field);
      } else if (fieldName === 'summary') {
        const url = ('result' in response ? (response.result as { documentUrl: string }) : { documentUrl: '' }).documentUrl;
        const body = workspace.documents[linkedId(url) as string].body.map((paragraph) => paragraph.text).join('\n');
        expect(body).toContain(value.replace(/\r\n|\r/g, '\n').trim());
      } else if (fieldName === 'real name') {
        const key = sheetState(workspace, 'Identity Key', base.keyId).values.map((row) => row[0]);
        expect(key).toContainEqual(value.trim());
      }
      expect(invariants(workspace, response, 'logReport', args, [value])).toEqual([]);
    });

    it.each(Object.keys(NOT_STRINGS))('a %s where text is expected is refused naming the field', (what) => {
      const workspace = fresh();
      const before = copyOf(workspace);
      const args = [form(NOT_STRINGS[what])];
      const response = run(workspace, 'logReport', { args });
      expectRefusal(response, before, workspace, field);
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  });

  it('finds a fullwidth, differently spaced copy of a name in the key as the same person', () => {
    const workspace = fresh();
    const people = () => sheetState(workspace, 'Identity Key', base.keyId).values.length;
    const count = people();
    const response = run(workspace, 'logReport', { args: [reportForm({ people: [{ realName: 'ＦＩＣＴＩＯＮＡＬ  person\u00A0one\u200B' }] })] });
    expect('result' in response).toBe(true);
    expect(people()).toBe(count);
    expect(invariants(workspace, response, 'logReport', [])).toEqual([]);
  });

  it.each([
    ['500 people in one report', { people: Array.from({ length: 500 }, (_, i) => ({ realName: `Fictional Person ${i}` })) }, /Reported people|people/i],
    ['2025-02-30', { dateOfReport: '2025-02-30' }, /Date of Report/],
    ['a date in the future', { dateOfReport: '2999-01-01' }, /Date of Report/],
    ['a resolution date before the report', { status: 'Resolved', resolutionSource: 'CoC WG', consequences: 'Warning', resolutionDate: '2025-02-01' }, /Resolution Date/],
    ['a form that is not an object', null, /Please correct/],
    ['a form that is a list', [PERSON_ONE], /Please correct/],
  ])('refuses %s naming the field, changing nothing', (_what, overrides, field) => {
    const workspace = fresh();
    const before = copyOf(workspace);
    const form = overrides === null || Array.isArray(overrides) ? overrides : reportForm(overrides as object);
    const response = run(workspace, 'logReport', { args: [form] });
    expectRefusal(response, before, workspace, field);
    expect(invariants(workspace, response, 'logReport', [form])).toEqual([]);
  });
});

/** The other entry points' text arguments: a sentence naming what is wrong, or the value kept as text. */
const ARGUMENTS: Record<string, { fn: string; args: (value: unknown) => unknown[]; field: RegExp }> = {
  'onboardMember email': { fn: 'onboardMember', args: (value) => [value, { conflicts: [] }], field: /email/i },
  'onboardMember conflicts': { fn: 'onboardMember', args: (value) => ['fictional.newcomer@example.org', { conflicts: [value] }], field: /conflict/i },
  'declareConflict email': { fn: 'declareConflict', args: (value) => [value, base.cases[0].caseCodeName], field: /email/i },
  'declareConflict case': { fn: 'declareConflict', args: (value) => ['fictional.member@example.org', value], field: /case/i },
  'offboardMember email': { fn: 'offboardMember', args: (value) => [value], field: /email|member/i },
  'linkIdentityKey id or link': { fn: 'linkIdentityKey', args: (value) => [value], field: /identity key|link|id/i },
  'exportStatistics options': { fn: 'exportStatistics', args: (value) => [value], field: /grouping/i },
  'exportStatistics grouping': { fn: 'exportStatistics', args: (value) => [{ grouping: value, dateBasis: 'report' }], field: /grouping/i },
  'exportStatistics date basis': { fn: 'exportStatistics', args: (value) => [{ grouping: 'year', dateBasis: value }], field: /date that places a report/i },
  'auditSharing fix': { fn: 'auditSharing', args: (value) => [value], field: /fix/i },
  'screenAttendees list': { fn: 'screenAttendees', args: (value) => [value, '2025-04-14'], field: /attendee list|lines/i },
  'screenAttendees event date': { fn: 'screenAttendees', args: (value) => ['Fictional Attendee Seven', value], field: /event's date/i },
  'checkDraft text': { fn: 'checkDraft', args: (value) => [value], field: /draft/i },
  'reviewRetention expunge': { fn: 'reviewRetention', args: (value) => [value], field: /retention/i },
};

describe.each(Object.keys(ARGUMENTS))('%s with hostile input', (name) => {
  const { fn, args, field } = ARGUMENTS[name];

  it.each([...Object.keys(HOSTILE_TEXTS), ...Object.keys(NOT_STRINGS)])('%s gets a sentence naming what is wrong and changes nothing, or keeps the invariants', (what) => {
    const value = what in HOSTILE_TEXTS ? HOSTILE_TEXTS[what] : NOT_STRINGS[what];
    const workspace = fresh();
    const before = copyOf(workspace);
    const response = run(workspace, fn, { args: args(value) });
    if ('error' in response) expectRefusal(response, before, workspace, field);
    expect(invariants(workspace, response, fn, args(value), typeof value === 'string' ? [value] : [])).toEqual([]);
  });
});
