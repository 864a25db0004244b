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
export function linkDialogHtml(message: string, url: string, linkText: string): string {
  const link = /^https:\/\/[^\s"'<>]+$/.test(url)
    ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(linkText)}</a>`
    : `<code>${escapeHtml(url)}</code>`;
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><base target="_blank">',
    '<style>body{font:14px/1.5 Arial,sans-serif;margin:12px}a{font-weight:bold}</style></head><body>',
    `<p>${escapeHtml(message)}</p><p>${link}</p></body></html>`,
  ].join('');
}

export function showLinkDialog(title: string, message: string, url: string, linkText: string): void {
  const html = HtmlService.createHtmlOutput(linkDialogHtml(message, url, linkText))
    .addMetaTag('viewport', PAGE_VIEWPORT)
    .setWidth(420)
    .setHeight(160);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}
