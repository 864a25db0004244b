/**
 * The Validate records dialog (spec section 5): runs `validateRecords` when it opens and lists
 * each problem with its cell, plus any check that could not run.
 */
import type { ValidationResult } from '../../core/apiTypes';
import { callServer, closeHost } from '../shared/server';
import { byId, closeOnEscape, el, focusRegion, setChildren } from '../shared/dom';
import { failureMessage } from '../shared/messages';
import { validationHeading } from './validationText';

const loadStatus = byId('load-status', HTMLParagraphElement);
const loadError = byId('load-error', HTMLParagraphElement);
const result = byId('result', HTMLElement);
const checkAgain = byId('check-again', HTMLButtonElement);
let busy = false;

function showResult(validation: ValidationResult): void {
  const skipped = validation.skipped ?? [];
  const heading = byId('result-heading', HTMLHeadingElement);
  const hasProblems = validation.problems.length > 0;
  heading.textContent = validationHeading(validation.problems.length, skipped.length);
  heading.classList.toggle('notice-ok', !hasProblems && skipped.length === 0);
  byId('problems', HTMLDivElement).hidden = !hasProblems;
  byId('problems-hint', HTMLParagraphElement).hidden = !hasProblems;
  setChildren(
    byId('problem-rows', HTMLTableSectionElement),
    ...validation.problems.map((problem) =>
      el('tr', {}, el('th', { scope: 'row' }, problem.cell), el('td', {}, problem.message)),
    ),
  );
  byId('skipped', HTMLDivElement).hidden = skipped.length === 0;
  setChildren(byId('skipped-list', HTMLUListElement), ...skipped.map((check) => el('li', {}, check)));
  result.hidden = false;
  focusRegion(heading);
}

async function check(): Promise<void> {
  if (busy) return;
  busy = true;
  checkAgain.disabled = true;
  loadError.hidden = true;
  loadStatus.hidden = false;
  result.setAttribute('aria-busy', 'true');
  try {
    showResult(await callServer('validateRecords'));
  } catch (error) {
    loadError.textContent = failureMessage(error);
    loadError.hidden = false;
  } finally {
    busy = false;
    loadStatus.hidden = true;
    checkAgain.disabled = false;
    result.setAttribute('aria-busy', 'false');
  }
}

checkAgain.addEventListener('click', () => void check());
byId('close', HTMLButtonElement).addEventListener('click', closeHost);
closeOnEscape(closeHost);

void check();
