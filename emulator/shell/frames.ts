import { byId } from './dom';

/**
 * The add-on's sidebars and dialogs, each in a frame (srcdoc, so it shares this page's origin)
 * with a `google.script.run` and `google.script.host` like the ones Apps Script provides
 * (https://developers.google.com/apps-script/guides/html/reference/run and .../host).
 */

export type PageOutcome = { result: unknown } | { error: string };

/** Runs a server function for a page, as the person using the page; answers its result or error. */
export type PageRunner = (functionName: string, args: unknown[]) => Promise<PageOutcome>;

type FrameWindow = Window & typeof globalThis;

interface Handlers {
  success?: (value: unknown, userObject: unknown) => void;
  failure?: (error: Error, userObject: unknown) => void;
  userObject?: unknown;
}

const SHIM = '<script>window.google = window.parent.__emulatorShell.googleFor(window);</script>';

/** The page's HTML with the google.script shim as the very first script, so the page's scripts can use it. */
export function withShim(html: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + SHIM + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  if (doctype) return doctype[0] + SHIM + html.slice(doctype[0].length);
  return SHIM + html;
}

export function showSidebar(title: string, html: string): void {
  byId('sidebar-title').textContent = title;
  byId<HTMLIFrameElement>('sidebar-frame').srcdoc = withShim(html);
  byId('sidebar').hidden = false;
}

export function showDialog(title: string, html: string, width = 600, height = 420): void {
  byId('dialog-title').textContent = title;
  const frame = byId<HTMLIFrameElement>('dialog-frame');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.srcdoc = withShim(html);
  byId('dialog-overlay').hidden = false;
  frame.focus();
}

export function closeSidebar(): void {
  byId('sidebar').hidden = true;
  byId<HTMLIFrameElement>('sidebar-frame').srcdoc = '';
}

export function closeDialog(): void {
  byId('dialog-overlay').hidden = true;
  byId<HTMLIFrameElement>('dialog-frame').srcdoc = '';
}

/** Closes whichever frame holds `win` (google.script.host.close()). */
function closeFrameOf(win: Window): void {
  if (byId<HTMLIFrameElement>('sidebar-frame').contentWindow === win) closeSidebar();
  if (byId<HTMLIFrameElement>('dialog-frame').contentWindow === win) closeDialog();
}

/** The `google` object a framed page gets. */
export function googleFor(win: FrameWindow, runForPage: PageRunner): unknown {
  return {
    script: {
      run: scriptRun(win, runForPage, {}),
      host: {
        close: () => closeFrameOf(win),
        setHeight: (height: number) => resizeDialog(win, undefined, height),
        setWidth: (width: number) => resizeDialog(win, width, undefined),
        editor: { focus: () => window.focus() },
        origin: window.location.origin,
      },
    },
  };
}

function resizeDialog(win: Window, width: number | undefined, height: number | undefined): void {
  const frame = byId<HTMLIFrameElement>('dialog-frame');
  if (frame.contentWindow !== win) return;
  if (width !== undefined) frame.style.width = `${width}px`;
  if (height !== undefined) frame.style.height = `${height}px`;
}

/** google.script.run: withSuccessHandler/withFailureHandler/withUserObject, then any server function by name. */
function scriptRun(win: FrameWindow, runForPage: PageRunner, handlers: Handlers): unknown {
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (typeof property !== 'string') return undefined;
        if (property === 'withSuccessHandler') return (success: Handlers['success']) => scriptRun(win, runForPage, { ...handlers, success });
        if (property === 'withFailureHandler') return (failure: Handlers['failure']) => scriptRun(win, runForPage, { ...handlers, failure });
        if (property === 'withUserObject') return (userObject: unknown) => scriptRun(win, runForPage, { ...handlers, userObject });
        return (...args: unknown[]) => {
          const legal = legalArguments(win, args);
          void runForPage(property, legal).then((outcome) => deliver(win, handlers, outcome));
        };
      },
    },
  );
}

function deliver(win: FrameWindow, handlers: Handlers, outcome: PageOutcome): void {
  if ('error' in outcome) {
    const error = new win.Error(outcome.error);
    if (handlers.failure) handlers.failure(error, handlers.userObject);
    else win.console.error(error);
    return;
  }
  // The page gets the result as its own objects, copied as the real channel copies them.
  const value = outcome.result === undefined ? undefined : win.JSON.parse(JSON.stringify(outcome.result));
  handlers.success?.(value, handlers.userObject);
}

/**
 * Checks arguments as google.script.run does before sending: a form may be the only argument;
 * Dates, functions, DOM elements and circular objects fail, naming the argument's index; undefined
 * inside arrays becomes null.
 */
export function legalArguments(win: FrameWindow, args: unknown[]): unknown[] {
  if (args.length === 1 && isForm(args[0])) return [formObject(args[0] as HTMLFormElement)];
  args.forEach((arg, index) => {
    if (!isLegal(arg, [])) throw new win.Error(`Failed due to illegal value in property: ${index}`);
  });
  return args.map((arg) => (arg === undefined ? null : JSON.parse(JSON.stringify(arg))));
}

function isLegal(value: unknown, within: object[]): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return true;
  if (typeof value !== 'object' || within.includes(value)) return false;
  const tag = Object.prototype.toString.call(value);
  if (tag !== '[object Object]' && tag !== '[object Array]') return false;
  if (typeof (value as { nodeType?: unknown }).nodeType === 'number') return false;
  return Object.values(value).every((item) => isLegal(item, [...within, value]));
}

function isForm(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { tagName?: unknown }).tagName === 'FORM';
}

/** A form as the server receives it: each named field's value (checkboxes only when checked). */
function formObject(form: HTMLFormElement): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const element of Array.from(form.elements) as HTMLInputElement[]) {
    if (!element.name || element.disabled || element.type === 'file') continue;
    if ((element.type === 'checkbox' || element.type === 'radio') && !element.checked) continue;
    const existing = fields[element.name];
    if (existing === undefined) fields[element.name] = element.value;
    else fields[element.name] = Array.isArray(existing) ? [...existing, element.value] : [existing, element.value];
  }
  return fields;
}
