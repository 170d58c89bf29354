/** The README shows what users really get: real output, badges that point somewhere, commands first. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../src/rules/index.js';
import { REPO, runCli } from './helpers/processes.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterAll(removeTrees);

const README = path.join(REPO, 'README.md');
const readme = fs.readFileSync(README, 'utf8');
const START = '<!-- what-you-will-see:start -->';
const END = '<!-- what-you-will-see:end -->';

function whatYouWillSee(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'what-you-will-see.mjs'), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env.PATH ?? '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('README top', () => {
  const head = readme.slice(0, readme.indexOf('```sh')).trim().split('\n').filter(Boolean);

  it('has the title, one line of badges and the sentence that leads to the newcomer commands, nothing more', () => {
    expect(head).toHaveLength(3);
    expect(head[0]).toBe('# procfile-lint');
    expect(head[1]).toMatch(/^(\[!\[[^\]]+\]\([^)\s]+\)\]\([^)\s]+\) ?)+$/);
    expect(head[2]).toMatch(/^[A-Z].*:$/);
  });

  it('has CI, check-dist and licence badges that point at what exists', () => {
    const badges = Array.from((head[1] as string).matchAll(/\[!\[([^\]]+)\]\(([^)]+)\)\]\(([^)]+)\)/g), (match) => ({
      label: match[1],
      image: match[2] as string,
      link: match[3] as string,
    }));
    expect(badges.map((badge) => badge.label)).toEqual(['CI', 'Check dist', 'License: MIT']);
    for (const badge of badges.slice(0, 2)) {
      const workflow = /\/actions\/workflows\/([\w-]+\.yml)$/.exec(badge.link)?.[1] as string;
      expect(fs.existsSync(path.join(REPO, '.github', 'workflows', workflow))).toBe(true);
      expect(badge.image).toBe(`${badge.link}/badge.svg`);
    }
    expect(badges[2]?.link).toBe('LICENSE');
    expect(fs.readFileSync(path.join(REPO, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) 2026 procfile-lint contributors\n/,
    );
  });
});

describe('README console examples', () => {
  const examples = Array.from(readme.matchAll(/```console\n\$ node bin\/procfile-lint\.js ([^\n]*)\n([\s\S]*?)```/g));

  it.each(examples.map((match) => [match[1] as string, match[2] as string]))('show what `procfile-lint %s` prints', (args, output) => {
    expect(runCli(args.split(' ')).stdout).toBe(output);
  });

  it('exist', () => expect(examples.length).toBeGreaterThanOrEqual(2));
});

describe('README "What you will see"', () => {
  const section = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length);

  it('is what the built action and the CLI print now', () => {
    const check = whatYouWillSee(['--check']);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('keeps the annotation lines verbatim in a code block and the summary source in a <details> block', () => {
    expect(readme.indexOf('## What you will see\n')).toBeLessThan(readme.indexOf(START));
    expect(section).toMatch(
      /```text\n::error title=procfile-lint%3A duplicate-process-type,file=examples\/broken-duplicate-web\/Procfile,line=3,[^\n]*\n::error::[^\n]*\n```/,
    );
    expect(section).toMatch(
      /<details>\n<summary>[^<]+<\/summary>\n\n```markdown\n## What Code Capsules will run\n[\s\S]*\n## ❌ Procfile: 1 error\n[\s\S]*```\n\n<\/details>/,
    );
  });

  it('is reported stale after any edit, and --write puts back what a run prints', () => {
    expect(readme).toContain('Keep a single `web` line.');
    const dir = makeTree({ 'README.md': readme.replace('Keep a single `web` line.', 'Keep two `web` lines.') });
    const copy = path.join(dir, 'README.md');
    const check = whatYouWillSee(['--check', copy]);
    expect(check.stderr).toContain('"What you will see" is not what the action and the CLI print now.');
    expect(check.status).toBe(1);
    expect(whatYouWillSee(['--write', copy]).status).toBe(0);
    expect(fs.readFileSync(copy, 'utf8')).toBe(readme);
  });
});

describe('project documents', () => {
  const read = (file: string) => fs.readFileSync(path.join(REPO, file), 'utf8');
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

  it.each(['README.md', 'CONTRIBUTING.md'])('%s names only npm scripts that exist', (file) => {
    const named = Array.from(read(file).matchAll(/npm run ([\w:-]+)/g), (match) => match[1] as string);
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(Object.keys(scripts)).toContain(name);
  });

  it('CHANGELOG.md keeps the Keep a Changelog layout and names every rule', () => {
    const changelog = read('CHANGELOG.md');
    expect(changelog).toMatch(/^# Changelog\n[\s\S]*\n## \[Unreleased\]\n/);
    const versions = Array.from(changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$/gm), (match) => match[1] as string);
    expect(versions[0]).toBe(JSON.parse(read('package.json')).version);
    expect(changelog).toContain(`\n[Unreleased]: https://github.com/procfile-lint/procfile-lint/compare/v${versions[0]}...HEAD\n`);
    for (const version of versions) expect(changelog).toContain(`\n[${version}]: https://github.com/procfile-lint/procfile-lint/`);
    for (const rule of RULES) expect(changelog).toContain(`\`${rule.meta.id}\``);
  });

  it('SECURITY.md says how to report privately and which versions get fixes', () => {
    const security = read('SECURITY.md');
    expect(security).toContain('https://github.com/procfile-lint/procfile-lint/security/advisories/new');
    expect(security).toMatch(/## Supported versions\n[\s\S]*latest major/);
  });
});
