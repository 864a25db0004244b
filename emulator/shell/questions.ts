import type { PendingQuestion } from '../run/runContext';
import { byId, clear, el } from './dom';

/**
 * Ui.alert and Ui.prompt, asked of the person. The answer is what `POST /api/run`'s `answers`
 * takes: a button name (OK, CANCEL, YES, NO, CLOSE) for an alert; for a prompt, JSON
 * `{"button": ..., "text": ...}`, which the emulated Ui reads whatever the text looks like.
 */

const BUTTONS: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

const LABELS: Record<string, string> = { OK: 'OK', CANCEL: 'Cancel', YES: 'Yes', NO: 'No' };

export function ask(question: PendingQuestion): Promise<string> {
  const overlay = byId('question-overlay');
  const text = byId<HTMLInputElement>('question-text');
  const buttons = byId('question-buttons');
  const returnFocus = document.activeElement as HTMLElement | null;
  byId('question-title').textContent = question.title || (question.type === 'prompt' ? 'Prompt' : 'Alert');
  byId('question-message').textContent = question.message;
  text.hidden = question.type !== 'prompt';
  text.value = '';
  clear(buttons);
  return new Promise((answer) => {
    const finish = (button: string) => {
      overlay.hidden = true;
      overlay.removeEventListener('keydown', onKey);
      returnFocus?.focus();
      answer(question.type === 'prompt' ? JSON.stringify({ button, text: text.value }) : button);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        finish('CLOSE');
      } else if (event.key === 'Enter' && event.target === text) {
        event.preventDefault();
        finish((BUTTONS[question.buttons] ?? ['OK'])[0]);
      }
    };
    for (const button of BUTTONS[question.buttons] ?? ['OK']) {
      const element = el('button', { type: 'button', text: LABELS[button] ?? button });
      element.addEventListener('click', () => finish(button));
      buttons.append(element);
    }
    overlay.addEventListener('keydown', onKey);
    overlay.hidden = false;
    (question.type === 'prompt' ? text : (buttons.firstElementChild as HTMLElement)).focus();
  });
}
