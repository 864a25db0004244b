import type { RunContext } from '../../run/runContext';
import { parameterMismatch } from '../common/serviceHelpers';
import { enumName, enumOf } from '../common/enums';
import { proxyOf, wrap } from '../common/serviceObject';

/** HtmlService.SandboxMode (https://developers.google.com/apps-script/reference/html/sandbox-mode). */
export const SANDBOX_MODE = enumOf('HtmlService.SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE']);

/** HtmlService.XFrameOptionsMode (https://developers.google.com/apps-script/reference/html/x-frame-options-mode). */
export const X_FRAME_OPTIONS_MODE = enumOf('HtmlService.XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']);

/** What a sidebar or dialog shows: the page, its title and size, and the file it came from. */
export interface HtmlPage {
  title: string;
  html: string;
  file?: string;
  width?: number;
  height?: number;
  /** What HtmlOutput.addMetaTag added; the only meta tags the served page gets. */
  metaTags?: { name: string; content: string }[];
}

/**
 * The meta tags HtmlOutput#addMetaTag allows; "Meta tags included directly in an Apps Script HTML
 * file are ignored" (https://developers.google.com/apps-script/reference/html/html-output#addMetaTag(String,String)).
 */
export const ALLOWED_META_TAGS = ['apple-mobile-web-app-capable', 'google-site-verification', 'mobile-web-app-capable', 'viewport'];

/** The page as served: the file's own `<meta name=...>` tags dropped, the added ones put in the head. */
function servedHtml(page: HtmlPage): string {
  const withoutOwnTags = page.html.replace(/<meta\s[^>]*\bname\s*=[^>]*>/gi, '');
  const added = (page.metaTags ?? []).map((tag) => `<meta name="${escapeHtml(tag.name)}" content="${escapeHtml(tag.content)}">`).join('');
  if (added === '') return withoutOwnTags;
  const head = /<head\b[^>]*>/i.exec(withoutOwnTags);
  if (!head) return added + withoutOwnTags;
  const at = head.index + head[0].length;
  return withoutOwnTags.slice(0, at) + added + withoutOwnTags.slice(at);
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
  readonly #run: RunContext;

  constructor(page: HtmlPage, run: RunContext) {
    this.#page = page;
    this.#run = run;
  }

  static create(run: RunContext, page: HtmlPage): HtmlOutput {
    return wrap(new HtmlOutput(page, run), 'HtmlOutput', run);
  }

  /** A copy of the page as Google serves it, for Ui.showSidebar and the dialogs. */
  static pageOf(output: HtmlOutput): HtmlPage {
    return { ...output.#page, html: servedHtml(output.#page), metaTags: [...(output.#page.metaTags ?? [])] };
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
    if (enumName(SANDBOX_MODE, mode) === undefined) throw parameterMismatch(`${HTML_OUTPUT}.setSandboxMode`, [mode]);
    return proxyOf(this);
  }

  /** DEFAULT is what every page gets; ALLOWALL changes a header the emulator does not serve, so it throws rather than being dropped. */
  setXFrameOptionsMode(mode: unknown): HtmlOutput {
    const name = enumName(X_FRAME_OPTIONS_MODE, mode);
    if (name === undefined) throw parameterMismatch(`${HTML_OUTPUT}.setXFrameOptionsMode`, [mode]);
    if (name !== 'DEFAULT') throw new Error(`${HTML_OUTPUT}.setXFrameOptionsMode(${name}) is not implemented in the emulator`);
    return proxyOf(this);
  }

  /** Kept and served in the page's head, the only way a page gets a viewport (see ALLOWED_META_TAGS). */
  addMetaTag(name: unknown, content: unknown): HtmlOutput {
    if (typeof name !== 'string' || typeof content !== 'string') throw parameterMismatch(`${HTML_OUTPUT}.addMetaTag`, [name, content]);
    // Google lists the allowed names but not the error's text; this wording is the emulator's.
    if (!ALLOWED_META_TAGS.includes(name)) throw new Error(`Meta tag "${name}" is not allowed; HtmlOutput.addMetaTag accepts only ${ALLOWED_META_TAGS.join(', ')}.`);
    (this.#page.metaTags ??= []).push({ name, content });
    return proxyOf(this);
  }

  getMetaTags(): HtmlOutputMetaTag[] {
    return (this.#page.metaTags ?? []).map((tag) => HtmlOutputMetaTag.create(this.#run, tag.name, tag.content));
  }
}

/** A meta tag added to a page (https://developers.google.com/apps-script/reference/html/html-output-meta-tag). */
class HtmlOutputMetaTag {
  readonly #name: string;
  readonly #content: string;

  constructor(name: string, content: string) {
    this.#name = name;
    this.#content = content;
  }

  static create(run: RunContext, name: string, content: string): HtmlOutputMetaTag {
    return wrap(new HtmlOutputMetaTag(name, content), 'HtmlOutputMetaTag', run);
  }

  getName(): string {
    return this.#name;
  }

  getContent(): string {
    return this.#content;
  }
}

export function createHtmlService(run: RunContext): HtmlService {
  return wrap(new HtmlService(run), 'HtmlService', run);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
