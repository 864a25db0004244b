import { escapeHtml, linkDialogHtml } from '../../src/gas/linkDialog';

const URL = 'https://docs.google.com/document/d/doc-1/edit';

describe('linkDialogHtml', () => {
  it('makes an https address a link that opens in a new tab', () => {
    expect(linkDialogHtml('The case document:', URL, 'Open home shelf')).toContain(
      `<a href="${URL}" target="_blank" rel="noopener noreferrer">Open home shelf</a>`,
    );
  });

  it('shows anything that is not a plain https address as text, never as a link', () => {
    const html = linkDialogHtml('The case document:', 'javascript:alert(1)', 'Open');
    expect(html).not.toContain('<a ');
  });

  it('escapes an address that tries to break out of the attribute', () => {
    expect(linkDialogHtml('x', 'https://example.org/"><script>', 'Open')).not.toContain('<script>');
  });

  it('escapes the message', () => {
    expect(linkDialogHtml('<b>case</b>', URL, 'Open')).toContain('&lt;b&gt;case&lt;/b&gt;');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in HTML text and attributes', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
