/**
 * The Needs attention sidebar (spec section 18): the server's items, most overdue first, each a
 * button that selects the case's first row in Cases. Only code names, step words and dates reach
 * this page; a case the member is conflicted on never does.
 */
import type { NeedsAttentionItem } from '../../core/apiTypes';
import { callServer } from '../shared/server';
import { byId, el, focusRegion, setChildren } from '../shared/dom';
import { failureMessage } from '../shared/messages';
import { attentionHeading, selectedSentence, whenLine } from './attentionText';

const loadStatus = byId('load-status', HTMLParagraphElement);
const loadError = byId('load-error', HTMLParagraphElement);
const attention = byId('attention', HTMLElement);
const heading = byId('attention-heading', HTMLHeadingElement);
const list = byId('items', HTMLUListElement);
const selectStatus = byId('select-status', HTMLParagraphElement);
const selectError = byId('select-error', HTMLParagraphElement);
const refresh = byId('refresh', HTMLButtonElement);
let busy = false;
let refreshingQuietly = false;
/** Asked for while a quiet refresh was under way, which may have read the cases too early. */
let refreshAgain = false;
/** The items as last shown, serialised, so a refresh that finds the same list leaves the page alone. */
let shownItems = '';

async function choose(item: NeedsAttentionItem): Promise<void> {
  if (busy) return;
  busy = true;
  selectError.hidden = true;
  selectStatus.textContent = `Selecting ${item.caseCodeName}…`;
  try {
    const { row } = await callServer('selectCase', item.caseCodeName);
    selectStatus.textContent = selectedSentence(item.caseCodeName, row);
  } catch (error) {
    selectStatus.textContent = '';
    selectError.textContent = failureMessage(error);
    selectError.hidden = false;
  } finally {
    busy = false;
  }
}

function itemButton(item: NeedsAttentionItem, index: number): HTMLLIElement {
  const button = el(
    'button',
    { type: 'button', id: `item-${index + 1}`, class: item.overdueDays > 0 ? 'attention-item overdue' : 'attention-item' },
    el('span', { class: 'case' }, item.caseCodeName),
    el('span', { class: 'what' }, item.what),
    el('span', { class: 'when' }, whenLine(item)),
  );
  button.addEventListener('click', () => void choose(item));
  return el('li', {}, button);
}

function show(items: NeedsAttentionItem[]): void {
  shownItems = JSON.stringify(items);
  heading.textContent = attentionHeading(items);
  heading.classList.toggle('notice-ok', items.length === 0);
  setChildren(list, ...items.map((item, index) => itemButton(item, index)));
  list.hidden = items.length === 0;
  attention.hidden = false;
}

async function load(moveFocus: boolean): Promise<void> {
  if (busy) return;
  busy = true;
  refresh.disabled = true;
  loadError.hidden = true;
  selectError.hidden = true;
  selectStatus.textContent = '';
  loadStatus.textContent = 'Looking at the cases…';
  loadStatus.hidden = false;
  try {
    show((await callServer('needsAttention')).items);
    if (moveFocus) focusRegion(heading);
  } catch (error) {
    attention.hidden = true;
    loadError.textContent = failureMessage(error);
    loadError.hidden = false;
  } finally {
    busy = false;
    refresh.disabled = false;
    loadStatus.hidden = true;
  }
}

/**
 * Google tells a sidebar nothing when a step is recorded in a dialog or the grid, so the list is
 * looked at again whenever the member comes back to the sidebar. Quietly: no status is announced
 * unless it fails, an item can still be chosen meanwhile, and an unchanged list is not redrawn
 * under the pointer.
 */
async function refreshQuietly(): Promise<void> {
  if (busy || attention.hidden) return;
  if (refreshingQuietly) {
    refreshAgain = true;
    return;
  }
  refreshingQuietly = true;
  refreshAgain = false;
  try {
    const { items } = await callServer('needsAttention');
    loadError.hidden = true;
    if (JSON.stringify(items) !== shownItems) {
      const focusWasOnItem = list.contains(document.activeElement);
      show(items);
      if (focusWasOnItem) focusRegion(heading);
    }
  } catch (error) {
    // The list stays, but the member is told it may be out of date and why.
    loadError.textContent = failureMessage(error);
    loadError.hidden = false;
  } finally {
    refreshingQuietly = false;
  }
  if (refreshAgain) await refreshQuietly();
}

refresh.addEventListener('click', () => void load(true));
window.addEventListener('focus', () => void refreshQuietly());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void refreshQuietly();
});

void load(false);
