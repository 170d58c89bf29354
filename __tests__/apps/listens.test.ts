import { scriptListens } from '../../src/apps/listens.js';
import { memoryAppFiles } from '../../src/engine/app-files.js';

const listens = (path: string, text: string, others: Record<string, string> = {}) =>
  scriptListens(memoryAppFiles({ [path]: text, ...others }), path);

describe('scriptListens', () => {
  it.each([
    [
      'bot.py',
      'import os\nimport discord\nfrom discord.ext import commands\n\nbot = commands.Bot(command_prefix="!")\nbot.run(os.environ["TOKEN"])\n',
      'discord',
    ],
    [
      'main.py',
      'import asyncio\nfrom aiogram import Bot, Dispatcher\n\nasync def main():\n    await Dispatcher().start_polling(Bot(token))\n\nasyncio.run(main())\n',
      'aiogram',
    ],
    [
      'index.js',
      "const { Client, GatewayIntentBits } = require('discord.js');\nconst client = new Client({ intents: [GatewayIntentBits.Guilds] });\nclient.login(process.env.TOKEN);\n",
      'discord.js',
    ],
    ['bot.mjs', "import { Telegraf } from 'telegraf';\nnew Telegraf(process.env.BOT_TOKEN).launch();\n", 'telegraf'],
    ['bot.mjs', '  import "dotenv/config"\nconst { Bot } = await import ( `grammy` )\n', 'grammy'],
  ])('knows %s is a bot that opens no port', (path, text, library) => {
    expect(listens(path, text)).toEqual({ kind: 'no', library });
  });

  it.each([
    ['bot.py', 'import discord\nfrom keep_alive import keep_alive\nkeep_alive()\n', { 'keep_alive.py': 'from flask import Flask\n' }],
    ['bot.py', 'import discord\nfrom flask import Flask\n', {}],
    ['bot.py', 'import discord\nclient.run(port=int(os.environ["PORT"]))\n', {}],
    ['bot.py', 'import discord\nimportlib.import_module(name)\n', {}],
    ['bot.py', 'import discord\ndef broken(:\n', {}],
    ['app.py', 'import os\nprint(1)\n', {}],
    ['index.js', "require('discord.js');\nrequire('./server');\n", {}],
    ['index.js', "const express = require('express');\nrequire('discord.js');\n", {}],
    ['index.js', "require('discord.js');\nimport(name);\n", {}],
    ['bot.rb', "require 'discordrb'\n", {}],
    ['index.js', "require('discord.js');\nconst x = 1; import 'express';\nimport  'fastify'\n", {}],
    ['index.mjs', 'import { Client } from \'discord.js\';\nimport http from "node:http";\n', {}],
    ['index.js', "require('discord.js');\nrequire(`./${name}`)\n", {}],
  ])('says nothing of %s when it may listen', (path, text, others) => {
    expect(listens(path, text, others)).toEqual({ kind: 'unknown' });
  });
});

describe('module specifiers in a hostile Node file', () => {
  it('are read in one pass: 1 MiB of unclosed `require(` quotes, then the real import', () => {
    const text = `${'require(`\t'.repeat(100_000)}\nrequire('discord.js');\n`;
    expect(listens('index.js', text)).toEqual({ kind: 'no', library: 'discord.js' });
  });
});
