import type { SheetsContext } from './context';
import { requireArgument, wrap } from '../common/serviceObject';

/** A person as Spreadsheet.getEditors/getOwner report them (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getEditors()). */
export class User {
  readonly #email: string;

  constructor(email: string) {
    this.#email = email;
  }

  static create(context: SheetsContext, email: string): User {
    return wrap(new User(email), 'User', context.run);
  }

  static emailOf(user: User): string {
    return user.#email;
  }

  getEmail(): string {
    return this.#email;
  }
}

/** An email, or the email of a User object (Spreadsheet.addEditor(user), Protection.addEditor(user)). */
export function emailOf(emailOrUser: unknown, method: string): string {
  if (typeof emailOrUser === 'string') return emailOrUser;
  return User.emailOf(requireArgument(emailOrUser, User, method));
}
