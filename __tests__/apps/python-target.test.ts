import { moduleAttribute, parseAppTarget, targetAttribute } from '../../src/apps/python-target.js';
import { memoryAppFiles } from '../../src/engine/app-files.js';

const verdict = (source: string, name = 'app') => moduleAttribute(source, name).kind;

describe('moduleAttribute', () => {
  it.each([
    ['app = Flask(__name__)\n'],
    ['from flask import Flask\napp: Flask = Flask(__name__)\n'],
    ['def app(environ, start_response):\n    pass\n'],
    ['async def app(scope, receive, send):\n    pass\n'],
    ['@decorate\ndef app():\n    pass\n'],
    ['class app:\n    pass\n'],
    ['from .web import app\n'],
    ['from web import (server, app)\n'],
    ['from web import server as app\n'],
    ['import web.server as app\n'],
    ['import app.core\n'],
    ['application = app = make()\n'],
    ['app, other = make(), 1\n'],
    ['try:\n    from fast import app\nexcept ImportError:\n    app = None\n'],
    ['if DEBUG:\n    app = debug_app()\nelse:\n    app = prod_app()\n'],
    ['with context() as app:\n    pass\n'],
    ['for app in apps:\n    pass\n'],
  ])('finds the attribute bound at top level: %j', (source) => {
    expect(verdict(source)).toBe('defined');
  });

  it.each([
    ['import discord\nclient = discord.Client()\nclient.run(TOKEN)\n'],
    ['def create_app():\n    app = Flask(__name__)\n    return app\n'],
    ['class Server:\n    app = None\n'],
    ['from flask import Flask\napplication = Flask(__name__)\n'],
  ])('reports the attribute missing when nothing binds it: %j', (source) => {
    expect(verdict(source)).toBe('missing');
  });

  it.each([
    ['from views import *\n'],
    ['globals()["app"] = make()\n'],
    ['import sys\nsetattr(sys.modules[__name__], "app", make())\n'],
    ['def __getattr__(name):\n    return make()\n'],
    ['def init():\n    global app\n    app = make()\n'],
    ['print(app)\n'],
    ['x = (app := make())\n'],
    ['def broken(:\n'],
    ['app: Flask\n'],
  ])('says nothing when it cannot be sure: %j', (source) => {
    expect(verdict(source)).toBe('unknown');
  });

  it('lists the names the module binds for a suggestion', () => {
    expect(moduleAttribute('import os\nfrom flask import Flask\napplication = Flask(__name__)\n', 'app')).toEqual({
      kind: 'missing',
      bound: ['os', 'Flask', 'application'],
    });
  });

  it('reads a module near the size limit', () => {
    const source = 'x = 1\n'.repeat(40_000) + 'app = 2\n';
    expect(verdict(source)).toBe('defined');
  });
});

describe('parseAppTarget', () => {
  it.each([
    ['main:app', 'application', { module: 'main', attribute: 'app', defaulted: false, call: false }],
    ['mysite.wsgi', 'application', { module: 'mysite.wsgi', attribute: 'application', defaulted: true, call: false }],
    ["app:create_app('prod')", 'application', { module: 'app', attribute: 'create_app', defaulted: false, call: true }],
    ['pkg.main:app.server', null, { module: 'pkg.main', attribute: 'app', defaulted: false, call: false }],
  ])('reads %s', (value, fallback, expected) => {
    expect(parseAppTarget(value, fallback)).toEqual(expected);
  });

  it.each([['main'], ['main:'], ['1main:app'], ['main:app(']])('rejects %s', (value) => {
    expect(parseAppTarget(value, null)).toBeNull();
  });
});

describe('targetAttribute', () => {
  it('reads the module from the search path, and a package from its __init__.py', () => {
    const files = memoryAppFiles({ 'src/main.py': 'client = 1\n', 'pkg/__init__.py': 'app = 1\n', 'ns/': '' });
    expect(targetAttribute(files, ['', 'src'], { module: 'main', attribute: 'app', defaulted: false, call: false }).kind).toBe('missing');
    expect(targetAttribute(files, [''], { module: 'pkg', attribute: 'app', defaulted: false, call: false }).kind).toBe('defined');
    expect(targetAttribute(files, [''], { module: 'ns', attribute: 'app', defaulted: false, call: false }).kind).toBe('unknown');
  });

  it('says nothing when a package has a submodule of that name', () => {
    const files = memoryAppFiles({ 'app/__init__.py': '', 'app/app.py': 'app = 1\n' });
    expect(targetAttribute(files, [''], { module: 'app', attribute: 'app', defaulted: false, call: false }).kind).toBe('unknown');
  });
});
