/**
 * The Review retention dialog (spec section 14): lists what is due with the rule and date behind
 * each when it opens, and expunges only after the chair confirms in a second step.
 */
import type { RetentionDueItem, RetentionReviewResult } from '../../core/apiTypes';
import { callServer, closeHost } from '../shared/server';
import { byId, closeOnEscape, el, focusRegion, setChildren } from '../shared/dom';
import { failureMessage } from '../shared/messages';
import { confirmationText, dueLabel, resultSentence, reviewHeading } from './retentionText';

const loadStatus = byId('load-status', HTMLParagraphElement);
const loadError = byId('load-error', HTMLParagraphElement);
const review = byId('review', HTMLElement);
const confirm = byId('confirm', HTMLElement);
const result = byId('result', HTMLParagraphElement);
const reviewAgain = byId('review-again', HTMLButtonElement);
const expunge = byId('expunge', HTMLButtonElement);
const confirmExpunge = byId('confirm-expunge', HTMLButtonElement);
let due: RetentionDueItem[] = [];
let busy = false;

function showReview(found: RetentionReviewResult): void {
  due = found.due;
  const heading = byId('review-heading', HTMLHeadingElement);
  heading.textContent = reviewHeading(due);
  heading.classList.toggle('notice-ok', due.length === 0);
  byId('due', HTMLDivElement).hidden = due.length === 0;
  setChildren(
    byId('due-rows', HTMLTableSectionElement),
    ...due.map((item) => el('tr', {}, el('th', { scope: 'row' }, dueLabel(item)), el('td', {}, item.rule), el('td', { class: 'due-on' }, item.dueOn))),
  );
  byId('problems', HTMLDivElement).hidden = found.problems.length === 0;
  setChildren(byId('problems-list', HTMLUListElement), ...found.problems.map((problem) => el('li', {}, problem)));
  review.hidden = false;
  expunge.hidden = due.length === 0;
  focusRegion(heading);
}

async function run(task: () => Promise<void>): Promise<void> {
  if (busy) return;
  busy = true;
  for (const button of [reviewAgain, expunge, confirmExpunge]) button.disabled = true;
  loadError.hidden = true;
  try {
    await task();
  } catch (error) {
    loadError.textContent = failureMessage(error);
    loadError.hidden = false;
  } finally {
    busy = false;
    loadStatus.hidden = true;
    for (const button of [reviewAgain, expunge, confirmExpunge]) button.disabled = false;
  }
}

function list(): Promise<void> {
  return run(async () => {
    loadStatus.textContent = 'Reviewing the records…';
    loadStatus.hidden = false;
    confirm.hidden = true;
    showReview(await callServer('reviewRetention', false));
  });
}

function askToConfirm(): void {
  byId('confirm-text', HTMLParagraphElement).textContent = confirmationText(due);
  confirm.hidden = false;
  expunge.hidden = true;
  confirmExpunge.focus();
}

function expungeNow(): Promise<void> {
  return run(async () => {
    loadStatus.textContent = 'Expunging…';
    loadStatus.hidden = false;
    const outcome = await callServer('reviewRetention', true);
    confirm.hidden = true;
    result.textContent = resultSentence(outcome);
    result.hidden = false;
    byId('problems', HTMLDivElement).hidden = outcome.problems.length === 0;
    setChildren(byId('problems-list', HTMLUListElement), ...outcome.problems.map((problem) => el('li', {}, problem)));
    review.hidden = true;
    focusRegion(result);
  });
}

reviewAgain.addEventListener('click', () => {
  result.hidden = true;
  void list();
});
expunge.addEventListener('click', askToConfirm);
confirmExpunge.addEventListener('click', () => void expungeNow());
byId('cancel-expunge', HTMLButtonElement).addEventListener('click', () => {
  confirm.hidden = true;
  expunge.hidden = due.length === 0;
  expunge.focus();
});
byId('close', HTMLButtonElement).addEventListener('click', closeHost);
closeOnEscape(closeHost);

void list();
