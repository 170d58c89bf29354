/** The languages procfile-lint knows, and the root files that give each away (domain.md, section 3). */

import type { Language } from '../platforms/ids.js';

export type { Language };

/** Files that declare a Python app's dependencies, in the order the buildpacks look at them. */
export const PYTHON_MANIFESTS = [
  'requirements.txt',
  'Pipfile',
  'Pipfile.lock',
  'pyproject.toml',
  'poetry.lock',
  'uv.lock',
  'pdm.lock',
  'setup.py',
  'setup.cfg',
];

export interface LanguageInfo {
  id: Language;
  name: string;
  /** File names at the app root that mark the language. */
  markers: readonly string[];
  /** Extensions of files at the root that also count, more weakly (`*.py`). */
  extensions: readonly string[];
}

export const LANGUAGES: readonly LanguageInfo[] = [
  {
    id: 'python',
    name: 'Python',
    markers: [...PYTHON_MANIFESTS, 'runtime.txt', '.python-version', 'manage.py', 'app.py', 'main.py', 'wsgi.py', 'asgi.py'],
    extensions: ['.py'],
  },
  { id: 'node', name: 'Node.js', markers: ['package.json'], extensions: [] },
  {
    id: 'java',
    name: 'Java',
    markers: [
      'pom.xml',
      'pom.atom',
      'pom.clj',
      'pom.groovy',
      'pom.rb',
      'pom.scala',
      'pom.yaml',
      'pom.yml',
      'build.gradle',
      'build.gradle.kts',
      'settings.gradle',
      'settings.gradle.kts',
      'gradlew',
      '.mvn',
    ],
    extensions: ['.java', '.jar'],
  },
  { id: 'go', name: 'Go', markers: ['go.mod', 'Gopkg.lock', 'Godeps'], extensions: ['.go'] },
  { id: 'ruby', name: 'Ruby', markers: ['Gemfile', 'gems.rb', 'Gemfile.lock', 'config.ru'], extensions: ['.rb'] },
  { id: 'php', name: 'PHP', markers: ['composer.json', 'composer.lock', 'index.php'], extensions: ['.php'] },
  { id: 'dotnet', name: '.NET', markers: ['global.json'], extensions: ['.sln', '.csproj', '.fsproj', '.vbproj'] },
  { id: 'scala', name: 'Scala', markers: ['build.sbt'], extensions: ['.sbt'] },
  { id: 'clojure', name: 'Clojure', markers: ['project.clj', 'deps.edn'], extensions: [] },
  { id: 'dart', name: 'Dart', markers: ['pubspec.yaml'], extensions: [] },
];

export function languageInfo(id: Language): LanguageInfo {
  return LANGUAGES.find((language) => language.id === id) as LanguageInfo;
}

/** Display name of a language id, or the id itself when it is not one. */
export function languageName(id: string): string {
  return LANGUAGES.find((language) => language.id === id)?.name ?? id;
}

export function isLanguage(value: string): value is Language {
  return LANGUAGES.some((language) => language.id === value);
}
