// Contract tests for SpreadsheetApp.getUi() (https://developers.google.com/apps-script/reference/base/ui),
// its menus (https://developers.google.com/apps-script/reference/base/menu) and dialogs.
import { createHtmlService } from '../../emulator/services/html/htmlService';
import { openTestSpreadsheet } from './sheetsTestKit';

const SIDEBAR_HTML = '<p>Log a new report</p>';

function openUi(answers: string[] = []) {
  const opened = openTestSpreadsheet({ answers, htmlFiles: { LogReport: SIDEBAR_HTML } });
  return { ...opened, ui: opened.app.getUi(), html: createHtmlService(opened.run) };
}

describe('Ui.createMenu', () => {
  // Menu#addItem(caption, functionName), #addSeparator(), #addSubMenu(menu), #addToUi().
  it('records the menu with its items, separators and sub-menus when added to the UI', () => {
    const { ui, run } = openUi();
    const people = ui.createMenu('People').addItem('Onboard member', 'onboardMember');
    ui.createMenu('Django CoC').addItem('Set up or repair', 'setUpSpreadsheet').addSeparator().addSubMenu(people).addToUi();
    expect(run.shown).toEqual([
      {
        type: 'menu',
        name: 'Django CoC',
        addon: false,
        items: [
          { caption: 'Set up or repair', functionName: 'setUpSpreadsheet' },
          { separator: true },
          { subMenu: 'People', items: [{ caption: 'Onboard member', functionName: 'onboardMember' }] },
        ],
      },
    ]);
  });

  it('shows nothing until addToUi is called', () => {
    const { ui, run } = openUi();
    ui.createMenu('Django CoC').addItem('Validate records', 'validateRecords');
    expect(run.shown).toEqual([]);
  });
});

describe('Ui.createAddonMenu', () => {
  // Ui#createAddonMenu(): "Creates a builder that can be used to insert a sub-menu into the
  // editor's Extensions menu", shown under the add-on's name.
  it('records the menu as the add-on’s, under the add-on’s name', () => {
    const { ui, run } = openUi();
    ui.createAddonMenu().addItem('Set up or repair', 'setUpSpreadsheet').addToUi();
    expect(run.shown).toEqual([{ type: 'menu', name: 'Django CoC', addon: true, items: [{ caption: 'Set up or repair', functionName: 'setUpSpreadsheet' }] }]);
  });
});

