/**
 * The names platform profiles are written in: the languages a platform builds apps as, and the Procfile parsers
 * it may use. They live here, below the engine, so that platforms stay data the engine reads (src/engine/languages.ts
 * and src/engine/readers describe each of them).
 */

export type Language = 'python' | 'node' | 'java' | 'go' | 'ruby' | 'php' | 'dotnet' | 'scala' | 'clojure' | 'dart';

export type ParserId = 'gcp' | 'heroku' | 'heroku-classic' | 'dokku' | 'foreman' | 'honcho';
