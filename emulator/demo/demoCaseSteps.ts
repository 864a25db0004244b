/**
 * The demo's `Case Steps` (spec section 18): the clock of the cases the fictional group has logged
 * since it began keeping steps in 2023. Plain data only, like `demoData.ts`.
 *
 * The history is fixed: each report `Received` on its Date of Report and `Acknowledged` 0 to 3 days
 * later (a median of a day or a day and a half a year, as a group of volunteers aiming for "within
 * a day" manages), then the steps to its resolution. The still-open clocks are dated from the day
 * the demo is built, so that on first start Needs attention shows a mix for every member:
 * hidden meadow's reporter is 6 days overdue for an update, an action taken alone on woolly hat
 * is 2 days overdue for review, cotton sail's reporter is due an update in 4 days and folded map's
 * review date is in 3 days. No step is ever recorded by a member conflicted on its case.
 */

import { DEMO_MEMBERS } from './demoData';

export interface DemoCaseStep {
  caseCodeName: string;
  step: string;
  /** 'YYYY-MM-DD'. */
  date: string;
  memberEmail: string;
}

/** The demo's members, in `DEMO_MEMBERS` order; maple has since left, and the steps they recorded stay true. */
const [CHAIR, ALDER, BIRCH, CEDAR, ROWAN, MAPLE] = DEMO_MEMBERS.map((member) => member.email);

type StepColumns = [caseCodeName: string, step: string, date: string, memberEmail: string];

/** One line per row, oldest case first. */
const HISTORY: readonly StepColumns[] = [
  // 2023: acknowledged after 2, 1, 3 and 1 days (median 1.5).
  ['tender melon', 'Received', '2023-02-14', MAPLE],
  ['tender melon', 'Acknowledged', '2023-02-16', MAPLE],
  ['tender melon', 'Reporter told the outcome', '2023-03-07', MAPLE],
  ['tender melon', 'Closed', '2023-03-07', MAPLE],
  ['polite badge', 'Received', '2023-05-02', CHAIR],
  ['polite badge', 'Acknowledged', '2023-05-03', CHAIR],
  ['polite badge', 'Reported party heard', '2023-05-12', ALDER],
  ['polite badge', 'Closed', '2023-05-23', CHAIR],
  ['lunar kettle', 'Received', '2023-08-21', BIRCH],
  ['lunar kettle', 'Acknowledged', '2023-08-24', BIRCH],
  ['lunar kettle', 'Closed', '2023-09-04', BIRCH],
  ['cheerful atlas', 'Received', '2023-11-29', CEDAR],
  ['cheerful atlas', 'Acknowledged', '2023-11-30', CEDAR],
  ['cheerful atlas', 'Reporter updated', '2023-12-13', CEDAR],
  ['cheerful atlas', 'Reporter told the outcome', '2024-01-09', CEDAR],
  ['cheerful atlas', 'Closed', '2024-01-09', CEDAR],

  // 2024: acknowledged after 1, 0, 2, 1, 1, 3, 0, 1, 2 and 1 days (median 1).
  ['early pier', 'Received', '2024-01-01', CHAIR],
  ['early pier', 'Acknowledged', '2024-01-02', CHAIR],
  ['early pier', 'Reported party heard', '2024-01-15', ROWAN],
  ['early pier', 'Decision agreed', '2024-01-29', CHAIR],
  ['early pier', 'Reporter told the outcome', '2024-01-30', CHAIR],
  ['early pier', 'Closed', '2024-01-30', CHAIR],
  ['mossy bridge', 'Received', '2024-02-16', ALDER],
  ['mossy bridge', 'Acknowledged', '2024-02-16', ALDER],
  ['mossy bridge', 'Closed', '2024-03-12', ALDER],
  ['spare pocket', 'Received', '2024-03-27', BIRCH],
  ['spare pocket', 'Acknowledged', '2024-03-29', BIRCH],
  ['spare pocket', 'Acted alone', '2024-03-29', CHAIR],
  ['spare pocket', 'Action alone reviewed', '2024-03-30', CEDAR],
  ['spare pocket', 'Reporter updated', '2024-04-12', BIRCH],
  ['spare pocket', 'Reported party heard', '2024-04-22', ROWAN],
  ['spare pocket', 'Decision agreed', '2024-05-20', CHAIR],
  ['spare pocket', 'Board informed', '2024-05-21', CHAIR],
  ['spare pocket', 'Reporter told the outcome', '2024-05-21', BIRCH],
  // The First Suspension ended three months after its Resolution Date; the return was handled.
  ['spare pocket', 'Closed', '2024-08-20', CHAIR],
  ['dotted scarf', 'Received', '2024-05-08', CEDAR],
  ['dotted scarf', 'Acknowledged', '2024-05-09', CEDAR],
  ['dotted scarf', 'Closed', '2024-05-28', CEDAR],
  ['bouncy tulip', 'Received', '2024-06-30', CHAIR],
  ['bouncy tulip', 'Acknowledged', '2024-07-01', CHAIR],
  ['bouncy tulip', 'Reported party heard', '2024-07-15', ALDER],
  ['bouncy tulip', 'Decision agreed', '2024-08-12', CHAIR],
  ['bouncy tulip', 'Board informed', '2024-08-13', CHAIR],
  ['bouncy tulip', 'Closed', '2024-08-14', CHAIR],
  ['grand piano', 'Received', '2024-07-01', ROWAN],
  ['grand piano', 'Acknowledged', '2024-07-04', ROWAN],
  ['grand piano', 'Closed', '2024-07-04', ROWAN],
  ['minty cloud', 'Received', '2024-08-19', ALDER],
  ['minty cloud', 'Acknowledged', '2024-08-19', ALDER],
  ['minty cloud', 'Closed', '2024-09-10', ALDER],
  ['shiny button', 'Received', '2024-09-30', BIRCH],
  ['shiny button', 'Acknowledged', '2024-10-01', BIRCH],
  ['shiny button', 'Reporter told the outcome', '2024-10-22', BIRCH],
  ['shiny button', 'Closed', '2024-10-22', BIRCH],
  ['velvet cushion', 'Received', '2024-11-04', CHAIR],
  ['velvet cushion', 'Acknowledged', '2024-11-06', CHAIR],
  ['velvet cushion', 'Closed', '2024-12-03', CHAIR],
  ['cotton sail', 'Received', '2024-12-31', CHAIR],
  ['cotton sail', 'Acknowledged', '2025-01-01', CHAIR],
  ['cotton sail', 'Reported party heard', '2025-01-20', ROWAN],

  // 2025: acknowledged after 1, 1, 2 and 1 days (median 1).
  ['sunlit porch', 'Received', '2025-02-11', ALDER],
  ['sunlit porch', 'Acknowledged', '2025-02-12', ALDER],
  ['sunlit porch', "Affected parties' feedback noted", '2025-03-03', BIRCH],
  ['sunlit porch', 'Decision agreed', '2025-03-10', CHAIR],
  ['sunlit porch', 'Reporter told the outcome', '2025-03-11', ALDER],
  ['sunlit porch', 'Closed', '2025-03-11', ALDER],
  ['woolly hat', 'Received', '2025-05-20', CHAIR],
  ['woolly hat', 'Acknowledged', '2025-05-21', CHAIR],
  ['woolly hat', 'Decision agreed', '2025-06-16', CHAIR],
  ['woolly hat', 'Board informed', '2025-06-17', CHAIR],
  ['folded map', 'Received', '2025-08-13', CEDAR],
  ['folded map', 'Acknowledged', '2025-08-15', CEDAR],
  ['folded map', 'Reporter told the outcome', '2025-09-02', CEDAR],
  ['hidden meadow', 'Received', '2025-11-03', ROWAN],
  ['hidden meadow', 'Acknowledged', '2025-11-04', ROWAN],
];

