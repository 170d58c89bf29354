// Types of what scripts/rule-docs.mjs exports, for __tests__/rule-docs.test.ts.
import type { PlatformProfile } from '../src/platforms/index.js';
import type { RuleMeta } from '../src/rules/rule.js';

export interface RuleModule {
  /** File name in src/rules/. */
  file: string;
  /** Name of the export. */
  name: string;
  meta: RuleMeta;
}

export const TAG_ORDER: readonly string[];
export const START: string;
export const END: string;
export const NOT_RULES: readonly string[];
export function inDocsOrder<T extends { meta: RuleMeta }>(rules: readonly T[]): T[];
export function renderIndex(rules: readonly Pick<RuleModule, 'file' | 'name'>[]): string;
export function renderReadmeTable(metas: readonly RuleMeta[], platforms: readonly PlatformProfile[]): string;
export function renderDocsTable(metas: readonly RuleMeta[], platforms: readonly PlatformProfile[]): string;
export function replaceBetweenMarkers(text: string, table: string, name: string): string;
