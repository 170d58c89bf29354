import { readDokku } from '../src/engine/readers/dokku.js';
import { readHerokuCnb } from '../src/engine/readers/heroku-cnb.js';
import { readHoncho } from '../src/engine/readers/honcho.js';
import { readAll } from '../src/engine/readers/index.js';
import { outcomeOf } from '../src/engine/readers/outcome.js';
import { storyOf } from '../src/rules/phrases.js';
import { decodeSource } from '../src/engine/source.js';

const source = (text: string) => decodeSource(Buffer.from(text, 'utf8'));
const types = (reading: { processes: readonly { type: string; command: string }[] }) =>
  reading.processes.map((process) => `${process.type}=${process.command}`);

describe('readHerokuCnb (Heroku)', () => {
  it('reads keys and values, skipping comments and blank lines, the last of equal keys winning', () => {
    const reading = readHerokuCnb(source('# c\n\nweb: a b  \nworker:x\nweb: c\n'));
    expect(types(reading)).toEqual(['worker=x', 'web=c']);
    expect(reading.warnings.get(5)).toContain('Duplicate key `web`');
    expect(reading.failure).toBeNull();
  });

  it('corrects indentation, case and underscores with a warning', () => {
    const reading = readHerokuCnb(source('  Web: a\nmy_worker: b\n'));
    expect(types(reading)).toEqual(['web=a', 'my-worker=b']);
    expect(reading.warnings.get(1)).toBe('Procfile key `  Web` has been corrected to `web`.');
  });

  it.each([
    ['web : a\n', 1],
    ['web: a\npython app.py\n', 2],
    ['web:\n', 1],
    ['web: a\rb\n', 1],
    ['\uFEFFweb: a\n', 1],
    ['-web: a\n', 1],
    [`${'a'.repeat(64)}: x\n`, 1],
  ])('rejects %j at line %d', (text, line) => {
    expect(readHerokuCnb(source(text)).failure?.line).toBe(line);
  });

  it('accepts an empty file (with nothing to run) and CRLF line endings', () => {
    expect(readHerokuCnb(source('')).failure).toBeNull();
    expect(types(readHerokuCnb(source('web: a\r\n')))).toEqual(['web=a']);
  });
});

describe('readDokku (Dokku, procfile-util strict)', () => {
  it('trims lines, skips # and // comments, accepts a space before the colon, strips inline comments', () => {
    const reading = readDokku(source('// note\n  web : node web.js # testing\nworker: a #b #c\n'));
    expect(types(reading)).toEqual(['web=node web.js', 'worker=a #b']);
  });

  it.each([
    ['python app.py\n', 'invalid line in procfile, line 1'],
    ['my_worker: x\n', 'process name contains invalid characters, line 1'],
    ['Web: x\n', 'process name contains invalid characters, line 1'],
    ['web: a\nweb: b\n', 'process names must be unique, line 2'],
    ['\uFEFFweb: a\n', 'invalid line in procfile, line 1'],
    ['# nothing\n', 'no entries found in Procfile'],
    [`web: ${'x'.repeat(70_000)}\n`, 'bufio.Scanner: token too long'],
  ])('rejects %j: %s', (text, message) => {
    expect(readDokku(source(text)).failure?.message).toBe(message);
  });

  it('cuts a real argument that looks like an inline comment', () => {
    expect(types(readDokku(source('web: node server.js --tag #1\n')))).toEqual(['web=node server.js --tag']);
  });
});

describe('readHoncho', () => {
  it('breaks lines at a lone CR like str.splitlines, and reports them on the file line they sit on', () => {
    const reading = readHoncho(source('web: a\rworker: b\n'));
    expect(reading.processes.map((process) => [process.type, process.line])).toEqual([
      ['web', 1],
      ['worker', 1],
    ]);
  });

  it('stops at a repeated name', () => {
    expect(readHoncho(source('web: a\nweb: b\n')).failure).toEqual({
      message: 'process names must be unique within a Procfile',
      line: 2,
    });
  });
});

describe('storyOf', () => {
  it('tells what the platform does first, then who agrees and who differs', () => {
    const readings = readAll(source('web: a\n  worker: b\n'));
    expect(outcomeOf(readings.gcp, 2).kind).toBe('skips');
    expect(storyOf(readings, 2, 'gcp')).toBe(
      'Code Capsules skips it, as do Heroku, foreman and honcho; Heroku (Fir) accepts it with a warning and Dokku reads it',
    );
    expect(storyOf(readings, 2, 'heroku')).toBe(
      'Heroku (Fir) accepts it with a warning; Code Capsules, Heroku, foreman and honcho skip it and Dokku reads it',
    );
  });

  it('says when a parser takes the line as the command of an earlier one', () => {
    const readings = readAll(source('web:\n  gunicorn app:app\n'));
    expect(storyOf(readings, 2, 'gcp')).toBe('Code Capsules takes it as the command of line 1; Heroku, foreman and honcho skip it');
  });
});