/** The still-open clocks, as days before (negative) or after the day the demo is built. */
const OPEN_CLOCKS: readonly [caseCodeName: string, step: string, daysFromToday: number, memberEmail: string][] = [
  // Last update 20 days ago, every 14 days: overdue by 6.
  ['hidden meadow', 'Reporter updated', -20, ROWAN],
  // Last update 10 days ago: due in 4 days.
  ['cotton sail', 'Reporter updated', -10, BIRCH],
  // Updated 5 days ago (not yet due); an action taken alone 3 days ago, unreviewed: overdue by 2.
  ['woolly hat', 'Reporter updated', -5, CHAIR],
  ['woolly hat', 'Acted alone', -3, CEDAR],
  // A resolved case's review date, recorded with its resolution: in 3 days.
  ['folded map', 'Review date', 3, CHAIR],
];

function addDays(isoDay: string, days: number): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The demo's Case Steps rows, oldest case first, with the open clocks dated from `today` ('YYYY-MM-DD'). */
export function demoCaseSteps(today: string): DemoCaseStep[] {
  const steps = HISTORY.map(([caseCodeName, step, date, memberEmail]) => ({ caseCodeName, step, date, memberEmail }));
  for (const [caseCodeName, step, daysFromToday, memberEmail] of OPEN_CLOCKS) {
    const history = steps.filter((row) => row.caseCodeName === caseCodeName).map((row) => row.date).sort();
    // Never before the case's own history, whatever the day the demo is built.
    const date = [addDays(today, daysFromToday), history[history.length - 1]].sort()[1];
    steps.push({ caseCodeName, step, date, memberEmail });
  }
  return steps;
}
