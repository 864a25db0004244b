import type { RunContext } from '../../run/runContext';
import { enumOf, parameterMismatch } from '../common/serviceHelpers';
import { proxyOf, wrap } from '../common/serviceObject';

/** HtmlService.SandboxMode (https://developers.google.com/apps-script/reference/html/sandbox-mode). */
export const SANDBOX_MODE = enumOf(['EMULATED', 'IFRAME', 'NATIVE']);

/** HtmlService.XFrameOptionsMode (https://developers.google.com/apps-script/reference/html/x-frame-options-mode). */
export const X_FRAME_OPTIONS_MODE = enumOf(['ALLOWALL', 'DEFAULT']);

/** What a sidebar or dialog shows: the page, its title and size, and the file it came from. */
export interface HtmlPage {
  title: string;
  html: string;
  file?: string;
  width?: number;
  height?: number;
}

const HTML_OUTPUT = 'HtmlService.HtmlOutput';

/**
 * HtmlService (https://developers.google.com/apps-script/reference/html/html-service). Files are
 * the built HTML pages in `run.htmlFiles`. Templates (createTemplateFromFile) are not emulated:
 * the add-on's pages are self-contained and need no scriptlets.
 */
class HtmlService {
  readonly SandboxMode = SANDBOX_MODE;
  readonly XFrameOptionsMode = X_FRAME_OPTIONS_MODE;
  readonly #run: RunContext;

  constructor(run: RunContext) {
    this.#run = run;
  }

  /** The project's HTML file `name` (with or without '.html'), as an HtmlOutput. */
  createHtmlOutputFromFile(name: unknown): HtmlOutput {
    if (typeof name !== 'string') throw parameterMismatch('HtmlService.createHtmlOutputFromFile', [name]);
    const fileName = name.replace(/\.html$/, '');
    const html = this.#run.htmlFiles[fileName];
    if (html === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return HtmlOutput.create(this.#run, { title: '', html, file: fileName });
  }

  createHtmlOutput(html: unknown = ''): HtmlOutput {
    if (typeof html !== 'string') throw parameterMismatch('HtmlService.createHtmlOutput', [html]);
    return HtmlOutput.create(this.#run, { title: '', html });
  }
}

/** A page to show (https://developers.google.com/apps-script/reference/html/html-output). */
export class HtmlOutput {
  readonly #page: HtmlPage;

  constructor(page: HtmlPage) {
    this.#page = page;
  }

  static create(run: RunContext, page: HtmlPage): HtmlOutput {
    return wrap(new HtmlOutput(page), 'HtmlOutput', run);
  }

  /** A copy of what the page holds, for Ui.showSidebar and the dialogs. */
  static pageOf(output: HtmlOutput): HtmlPage {
    return { ...output.#page };
  }

  getTitle(): string {
    return this.#page.title;
  }

  setTitle(title: unknown): HtmlOutput {
    if (typeof title !== 'string') throw parameterMismatch(`${HTML_OUTPUT}.setTitle`, [title]);
    this.#page.title = title;
    return proxyOf(this);
  }

  /** null until set: the dialog then takes Sheets' default size. */
  getWidth(): number | null {
    return this.#page.width ?? null;
  }

  setWidth(width: unknown): HtmlOutput {
    if (typeof width !== 'number') throw parameterMismatch(`${HTML_OUTPUT}.setWidth`, [width]);
    this.#page.width = width;
    return proxyOf(this);
  }

  getHeight(): number | null {
    return this.#page.height ?? null;
  }

  setHeight(height: unknown): HtmlOutput {
    if (typeof height !== 'number') throw parameterMismatch(`${HTML_OUTPUT}.setHeight`, [height]);
    this.#page.height = height;
    return proxyOf(this);
  }

  getContent(): string {
    return this.#page.html;
  }

  setContent(content: unknown): HtmlOutput {
    if (typeof content !== 'string') throw parameterMismatch(`${HTML_OUTPUT}.setContent`, [content]);
    this.#page.html = content;
    return proxyOf(this);
  }

  append(addedContent: unknown): HtmlOutput {
    if (typeof addedContent !== 'string') throw parameterMismatch(`${HTML_OUTPUT}.append`, [addedContent]);
    this.#page.html += addedContent;
    return proxyOf(this);
  }

  /** Appends text escaped so that it shows as text, never as markup. */
  appendUntrusted(addedContent: unknown): HtmlOutput {
    if (typeof addedContent !== 'string') throw parameterMismatch(`${HTML_OUTPUT}.appendUntrusted`, [addedContent]);
    this.#page.html += escapeHtml(addedContent);
    return proxyOf(this);
  }

  clear(): HtmlOutput {
    this.#page.html = '';
    return proxyOf(this);
  }

  /** Accepted: IFRAME is the only mode Apps Script still honours. */
  setSandboxMode(mode: unknown): HtmlOutput {
    if (typeof mode !== 'string' || !(mode in SANDBOX_MODE)) throw parameterMismatch(`${HTML_OUTPUT}.setSandboxMode`, [mode]);
    return proxyOf(this);
  }

  setXFrameOptionsMode(mode: unknown): HtmlOutput {
    if (typeof mode !== 'string' || !(mode in X_FRAME_OPTIONS_MODE)) throw parameterMismatch(`${HTML_OUTPUT}.setXFrameOptionsMode`, [mode]);
    return proxyOf(this);
  }

  /** Accepted and not kept: the emulator's frames ignore meta tags. */
  addMetaTag(name: unknown, content: unknown): HtmlOutput {
    if (typeof name !== 'string' || typeof content !== 'string') throw parameterMismatch(`${HTML_OUTPUT}.addMetaTag`, [name, content]);
    return proxyOf(this);
  }
}

export function createHtmlService(run: RunContext): HtmlService {
  return wrap(new HtmlService(run), 'HtmlService', run);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
