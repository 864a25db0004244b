// Contract tests for HtmlService (https://developers.google.com/apps-script/reference/html/html-service)
// and HtmlOutput (https://developers.google.com/apps-script/reference/html/html-output).
import { createHtmlService } from '../../emulator/services/html/htmlService';
import { createTestRun } from './harness';
import { createSpreadsheetApp } from '../../emulator/services/sheets/spreadsheetApp';

const STATISTICS_HTML = '<h1>Export statistics</h1>';

function openHtmlService() {
  const { run } = createTestRun({ htmlFiles: { Statistics: STATISTICS_HTML } });
  return { run, html: createHtmlService(run) };
}

describe('HtmlService.createHtmlOutputFromFile', () => {
  // HtmlService#createHtmlOutputFromFile(String): "Creates a new HtmlOutput object from a file in
  // the code editor"; the name may be given with or without '.html'.
  it('reads a project HTML file, with or without its extension', () => {
    const { html } = openHtmlService();
    expect([html.createHtmlOutputFromFile('Statistics').getContent(), html.createHtmlOutputFromFile('Statistics.html').getContent()]).toEqual([STATISTICS_HTML, STATISTICS_HTML]);
  });

  // Observed error text for a missing file.
  it('refuses a file that does not exist', () => {
    const { html } = openHtmlService();
    expect(() => html.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });
});

describe('HtmlService.createHtmlOutput', () => {
  // HtmlService#createHtmlOutput(String) and #createHtmlOutput(): with or without content.
  it('starts with the given content, or empty', () => {
    const { html } = openHtmlService();
    expect([html.createHtmlOutput('<p>x</p>').getContent(), html.createHtmlOutput().getContent()]).toEqual(['<p>x</p>', '']);
  });
});

describe('HtmlOutput', () => {
  // HtmlOutput#setTitle/#getTitle, #setWidth/#getWidth, #setHeight/#getHeight; setters chain.
  it('keeps its title and size', () => {
    const { html } = openHtmlService();
    const output = html.createHtmlOutput().setTitle('Statistics').setWidth(600).setHeight(420);
    expect([output.getTitle(), output.getWidth(), output.getHeight()]).toEqual(['Statistics', 600, 420]);
  });

  // HtmlOutput#append(String) adds markup; #appendUntrusted(String) "using contextual escaping",
  // so text shows as text.
  it('appends markup as it is and untrusted text escaped', () => {
    const { html } = openHtmlService();
    const output = html.createHtmlOutput('<p>').append('<b>ok</b>').appendUntrusted('<script>x</script>');
    expect(output.getContent()).toBe('<p><b>ok</b>&#60;script&#62;x&#60;/script&#62;');
  });

  it('replaces its content with setContent', () => {
    const { html } = openHtmlService();
    expect(html.createHtmlOutput('old').setContent('new').getContent()).toBe('new');
  });

  // HtmlOutput#setSandboxMode(SandboxMode), #setXFrameOptionsMode(XFrameOptionsMode).
  it('accepts the sandbox and frame modes', () => {
    const { html } = openHtmlService();
    const output = html.createHtmlOutput('x').setSandboxMode(html.SandboxMode.IFRAME).setXFrameOptionsMode(html.XFrameOptionsMode.DEFAULT);
    expect(output.getContent()).toBe('x');
  });

  it('throws for ALLOWALL, a header the emulator does not serve, rather than dropping it', () => {
    const { html } = openHtmlService();
    expect(() => html.createHtmlOutput('x').setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL)).toThrow('HtmlService.HtmlOutput.setXFrameOptionsMode(ALLOWALL) is not implemented in the emulator');
  });

  it('refuses a sandbox mode that does not exist', () => {
    const { html } = openHtmlService();
    expect(() => html.createHtmlOutput().setSandboxMode('LOOSE')).toThrow("don't match the method signature for HtmlService.HtmlOutput.setSandboxMode.");
  });
});

describe('HtmlService instrumentation', () => {
  it('counts calls and leaves templates unimplemented', () => {
    const { html, run } = openHtmlService();
    html.createHtmlOutputFromFile('Statistics').setTitle('Statistics');
    const templating = html as unknown as { createTemplateFromFile(name: string): unknown };
    expect(() => templating.createTemplateFromFile('Statistics')).toThrow('HtmlService.createTemplateFromFile is not implemented in the emulator');
    expect(run.calls).toMatchObject({ 'HtmlService.createHtmlOutputFromFile': 1, 'HtmlOutput.setTitle': 1 });
  });
});

// HtmlOutput#addMetaTag(String,String): "Adds a meta tag to the page. Meta tags included directly
// in an Apps Script HTML file are ignored. Only the following meta tags are allowed:
// apple-mobile-web-app-capable, google-site-verification, mobile-web-app-capable, viewport";
// HtmlOutput#getMetaTags() returns them as HtmlOutputMetaTag (getName, getContent).
// https://developers.google.com/apps-script/reference/html/html-output#addMetaTag(String,String)
describe('HtmlOutput.addMetaTag', () => {
  const VIEWPORT = 'width=device-width, initial-scale=1';
  const FILE_WITH_OWN_VIEWPORT = '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=1200"><title>x</title></head><body>x</body></html>';

  function servedPage(build: (html: ReturnType<typeof openHtmlService>['html']) => unknown): string {
    const { run } = createTestRun({ htmlFiles: { Page: FILE_WITH_OWN_VIEWPORT } });
    const html = createHtmlService(run);
    const ui = createSpreadsheetApp(run).getUi();
    ui.showSidebar(build(html) as never);
    return (run.shown[0] as { html: string }).html;
  }

  it('keeps the tags it adds, in order, as HtmlOutputMetaTag objects', () => {
    const { html } = openHtmlService();
    const tags = html.createHtmlOutput('x').addMetaTag('viewport', VIEWPORT).addMetaTag('mobile-web-app-capable', 'yes').getMetaTags();
    expect(tags.map((tag) => [tag.getName(), tag.getContent()])).toEqual([['viewport', VIEWPORT], ['mobile-web-app-capable', 'yes']]);
  });

  it('serves the added viewport in the page\'s head', () => {
    const served = servedPage((html) => html.createHtmlOutputFromFile('Page').addMetaTag('viewport', VIEWPORT));
    expect(served).toContain(`<head><meta name="viewport" content="${VIEWPORT}">`);
  });

  it('ignores the meta tags written in the file itself', () => {
    const served = servedPage((html) => html.createHtmlOutputFromFile('Page'));
    expect(served).not.toContain('name="viewport"');
    expect(served).toContain('<meta charset="utf-8">');
  });

  it('refuses a meta tag Google does not allow, adding nothing', () => {
    const { html } = openHtmlService();
    const output = html.createHtmlOutput('x');
    expect(() => output.addMetaTag('refresh', '0')).toThrow('Meta tag "refresh" is not allowed');
    expect(output.getMetaTags()).toEqual([]);
  });

  it('refuses arguments that are not two strings', () => {
    const { html } = openHtmlService();
    expect(() => html.createHtmlOutput('x').addMetaTag('viewport' as never, undefined as never)).toThrow("don't match the method signature for HtmlService.HtmlOutput.addMetaTag.");
  });
});
