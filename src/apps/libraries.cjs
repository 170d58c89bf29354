// Libraries that only some runs need, each loaded on its first use: the parsers of app files that most apps lack
// (Python modules, TOML, YAML), JSON with offsets, and semver for version pins. Evaluating them was a fifth of the
// CLI's start-up (@lezer/python decodes its grammar tables, semver compiles its regular expressions), which every
// run paid, and so did every process the tests start. This file is CommonJS so that loading stays synchronous for the
// callers: a require() inside a function runs when the function is first called, under Node and in the bundle (ncc
// keeps each package as a module evaluated on demand), whereas an ES import is evaluated when the program starts.
'use strict';

/** @lezer/python (its CommonJS build: the same grammar as the ES one). */
exports.python = () => require('@lezer/python');

/** smol-toml (its CommonJS build). */
exports.toml = () => require('smol-toml');

exports.yaml = () => require('yaml');

exports.jsonc = () => require('jsonc-parser');

exports.semver = () => require('semver');
