/**
 * The case document's layout (spec section 6), as data: the gas adapter writes each heading and
 * its reminder, and the report summary goes under the first heading.
 */
import { isCaseCodeName } from './codeNames';
import { UserError } from './errors';

export interface CaseDocumentSection {
  heading: string;
  /** Shown under the heading so whoever writes there follows the manual's record-keeping rules. */
  reminder: string;
}

/** Every section repeats it: the manual asks for dated entries and neutral descriptions throughout. */
const DATE_AND_NEUTRAL_WORDS =
  'Date every entry (YYYY-MM-DD) and describe behaviour in neutral, factual words, without guessing at intent.';

const SECTIONS: readonly CaseDocumentSection[] = [
  {
    heading: 'Report summary',
    reminder: `A summary of a verbal report, or the text of an emailed report. Keep the reported person's behaviour apart from its impact on the reporter. ${DATE_AND_NEUTRAL_WORDS}`,
  },
  {
    heading: 'Working group discussion and scope',
    reminder: `A summary of the working group's discussions, including whether the report is in scope. ${DATE_AND_NEUTRAL_WORDS}`,
  },
  {
    heading: 'Proposed behavioural modification plan',
    reminder: `Concrete, specific expectations for the reported person's behaviour from now on. ${DATE_AND_NEUTRAL_WORDS}`,
  },
  {
    heading: 'Proposed consequences',
    reminder: `The consequences proposed, with reference to the enforcement ladder. ${DATE_AND_NEUTRAL_WORDS}`,
  },
  {
    heading: 'Discussions with moderators, organisers or other working groups',
    reminder: `A summary of verbal discussions, or the text of emails, with moderators, administrators, event organisers or other working groups. ${DATE_AND_NEUTRAL_WORDS}`,
  },
  {
    heading: 'Discussions with the reported person',
    reminder: `A summary of verbal discussions, or the text of emails, with the reported person. Never say who reported the incident. ${DATE_AND_NEUTRAL_WORDS}`,
  },
  {
    heading: 'Follow-up sent to the reporter',
    reminder: `The text sent to follow up with the reporter. ${DATE_AND_NEUTRAL_WORDS}`,
  },
  {
    heading: 'Resolution (actions taken, outcome, review date)',
    reminder: `The actions taken, the outcome and the date to review this case. ${DATE_AND_NEUTRAL_WORDS}`,
  },
];

/** The headed sections of a new case document, in the manual's order (a fresh copy each call). */
export function caseDocumentSections(): CaseDocumentSection[] {
  return SECTIONS.map((section) => ({ ...section }));
}

/**
 * A case document's title: exactly the case code name, because people without access to the
 * document can still see titles in shared folders.
 *
 * @throws Error when the code name is blank, which only a programming fault can cause.
 * @throws UserError `invalid-case-code-name` when the text is not shaped like a case code name
 * (two lower-case words joined by a space or, in older records, a hyphen). A Case Code Name cell
 * can hold anything a person typed, a real name included, and a title is seen by people who
 * cannot open the document, so such text never becomes a title. The message does not repeat it.
 */
export function caseDocumentTitle(caseCodeName: string): string {
  const title = caseCodeName.trim();
  if (title === '') throw new Error('caseDocumentTitle: the case code name is blank');
  if (!isCaseCodeName(title)) {
    throw new UserError(
      'invalid-case-code-name',
      "This case's Case Code Name is not two lower-case words joined by one space, so no case document was made or looked up: " +
        'a title is seen by people who cannot open the document. Correct it on every row of the case ' +
        '(Django CoC › Validate records finds the cells), then try again.',
    );
  }
  return title;
}
