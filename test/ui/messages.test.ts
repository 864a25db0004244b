import { countOf, failureMessage } from '../../src/ui/shared/messages';

describe('failureMessage', () => {
  it("shows the server's sentence as sent, listing several fields", () => {
    const message = 'Please correct: Date of Report: The date of the report cannot be in the future.; Status: Choose a status.';
    expect(failureMessage(new Error(message))).toBe(message);
  });

  it('drops a technical prefix Apps Script puts before the sentence', () => {
    expect(failureMessage(new Error('Exception: Only the chair can export statistics.'))).toBe('Only the chair can export statistics.');
    expect(failureMessage({ message: 'Error: Try again in a moment.' })).toBe('Try again in a moment.');
  });

  it('reads an error given as plain text', () => {
    expect(failureMessage('The document lock could not be had.')).toBe('The document lock could not be had.');
  });

  it('falls back to a general sentence when there is no message', () => {
    expect(failureMessage(undefined)).toBe('Something went wrong. Please try again.');
    expect(failureMessage(new Error(''))).toBe('Something went wrong. Please try again.');
  });
});

describe('countOf', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect(countOf(1, 'problem')).toBe('1 problem');
    expect(countOf(0, 'problem')).toBe('0 problems');
    expect(countOf(2, 'person', 'people')).toBe('2 people');
  });
});
