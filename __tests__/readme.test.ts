/** The project's documents stay true to it. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../src/rules/index.js';
import { REPO } from './helpers/processes.js';

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
    expect(changelog).toMatch(/\n\[Unreleased\]: https:\/\/github\.com\/procfile-lint\/procfile-lint\/\S+\n$/);
    for (const rule of RULES) expect(changelog).toContain(`\`${rule.meta.id}\``);
  });

  it('SECURITY.md says how to report privately and which versions get fixes', () => {
    const security = read('SECURITY.md');
    expect(security).toContain('https://github.com/procfile-lint/procfile-lint/security/advisories/new');
    expect(security).toMatch(/## Supported versions\n[\s\S]*latest major/);
  });
});
