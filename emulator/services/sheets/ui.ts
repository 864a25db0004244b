import type { MenuItem, RunContext } from '../../run/runContext';
import { HtmlOutput } from '../html/htmlService';
import { parameterMismatch } from '../common/serviceHelpers';
import { EnumMember, enumName, enumOf } from '../common/enums';
import { proxyOf, requireArgument, wrap } from '../common/serviceObject';

/** Ui.Button (https://developers.google.com/apps-script/reference/base/button). */
export const BUTTON = enumOf('Ui.Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
type ButtonName = keyof typeof BUTTON;

/** Ui.ButtonSet (https://developers.google.com/apps-script/reference/base/button-set). */
export const BUTTON_SET = enumOf('Ui.ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);

type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

/** The buttons each set shows, the affirmative one first; every dialog can also be closed. */
const BUTTONS_IN_SET: Record<ButtonSetName, readonly string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** Sheets shows an add-on's menu under the add-on's name, whatever the script calls it. */
export const ADDON_MENU_NAME = 'Django CoC';

const UI = 'Ui';

interface DialogText {
  title: string;
  message: string;
  buttons: ButtonSetName;
}

/**
 * The spreadsheet's user interface (https://developers.google.com/apps-script/reference/base/ui).
 * Dialogs do not wait for a person: each alert or prompt takes the next of `run.answers`, and
 * everything shown is recorded in `run.shown`.
 */
export class Ui {
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;
  readonly #run: RunContext;

  constructor(run: RunContext) {
    this.#run = run;
  }

  static create(run: RunContext): Ui {
    return wrap(new Ui(run), 'Ui', run);
  }

  createMenu(caption: unknown): Menu {
    if (typeof caption !== 'string') throw parameterMismatch(`${UI}.createMenu`, [caption]);
    return Menu.create(this.#run, caption, false);
  }

  createAddonMenu(): Menu {
    return Menu.create(this.#run, ADDON_MENU_NAME, true);
  }

  /**
   * alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons); returns the button
   * the answer names. With no answer left the person closed it, except that a lone OK button
   * counts as pressed.
   */
  alert(...args: unknown[]): EnumMember {
    const dialog = dialogText(args, `${UI}.alert`);
    const answer = this.#nextAnswer('alert', dialog);
    const button = answer === undefined ? (dialog.buttons === 'OK' ? 'OK' : 'CLOSE') : checkedButton(answer, dialog.buttons);
    this.#run.shown.push({ type: 'alert', ...dialog, answer: button });
    return BUTTON[button as ButtonName];
  }

  /**
   * prompt(prompt), prompt(prompt, buttons) or prompt(title, prompt, buttons). An answer is the
   * typed text, sent with the set's affirmative button, or JSON `{"button": "CANCEL", "text": ""}`
   * for another button. With no answer left the person closed it.
   */
  prompt(...args: unknown[]): PromptResponse {
    const dialog = dialogText(args, `${UI}.prompt`);
    const { button, text } = promptAnswer(this.#nextAnswer('prompt', dialog), dialog.buttons);
    this.#run.shown.push({ type: 'prompt', ...dialog, answer: button, text });
    return PromptResponse.create(this.#run, button, text);
  }

  showSidebar(userInterface: unknown): void {
    const page = HtmlOutput.pageOf(requireArgument(userInterface, HtmlOutput, `${UI}.showSidebar`));
    this.#run.shown.push(withoutUndefined({ type: 'sidebar' as const, title: page.title, html: page.html, file: page.file }));
  }

  showModalDialog(userInterface: unknown, title: unknown): void {
    this.#showDialog('modalDialog', userInterface, title);
  }

  showModelessDialog(userInterface: unknown, title: unknown): void {
    this.#showDialog('modelessDialog', userInterface, title);
  }

  /**
   * The next answer; when none is left, the runner's hook may stop the run here to ask the person
   * (the browser shell), before anything is recorded.
   */
  #nextAnswer(type: 'alert' | 'prompt', dialog: DialogText): string | undefined {
    const answer = this.#run.answers.shift();
    if (answer === undefined) this.#run.onUnansweredPrompt?.({ type, ...dialog });
    return answer;
  }

  #showDialog(type: 'modalDialog' | 'modelessDialog', userInterface: unknown, title: unknown): void {
    const method = `${UI}.${type === 'modalDialog' ? 'showModalDialog' : 'showModelessDialog'}`;
    if (typeof title !== 'string') throw parameterMismatch(method, [userInterface, title]);
    const page = HtmlOutput.pageOf(requireArgument(userInterface, HtmlOutput, method));
    this.#run.shown.push(withoutUndefined({ type, title, html: page.html, file: page.file, width: page.width, height: page.height }));
  }
}

/** A menu being built (https://developers.google.com/apps-script/reference/base/menu). */
export class Menu {
  readonly #run: RunContext;
  readonly #name: string;
  readonly #addon: boolean;
  readonly #items: MenuItem[] = [];

  constructor(run: RunContext, name: string, addon: boolean) {
    this.#run = run;
    this.#name = name;
    this.#addon = addon;
  }

  static create(run: RunContext, name: string, addon: boolean): Menu {
    return wrap(new Menu(run, name, addon), 'Menu', run);
  }

  addItem(caption: unknown, functionName: unknown): Menu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') throw parameterMismatch('Menu.addItem', [caption, functionName]);
    this.#items.push({ caption, functionName });
    return proxyOf(this);
  }

  addSeparator(): Menu {
    this.#items.push({ separator: true });
    return proxyOf(this);
  }

  addSubMenu(menu: unknown): Menu {
    const subMenu = requireArgument(menu, Menu, 'Menu.addSubMenu');
    this.#items.push({ subMenu: subMenu.#name, items: structuredClone(subMenu.#items) });
    return proxyOf(this);
  }

  /** Puts the menu in the spreadsheet's menu bar: recorded in `run.shown`. */
  addToUi(): void {
    this.#run.shown.push({ type: 'menu', name: this.#name, addon: this.#addon, items: structuredClone(this.#items) });
  }
}

/** What a person did with a prompt (https://developers.google.com/apps-script/reference/base/prompt-response). */
export class PromptResponse {
  readonly #button: string;
  readonly #text: string;

  constructor(button: string, text: string) {
    this.#button = button;
    this.#text = text;
  }

  static create(run: RunContext, button: string, text: string): PromptResponse {
    return wrap(new PromptResponse(button, text), 'PromptResponse', run);
  }

  getSelectedButton(): EnumMember {
    return BUTTON[this.#button as ButtonName];
  }

  getResponseText(): string {
    return this.#text;
  }
}

function dialogText(args: unknown[], method: string): DialogText {
  const [title, message, buttons] = args.length === 3 ? args : args.length === 2 ? ['', args[0], args[1]] : ['', args[0], BUTTON_SET.OK];
  const buttonSet = enumName(BUTTON_SET, buttons);
  const valid = args.length >= 1 && args.length <= 3 && typeof title === 'string' && typeof message === 'string' && buttonSet !== undefined;
  if (!valid) throw parameterMismatch(method, args);
  return { title: title as string, message: message as string, buttons: buttonSet };
}

/** An answer must be a button the dialog shows (or CLOSE); anything else is a mistake in the test. */
function checkedButton(answer: string, buttons: ButtonSetName): string {
  if (answer === 'CLOSE' || BUTTONS_IN_SET[buttons].includes(answer)) return answer;
  throw new Error(`Emulator: the answer "${answer}" is not a button of ButtonSet.${buttons} (${BUTTONS_IN_SET[buttons].join(', ')} or CLOSE).`);
}

function promptAnswer(answer: string | undefined, buttons: ButtonSetName): { button: string; text: string } {
  if (answer === undefined) return { button: 'CLOSE', text: '' };
  const chosen = parseButtonAnswer(answer);
  if (chosen) return { button: checkedButton(chosen.button, buttons), text: chosen.text };
  return { button: BUTTONS_IN_SET[buttons][0], text: answer };
}

/** `{"button": "CANCEL", "text": "..."}`, or null when the answer is plain typed text. */
function parseButtonAnswer(answer: string): { button: string; text: string } | null {
  if (!answer.trimStart().startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(answer);
    if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { button?: unknown }).button !== 'string') return null;
    const { button, text } = parsed as { button: string; text?: unknown };
    return { button, text: typeof text === 'string' ? text : '' };
  } catch {
    return null;
  }
}

function withoutUndefined<T extends object>(entry: T): T {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)) as T;
}
