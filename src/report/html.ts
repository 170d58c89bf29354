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

/** A message, escaped, with its `quoted` parts as inline code (a `` \` `` inside a quote is a literal backtick). */
export function messageHtml(message: string): string {
  let html = '';
  let inCode = false;
  let piece = '';
  const flush = () => {
    html += inCode ? `<code>${escapeHtml(piece)}</code>` : escapeHtml(piece);
    piece = '';
  };
  for (let i = 0; i < message.length; i++) {
    const char = message[i] as string;
    if (inCode && char === '\\' && message[i + 1] === '`') {
      piece += '`';
      i++;
    } else if (char === '`') {
      flush();
      inCode = !inCode;
    } else piece += char;
  }
  if (inCode) piece = `\`${piece}`;
  inCode = false;
  flush();
  return html;
}

/** Raw untrusted text (a command, a file name) as inline code. */
export function code(text: string): string {
  return `<code>${escapeHtml(visible(text))}</code>`;
}

/** An HTML table on one line per row: a blank line would end the HTML block and let Markdown in. */
export function table(headers: string[], rows: string[][]): string {
  return tableOfRows(headers, rows.map(tableRow));
}

export function tableRow(cells: string[]): string {
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

/** A table of rows already rendered by `tableRow`. */
export function tableOfRows(headers: string[], rows: string[]): string {
  const head = `<tr>${headers.map((header) => `<th>${header}</th>`).join('')}</tr>`;
  return ['<table>', head, ...rows, '</table>'].join('\n');
}
