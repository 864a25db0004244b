/** The Record a step dialog's rules, kept apart from the DOM so they can be tested alone. */
import { CASE_STEP, isStep } from '../../core/caseSteps/steps';

/** Whether the date field may go past today for `step`: only a Review date, as the server allows. */
export function mayBeInFuture(step: string): boolean {
  return isStep(step, CASE_STEP.reviewDate);
}

/** The date field's own check before anything is sent; '' when the day may be sent. */
export function dateProblem(day: string, today: string, step: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return 'Choose the day the step was taken.';
  if (day > today && !mayBeInFuture(step)) return 'Only a Review date may be after today.';
  return '';
}
