/**
 * Sidebars and dialogs set their viewport through HtmlOutput.addMetaTag, since Google ignores meta
 * tags written in an HTML file (https://developers.google.com/apps-script/reference/html/html-output#addMetaTag(String,String)):
 * each page the bundle shows carries exactly one viewport, the one it added.
 */
import { run, setUpWorkspace } from './helpers';

const VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1">';

describe('the pages the add-on shows', () => {
  it.each(['showLogReportSidebar', 'showStatisticsDialog', 'showOnboardingDialog'])('%s serves one viewport, set with addMetaTag', (entryPoint) => {
    const response = run(setUpWorkspace(), entryPoint);
    const pages = response.shown.filter((item) => item.type === 'sidebar' || item.type === 'modalDialog') as { html: string }[];
    expect(pages).toHaveLength(1);
    expect(pages[0].html.split('name="viewport"')).toHaveLength(2);
    expect(pages[0].html).toContain(VIEWPORT);
    expect(response.calls['HtmlOutput.addMetaTag']).toBe(1);
  });
});
