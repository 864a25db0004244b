/**
 * The Export statistics dialog (spec section 8): asks for the grouping and the date basis, calls
 * `exportStatistics`, and shows the table, the Markdown to publish and whether the public
 * spreadsheet was updated.
 */
import type { StatisticsOptions, StatisticsResult } from '../../core/apiTypes';
import { callServer, closeHost } from '../shared/server';
import { byId, closeOnEscape, el, focusRegion, setBusy, setChildren, wireCopyButton } from '../shared/dom';
import { failureMessage } from '../shared/messages';
import { isCountCell, publishedSentence, reportsChartLabel, reportsChartPoints, statisticsOptions, tableCaption } from './statisticsText';

const form = byId('statistics-form', HTMLFormElement);
const exportButton = byId('export', HTMLButtonElement);
const formError = byId('form-error', HTMLDivElement);
const exportStatus = byId('export-status', HTMLParagraphElement);
const result = byId('result', HTMLElement);
let busy = false;

function checkedValue(name: string): string {
  return form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
}

function drawTable(statistics: StatisticsResult, options: StatisticsOptions): void {
  byId('statistics-caption', HTMLTableCaptionElement).textContent = tableCaption(options);
  setChildren(
    byId('statistics-head', HTMLTableRowElement),
    ...statistics.columns.map((column, index) => el('th', { scope: 'col', class: index === 0 ? false : 'number' }, column)),
  );
  setChildren(
    byId('statistics-body', HTMLTableSectionElement),
    ...statistics.rows.map((row) =>
      el('tr', {}, ...row.map((cell, index) =>
        index === 0
          ? el('th', { scope: 'row' }, String(cell))
          : el('td', { class: isCountCell(cell) && 'number' }, String(cell)),
      )),
    ),
  );
}

/**
 * The column chart Annual Stats gets, drawn here too: Reports per period, oldest on the left.
 * Plain boxes sized in percent, so the page needs no drawing library and no SVG namespace.
 */
function drawChart(statistics: StatisticsResult): void {
  const points = reportsChartPoints(statistics.columns, statistics.rows);
  byId('statistics-chart', HTMLElement).hidden = points.length < 2;
  const top = Math.max(1, ...points.map((point) => point.reports));
  const picture = byId('chart-picture', HTMLDivElement);
  picture.setAttribute('aria-label', reportsChartLabel(points));
  setChildren(
    picture,
    ...points.map((point) => {
      const bar = el('div', { class: 'bar' });
      bar.style.height = `${(point.reports / top) * 100}%`;
      return el('div', { class: 'column' }, el('span', { class: 'count' }, point.label), el('div', { class: 'bar-space' }, bar), el('span', { class: 'period' }, point.period));
    }),
  );
}

function showResult(statistics: StatisticsResult, options: StatisticsOptions): void {
  byId('result-heading', HTMLHeadingElement).textContent =
    statistics.rows.length === 0 ? 'No reports to count' : 'Statistics exported';
  byId('published-line', HTMLParagraphElement).textContent = publishedSentence(statistics.published);
  const warnings = byId('warnings', HTMLDivElement);
  warnings.hidden = statistics.warnings.length === 0;
  setChildren(byId('warnings-list', HTMLUListElement), ...statistics.warnings.map((warning) => el('li', {}, warning)));
  drawTable(statistics, options);
  drawChart(statistics);
  byId('markdown', HTMLTextAreaElement).value = statistics.markdown;
  byId('copy-status', HTMLSpanElement).textContent = '';
  result.hidden = false;
  const scroller = byId('statistics-scroll', HTMLDivElement);
  byId('scroll-hint', HTMLParagraphElement).hidden = scroller.scrollWidth <= scroller.clientWidth;
  focusRegion(byId('result-heading', HTMLHeadingElement));
}

async function exportNow(): Promise<void> {
  if (busy) return;
  busy = true;
  formError.textContent = '';
  exportStatus.textContent = 'Exporting statistics…';
  setBusy(exportButton, form, true, 'Exporting…');
  const options = statisticsOptions(checkedValue('grouping'), checkedValue('dateBasis'));
  try {
    const statistics = await callServer('exportStatistics', options);
    exportStatus.textContent = '';
    showResult(statistics, options);
  } catch (error) {
    exportStatus.textContent = '';
    formError.textContent = failureMessage(error);
  } finally {
    busy = false;
    setBusy(exportButton, form, false, 'Exporting…');
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void exportNow();
});
byId('close', HTMLButtonElement).addEventListener('click', closeHost);
wireCopyButton(byId('copy-markdown', HTMLButtonElement), byId('markdown', HTMLTextAreaElement), byId('copy-status', HTMLSpanElement));
closeOnEscape(closeHost);
byId('grouping-year', HTMLInputElement).focus();
