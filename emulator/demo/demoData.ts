/**
 * The emulator's demo workspace (spec section 11): a fictional working group's tracker from 2015 to
 * 2025. Plain data only, so the emulator, tests and benchmarks can all seed from it.
 *
 * The cases are laid out so that the yearly statistics export (Date of Report basis, default
 * ladder) gives exactly the Reports, People Named, Actions (DSF), Actions (Local) and No Action
 * that the Django Code of Conduct Working Group published (`shared/data/
 * django-published-statistics.csv`); `test/unit/demoData.test.ts` checks it. Each year's block
 * notes how its figures add up. Everyone here is fictional.
 */

export interface DemoCaseRow {
  dateOfReport: string;
  caseCodeName: string;
  /** '' when the report names no identifiable person. */
  personCodeName: string;
  status: 'Ongoing' | 'Resolved';
  resolutionSource: string;
  /** 'YYYY-MM-DD', or '' while ongoing. */
  resolutionDate: string;
  safetyRisk: 'Yes' | 'No';
  ongoingHarassment: 'Yes' | 'No' | 'Maybe';
  consequences: string;
}

export interface DemoPerson {
  realName: string;
  /** Separated by `;`, as the identity key holds them. */
  aliases: string;
  personCodeName: string;
  flagged: 'Yes' | 'No';
}

export interface DemoMember {
  email: string;
  role: 'Chair' | 'Member';
  identityKeyAccess: 'Yes' | 'No';
  active: 'Yes' | 'No';
}

export interface DemoConflict {
  memberEmail: string;
  caseCodeName: string;
  declaredOn: string;
}

type CaseRowColumns = [
  dateOfReport: string,
  caseCodeName: string,
  personCodeName: string,
  status: DemoCaseRow['status'],
  resolutionSource: string,
  resolutionDate: string,
  safetyRisk: DemoCaseRow['safetyRisk'],
  ongoingHarassment: DemoCaseRow['ongoingHarassment'],
  consequences: string,
];

const LOCAL = 'Local Event Reps';

