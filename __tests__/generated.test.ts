/** The files in src/generated/ are derived from package.json and docs/rules/: they must be what the script writes. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_HELP } from '../src/generated/rule-help.js';
import { VERSION } from '../src/generated/version.js';
import { RULES } from '../src/rules/index.js';
import { REPO } from './helpers/processes.js';

describe('src/generated', () => {
  it('is what scripts/generate.mjs writes from the current docs and package.json', () => {
    const run = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'generate.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('carries the package version and a help page for every rule', () => {
    expect(VERSION).toBe(JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
    expect(Object.keys(RULE_HELP).sort()).toEqual(RULES.map((rule) => rule.meta.id).sort());
  });
});
