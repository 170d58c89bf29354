/**
 * Whether a script the Procfile runs (`python bot.py`, `node bot.js`) serves HTTP at all: a chat bot that imports a
 * bot library and nothing that could listen never binds `$PORT`. The Python file is parsed (@lezer/python); a Node
 * file gets a scan of its `require`/`import` lines. "no" only when certain of the libraries; anything the scan does
 * not know (a local module, a dynamic import, a mention of `PORT`) gives "unknown".
 */
import * as posixPath from 'node:path/posix';
import type { AppFiles } from '../engine/app-files.js';
import { python } from './libraries.cjs';

export type Listens = { kind: 'no'; library: string } | { kind: 'unknown' };

/** Top-level packages of chat-bot frameworks that connect out (a gateway or long polling) and open no port. */
const PYTHON_BOTS = new Set([
  'discord',
  'nextcord',
  'disnake',
  'interactions',
  'hikari',
  'telegram',
  'telebot',
  'aiogram',
  'pyrogram',
  'telethon',
  'tweepy',
  'praw',
]);
/** Modules that can serve HTTP or open a socket: any of them, and the answer is "unknown". */
const PYTHON_SERVERS = new Set(
  // Module names as data (a space-separated list), not imports.
  'flask fastapi django aiohttp http socketserver socket uvicorn gunicorn hypercorn waitress starlette quart sanic tornado bottle cherrypy falcon streamlit gradio dash wsgiref twisted webhook slack_bolt twitchio litestar granian daphne werkzeug pyramid websockets grpc prometheus_client subprocess multiprocessing'.split(
    ' ',
  ),
);
const NODE_BOTS = new Set([
  'discord.js',
  'eris',
  'oceanic.js',
  'telegraf',
  'node-telegram-bot-api',
  'grammy',
  'tmi.js',
  'twitter-api-v2',
  'discord-akairo',
]);
const NODE_SERVERS = new Set(
  'express http node:http https node:https net node:net fastify koa @hapi/hapi hapi restify next socket.io ws @slack/bolt child_process node:child_process polka h3 hono @hono/node-server'.split(
    ' ',
  ),
);

/** What the script at `path` (relative to the app root) listens on, as far as its imports tell. */
export function scriptListens(files: AppFiles, path: string): Listens {
  const text = files.readText(path);
  if (text === null || /\bPORT\b/.test(text)) return { kind: 'unknown' };
  if (path.endsWith('.py')) return pythonListens(files, path, text);
  if (/\.[cm]?js$/.test(path)) return nodeListens(files, path, text);
  return { kind: 'unknown' };
}

function pythonListens(files: AppFiles, path: string, text: string): Listens {
  const tree = python().parser.parse(text);
  const modules: string[] = [];
  let broken = false;
  tree.iterate({
    enter: (node) => {
      if (node.type.isError) broken = true;
      if (node.name !== 'ImportStatement') return !broken;
      const statement = node.node;
      const first = statement.firstChild;
      const name = first?.nextSibling;
      // `from . import x` and `from .x import y` are local; `import a, b` names several.
      if (first?.name === 'from') modules.push(name?.name === 'VariableName' ? text.slice(name.from, name.to) : '.');
      else
        for (let child = name ?? null; child; child = child.nextSibling) {
          if (child.name === 'VariableName' && child.prevSibling?.name !== '.' && child.prevSibling?.name !== 'as')
            modules.push(text.slice(child.from, child.to));
        }
      return false;
    },
  });
  if (broken || /\b(__import__|importlib|exec)\b/.test(text)) return { kind: 'unknown' };
  const dir = posixPath.dirname(path);
  const local = (module: string) =>
    module === '.' ||
    files.exists(posixPath.join(dir, `${module}.py`)) ||
    files.isDirectory(posixPath.join(dir, module)) ||
    files.exists(`${module}.py`) ||
    files.isDirectory(module);
  if (modules.some((module) => PYTHON_SERVERS.has(module) || local(module))) return { kind: 'unknown' };
  const bot = modules.find((module) => PYTHON_BOTS.has(module));
  return bot ? { kind: 'no', library: bot } : { kind: 'unknown' };
}

const MAX_SPECIFIER = 200;

/**
 * The modules a Node file loads: `require("x")`, a dynamic import of `"x"`, `from "x"`, and `import "x"` at the start of a line.
 * A scan from each keyword that looks at most `MAX_SPECIFIER` characters ahead, so a file of unclosed quotes costs
 * linear time (the single regex it replaces backtracked over each one).
 */
function moduleSpecifiers(text: string): string[] {
  const found: string[] = [];
  for (const keyword of text.matchAll(/\b(?:require|import|from)/g)) {
    const word = keyword[0];
    let at = skipSpaces(text, keyword.index + word.length);
    const call = word !== 'from' && text[at] === '(';
    if (call) at = skipSpaces(text, at + 1);
    else if (word === 'require' || (word === 'import' && !startsLine(text, keyword.index))) continue;
    const quotes = call ? '"\'`' : '"\'';
    if (!quotes.includes(text[at] ?? '')) continue;
    const end = closingQuote(text, at + 1, quotes);
    if (end === -1) continue;
    if (call && text[skipSpaces(text, end + 1)] !== ')') continue;
    found.push(text.slice(at + 1, end));
  }
  return found;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at] as string)) at++;
  return at;
}

/** Only blanks before `index` on its line. */
function startsLine(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0 && text[i] !== '\n'; i--) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}

/** The index of the first of `quotes` after 1 to `MAX_SPECIFIER` other characters from `start`, else -1. */
function closingQuote(text: string, start: number, quotes: string): number {
  for (let i = start; i < text.length && i <= start + MAX_SPECIFIER; i++) {
    if (quotes.includes(text[i] as string)) return i > start ? i : -1;
  }
  return -1;
}

function nodeListens(files: AppFiles, path: string, text: string): Listens {
  const specifiers = moduleSpecifiers(text);
  if (/\bimport\s*\(\s*[^"'`\s]/.test(text)) return { kind: 'unknown' };
  const dir = posixPath.dirname(path);
  const isLocal = (specifier: string) =>
    specifier.startsWith('.') || specifier.startsWith('/') || files.exists(posixPath.join(dir, specifier));
  if (specifiers.some((specifier) => isLocal(specifier) || NODE_SERVERS.has(specifier) || !specifier)) return { kind: 'unknown' };
  const bot = specifiers.find((specifier) => NODE_BOTS.has(specifier));
  return bot ? { kind: 'no', library: bot } : { kind: 'unknown' };
}
