/**
 * The deploy plan in words, shared by the job summary and `--explain`: each line is a message (repository text
 * only through `quote`), which the text report prints with `logLine` and the summary renders with `messageHtml`.
 */
import type { Plan, RuntimeResult } from '../engine/types.js';
import { languageName } from '../engine/languages.js';
import { quote } from '../engine/quote.js';
import { messageHtml } from './html.js';
import { logLine } from './log.js';

export const PLAN_LIMITS = { processes: 20, commandLength: 120, candidates: 6 };

export function planTitle(platformName: string): string {
  return `What ${platformName} will run`;
}

export function planLines(plan: Plan): string[] {
  const { build } = plan;
  const lines: string[] = [];
  const builder = plan.builder.unverified ? `${plan.builder.name} (assumed, unverified: ${plan.builder.unverified})` : plan.builder.name;
  if (build.language) {
    const why = build.overridden
      ? 'as the `language` setting says'
      : `by ${build.group ?? 'its builder'}, because of ${build.evidence.map((file) => quote(file)).join(', ')}`;
    lines.push(`Build: ${languageName(build.language)} with ${builder}, ${why}.`);
  } else {
    lines.push(`Build: no builder of ${builder} recognises the app.`);
  }
  // Another group of the winning language (GCP's Python groups with and without a Procfile) is not another build.
  const others = build.candidates
    .filter((candidate) => candidate.group !== build.group && candidate.language !== build.language)
    .slice(0, PLAN_LIMITS.candidates);
  if (others.length > 0) {
    const described = others.map(
      (c) =>
        `${languageName(c.language)} (${c.evidence.map((file) => quote(file)).join(', ')}${c.needsProcfile ? ', only with a Procfile' : ''})`,
    );
    lines.push(`Also recognised, not chosen: ${described.join('; ')}.`);
  }
  if (build.incomplete) lines.push('The search of the tree stopped at its limit: a file further down may change the build.');
  const other = plan.otherBuilder;
  if (other?.certain) lines.push(`But ${quote(other.file)} is there: ${other.instead}, and the buildpack build above does not run.`);
  else if (other) lines.push(`Unless ${other.setting}: then ${other.instead} instead (${quote(other.file)} is there).`);
  for (const process of plan.processes.slice(0, PLAN_LIMITS.processes)) {
    const source =
      process.source.kind === 'procfile' ? `Procfile line ${process.source.line}` : `the default, because ${process.source.why}`;
    lines.push(`${quote(process.type)} runs ${quote(process.command, PLAN_LIMITS.commandLength)} with ${plan.runs} (${source}).`);
  }
  const hidden = plan.processes.length - PLAN_LIMITS.processes;
  if (hidden > 0) lines.push(`${hidden} more processes are not shown.`);
  if (plan.failure) lines.push(`It fails: ${quote(plan.failure, 200)}.`);
  lines.push(`Port: ${portText(plan.port)}.`);
  return lines;
}

function portText(port: Plan['port']): string {
  if (port.random) return 'the `web` process must listen on `$PORT`, which the platform picks for each start';
  const setting = port.setting ? `, set by ${port.setting}` : '';
  return `the \`web\` process must listen on \`$PORT\` (${port.default ?? 'no default'} by default${setting})`;
}

/** The plan as a summary section. */
export function planHtml(plan: Plan, platformName: string): string {
  const items = planLines(plan).map((line) => `<li>${messageHtml(line)}</li>`);
  return `## ${messageHtml(planTitle(platformName))}\n\n<ul>\n${items.join('\n')}\n</ul>`;
}

/** The language version the platform would install, in words (repository text through `quote`). */
export function runtimeLine(runtime: RuntimeResult): string {
  const name = languageName(runtime.language);
  const checked = runtime.table.checked ? ` (table of ${runtime.table.checked})` : '';
  if (!runtime.source || runtime.requested === null) return `Runtime: ${name}, not pinned: ${runtime.fallback ?? 'the builder default'}.`;
  const installs = runtime.version ? `${name} ${quote(runtime.version, 40)}` : name;
  return `Runtime: ${installs}, from ${quote(runtime.requested, 40)} in ${quote(runtime.source.file, 120)} line ${runtime.source.line}${checked}.`;
}

/** The plan for `--explain`: a heading and one indented line per fact, the runtime after the build. */
export function formatPlanText(plan: Plan, platformName: string, runtime: RuntimeResult | null = null): string {
  const lines = planLines(plan);
  if (runtime) lines.splice(1, 0, runtimeLine(runtime));
  return `${planTitle(platformName)}:\n${lines.map((line) => logLine(`  ${line}`)).join('\n')}\n\n`;
}
