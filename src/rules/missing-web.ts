import { defaultStart } from '../commands/defaults.js';
import { languageInfo } from '../engine/languages.js';
import { quote } from '../engine/quote.js';
import type { ProcessLine } from '../engine/parse.js';
import type { BuildpackWeb, WithoutWebFacts } from '../platforms/profile.js';
import { listNames, platformNames } from './phrases.js';
import { buildpackFindings, processLines, type ProcfileContext, type ProcfileRule, type Report } from './rule.js';

/**
 * On Code Capsules the build fails without `web` (`missingWebError`). Elsewhere the Procfile deploys, and what then
 * runs is the profile's `withoutWeb` (sources there): a notice, or a warning when a `Web` line was surely meant as `web`.
 */
export const missingWeb: ProcfileRule = {
  scope: 'procfile',
  meta: {
    id: 'missing-web',
    description: 'No `web` process is declared, so the build fails or no declared process receives HTTP traffic.',
    severity: { codecapsules: 'error', heroku: 'notice', 'heroku-fir': 'notice', dokku: 'notice' },
    tags: ['syntax'],
  },
  *check(context) {
    const { procfile, platform } = context;
    const processes = processLines(procfile);
    if (processes.length === 0 || processes.some((line) => line.type.text === 'web')) return;
    const report = platform.missingWebError
      ? {
          message:
            `No \`web\` process is declared, and ${platform.name} needs one: the build fails ` +
            `("${platform.missingWebError}"). ${hint(processes)}`,
        }
      : platform.withoutWeb && withoutWebReport(context, platform.withoutWeb, processes);
    // What the buildpack build does with the Procfile: another builder (a Docker Capsule, heroku.yml's, Dokku's
    // Dockerfile or pack) decides otherwise.
    if (report) yield* buildpackFindings(context, [report]);
  },
};

function hint(processes: readonly ProcessLine[]): string {
  const otherCase = otherCaseWeb(processes);
  if (otherCase) {
    return `Line ${otherCase.number} declares ${quote(otherCase.type.text)}: process types are case-sensitive, write \`web\`.`;
  }
  const only = processes.length === 1 ? processes[0] : undefined;
  if (only) {
    return `If ${quote(only.type.text)} on line ${only.number} is the process to run, name it \`web\`.`;
  }
  return 'Add a line `web: <command that serves HTTP on $PORT>`.';
}

function otherCaseWeb(processes: readonly ProcessLine[]): ProcessLine | undefined {
  return processes.find((line) => line.type.text.toLowerCase() === 'web');
}

/** The platform deploys the Procfile: say what it runs instead of a `web` process. */
function withoutWebReport(context: ProcfileContext, facts: WithoutWebFacts, processes: readonly ProcessLine[]): Report | null {
  const { reading, platform } = context;
  // A `Web` the platform reads as `web` (Fir) is process-type-name's; a Procfile it rejects runs no process at all.
  if (reading.processes.some((process) => process.type === 'web')) return null;
  const types = [...new Set(reading.processes.map((process) => process.type))];
  // Only `release:`: the app runs what the buildpack declares, or nothing, as it would with no Procfile.
  const declared = types.filter((type) => type !== 'release');
  const first = declared[0];
  if (first === undefined) return null;
  const runs = `${othersSentence(facts, declared, first)}${webClause(context, facts, types)}.`;
  const otherCase = facts.caseSensitive === false ? undefined : otherCaseWeb(processes);
  if (otherCase) {
    const unverified = facts.caseSensitive === 'unverified' ? ' (unverified)' : '';
    return {
      severity: 'warning',
      message:
        `No \`web\` process is declared: line ${otherCase.number} declares ${quote(otherCase.type.text)}, but only \`web\` ` +
        `receives HTTP traffic on ${platform.name}, and process types are case-sensitive${unverified}. ${runs} Rename ${quote(otherCase.type.text)} to \`web\`.`,
    };
  }
  const strict = platformNames((profile) => profile.missingWebError !== null, 'or');
  // Named, not left to the rule's default: buildpackFindings keeps only a named notice a notice.
  return {
    severity: 'notice',
    message:
      `No \`web\` process is declared: ${platform.name} deploys the Procfile anyway (${strict} fails the build). ` +
      `${runs} If the app serves HTTP, add \`web: <command that listens on $PORT>\`.`,
  };
}

/** "It starts `worker` only once scaled (`heroku ps:scale worker=1`)". */
function othersSentence(facts: WithoutWebFacts, declared: readonly string[], first: string): string {
  const shown = declared.slice(0, 3).map((type) => quote(type));
  const names = listNames(declared.length > 3 ? [...shown, `${declared.length - 3} more`] : shown);
  const scale = quote(facts.scale(first, 1), 120);
  return facts.othersWaitForScale === true
    ? `It starts ${names} only once scaled (${scale})`
    : `Whether it starts ${names} before ${scale} is unverified`;
}

/** What serves HTTP meanwhile: the `web` process the buildpack adds, none, or nothing said when that is not known. */
function webClause(context: ProcfileContext, facts: WithoutWebFacts, types: readonly string[]): string {
  const language = context.detection.language;
  const web = facts.buildpackWeb === 'none' ? 'none' : language ? facts.buildpackWeb[language] : undefined;
  if (web === 'none') return ', and no process receives HTTP traffic';
  if (!web || !language) return '';
  const command = buildpackCommand(context, web, types);
  if (command === 'none') return ', and no process receives HTTP traffic';
  if (command === null) return '';
  const own = `the ${languageInfo(language).name} buildpack's own ${quote(`web: ${command}`, 120)}`;
  const stop = `${quote(facts.scale('web', 0))} stops it if the app serves no HTTP`;
  return facts.buildpackWebStarts === true ? `; it does start ${own} (${stop})` : `; ${own} may start (unverified; ${stop})`;
}

/** The command the buildpack adds, `'none'` when it adds none, `null` when that is not known. */
function buildpackCommand({ platform, detection, files, facts }: ProcfileContext, web: BuildpackWeb, types: readonly string[]) {
  if (web.unlessType !== undefined && types.includes(web.unlessType)) return 'none';
  if (web.commands === 'defaults') {
    const start = detection.language ? defaultStart(platform, detection.language, files) : null;
    return start?.kind === 'command' ? start.command : start?.kind === 'none' ? 'none' : null;
  }
  if (!files.complete) return null;
  const gems = facts.rubyGems();
  let uncertain = false;
  for (const { command, ifFile, ifGem } of web.commands) {
    if (ifFile !== undefined && !files.exists(ifFile)) continue;
    if (ifGem && !ifGem.some((gem) => gems?.declares(gem))) {
      uncertain ||= gems === null || gems.incomplete;
      continue;
    }
    return command;
  }
  return uncertain ? null : 'none';
}
