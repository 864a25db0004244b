import { UserError, isUserError, personFacingMessage } from '../../src/core/errors';

const REAL_NAME = 'Fictional Person One';

describe('personFacingMessage', () => {
  it('shows a UserError’s sentence as it is', () => {
    expect(personFacingMessage(new UserError('chair-only', 'Only the chair can export statistics.'))).toBe('Only the chair can export statistics.');
  });

  it('gives the chair the chair’s own sentence, and everyone else the usual one', () => {
    const error = new UserError('not-set-up', 'Ask the chair to run Set up or repair.', {}, 'Run Set up or repair first.');
    expect(personFacingMessage(error, 'chair')).toBe('Run Set up or repair first.');
    expect(personFacingMessage(error, 'member')).toBe('Ask the chair to run Set up or repair.');
    expect(personFacingMessage(new UserError('chair-only', 'Only the chair can do that.'), 'chair')).toBe('Only the chair can do that.');
  });

  it('folds per-field messages into one sentence, naming each field by its label', () => {
    const error = new UserError('invalid-form', 'Please correct the highlighted fields.', {
      dateOfReport: 'Enter the date of the report.',
      'people.1.personCodeName': 'No person has this code name in the identity key.',
    });
    expect(personFacingMessage(error)).toBe(
      'Please correct: Date of Report: Enter the date of the report.; Reported person 2: No person has this code name in the identity key.',
    );
  });

  it('never passes on the message of an unexpected error, which may quote a real name', () => {
    // V8's own wording when code sets a property on a string by mistake.
    const thrown = new TypeError(`Cannot create property 'codeName' on string '${REAL_NAME}'`);
    expect(personFacingMessage(thrown)).toBe(
      'Django CoC could not finish because of an unexpected error (TypeError). Please try again; if it keeps happening, run Django CoC › Validate records.',
    );
  });

  it('gives the same sentence for a thrown value that is not an error', () => {
    expect(personFacingMessage(`about ${REAL_NAME}`)).toBe(
      'Django CoC could not finish because of an unexpected error. Please try again; if it keeps happening, run Django CoC › Validate records.',
    );
  });

  it('leaves out an error name that is not a plain word', () => {
    expect(personFacingMessage(Object.assign(new Error('x'), { name: REAL_NAME }))).not.toContain(REAL_NAME);
  });
});

describe('isUserError', () => {
  it('recognises a UserError by its name, as one from another realm would carry it', () => {
    expect([isUserError(new UserError('x', 'y')), isUserError({ name: 'UserError' }), isUserError(new Error('y'))]).toEqual([true, true, false]);
  });
});