// One line per row of `Cases`, in the columns' order, so the tracker reads like the sheet.
// Until mid-2015 the group's old script joined case code names with a hyphen.
const CASE_ROWS: readonly CaseRowColumns[] = [
  // 2015: 11 reports; 14 people (three multi-person cases); DSF 1 (gentle orchard);
  // Local 6; No Action 4 (velvet harbour, copper willow, humble compass, rapid saddle).
  ['2015-01-17', 'amber-kettle', 'Blue Jay', 'Resolved', LOCAL, '2015-02-02', 'No', 'No', 'Warning'],
  ['2015-01-17', 'amber-kettle', 'Grey Heron', 'Resolved', LOCAL, '2015-02-02', 'No', 'No', 'Warning'],
  ['2015-02-09', 'quiet-lantern', 'Red Fox', 'Resolved', LOCAL, '2015-02-10', 'No', 'Maybe', 'Other'],
  ['2015-03-21', 'velvet-harbour', 'Green Newt', 'Resolved', 'CoC WG', '2015-04-14', 'No', 'No', 'None'],
  ['2015-04-30', 'silver-meadow', 'Olive Otter', 'Resolved', LOCAL, '2015-05-01', 'Yes', 'No', 'Warning'],
  ['2015-04-30', 'silver-meadow', 'Teal Wren', 'Resolved', LOCAL, '2015-05-01', 'Yes', 'No', 'Warning'],
  ['2015-04-30', 'silver-meadow', 'Amber Lynx', 'Resolved', LOCAL, '2015-05-01', 'Yes', 'No', 'None'],
  ['2015-06-30', 'copper-willow', 'Plum Badger', 'Resolved', 'CoC WG', '2015-07-20', 'No', 'No', 'None'],
  ['2015-07-01', 'gentle orchard', 'Coral Stoat', 'Resolved', 'DSF Board', '2015-09-15', 'Yes', 'Yes', 'Ban'],
  ['2015-08-14', 'brisk pebble', 'Ivory Crane', 'Resolved', LOCAL, '2015-08-15', 'No', 'No', 'Warning'],
  ['2015-09-05', 'humble compass', 'Slate Moth', 'Resolved', 'None', '2015-09-28', 'No', 'No', 'None'],
  ['2015-09-05', 'humble compass', 'Rust Finch', 'Resolved', 'None', '2015-09-28', 'No', 'No', 'None'],
  ['2015-10-12', 'tidy beacon', 'Blue Jay', 'Resolved', LOCAL, '2015-10-13', 'No', 'Yes', 'First Suspension'],
  ['2015-11-23', 'mellow anchor', 'Jade Gecko', 'Resolved', LOCAL, '2015-11-24', 'No', 'No', 'Warning'],
  ['2015-12-31', 'rapid saddle', 'Navy Puffin', 'Resolved', 'CoC WG', '2016-01-19', 'No', 'No', 'None'],

  // 2016: 13 reports; 10 people; DSF 2 (wooden ladle, cosy trellis); Local 11 (all but cosy
  // trellis and misty paddock; wooden ladle counts under both); No Action 1 (misty paddock).
  ['2016-01-01', 'wooden ladle', 'Blue Jay', 'Resolved', 'CoC WG', '2016-02-12', 'Yes', 'Yes', 'Second Suspension'],
  ['2016-01-01', 'wooden ladle', 'Pearl Owl', 'Resolved', LOCAL, '2016-01-02', 'Yes', 'Yes', 'Warning'],
  ['2016-01-26', 'sunny acorn', 'Red Fox', 'Resolved', LOCAL, '2016-01-27', 'No', 'No', 'Warning'],
  ['2016-02-18', 'frosty parcel', 'Cobalt Hare', 'Resolved', LOCAL, '2016-02-19', 'No', 'No', 'Warning'],
  ['2016-03-04', 'polished spoon', 'Cobalt Hare', 'Resolved', LOCAL, '2016-03-04', 'No', 'Maybe', 'Other'],
  ['2016-04-15', 'patient ferry', 'Mint Robin', 'Resolved', LOCAL, '2016-04-16', 'No', 'No', 'Warning'],
  ['2016-05-09', 'lively button', '', 'Resolved', LOCAL, '2016-05-09', 'No', 'No', 'Other'],
  ['2016-06-22', 'hollow basket', 'Ochre Vole', 'Resolved', LOCAL, '2016-06-23', 'No', 'No', 'Warning'],
  ['2016-07-08', 'cosy trellis', 'Lilac Ibis', 'Resolved', 'DSF Board', '2016-09-30', 'Yes', 'Yes', 'Ban'],
  ['2016-08-19', 'woven canopy', 'Grey Heron', 'Resolved', LOCAL, '2016-08-20', 'No', 'Yes', 'First Suspension'],
  ['2016-09-13', 'sturdy barrel', 'Scarlet Tern', 'Resolved', LOCAL, '2016-09-14', 'No', 'No', 'Warning'],
  ['2016-10-27', 'brass thimble', '', 'Resolved', LOCAL, '2016-10-27', 'No', 'No', 'Warning'],
  ['2016-11-30', 'misty paddock', 'Umber Crow', 'Resolved', 'CoC WG', '2016-12-21', 'No', 'No', 'None'],
  ['2016-12-14', 'crisp satchel', 'Pearl Owl', 'Resolved', LOCAL, '2016-12-15', 'No', 'Maybe', 'First Suspension'],

  // 2017: 13 reports; 6 people; DSF 3 (early garden, open valley, neat cottage); Local 7;
  // No Action 1 (little candle); plain harbour was not a violation, kind harvest out of scope.
  ['2017-01-11', 'calm river', 'Ochre Vole', 'Resolved', LOCAL, '2017-01-12', 'No', 'Maybe', 'Warning'],
  ['2017-02-02', 'bright meadow', '', 'Resolved', LOCAL, '2017-02-02', 'No', 'No', 'Warning'],
  ['2017-03-15', 'soft lantern', '', 'Resolved', LOCAL, '2017-03-16', 'No', 'No', 'Other'],
  ['2017-04-07', 'early garden', 'Mint Robin', 'Resolved', 'CoC WG', '2017-05-03', 'No', 'Yes', 'Warning'],
  ['2017-05-19', 'round pebble', 'Teal Wren', 'Resolved', LOCAL, '2017-05-20', 'No', 'No', 'Warning'],
  ['2017-06-30', 'plain harbour', '', 'Resolved', 'CoC WG', '2017-07-18', 'No', 'No', 'Not a violation'],
  ['2017-07-01', 'open valley', 'Mint Robin', 'Resolved', 'DSF Board', '2017-08-29', 'Yes', 'Yes', 'Ban'],
  ['2017-08-10', 'steady brook', '', 'Resolved', LOCAL, '2017-08-11', 'No', 'No', 'Warning'],
  ['2017-08-28', 'warm biscuit', 'Hazel Seal', 'Resolved', LOCAL, '2017-08-29', 'No', 'No', 'Warning'],
  ['2017-09-21', 'kind harvest', '', 'Resolved', 'CoC WG', '2017-10-02', 'No', 'No', 'Out of scope'],
  ['2017-10-16', 'fresh ribbon', 'Hazel Seal', 'Resolved', LOCAL, '2017-10-17', 'No', 'Yes', 'First Suspension'],
  ['2017-11-08', 'neat cottage', 'Rose Bison', 'Resolved', 'CoC WG', '2017-12-04', 'No', 'No', 'Other'],
  ['2017-12-05', 'little candle', 'Jet Lemur', 'Resolved', 'CoC WG', '2018-01-09', 'No', 'No', 'None'],

  // 2018: 6 reports; 4 people; every one acted on by local event representatives.
  ['2018-01-22', 'golden ticket', 'Hazel Seal', 'Resolved', LOCAL, '2018-01-23', 'No', 'Yes', 'Second Suspension'],
  ['2018-03-09', 'swift canoe', 'Sage Weasel', 'Resolved', LOCAL, '2018-03-10', 'No', 'No', 'Warning'],
  ['2018-05-14', 'merry bicycle', '', 'Resolved', LOCAL, '2018-05-14', 'No', 'No', 'Other'],
  ['2018-07-03', 'tall chimney', 'Sage Weasel', 'Resolved', LOCAL, '2018-07-04', 'No', 'Maybe', 'First Suspension'],
  ['2018-09-25', 'lucky marble', 'Cream Dove', 'Resolved', LOCAL, '2018-09-26', 'No', 'No', 'Warning'],
  ['2018-11-12', 'bold teapot', 'Ash Beaver', 'Resolved', LOCAL, '2018-11-13', 'Yes', 'No', 'Warning'],

  // 2019: 1 report, naming nobody; DSF 1.
  ['2019-06-17', 'proud violin', '', 'Resolved', 'CoC WG', '2019-07-08', 'No', 'No', 'Other'],

  // 2020: 4 reports about one person; DSF 3; Local 1 (sharp pencil).
  ['2020-01-29', 'wide canal', 'Moss Toad', 'Resolved', 'CoC WG', '2020-02-24', 'No', 'Yes', 'Warning'],
  ['2020-02-20', 'sharp pencil', 'Moss Toad', 'Resolved', LOCAL, '2020-02-21', 'No', 'Yes', 'Warning'],
  ['2020-06-11', 'dusty shelf', 'Moss Toad', 'Resolved', 'CoC WG', '2020-07-06', 'Yes', 'Yes', 'First Suspension'],
  ['2020-10-05', 'clever kite', 'Moss Toad', 'Resolved', 'DSF Board', '2020-11-30', 'Yes', 'Yes', 'Ban'],

  // 2021: 6 reports; 1 person; DSF 3 (fancy mitten, rustic window, jolly compass); Local 2
  // (gentle breeze, and jolly compass, whose unidentified second person the local reps handled);
  // No Action 2 (silent orbit, snowy saucer).
  ['2021-02-03', 'fancy mitten', 'Flint Gull', 'Resolved', 'CoC WG', '2021-02-26', 'No', 'Maybe', 'Warning'],
  ['2021-03-30', 'gentle breeze', 'Flint Gull', 'Resolved', LOCAL, '2021-03-31', 'No', 'Yes', 'Warning'],
  ['2021-05-18', 'rustic window', 'Flint Gull', 'Resolved', 'DSF Board', '2021-06-21', 'Yes', 'Yes', 'First Suspension'],
  ['2021-08-24', 'jolly compass', 'Flint Gull', 'Resolved', 'CoC WG', '2021-09-27', 'Yes', 'Yes', 'Second Suspension'],
  ['2021-08-24', 'jolly compass', '', 'Resolved', LOCAL, '2021-08-25', 'Yes', 'Yes', 'Other'],
  ['2021-10-06', 'silent orbit', '', 'Resolved', 'CoC WG', '2021-10-25', 'No', 'No', 'None'],
  ['2021-12-13', 'snowy saucer', '', 'Resolved', 'None', '2022-01-10', 'No', 'No', 'None'],

  // 2022: 2 reports about the same person; DSF 1 (simple harp); Local 1 (brave walnut).
  ['2022-04-12', 'brave walnut', 'Flint Gull', 'Resolved', LOCAL, '2022-04-13', 'No', 'Yes', 'Warning'],
  ['2022-09-07', 'simple harp', 'Flint Gull', 'Resolved', 'DSF Board', '2022-10-31', 'Yes', 'Yes', 'Ban'],

  // 2023: 4 reports; 4 people; none called for action.
  ['2023-02-14', 'tender melon', 'Pine Marmot', 'Resolved', 'CoC WG', '2023-03-06', 'No', 'No', 'None'],
  ['2023-05-02', 'polite badge', 'Lemon Quail', 'Resolved', 'CoC WG', '2023-05-22', 'No', 'No', 'None'],
  ['2023-05-02', 'polite badge', 'Smoke Ferret', 'Resolved', 'CoC WG', '2023-05-22', 'No', 'No', 'None'],
  ['2023-08-21', 'lunar kettle', '', 'Resolved', 'None', '2023-09-04', 'No', 'No', 'None'],
  ['2023-11-29', 'cheerful atlas', 'Sky Mink', 'Resolved', 'CoC WG', '2024-01-08', 'No', 'Maybe', 'None'],

  // 2024: 10 reports; 9 people; DSF 4 (early pier, spare pocket, bouncy tulip, shiny button);
  // Local 2 (bouncy tulip, grand piano); No Action 4 (mossy bridge, dotted scarf, minty cloud,
  // velvet cushion); cotton sail is still ongoing.
  ['2024-01-01', 'early pier', 'Lemon Quail', 'Resolved', 'CoC WG', '2024-01-29', 'No', 'No', 'Warning'],
  ['2024-02-16', 'mossy bridge', 'Tan Ibex', 'Resolved', 'CoC WG', '2024-03-11', 'No', 'No', 'None'],
  ['2024-03-27', 'spare pocket', 'Indigo Jackal', 'Resolved', 'DSF Board', '2024-05-20', 'Yes', 'Yes', 'First Suspension'],
  ['2024-05-08', 'dotted scarf', '', 'Resolved', 'CoC WG', '2024-05-27', 'No', 'No', 'None'],
  ['2024-06-30', 'bouncy tulip', 'Indigo Jackal', 'Resolved', 'DSF Board', '2024-08-12', 'Yes', 'Yes', 'Ban'],
  ['2024-06-30', 'bouncy tulip', 'Lime Panda', 'Resolved', LOCAL, '2024-07-01', 'Yes', 'Yes', 'Warning'],
  ['2024-07-01', 'grand piano', 'Mauve Bat', 'Resolved', LOCAL, '2024-07-02', 'No', 'No', 'Warning'],
  ['2024-08-19', 'minty cloud', 'Tan Ibex', 'Resolved', 'CoC WG', '2024-09-09', 'No', 'Maybe', 'None'],
  ['2024-09-30', 'shiny button', 'Khaki Puma', 'Resolved', 'CoC WG', '2024-10-21', 'No', 'No', 'Other'],
  ['2024-11-04', 'velvet cushion', 'Pine Marmot', 'Resolved', 'CoC WG', '2024-12-02', 'No', 'No', 'None'],
  ['2024-11-04', 'velvet cushion', 'Cyan Llama', 'Resolved', 'CoC WG', '2024-12-02', 'No', 'No', 'None'],
  ['2024-12-31', 'cotton sail', 'Gold Tapir', 'Ongoing', '', '', 'No', 'Maybe', ''],

  // 2025: 4 reports; 4 people; DSF 2 (sunlit porch, woolly hat); Local 1 (sunlit porch);
  // No Action 1 (folded map); woolly hat is ongoing for one of its people, hidden meadow for all.
  ['2025-02-11', 'sunlit porch', 'Lime Panda', 'Resolved', 'CoC WG', '2025-03-10', 'No', 'Yes', 'Warning'],
  ['2025-02-11', 'sunlit porch', 'Gold Tapir', 'Resolved', LOCAL, '2025-02-12', 'No', 'Yes', 'Warning'],
  ['2025-05-20', 'woolly hat', 'Indigo Jackal', 'Resolved', 'DSF Board', '2025-06-16', 'Yes', 'Yes', 'Ban'],
  ['2025-05-20', 'woolly hat', 'Gold Tapir', 'Ongoing', '', '', 'Yes', 'Yes', ''],
  ['2025-08-13', 'folded map', 'Peach Quokka', 'Resolved', 'CoC WG', '2025-09-01', 'No', 'No', 'None'],
  ['2025-11-03', 'hidden meadow', 'Lime Panda', 'Ongoing', '', '', 'No', 'Maybe', ''],
];

