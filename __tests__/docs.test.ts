/** The documentation is part of the product: these tests keep it true to the code. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readInputs } from '../src/action/inputs.js';
import { lintProcfile } from '../src/lint.js';
import { PLATFORMS } from '../src/platforms/index.js';
import { RULES } from '../src/rules/index.js';
import { REPO } from './helpers/processes.js';

const read = (file: string) => fs.readFileSync(path.join(REPO, file), 'utf8');

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}
const action = parseYaml(read('action.yml')) as ActionYml;
const readme = read('README.md');

/** Rows of the Markdown table that follows `heading` in `text`, as arrays of cells. */
function tableAfter(text: string, heading: string): string[][] {
  const start = text.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const lines = text.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

describe('README', () => {
  it('opens with the two commands a newcomer runs, and CI runs the same test command', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock.trim().split('\n')).toEqual(['npm ci && node bin/procfile-lint.js examples/flask-app', 'npm test']);
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('## '));
    const ciCommands = read('.ci/run')
      .split('\n')
      .filter((line) => line && !line.startsWith('#') && !/^(set|cd|command -v|export) /.test(line));
    expect(ciCommands).toEqual(['npm ci --no-audit --no-fund', 'npm test']);
  });

  it('documents every input of action.yml with its default, and nothing else', () => {
    const rows = tableAfter(readme, '## Inputs');
    expect(rows.map((row) => row[0])).toEqual(Object.keys(action.inputs).map((name) => `\`${name}\``));
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(rows.find((row) => row[0] === `\`${name}\``)?.[1]).toBe(input.default ? `\`${input.default}\`` : '(none)');
    }
  });

  it('documents every output of action.yml', () => {
    const rows = tableAfter(readme, '## Outputs');
    expect(rows.map((row) => row[0])).toEqual(Object.keys(action.outputs).map((name) => `\`${name}\``));
  });
});

describe('action.yml', () => {
  it('runs the bundle on node24 and describes every input and output', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    for (const entry of [...Object.values(action.inputs), ...Object.values(action.outputs)]) {
      expect(entry.description.length).toBeGreaterThan(10);
    }
  });

  it('declares exactly the inputs the action reads', () => {
    const read: string[] = [];
    readInputs((name) => {
      read.push(name);
      return '';
    });
    expect(read.sort()).toEqual(Object.keys(action.inputs).sort());
  });
});

/** Decodes the escapes documented for ```procfile ... escaped blocks: \r \n \t \0 \xHH \uXXXX. */
function decodeEscaped(text: string): Buffer {
  const parts: Buffer[] = [];
  const pattern = /\\(r|n|t|0|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4})/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(Buffer.from(text.slice(last, match.index), 'utf8'));
    const code = match[1] as string;
    if (code === 'r') parts.push(Buffer.from('\r'));
    else if (code === 'n') parts.push(Buffer.from('\n'));
    else if (code === 't') parts.push(Buffer.from('\t'));
    else if (code === '0') parts.push(Buffer.from([0]));
    else if (code.startsWith('x')) parts.push(Buffer.from([parseInt(code.slice(1), 16)]));
    else parts.push(Buffer.from(String.fromCharCode(parseInt(code.slice(1), 16)), 'utf8'));
    last = match.index + match[0].length;
  }
  parts.push(Buffer.from(text.slice(last), 'utf8'));
  return Buffer.concat(parts);
}

interface Example {
  procfile: Buffer;
  /** The app files it needs, or `undefined` for a Procfile alone. */
  files: Record<string, string> | undefined;
  /** The platform it is linted for (```procfile fails on=heroku), when not the page's default. */
  platform: string | undefined;
}

/**
 * The examples of one kind on a page, each a ```procfile fails (or passes) block with the app files it needs: the
 * ```files blocks (unlabelled, or ```files fails / ```files passes) after the previous example of that kind, or all
 * of them where the page has a single example of that kind. One
 * file per line, `path` for an empty file or `path: content` for a one-line file; after `escaped`
 * (```files fails escaped), the content is written with the escapes of `procfile fails escaped` (`\n`, `\r`, ...).
 * A Procfile block may end in ` on=<platform>` (```procfile fails on=heroku) to be linted for that platform.
 */
function examples(page: string, label: 'fails' | 'passes'): Example[] {
  const blocks = Array.from(page.matchAll(/```(files|procfile)( fails| passes)?( escaped)?(?: on=([a-z-]+))?\n([\s\S]*?)```/g));
  const found: Example[] = [];
  let files: Record<string, string> | undefined;
  for (const [, kind, which, escaped, on, body] of blocks) {
    if (which && which.trim() !== label) continue;
    if (kind === 'procfile') {
      if (!which) continue;
      found.push({ procfile: escaped ? decodeEscaped(body as string) : Buffer.from(body as string, 'utf8'), files, platform: on });
      files = undefined;
      continue;
    }
    files = { ...files, ...filesOf(body as string, Boolean(escaped)) };
  }
  if (found.length === 1 && found[0]) found[0].files = allFiles(blocks, label);
  return found;
}

