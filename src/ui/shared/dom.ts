/**
 * DOM helpers the pages share. Text only ever enters the page as text nodes or `textContent`;
 * nothing here parses HTML, so user or server text cannot become markup.
 */

type Child = Node | string | null | undefined | false;

/** Attributes that could load or run something are never set from here. */
const FORBIDDEN_ATTRIBUTE = /^(on|href$|src$|srcdoc$|formaction$|action$|style$)/i;

/**
 * Creates `<tag>` with the given attributes and children; strings become text nodes.
 *
 * @example el('p', { class: 'hint' }, 'Saved as ', el('strong', {}, caseCodeName))
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (FORBIDDEN_ATTRIBUTE.test(name)) throw new Error(`el: attribute ${name} is not allowed`);
    if (value === true) element.setAttribute(name, '');
    else if (value !== false) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** The element with `id`, checked to be of the expected kind. */
export function byId<T extends HTMLElement>(id: string, kind: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`Page element #${id} is missing`);
  return element;
}

/** Replaces an element's content with the given children. */
export function setChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Adds `id` to the element's aria-describedby list (once). */
export function addDescribedBy(element: Element, id: string): void {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  if (!ids.includes(id)) element.setAttribute('aria-describedby', [...ids, id].join(' '));
}

/**
 * Shows `message` in the error slot `slot` (a `.field-error` element whose id the controls list
 * in aria-describedby) and marks the controls invalid; an empty message clears both.
 */
export function setFieldError(slot: HTMLElement, controls: readonly HTMLElement[], message: string): void {
  slot.textContent = message;
  slot.hidden = message === '';
  for (const control of controls) {
    addDescribedBy(control, slot.id);
    if (message === '') control.removeAttribute('aria-invalid');
    else control.setAttribute('aria-invalid', 'true');
  }
}

/** Disables `button` and marks `region` busy while a request runs, with a label saying so. */
export function setBusy(button: HTMLButtonElement, region: HTMLElement, busy: boolean, busyLabel: string): void {
  if (button.dataset.idleLabel === undefined) button.dataset.idleLabel = button.textContent ?? '';
  button.disabled = busy;
  button.textContent = busy ? busyLabel : button.dataset.idleLabel;
  region.setAttribute('aria-busy', String(busy));
}

/**
 * Copies a read-only textarea's text: the Clipboard API where the frame allows it, else the
 * selection and `execCommand('copy')`. Returns the sentence to announce.
 */
export async function copyFromTextarea(textarea: HTMLTextAreaElement): Promise<string> {
  try {
    if (navigator.clipboard === undefined) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(textarea.value);
    return 'Copied.';
  } catch {
    textarea.focus();
    textarea.select();
    const copied = typeof document.execCommand === 'function' && document.execCommand('copy');
    return copied ? 'Copied.' : 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
}

/** Wires a Copy button to its textarea and a live status element. */
export function wireCopyButton(button: HTMLButtonElement, textarea: HTMLTextAreaElement, status: HTMLElement): void {
  button.addEventListener('click', () => {
    status.textContent = '';
    void copyFromTextarea(textarea).then((sentence) => {
      // Set after clearing, so a second copy is announced again.
      status.textContent = sentence;
    });
  });
}

/** Escape closes the dialog, as Google's own dialogs do. */
export function closeOnEscape(close: () => void): void {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      close();
    }
  });
}

/** Moves focus to a heading or region that is not focusable by itself, for screen readers. */
export function focusRegion(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
}

/** Ctrl+Enter (⌘Enter on a Mac) in a multi-line field submits its form, where Enter adds a line. */
export function submitOnCtrlEnter(textarea: HTMLTextAreaElement, form: HTMLFormElement): void {
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
}
