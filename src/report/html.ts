/**
 * Escaping for the job summary, which GitHub renders as Markdown with HTML. Untrusted text only ever goes inside
 * HTML elements built here; it is made visible (see quote.ts), entity-escaped, and `@` is followed by a word
 * joiner so that no one is mentioned.
 */
import { printable, visible } from '../engine/quote.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '@': '@&#8288;',
  '|': '&#124;',
};

/** For text already made visible (messages) or trusted: escapes markup, not backslashes. */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"'@|]/g, (char) => ENTITIES[char] as string);
}

/** Raw untrusted text (a command, a file name) as inline code. */
export function code(text: string): string {
  return `<code>${escapeHtml(visible(text))}</code>`;
}

/** An HTML table on one line per row: a blank line would end the HTML block and let Markdown in. */
export function table(headers: string[], rows: string[][]): string {
  const head = `<tr>${headers.map((header) => `<th>${header}</th>`).join('')}</tr>`;
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`);
  return ['<table>', head, ...body, '</table>'].join('\n');
}