/** The `Cases` rows, oldest first. */
export const DEMO_CASE_ROWS: readonly DemoCaseRow[] = CASE_ROWS.map(
  ([dateOfReport, caseCodeName, personCodeName, status, resolutionSource, resolutionDate, safetyRisk, ongoingHarassment, consequences]) => ({
    dateOfReport,
    caseCodeName,
    personCodeName,
    status,
    resolutionSource,
    resolutionDate,
    safetyRisk,
    ongoingHarassment,
    consequences,
  }),
);

/** The identity key: one fictional person per person code name, in order of first report. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { realName: 'Fictional Person One', aliases: 'fictional-handle-01; f.one@example.net', personCodeName: 'Blue Jay', flagged: 'Yes' },
  { realName: 'Fictional Person Two', aliases: 'f.two@example.net; Fictional P. Two', personCodeName: 'Grey Heron', flagged: 'No' },
  { realName: 'Fictional Person Three', aliases: 'fictional-handle-03', personCodeName: 'Red Fox', flagged: 'No' },
  { realName: 'Fictional Person Four', aliases: 'fictional-handle-04; f.four@example.net', personCodeName: 'Green Newt', flagged: 'No' },
  { realName: 'Fictional Person Five', aliases: 'f.five@example.net; Fictional P. Five', personCodeName: 'Olive Otter', flagged: 'No' },
  { realName: 'Fictional Person Six', aliases: 'fictional-handle-06', personCodeName: 'Teal Wren', flagged: 'No' },
  { realName: 'Fictional Person Seven', aliases: 'fictional-handle-07; f.seven@example.net', personCodeName: 'Amber Lynx', flagged: 'No' },
  { realName: 'Fictional Person Eight', aliases: 'f.eight@example.net; Fictional P. Eight', personCodeName: 'Plum Badger', flagged: 'No' },
  { realName: 'Fictional Person Nine', aliases: 'fictional-handle-09', personCodeName: 'Coral Stoat', flagged: 'Yes' },
  { realName: 'Fictional Person Ten', aliases: 'fictional-handle-10; f.ten@example.net', personCodeName: 'Ivory Crane', flagged: 'No' },
  { realName: 'Fictional Person Eleven', aliases: 'f.eleven@example.net; Fictional P. Eleven', personCodeName: 'Slate Moth', flagged: 'No' },
  { realName: 'Fictional Person Twelve', aliases: 'fictional-handle-12', personCodeName: 'Rust Finch', flagged: 'No' },
  { realName: 'Fictional Person Thirteen', aliases: 'fictional-handle-13; f.thirteen@example.net', personCodeName: 'Jade Gecko', flagged: 'No' },
  { realName: 'Fictional Person Fourteen', aliases: 'f.fourteen@example.net; Fictional P. Fourteen', personCodeName: 'Navy Puffin', flagged: 'No' },
  { realName: 'Fictional Person Fifteen', aliases: 'fictional-handle-15', personCodeName: 'Pearl Owl', flagged: 'No' },
  { realName: 'Fictional Person Sixteen', aliases: 'fictional-handle-16; f.sixteen@example.net', personCodeName: 'Cobalt Hare', flagged: 'No' },
  { realName: 'Fictional Person Seventeen', aliases: 'f.seventeen@example.net; Fictional P. Seventeen', personCodeName: 'Mint Robin', flagged: 'Yes' },
  { realName: 'Fictional Person Eighteen', aliases: 'fictional-handle-18', personCodeName: 'Ochre Vole', flagged: 'No' },
  { realName: 'Fictional Person Nineteen', aliases: 'fictional-handle-19; f.nineteen@example.net', personCodeName: 'Lilac Ibis', flagged: 'Yes' },
  { realName: 'Fictional Person Twenty', aliases: 'f.twenty@example.net; Fictional P. Twenty', personCodeName: 'Scarlet Tern', flagged: 'No' },
  { realName: 'Fictional Person Twenty-One', aliases: 'fictional-handle-21', personCodeName: 'Umber Crow', flagged: 'No' },
  { realName: 'Fictional Person Twenty-Two', aliases: 'fictional-handle-22; f.twenty-two@example.net', personCodeName: 'Hazel Seal', flagged: 'Yes' },
  { realName: 'Fictional Person Twenty-Three', aliases: 'f.twenty-three@example.net; Fictional P. Twenty-Three', personCodeName: 'Rose Bison', flagged: 'No' },
  { realName: 'Fictional Person Twenty-Four', aliases: 'fictional-handle-24', personCodeName: 'Jet Lemur', flagged: 'No' },
  { realName: 'Fictional Person Twenty-Five', aliases: 'fictional-handle-25; f.twenty-five@example.net', personCodeName: 'Sage Weasel', flagged: 'No' },
  { realName: 'Fictional Person Twenty-Six', aliases: 'f.twenty-six@example.net; Fictional P. Twenty-Six', personCodeName: 'Cream Dove', flagged: 'No' },
  { realName: 'Fictional Person Twenty-Seven', aliases: 'fictional-handle-27', personCodeName: 'Ash Beaver', flagged: 'No' },
  { realName: 'Fictional Person Twenty-Eight', aliases: 'fictional-handle-28; f.twenty-eight@example.net', personCodeName: 'Moss Toad', flagged: 'Yes' },
  { realName: 'Fictional Person Twenty-Nine', aliases: 'f.twenty-nine@example.net; Fictional P. Twenty-Nine', personCodeName: 'Flint Gull', flagged: 'Yes' },
  { realName: 'Fictional Person Thirty', aliases: 'fictional-handle-30', personCodeName: 'Pine Marmot', flagged: 'No' },
  { realName: 'Fictional Person Thirty-One', aliases: 'fictional-handle-31; f.thirty-one@example.net', personCodeName: 'Lemon Quail', flagged: 'No' },
  { realName: 'Fictional Person Thirty-Two', aliases: 'f.thirty-two@example.net; Fictional P. Thirty-Two', personCodeName: 'Smoke Ferret', flagged: 'No' },
  { realName: 'Fictional Person Thirty-Three', aliases: 'fictional-handle-33', personCodeName: 'Sky Mink', flagged: 'No' },
  { realName: 'Fictional Person Thirty-Four', aliases: 'fictional-handle-34; f.thirty-four@example.net', personCodeName: 'Tan Ibex', flagged: 'No' },
  { realName: 'Fictional Person Thirty-Five', aliases: 'f.thirty-five@example.net; Fictional P. Thirty-Five', personCodeName: 'Indigo Jackal', flagged: 'Yes' },
  { realName: 'Fictional Person Thirty-Six', aliases: 'fictional-handle-36', personCodeName: 'Lime Panda', flagged: 'No' },
  { realName: 'Fictional Person Thirty-Seven', aliases: 'fictional-handle-37; f.thirty-seven@example.net', personCodeName: 'Mauve Bat', flagged: 'No' },
  { realName: 'Fictional Person Thirty-Eight', aliases: 'f.thirty-eight@example.net; Fictional P. Thirty-Eight', personCodeName: 'Khaki Puma', flagged: 'No' },
  { realName: 'Fictional Person Thirty-Nine', aliases: 'fictional-handle-39', personCodeName: 'Cyan Llama', flagged: 'No' },
  { realName: 'Fictional Person Forty', aliases: 'fictional-handle-40; f.forty@example.net', personCodeName: 'Gold Tapir', flagged: 'No' },
  { realName: 'Fictional Person Forty-One', aliases: 'f.forty-one@example.net; Fictional P. Forty-One', personCodeName: 'Peach Quokka', flagged: 'No' },
];

export const DEMO_MEMBERS: readonly DemoMember[] = [
  { email: 'chair@example.org', role: 'Chair', identityKeyAccess: 'Yes', active: 'Yes' },
  { email: 'alder@example.org', role: 'Member', identityKeyAccess: 'Yes', active: 'Yes' },
  { email: 'birch@example.org', role: 'Member', identityKeyAccess: 'No', active: 'Yes' },
  { email: 'cedar@example.org', role: 'Member', identityKeyAccess: 'No', active: 'Yes' },
  { email: 'rowan@example.org', role: 'Member', identityKeyAccess: 'No', active: 'Yes' },
  { email: 'maple@example.org', role: 'Member', identityKeyAccess: 'Yes', active: 'No' },
];

export const DEMO_CONFLICTS: readonly DemoConflict[] = [
  { memberEmail: 'birch@example.org', caseCodeName: 'bouncy tulip', declaredOn: '2024-07-02' },
  { memberEmail: 'alder@example.org', caseCodeName: 'cotton sail', declaredOn: '2025-01-06' },
  { memberEmail: 'cedar@example.org', caseCodeName: 'sunlit porch', declaredOn: '2025-02-12' },
  { memberEmail: 'rowan@example.org', caseCodeName: 'woolly hat', declaredOn: '2025-05-21' },
];
