/** The rule list and the rules tables are generated from the rule modules (`node scripts/rule-docs.mjs --write`). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PLATFORMS } from '../src/platforms/index.js';
import { RULES } from '../src/rules/index.js';
import type { Rule, RuleTag } from '../src/rules/rule.js';
import {
  inDocsOrder,
  NOT_RULES,
  renderDocsTable,
  renderIndex,
  renderReadmeTable,
  replaceBetweenMarkers,
  TAG_ORDER,
  type RuleModule,
} from '../scripts/rule-docs.mjs';

const RULES_DIR = path.resolve('src/rules');
const FIX = 'run `node scripts/rule-docs.mjs --write`';

/** Every rule exported by a module of src/rules/, found by reading the folder. */
async function ruleModules(): Promise<(RuleModule & { rule: Rule })[]> {
  const files = fs.readdirSync(RULES_DIR).filter((file) => file.endsWith('.ts') && !NOT_RULES.includes(file));
  const found: (RuleModule & { rule: Rule })[] = [];
  for (const file of files) {
    const module = (await import(path.join(RULES_DIR, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      const rule = value as Rule;
      if (rule && typeof rule === 'object' && 'meta' in rule && typeof rule.check === 'function')
        found.push({ file, name, meta: rule.meta, rule });
    }
  }
  return inDocsOrder(found);
}

describe('generated from the rule modules', () => {
  it('src/rules/index.ts lists every rule module, in the order of the docs', async () => {
    const modules = await ruleModules();
    expect(RULES.map((rule) => rule.meta.id)).toEqual(modules.map((module) => module.meta.id));
    expect(RULES).toEqual(modules.map((module) => module.rule));
    expect([fs.readFileSync(path.join(RULES_DIR, 'index.ts'), 'utf8') === renderIndex(modules), FIX]).toEqual([true, FIX]);
  });

  it.each([
    ['README.md', renderReadmeTable],
    ['docs/rules/README.md', renderDocsTable],
  ])('the rules table of %s is up to date', (file, render) => {
    const text = fs.readFileSync(file, 'utf8');
    const fresh = replaceBetweenMarkers(
      text,
      render(
        RULES.map((rule) => rule.meta),
        PLATFORMS,
      ),
      file,
    );
    expect([fresh === text, FIX]).toEqual([true, FIX]);
  });

  it('gives every rule a tag the order knows, and one export per rule id', async () => {
    const modules = await ruleModules();
    expect(modules.filter((module) => !TAG_ORDER.includes(module.meta.tags[0] ?? '')).map((module) => module.meta.id)).toEqual([]);
    expect(new Set(modules.map((module) => module.meta.id)).size).toBe(modules.length);
    for (const module of modules) expect([module.file, module.meta.id]).toEqual([`${module.meta.id}.ts`, module.meta.id]);
  });
});

describe('the renderers', () => {
  const meta = { id: 'x-rule', description: 'Checks x.', severity: { heroku: 'warning' }, tags: ['syntax'] } as const;

  it('write a row per rule, with – where it does not run', () => {
    expect(renderReadmeTable([meta], PLATFORMS).split('\n')[2]).toBe(
      '| [`x-rule`](docs/rules/x-rule.md) | – | warning | – | – | Checks x. |',
    );
    expect(renderDocsTable([meta], PLATFORMS).split('\n')[2]).toBe('| [x-rule](x-rule.md) | – | warning | – | – | syntax | Checks x. |');
  });

  it('sort by first tag, then id, and refuse a file without markers', () => {
    const rule = (id: string, tag: RuleTag) => ({ meta: { ...meta, id, tags: [tag] } });
    expect(inDocsOrder([rule('b', 'config'), rule('c', 'discovery'), rule('a', 'config')]).map((r) => r.meta.id)).toEqual(['c', 'a', 'b']);
    expect(() => replaceBetweenMarkers('no markers', '', 'X.md')).toThrow(/X.md has no/);
  });
});