describe('Ui.alert', () => {
  // Ui#alert(String,ButtonSet): "Returns the button the user clicked."
  it('returns the button the next answer names', () => {
    const { ui, run } = openUi(['NO']);
    expect(ui.alert('Overwrite the code name?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(run.shown).toEqual([{ type: 'alert', title: '', message: 'Overwrite the code name?', buttons: 'YES_NO', answer: 'NO' }]);
  });

  // Ui#alert(String,String,ButtonSet): with a title.
  it('takes a title, a message and buttons', () => {
    const { ui, run } = openUi(['YES']);
    ui.alert('Offboard member', 'Remove their access?', ui.ButtonSet.YES_NO_CANCEL);
    expect(run.shown[0]).toMatchObject({ title: 'Offboard member', message: 'Remove their access?', buttons: 'YES_NO_CANCEL' });
  });

  // Ui#alert(String): "Opens a dialog box ... with the given message and an 'OK' button."
  it('shows an OK button when none is given, and OK counts as pressed when no answer is left', () => {
    const { ui, run } = openUi();
    expect(ui.alert('Done.')).toBe(ui.Button.OK);
    expect(run.shown[0]).toMatchObject({ buttons: 'OK', answer: 'OK' });
  });

  // Button.CLOSE: "The standard close button displayed in every dialog's title bar."
  it('returns CLOSE when no answer is left for a dialog with a choice', () => {
    const { ui } = openUi();
    expect(ui.alert('Continue?', ui.ButtonSet.OK_CANCEL)).toBe(ui.Button.CLOSE);
  });

  it('consumes answers in order', () => {
    const { ui } = openUi(['YES', 'CANCEL']);
    expect([ui.alert('First?', ui.ButtonSet.YES_NO), ui.alert('Second?', ui.ButtonSet.OK_CANCEL)].map(String)).toEqual(['YES', 'CANCEL']);
  });

  it('refuses an answer that is not a button of the dialog', () => {
    const { ui } = openUi(['YES']);
    expect(() => ui.alert('Continue?', ui.ButtonSet.OK_CANCEL)).toThrow('is not a button of ButtonSet.OK_CANCEL');
  });
});

describe('Ui.prompt', () => {
  // Ui#prompt(String): an input box with OK; PromptResponse#getResponseText/#getSelectedButton.
  it('gives the typed answer with the OK button', () => {
    const { ui, run } = openUi(['fictional.member@example.org']);
    const response = ui.prompt('Member email');
    expect([String(response.getSelectedButton()), response.getResponseText()]).toEqual(['OK', 'fictional.member@example.org']);
    expect(run.shown).toEqual([{ type: 'prompt', title: '', message: 'Member email', buttons: 'OK', answer: 'OK', text: 'fictional.member@example.org' }]);
  });

  // PromptResponse#getResponseText(): "The text is available even if the user closed the dialog
  // by clicking a button with a negative connotation".
  it('gives another button and its text from a JSON answer', () => {
    const { ui } = openUi(['{"button":"CANCEL","text":"half typed"}']);
    const response = ui.prompt('Case', 'Which case?', ui.ButtonSet.OK_CANCEL);
    expect([String(response.getSelectedButton()), response.getResponseText()]).toEqual(['CANCEL', 'half typed']);
  });

  it('sends plain text with YES when the buttons are YES and NO', () => {
    const { ui } = openUi(['home shelf']);
    expect(ui.prompt('Case code name', ui.ButtonSet.YES_NO).getSelectedButton()).toBe(ui.Button.YES);
  });

  it('returns CLOSE and no text when no answer is left', () => {
    const { ui } = openUi();
    const response = ui.prompt('Member email', ui.ButtonSet.OK_CANCEL);
    expect([String(response.getSelectedButton()), response.getResponseText()]).toEqual(['CLOSE', '']);
  });
});

describe('Ui with no answer left', () => {
  it('asks the runner’s hook first, which may stop the run before anything is shown', () => {
    const { ui, run } = openUi();
    const asked: unknown[] = [];
    run.onUnansweredPrompt = (question) => {
      asked.push(question);
      throw new Error('stopped to ask');
    };
    expect(() => ui.alert('Offboard member', 'Remove their access?', ui.ButtonSet.YES_NO)).toThrow('stopped to ask');
    expect(asked).toEqual([{ type: 'alert', title: 'Offboard member', message: 'Remove their access?', buttons: 'YES_NO' }]);
    expect(run.shown).toEqual([]);
  });

  it('does not call the hook while answers remain', () => {
    const { ui, run } = openUi(['typed']);
    run.onUnansweredPrompt = () => {
      throw new Error('should not ask');
    };
    expect(ui.prompt('Member email').getResponseText()).toBe('typed');
  });
});

describe('Ui.showSidebar', () => {
  // Ui#showSidebar(HtmlOutput): the page and its title, here with the file it came from.
  it('records the sidebar’s title, page and file', () => {
    const { ui, html, run } = openUi();
    ui.showSidebar(html.createHtmlOutputFromFile('LogReport').setTitle('Log a new report'));
    expect(run.shown).toEqual([{ type: 'sidebar', title: 'Log a new report', html: SIDEBAR_HTML, file: 'LogReport' }]);
  });

  it('refuses something that is not an HtmlOutput', () => {
    const { ui } = openUi();
    expect(() => ui.showSidebar(SIDEBAR_HTML as never)).toThrow("The parameters (String) don't match the method signature for Ui.showSidebar.");
  });
});

describe('Ui.showModalDialog', () => {
  // Ui#showModalDialog(Object,String): the title is the second argument; the size is the
  // HtmlOutput's setWidth/setHeight.
  it('records a modal dialog with its title and size', () => {
    const { ui, html, run } = openUi();
    ui.showModalDialog(html.createHtmlOutput('<p>3 problems</p>').setWidth(500).setHeight(300), 'Validation');
    expect(run.shown).toEqual([{ type: 'modalDialog', title: 'Validation', html: '<p>3 problems</p>', width: 500, height: 300 }]);
  });

  // Ui#showModelessDialog(Object,String).
  it('records a modeless dialog', () => {
    const { ui, html, run } = openUi();
    ui.showModelessDialog(html.createHtmlOutputFromFile('LogReport.html'), 'Report');
    expect(run.shown[0]).toMatchObject({ type: 'modelessDialog', title: 'Report', file: 'LogReport' });
  });
});

describe('Ui instrumentation', () => {
  it('counts Ui and Menu calls', () => {
    const { ui, run } = openUi(['OK']);
    ui.createMenu('Django CoC').addItem('Validate records', 'validateRecords').addToUi();
    ui.alert('Done.');
    expect(run.calls).toMatchObject({ 'SpreadsheetApp.getUi': 1, 'Ui.createMenu': 1, 'Menu.addItem': 1, 'Menu.addToUi': 1, 'Ui.alert': 1 });
  });
});
