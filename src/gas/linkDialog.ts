/**
 * A small dialog with one link, for "Create or open case document" from the menu: Sheets cannot
 * open a new tab from the server, so the person clicks the link. Everything put into the page is
 * escaped, and only an https address becomes a link.
 */
import { PAGE_VIEWPORT } from './ui';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/** The page: `message` as text, then the link (or the address as plain text when it is not https). */
export function linkDialogHtml(message: string, url: string, linkText: string, title = 'Link'): string {
  const link = /^https:\/\/[^\s"'<>]+$/.test(url)
    ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(linkText)}</a>`
    : `<code>${escapeHtml(url)}</code>`;
  return [
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><base target="_blank">`,
    '<style>body{font:14px/1.5 Arial,sans-serif;margin:12px}a{font-weight:bold;color:#174ea6}</style></head><body>',
    `<main><p>${escapeHtml(message)}</p><p>${link}</p></main></body></html>`,
  ].join('');
}

export function showLinkDialog(title: string, message: string, url: string, linkText: string): void {
  const html = HtmlService.createHtmlOutput(linkDialogHtml(message, url, linkText, title))
    .addMetaTag('viewport', PAGE_VIEWPORT)
    .setWidth(420)
    .setHeight(160);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}