function allFiles(blocks: RegExpExecArray[] | RegExpMatchArray[], label: string): Record<string, string> | undefined {
  let files: Record<string, string> | undefined;
  for (const [, kind, which, escaped, , body] of blocks) {
    if (kind !== 'files' || (which && which.trim() !== label)) continue;
    files = { ...files, ...filesOf(body as string, Boolean(escaped)) };
  }
  return files;
}

function filesOf(body: string, escaped: boolean): Record<string, string> {
  const files: Record<string, string> = {};
  for (const line of body.split('\n').filter(Boolean)) {
    const colon = line.indexOf(': ');
    if (colon === -1) files[line.trim()] = '';
    else if (escaped) files[line.slice(0, colon).trim()] = decodeEscaped(line.slice(colon + 2)).toString('utf8');
    else files[line.slice(0, colon).trim()] = `${line.slice(colon + 2)}\n`;
  }
  return files;
}

describe('docs/rules', () => {
  const index = read('docs/rules/README.md');

  describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
    const file = `docs/rules/${id}.md`;
    const exists = fs.existsSync(path.join(REPO, file));
    const page = exists ? read(file) : '';
    // Without a page, this test fails and names it; the ones that read the page are skipped, not failed.
    const itOnPage = exists ? it : it.skip;

    it(`has a page, ${file}`, () => {
      expect([file, exists]).toEqual([file, true]);
    });

    itOnPage('starts with the id, the description and the default severity', () => {
      const lines = page.split('\n');
      expect(lines[0]).toBe(`# ${id}`);
      expect(lines[2]).toBe(rule.meta.description);
      const severities = PLATFORMS.map((platform) => rule.meta.severity[platform.id] ?? '–');
      expect(tableAfter(page, '| Code Capsules | Heroku | Heroku (Fir) | Dokku |')[0]).toEqual([...severities, rule.meta.tags.join(', ')]);
      expect(page).toMatch(/## Why\n[\s\S]*## Examples\n[\s\S]*Fails:[\s\S]*Passes:[\s\S]*## How to fix\n/);
      expect(index).toMatch(new RegExp(`\\[\`?${id}\`?\\]\\(${id}\\.md\\)`));
    });

    // Repository rules that read the app's files (runtime-version) are linted too; the others have no examples to lint.
    if (rule.scope !== 'procfile' && !page.includes('```procfile fails')) return;

    itOnPage('has failing examples that the rule flags and passing ones it accepts, without errors', () => {
      const [fails, passes] = [examples(page, 'fails'), examples(page, 'passes')];
      expect([fails.length > 0, passes.length > 0]).toEqual([true, true]);
      // Linted on Code Capsules, or on the first platform the rule runs on (runner-shell-syntax: Dokku).
      const platform = PLATFORMS.find((each) => rule.meta.severity[each.id] !== undefined)?.id;
      for (const example of fails) {
        const failing = lintProcfile(example.procfile, { files: example.files, platform: example.platform ?? platform });
        expect([example.procfile.toString('utf8'), failing.findings.map((finding) => finding.rule)]).toEqual([
          example.procfile.toString('utf8'),
          expect.arrayContaining([id]),
        ]);
      }
      for (const example of passes) {
        const passing = lintProcfile(example.procfile, { files: example.files, platform: example.platform ?? platform });
        expect([example.procfile.toString('utf8'), passing.findings]).toEqual([example.procfile.toString('utf8'), []]);
      }
    });
  });
});

describe('docs/security.md', () => {
  const page = read('docs/security.md');

  it('maps threats to test files that exist, and the README links it', () => {
    const named = Array.from(page.matchAll(/`((?:__tests__|bench)\/[^`]+)`/g), (match) => match[1] as string);
    expect(named.length).toBeGreaterThan(20);
    for (const file of new Set(named)) expect([file, fs.existsSync(path.join(REPO, file))]).toEqual([file, true]);
    expect(readme).toContain('[docs/security.md](docs/security.md)');
  });

  it('documents the fuzz and bench scripts that package.json defines', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.fuzz).toBe('node scripts/fuzz.mjs');
    expect(page).toContain('npm run fuzz');
    expect(page).toContain('node bench/pathological.mjs');
    expect(scripts.test).not.toMatch(/fuzz|bench/);
  });
});
