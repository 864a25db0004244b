import { safeDocumentHref } from '../../src/ui/shared/safeUrl';

describe('safeDocumentHref', () => {
  it('accepts a Google Docs address', () => {
    const url = 'https://docs.google.com/document/d/1AbCdEf/edit';
    expect(safeDocumentHref(url)).toBe(url);
  });

  it("accepts the local emulator's plain-http address", () => {
    expect(safeDocumentHref('http://127.0.0.1:8080/documents/doc-1')).toBe('http://127.0.0.1:8080/documents/doc-1');
  });

  it.each([
    ['a script address', 'javascript:alert(1)'],
    ['a data address', 'data:text/html,<b>x</b>'],
    ['plain http to another host', 'http://docs.example.org/document'],
    ['a host that only starts like the emulator', 'http://127.0.0.1.example.org/document'],
    ['an address carrying credentials', 'https://user:secret@docs.google.com/document'],
    ['a relative path', '/document/d/1'],
    ['empty text', ''],
  ])('refuses %s', (_what, url) => {
    expect(safeDocumentHref(url)).toBeNull();
  });

  it('refuses a value that is not text', () => {
    expect(safeDocumentHref(undefined)).toBeNull();
    expect(safeDocumentHref({ toString: () => 'https://docs.google.com/' })).toBeNull();
  });
});
