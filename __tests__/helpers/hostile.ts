/**
 * Procfile text and file names written to break out of the log or the job summary: workflow commands (both
 * syntaxes, after every kind of line break the runner or a viewer honours), percent-encoded line breaks, terminal
 * escapes, Markdown, HTML and mentions. Tests feed them to the built action and the CLI and look at the raw bytes.
 */
import type { Tree } from './tree.js';

export const HOSTILE_LINES = [
  'web: echo ok\r::add-mask::secret',
  '::error file=x::injected at line start',
  '::set-output name=valid::true',
  '   ::warning::indented command',
  'worker: sh -c "echo %0A::error::percent-encoded %0D%0A::warning::crlf"',
  'clock:\r',
  '::warning::after a CRLF',
  'lone: a\rb::notice::after a lone CR',
  'sep: a\u2028::error::after U+2028\u2029::error::after U+2029\u0085::error::after NEL',
  'ansi: \u001b[31mred\u001b[0m \u001b]0;window title\u0007 \u001b[2J \u009b31m',
  '| injected | table |',
  '|---|---|',
  'html: <script>alert(1)</script> <img src=x onerror=alert(1)> <!-- hidden --> </code></td></tr></table><h1>x</h1>',
  'mention: @octocat and @github/security-team',
  'v1: ##[set-output name=valid;]true ##[add-mask]x ##[error]old syntax',
  'hidden: gunicorn --bind\uFFA00.0.0.0:$PORT app:app \u{E0069}\u{E0067}\u{E006E} \u3164 \u200B \uFE0F \u{E0100}',
  '',
];

export const HOSTILE_PROCFILE = HOSTILE_LINES.join('\n');

/**
 * Names that become findings, and so are quoted in messages, annotation properties and the summary: near misses
 * beside the Procfile (one character more than `Procfile`), Procfiles in subdirectories with hostile names.
 */
export const HOSTILE_NAMES: Tree = {
  'Procfile\u001b': 'web: x\n',
  'Procfile\u2028': 'web: x\n',
  'Procfile\r': 'web: x\n',
  '\u001b]0;window title\u0007\u001b[2J/Procfile': 'web: x\n',
  '::error::nested/Procfile': 'web: x\n',
  '  ::warning::indented/Procfile': 'web: x\n',
  '\n::set-output name=valid::true/Procfile': 'web: x\n',
  '\r::notice::cr/Procfile': 'web: x\n',
  '##[error]v1 in a name/Procfile': 'web: x\n',
  '<img src=x onerror=alert(1)> @octocat/Procfile': 'web: x\n',
  '<!-- comment --> | a |/Procfile.txt': 'web: x\n',
};
