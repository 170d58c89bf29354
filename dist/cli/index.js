import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8084:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8230);

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8230:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __nccwpck_require__(3171);
;// CONCATENATED MODULE: ./src/engine/fail-on.ts
/** The `fail-on` policy shared by the action and the CLI: which findings make the run fail. */

const FAIL_ON_VALUES = [...types/* SEVERITIES */.o, 'never'];
function parseFailOn(value, source) {
    const normalized = value.trim().toLowerCase();
    if (FAIL_ON_VALUES.includes(normalized))
        return normalized;
    throw new types/* UsageError */.e(`${source} must be one of ${FAIL_ON_VALUES.join(', ')}; got '${value}'.`);
}
/** The findings at or above the `fail-on` severity. */
function failingCount(result, failOn) {
    if (failOn === 'never')
        return 0;
    const threshold = types/* SEVERITIES */.o.indexOf(failOn);
    return types/* SEVERITIES */.o.slice(0, threshold + 1).reduce((sum, severity) => sum + result.counts[severity], 0);
}

// EXTERNAL MODULE: ./src/engine/config.ts
var engine_config = __nccwpck_require__(5710);
;// CONCATENATED MODULE: ./src/engine/languages.ts
/** The languages procfile-lint knows, and the root files that give each away (domain.md, section 3). */
const LANGUAGES = [
    {
        id: 'python',
        name: 'Python',
        markers: [
            'requirements.txt', 'Pipfile', 'Pipfile.lock', 'pyproject.toml', 'poetry.lock', 'uv.lock', 'pdm.lock', 'setup.py',
            'setup.cfg', 'runtime.txt', '.python-version', 'manage.py', 'app.py', 'main.py', 'wsgi.py', 'asgi.py',
        ],
        extensions: ['.py'],
    },
    { id: 'node', name: 'Node.js', markers: ['package.json'], extensions: [] },
    {
        id: 'java',
        name: 'Java',
        markers: [
            'pom.xml', 'pom.atom', 'pom.clj', 'pom.groovy', 'pom.rb', 'pom.scala', 'pom.yaml', 'pom.yml', 'build.gradle',
            'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts', 'gradlew', '.mvn',
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
function languageInfo(id) {
    return LANGUAGES.find((language) => language.id === id);
}
/** Display name of a language id, or the id itself when it is not one. */
function languageName(id) {
    return LANGUAGES.find((language) => language.id === id)?.name ?? id;
}
function isLanguage(value) {
    return LANGUAGES.some((language) => language.id === value);
}

;// CONCATENATED MODULE: ./src/platforms/codecapsules.ts
/** The snapshot of Google's buildpacks these facts were read from. */
const GCP_SOURCE = 'GoogleCloudPlatform/buildpacks@21f28de8';
const ORDER = `${GCP_SOURCE} builders/gcp/base/builder.toml`;
/** `HasAtLeastOneOutsideDependencyDirectories`: a `filepath.Walk` of the whole tree that skips only `node_modules`. */
const ANYWHERE = 'pkg/gcpbuildpack/filepath.go';
/**
 * Google's builder order (builders/gcp/base/builder.toml, `[[order]]`), with each group's detection: the first group
 * whose buildpacks all opt in builds the app.
 */
const GCP_GROUPS = [
    {
        id: 'google.dotnet',
        language: 'dotnet',
        // pkg/dotnet/dotnet.go ProjectFiles: `(?i)\.(cs|fs|vb)proj$` anywhere (a WalkDir of the whole tree).
        markers: [{ anywhere: '.csproj', caseInsensitive: true }, { anywhere: '.fsproj', caseInsensitive: true }, { anywhere: '.vbproj', caseInsensitive: true }],
        source: `${ORDER}; cmd/dotnet/sdk/lib/lib.go`,
    },
    {
        id: 'google.dotnet.runtime + google.config.entrypoint',
        language: 'dotnet',
        markers: [{ rootSuffix: 'runtimeconfig.json' }],
        needsProcfile: true,
        source: `${ORDER}; cmd/dotnet/runtime/lib/lib.go`,
    },
    { id: 'google.dart', language: 'dart', markers: [{ file: 'pubspec.yaml' }], source: `${ORDER}; cmd/dart/sdk` },
    { id: 'google.go', language: 'go', markers: [{ anywhere: '.go' }], source: `${ORDER}; cmd/go/runtime/lib/lib.go, ${ANYWHERE}` },
    {
        id: 'google.java',
        language: 'java',
        markers: [
            { file: 'pom.xml' }, { file: '.mvn/extensions.xml' }, { file: 'build.gradle' }, { file: 'build.gradle.kts' },
            { file: 'settings.gradle.kts' }, { file: 'settings.gradle' }, { file: 'META-INF/MANIFEST.MF' },
            { rootSuffix: '.java' }, { rootSuffix: '.jar' },
        ],
        source: `${ORDER}; cmd/java/runtime/lib/lib.go`,
    },
    {
        id: 'google.python.runtime + google.config.entrypoint',
        language: 'python',
        markers: [{ anywhere: '.py' }],
        needsProcfile: true,
        source: `${ORDER}; cmd/python/runtime/lib/lib.go, ${ANYWHERE}`,
    },
    {
        id: 'google.ruby.runtime + google.config.entrypoint',
        language: 'ruby',
        markers: [{ file: 'Gemfile' }, { file: 'gems.rb' }, { anywhere: '.rb' }],
        needsProcfile: true,
        source: `${ORDER}; cmd/ruby/runtime/lib/lib.go, ${ANYWHERE}`,
    },
    {
        id: 'google.php',
        language: 'php',
        markers: [{ file: 'composer.json' }, { anywhere: '.php' }],
        source: `${ORDER}; cmd/php/runtime/lib/lib.go, ${ANYWHERE}`,
    },
    {
        id: 'google.nodejs',
        language: 'node',
        // A root *.ts counts too when the requested Node.js is 24 or later: not followed here.
        markers: [{ file: 'package.json' }, { rootSuffix: '.js' }],
        source: `${ORDER}; cmd/nodejs/runtime/lib/lib.go`,
    },
    {
        id: 'google.python.runtime + google.python.missing-entrypoint',
        language: 'python',
        markers: [{ anywhere: '.py' }],
        source: `${ORDER}; cmd/python/missing_entrypoint/lib/lib.go`,
    },
    {
        id: 'google.ruby.missing-entrypoint',
        language: 'ruby',
        markers: [{ anywhere: '.rb' }],
        fails: 'for Ruby, an entrypoint must be manually set, either with "GOOGLE_ENTRYPOINT" env var or by creating a "Procfile" file',
        source: `${ORDER}; cmd/ruby/missing_entrypoint/lib/lib.go`,
    },
];
/**
 * Code Capsules backend capsules, modelled as Google Cloud buildpacks (domain.md section 1: the only source naming
 * the builder is codecapsules-io/codecapsules-docs docs/deployment/index.md, 2022, so the builder is unverified).
 */
const codecapsules = {
    id: 'codecapsules',
    name: 'Code Capsules',
    parser: 'gcp',
    builder: {
        name: 'Google Cloud buildpacks',
        unverified: 'Code Capsules names Google Cloud buildpacks only in its 2022 docs (codecapsules-io/codecapsules-docs docs/deployment/index.md)',
        source: ORDER,
    },
    // pkg/entrypoint/procfile.go
    missingWebError: 'web process not found in Procfile',
    processTypeName: {
        isValid: (name) => /^[A-Za-z0-9_]+$/.test(name),
        rule: 'use only ASCII letters, digits and `_` (the buildpack matches `\\w+`)',
        key: (name) => name,
        suggest: (name) => name.replace(/[^A-Za-z0-9_]/g, '_'),
    },
    groups: GCP_GROUPS,
    // filepath.go skips `node_modules`. `.git` is skipped too: it holds no file named like a source file.
    walkSkips: ['node_modules', '.git'],
    defaults: 'gcp',
    execution: { kind: 'bash-c', label: 'bash -c', source: `${GCP_SOURCE} cmd/config/entrypoint/lib/lib_test.go` },
    runtime: {
        goBinary: { name: () => 'main', onPath: true, source: `${GCP_SOURCE} pkg/golang/golang.go (OutBin = "main")` },
        absentPrograms: [
            {
                name: /^(?:vendor\/bin\/)?heroku-php-(?:apache2|nginx)$/,
                why: 'the PHP buildpack serves the app with nginx and php-fpm itself; heroku-php-* come only with Heroku\'s PHP buildpack',
                fix: 'The buildpack adds its nginx and php-fpm `web` process only when there is no Procfile: delete the Procfile if this is its only line, or start another server',
                source: `${GCP_SOURCE} cmd/php/webconfig/lib/lib.go`,
            },
            {
                name: /^bin\/start-(?:pgbouncer|pgbouncer-stunnel|nginx|nginx-debug|nginx-solo|stunnel)$/,
                why: 'it is installed by a Heroku buildpack (pgbouncer, nginx), which Google\'s buildpacks do not run',
                fix: 'Start the app without it',
                source: `${ORDER}`,
            },
        ],
        onlyWinnerRuntime: {
            // stacks/google_22/run-packages.txt has no language runtime; each group installs its own (the Ruby group may add Node).
            source: `${ORDER}; stacks/google_22/run-packages.txt`,
            alsoInstalled: { ruby: ['node'] },
        },
    },
    port: {
        variable: 'PORT',
        random: false,
        defaultValue: 3000,
        setting: 'the Network Port setting of the capsule',
        source: 'codecapsules-io/docusaurus-docs docs/products/backend-capsule/configure.md',
    },
    processTypes: {
        release: 'unverified',
        others: 'unverified',
        source: 'codecapsules-io/docusaurus-docs docs/products/database-capsule/migrations.md (no release phase documented)',
    },
    languagesNeedingProcfile: ['python', 'ruby'],
    startCommandElsewhere: "a Run Command in the capsule's settings",
    // A Docker Capsule is a capsule type of its own (docusaurus-docs docs/backend/docker): a Dockerfile never changes
    // what a backend capsule does with its Procfile.
    dockerfileReplacesProcfile: false,
    dockerfileAlternative: 'a Docker Capsule',
    // Without a Procfile, an app with a Dockerfile is most likely deployed as a Docker Capsule.
    dockerfileStartsApp: true,
    extraLanguage: null,
};

;// CONCATENATED MODULE: ./src/platforms/heroku.ts
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
/** `name` lower-cased, with `-` for anything else, trimmed of `-` at the ends and cut to 63 characters. */
function dnsLabel(name) {
    const label = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 63).replace(/^-+|-+$/g, '');
    return label === '' ? 'web' : label;
}
const bp = (name, commit) => `heroku/heroku-buildpack-${name}@${commit} bin/detect`;
/**
 * The classic buildpacks in Heroku's default detection order (domain.md section 3, devcenter "Buildpacks": Ruby,
 * Node.js, Clojure, Python, Java, Gradle, Scala, PHP, Go), each with the root files its `bin/detect` looks for.
 * Herokuish (Dokku) runs the same buildpacks in the same order.
 */
const HEROKU_CLASSIC_GROUPS = [
    { id: 'heroku/ruby', language: 'ruby', markers: [{ file: 'Gemfile' }], source: bp('ruby', '0c80c93d') },
    { id: 'heroku/nodejs', language: 'node', markers: [{ file: 'package.json' }], source: bp('nodejs', '4f394e95') },
    { id: 'heroku/clojure', language: 'clojure', markers: [{ file: 'project.clj' }], source: 'heroku/heroku-buildpack-clojure bin/detect' },
    {
        id: 'heroku/python',
        language: 'python',
        // KNOWN_PYTHON_PROJECT_FILES, misspellings of requirements.txt included.
        markers: [
            '.python-version', '__init__.py', 'app.py', 'main.py', 'manage.py', 'pdm.lock', 'Pipfile', 'Pipfile.lock', 'poetry.lock',
            'pyproject.toml', 'requirements.txt', 'runtime.txt', 'server.py', 'setup.cfg', 'setup.py', 'uv.lock', 'requeriments.txt',
            'requirement.txt', 'requirements', 'requirements.text', 'Requirements.txt', 'requirements.txt.txt', 'requirments.txt',
            '__pycache__', '.venv', 'venv',
        ].map((file) => ({ file })),
        source: bp('python', 'b4e7e721'),
    },
    {
        id: 'heroku/java',
        language: 'java',
        markers: ['pom.xml', 'pom.atom', 'pom.clj', 'pom.groovy', 'pom.rb', 'pom.scala', 'pom.yaml', 'pom.yml'].map((file) => ({ file })),
        source: 'heroku/heroku-buildpack-java bin/detect',
    },
    {
        id: 'heroku/gradle',
        language: 'java',
        markers: ['build.gradle', 'build.gradle.kts', 'gradlew', 'settings.gradle', 'settings.gradle.kts'].map((file) => ({ file })),
        source: 'heroku/heroku-buildpack-gradle bin/detect',
    },
    {
        id: 'heroku/scala',
        language: 'scala',
        markers: [{ rootSuffix: '.sbt' }, { file: 'project/build.properties' }],
        source: 'heroku/heroku-buildpack-scala bin/detect',
    },
    { id: 'heroku/php', language: 'php', markers: [{ file: 'composer.json' }, { file: 'index.php' }], source: bp('php', 'ff95c90e') },
    {
        id: 'heroku/go',
        language: 'go',
        markers: ['go.mod', 'Gopkg.lock', 'Godeps/Godeps.json', 'vendor/vendor.json', 'glide.yaml'].map((file) => ({ file })),
        source: bp('go', '1bc788f'),
    },
];
/** Heroku's router sends traffic to `$PORT`, which it picks per dyno (devcenter "Runtime": R10 boot timeout otherwise). */
const HEROKU_PORT = {
    variable: 'PORT',
    random: true,
    defaultValue: null,
    setting: null,
    source: 'devcenter.heroku.com/articles/dynos#local-environment-variables',
};
const HEROKU_PROCESS_TYPES = {
    release: true,
    others: true,
    source: 'devcenter.heroku.com/articles/release-phase',
};
/** What the classic buildpacks put in the slug: the Go binary under `bin/`, named after its package. */
const HEROKU_CLASSIC_RUNTIME = {
    goBinary: {
        // bin/compile setupProcfile: `web: bin/<basename of the main package>`; `bin/` is on PATH in a dyno.
        name: (module) => (module ? module.slice(module.lastIndexOf('/') + 1) : 'the main package\'s name'),
        onPath: true,
        source: 'heroku/heroku-buildpack-go@1bc788f bin/compile (setupProcfile)',
    },
    absentPrograms: [],
    onlyWinnerRuntime: null,
};
/**
 * Heroku's classic (Cedar) generation, what most Heroku apps run on. Its Procfile parser is private; Heroku
 * documents `^([A-Za-z0-9_-]+):\s*(.+)$` per line (devcenter "The Procfile"), which is what the `heroku-classic`
 * reader applies.
 */
const heroku = {
    id: 'heroku',
    name: 'Heroku',
    parser: 'heroku-classic',
    builder: { name: "Heroku's classic buildpacks", unverified: null, source: 'devcenter.heroku.com/articles/buildpacks#buildpack-detection' },
    missingWebError: null,
    processTypeName: {
        isValid: (name) => /^[A-Za-z0-9_-]+$/.test(name),
        rule: 'use only ASCII letters, digits, `_` and `-` (Heroku documents `^([A-Za-z0-9_-]+):`)',
        key: (name) => name,
        suggest: dnsLabel,
    },
    groups: HEROKU_CLASSIC_GROUPS,
    walkSkips: [],
    defaults: 'heroku-classic',
    // devcenter "The Procfile": each command runs in a dyno through bash.
    execution: { kind: 'bash-c', label: 'bash -c', source: 'devcenter.heroku.com/articles/procfile' },
    runtime: HEROKU_CLASSIC_RUNTIME,
    port: HEROKU_PORT,
    processTypes: HEROKU_PROCESS_TYPES,
    languagesNeedingProcfile: ['python'],
    startCommandElsewhere: null,
    dockerfileReplacesProcfile: false,
    dockerfileAlternative: null,
    dockerfileStartsApp: false,
    extraLanguage: 'add its buildpack too (`heroku buildpacks:add`)',
};


;// CONCATENATED MODULE: ./src/platforms/dokku.ts

const HEROKUISH = 'gliderlabs/herokuish@fbc485e2';
/**
 * Dokku: Heroku's classic buildpacks through herokuish for the build and the start, dokku/procfile-util for the
 * Procfile. Dokku runs `procfile-util` without `--strict` (dokku/dokku plugins/ps; procfile-util commands/flags.go),
 * so names are `[A-Za-z0-9_-]+`. herokuish starts a process with `exec $(eval echo "$cmd")`
 * (include/procfile.bash procfile-exec), not `bash -c`.
 */
const dokku = {
    ...heroku,
    id: 'dokku',
    name: 'Dokku',
    parser: 'dokku',
    builder: { name: 'herokuish (Heroku\'s classic buildpacks)', unverified: null, source: `${HEROKUISH} include/buildpack.bash` },
    groups: HEROKU_CLASSIC_GROUPS,
    processTypeName: {
        isValid: (name) => /^[A-Za-z0-9_-]+$/.test(name) && name.length <= 63,
        rule: 'use only ASCII letters, digits, `_` and `-`, at most 63 characters (procfile-util without --strict)',
        key: (name) => name,
        suggest: dnsLabel,
    },
    execution: { kind: 'herokuish-exec', label: 'herokuish\'s `exec $(eval echo "$cmd")`', source: `${HEROKUISH} include/procfile.bash (procfile-exec)` },
    port: {
        variable: 'PORT',
        random: false,
        defaultValue: 5000,
        setting: 'the `PORT` config (`dokku config:set`) or the port mapping (`dokku ports`)',
        source: 'dokku/dokku docs/networking/port-management.md',
    },
    processTypes: { ...HEROKU_PROCESS_TYPES, source: 'dokku/dokku docs/advanced-usage/deployment-tasks.md' },
    dockerfileStartsApp: true,
    extraLanguage: 'list both buildpacks in a `.buildpacks` file',
};

;// CONCATENATED MODULE: ./src/platforms/heroku-fir.ts

const BUILDER = 'heroku/cnb-builder-images@20f45249 builder-24/builder.toml';
/**
 * The Cloud Native Buildpacks builder's order (heroku/cnb-builder-images builder-22/24/26 builder.toml): Python,
 * Ruby, Java, Scala, Go, PHP, .NET, then Node.js last. heroku/python detects a fixed list of root files, not any `*.py`.
 */
const HEROKU_FIR_GROUPS = [
    {
        id: 'heroku/python',
        language: 'python',
        markers: [
            '.python-version', '__init__.py', 'app.py', 'main.py', 'manage.py', 'pdm.lock', 'Pipfile', 'Pipfile.lock', 'poetry.lock',
            'pyproject.toml', 'requirements.txt', 'runtime.txt', 'server.py', 'setup.cfg', 'setup.py', 'uv.lock',
        ].map((file) => ({ file })),
        source: `${BUILDER}; heroku/buildpacks-python src/detect.rs`,
    },
    { id: 'heroku/ruby', language: 'ruby', markers: [{ file: 'Gemfile' }], source: `${BUILDER}; heroku/buildpacks-ruby` },
    {
        id: 'heroku/java',
        language: 'java',
        markers: ['pom.xml', '.mvn', 'build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts'].map((file) => ({ file })),
        source: `${BUILDER}; heroku/buildpacks-jvm`,
    },
    { id: 'heroku/scala', language: 'scala', markers: [{ file: 'build.sbt' }, { file: 'project/build.properties' }], source: `${BUILDER}; heroku/buildpacks-jvm` },
    { id: 'heroku/go', language: 'go', markers: [{ file: 'go.mod' }], source: `${BUILDER}; heroku/buildpacks-go` },
    { id: 'heroku/php', language: 'php', markers: [{ file: 'composer.json' }], source: `${BUILDER}; heroku/buildpacks-php` },
    {
        id: 'heroku/dotnet',
        language: 'dotnet',
        markers: [{ rootSuffix: '.sln' }, { rootSuffix: '.csproj' }, { rootSuffix: '.fsproj' }, { rootSuffix: '.vbproj' }],
        source: `${BUILDER}; heroku/buildpacks-dotnet`,
    },
    { id: 'heroku/nodejs', language: 'node', markers: [{ file: 'package.json' }], source: `${BUILDER}; heroku/buildpacks-nodejs` },
];
/**
 * Heroku's Fir generation: Cloud Native Buildpacks, with the Procfile read by heroku/buildpacks-procfile (SPEC.md,
 * src/procfile.rs: lower-case DNS-label names, `Web` and `my_worker` corrected with a warning) and run with `bash -c`
 * (src/launch.rs).
 */
const herokuFir = {
    id: 'heroku-fir',
    name: 'Heroku (Fir)',
    parser: 'heroku',
    builder: { name: "Heroku's Cloud Native Buildpacks", unverified: null, source: BUILDER },
    missingWebError: null,
    processTypeName: {
        isValid: (name) => DNS_LABEL.test(name) && name.length <= 63,
        rule: 'be lower-case letters, digits and inner `-`, at most 63 characters',
        key: (name) => name.replace(/_/g, '-').toLowerCase(),
        suggest: dnsLabel,
    },
    groups: HEROKU_FIR_GROUPS,
    walkSkips: [],
    // The CNB buildpacks' defaults are not modelled.
    defaults: null,
    execution: { kind: 'bash-c', label: 'bash -c', source: 'heroku/buildpacks-procfile src/launch.rs' },
    runtime: {
        goBinary: { name: (module) => (module ? module.slice(module.lastIndexOf('/') + 1) : "the main package's name"), onPath: true, source: 'heroku/buildpacks-go' },
        absentPrograms: [],
        onlyWinnerRuntime: null,
    },
    port: HEROKU_PORT,
    processTypes: HEROKU_PROCESS_TYPES,
    languagesNeedingProcfile: ['python'],
    startCommandElsewhere: null,
    dockerfileReplacesProcfile: false,
    dockerfileAlternative: null,
    dockerfileStartsApp: false,
    extraLanguage: 'add its buildpack too (`heroku buildpacks:add`)',
};

;// CONCATENATED MODULE: ./src/platforms/index.ts




const platforms_PLATFORMS = [codecapsules, heroku, herokuFir, dokku];
const DEFAULT_PLATFORM = codecapsules.id;
function findPlatform(id) {
    return platforms_PLATFORMS.find((platform) => platform.id === id);
}
/** The platform ids in a comma-separated `value`, in its order, without repeats (the default when empty), and the first unknown one. */
function platformList(value) {
    const ids = [...new Set((value ?? '').split(',').map((id) => id.trim()).filter(Boolean))];
    return { ids: ids.length > 0 ? ids : [DEFAULT_PLATFORM], unknown: ids.find((id) => !findPlatform(id)) ?? null };
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/engine/source.ts
/** Bytes to text: decoding, line splitting and offset-to-position mapping. Never throws. */
function decodeSource(bytes) {
    const { text, encoding, bom, invalidOffsets } = decode(bytes);
    return { text, encoding, bom, byteLength: bytes.length, lines: splitLines(text), invalidOffsets };
}
function decode(bytes) {
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
        return { ...decodeUtf8(bytes.subarray(3)), encoding: 'utf-8', bom: true };
    }
    if (startsWith(bytes, [0xff, 0xfe])) {
        return { text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf-16le', bom: true, invalidOffsets: [] };
    }
    if (startsWith(bytes, [0xfe, 0xff])) {
        return { text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf-16be', bom: true, invalidOffsets: [] };
    }
    const utf16 = guessUtf16(bytes);
    if (utf16)
        return { text: decodeUtf16(bytes, utf16 === 'utf-16le'), encoding: utf16, bom: false, invalidOffsets: [] };
    return { ...decodeUtf8(bytes), encoding: 'utf-8', bom: false };
}
/**
 * UTF-16 without a byte order mark, as some Windows tools write it: text of ASCII characters has a NUL in every
 * other byte. Only the start of the file is sampled.
 */
function guessUtf16(bytes) {
    const pairs = Math.min(Math.floor(bytes.length / 2), 2048);
    if (pairs < 2)
        return null;
    let nulFirst = 0;
    let nulSecond = 0;
    for (let i = 0; i < pairs; i++) {
        const first = bytes[2 * i];
        const second = bytes[2 * i + 1];
        if (first === 0 && second !== 0)
            nulFirst++;
        if (second === 0 && first !== 0)
            nulSecond++;
    }
    if (nulSecond >= pairs * 0.9)
        return 'utf-16le';
    if (nulFirst >= pairs * 0.9)
        return 'utf-16be';
    return null;
}
function startsWith(bytes, prefix) {
    return prefix.every((byte, i) => bytes[i] === byte);
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const REPLACEMENT = '\uFFFD';
function decodeUtf8(bytes) {
    try {
        return { text: strictUtf8.decode(bytes), invalidOffsets: [] };
    }
    catch {
        // Invalid bytes become U+FFFD. A U+FFFD that was already in the file is reported too: it is just as unreadable.
        const text = lenientUtf8.decode(bytes);
        const invalidOffsets = [];
        for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1))
            invalidOffsets.push(i);
        return { text, invalidOffsets };
    }
}
function decodeUtf16(bytes, littleEndian) {
    const units = Math.floor(bytes.length / 2);
    const parts = [];
    const chunk = 8192;
    for (let first = 0; first < units; first += chunk) {
        const codes = [];
        for (let i = first; i < Math.min(units, first + chunk); i++) {
            const a = bytes[2 * i] ?? 0;
            const b = bytes[2 * i + 1] ?? 0;
            codes.push(littleEndian ? a | (b << 8) : (a << 8) | b);
        }
        parts.push(String.fromCharCode(...codes));
    }
    if (bytes.length % 2 === 1)
        parts.push(REPLACEMENT);
    return parts.join('');
}
function splitLines(text) {
    const lines = [];
    let start = 0;
    while (start < text.length) {
        const newline = text.indexOf('\n', start);
        const end = newline === -1 ? text.length : newline;
        const crlf = newline !== -1 && end > start && text.charCodeAt(end - 1) === 13;
        lines.push({
            number: lines.length + 1,
            start,
            text: text.slice(start, crlf ? end - 1 : end),
            ending: newline === -1 ? '' : crlf ? '\r\n' : '\n',
        });
        start = end + 1;
    }
    return lines;
}
/** 1-based column of the UTF-16 index `index` within `lineText`, counting code points. */
function columnAt(lineText, index) {
    let column = 1;
    for (let i = 0; i < index && i < lineText.length; i++) {
        const code = lineText.charCodeAt(i);
        const isLeadSurrogate = code >= 0xd800 && code <= 0xdbff;
        const next = lineText.charCodeAt(i + 1);
        if (isLeadSurrogate && i + 1 < index && next >= 0xdc00 && next <= 0xdfff)
            i++;
        column++;
    }
    return column + Math.max(0, index - lineText.length);
}
/** The line containing text offset `offset` (the last line if the offset is past the end). */
function lineAtOffset(lines, offset) {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lines[mid].start <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return lines[low];
}

;// CONCATENATED MODULE: ./src/engine/workspace.ts
/**
 * File access confined to the workspace: every path is resolved through symlinks and refused when it lands
 * outside, nothing but regular files is opened (a FIFO would block), and nothing over the size limit is read.
 */



/** Larger Procfiles are refused, not read: real ones are a few hundred bytes. */
const MAX_PROCFILE_BYTES = 1024 * 1024;
function resolveAppRoot(workspace, appPath) {
    const workspaceReal = realDirectory(workspace, `The workspace ${workspace}`);
    const requested = external_node_path_namespaceObject.resolve(workspaceReal, appPath);
    const absolute = realDirectory(requested, `The path '${appPath}'`);
    if (!isInside(workspaceReal, absolute)) {
        throw new types/* UsageError */.e(`The path '${appPath}' is outside the workspace (${workspaceReal}); give a directory inside it.`);
    }
    return { workspace: workspaceReal, absolute, relative: toPosix(external_node_path_namespaceObject.relative(workspaceReal, absolute)) };
}
function realDirectory(target, what) {
    let real;
    try {
        real = external_node_fs_namespaceObject.realpathSync(target);
    }
    catch {
        throw new types/* UsageError */.e(`${what} does not exist.`);
    }
    if (!external_node_fs_namespaceObject.statSync(real).isDirectory())
        throw new types/* UsageError */.e(`${what} is not a directory.`);
    return real;
}
function isInside(parent, child) {
    return child === parent || child.startsWith(parent.endsWith(external_node_path_namespaceObject.sep) ? parent : parent + external_node_path_namespaceObject.sep);
}
function toPosix(relative) {
    return relative.split(external_node_path_namespaceObject.sep).join('/');
}
function joinRelative(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
/** Reads a regular file inside `workspace`, or says why it will not. */
function readFileInside(workspace, file, maxBytes = MAX_PROCFILE_BYTES) {
    let real;
    try {
        real = external_node_fs_namespaceObject.realpathSync(file);
    }
    catch (error) {
        return { ok: false, problem: isLink(file) && errorCode(error) === 'ENOENT' ? 'dangling-link' : classify(error) };
    }
    if (!isInside(workspace, real))
        return { ok: false, problem: 'link-outside' };
    if (isInGitDirectory(workspace, real))
        return { ok: false, problem: 'link-into-git' };
    let fd;
    try {
        fd = external_node_fs_namespaceObject.openSync(real, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK);
    }
    catch (error) {
        return { ok: false, problem: classify(error) };
    }
    try {
        const stat = external_node_fs_namespaceObject.fstatSync(fd);
        if (stat.isDirectory())
            return { ok: false, problem: 'directory' };
        if (!stat.isFile())
            return { ok: false, problem: 'not-regular' };
        if (stat.size > maxBytes)
            return { ok: false, problem: 'too-large' };
        const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
        let length = 0;
        while (length < buffer.length) {
            const read = external_node_fs_namespaceObject.readSync(fd, buffer, length, buffer.length - length, null);
            if (read === 0)
                break;
            length += read;
        }
        if (length > maxBytes)
            return { ok: false, problem: 'too-large' };
        return { ok: true, bytes: buffer.subarray(0, length) };
    }
    catch (error) {
        return { ok: false, problem: classify(error) };
    }
    finally {
        external_node_fs_namespaceObject.closeSync(fd);
    }
}
/**
 * `.git` holds git's own files, never a Procfile, and actions/checkout writes the job's token into `.git/config`: a
 * Procfile linked there would have its lines quoted in findings.
 */
function isInGitDirectory(workspace, real) {
    return external_node_path_namespaceObject.relative(workspace, real).split(external_node_path_namespaceObject.sep).includes('.git');
}
function isLink(file) {
    try {
        return external_node_fs_namespaceObject.lstatSync(file).isSymbolicLink();
    }
    catch {
        return false;
    }
}
function errorCode(error) {
    return error.code;
}
function classify(error) {
    switch (errorCode(error)) {
        case 'EACCES':
        case 'EPERM':
            return 'permission';
        case 'ELOOP':
            return 'link-loop';
        case 'ENOENT':
            return 'missing';
        case 'EISDIR':
            return 'directory';
        default:
            return 'io-error';
    }
}

;// CONCATENATED MODULE: ./src/engine/app-files.ts
/**
 * Read access to the app's own files for rules that check what a command refers to (`app.py`, `package.json`),
 * confined to the workspace and size-limited like the Procfile, each file read at most once.
 */




/** Manifests are small; larger files are treated as unreadable. */
const MAX_APP_FILE_BYTES = 256 * 1024;
function diskAppFiles(root, rootEntries) {
    const cache = new Map();
    const resolve = (relative) => {
        const absolute = external_node_path_namespaceObject.resolve(root.absolute, relative);
        return isInside(root.workspace, absolute) ? absolute : null;
    };
    const stat = (relative) => {
        const absolute = resolve(relative);
        if (!absolute)
            return null;
        try {
            const real = external_node_fs_namespaceObject.realpathSync(absolute);
            return isInside(root.workspace, real) ? external_node_fs_namespaceObject.statSync(real) : null;
        }
        catch {
            return null;
        }
    };
    return {
        complete: true,
        rootEntries,
        exists: (relative) => stat(relative) !== null,
        isDirectory: (relative) => stat(relative)?.isDirectory() === true,
        readText(relative) {
            if (!cache.has(relative)) {
                const absolute = resolve(relative);
                const read = absolute ? readFileInside(root.workspace, absolute, MAX_APP_FILE_BYTES) : null;
                // Decoded as the Procfile is: pip reads a UTF-16 requirements.txt (PowerShell's `pip freeze >`) without trouble.
                cache.set(relative, read?.ok ? decodeSource(read.bytes).text : null);
            }
            return cache.get(relative) ?? null;
        },
    };
}
/**
 * An app made of the given files (path -> content; a path ending in `/` is a directory). Without `files`, the app
 * is unknown (`complete: false`), as when only a Procfile's content is linted.
 */
function app_files_memoryAppFiles(given) {
    const files = given ?? {};
    const paths = Object.keys(files).map((file) => file.replace(/\/$/, ''));
    const directories = new Set(paths.flatMap((file) => file.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
    for (const file of Object.keys(files))
        if (file.endsWith('/'))
            directories.add(file.slice(0, -1));
    const normalize = (relative) => path.posix.normalize(relative).replace(/^\.(?:\/|$)/, '').replace(/\/$/, '');
    return {
        complete: given !== undefined,
        rootEntries: [...new Set(paths.map((file) => file.split('/')[0]))].sort(),
        exists: (relative) => paths.includes(normalize(relative)) || directories.has(normalize(relative)),
        isDirectory: (relative) => directories.has(normalize(relative)),
        readText: (relative) => (normalize(relative) in files && !directories.has(normalize(relative)) ? files[normalize(relative)] : null),
    };
}

;// CONCATENATED MODULE: ./src/platforms/detection.ts
/** More evidence than this is not listed. */
const MAX_EVIDENCE = 5;
function evidenceFor(marker, facts) {
    if ('file' in marker) {
        const present = marker.file.includes('/') ? facts.exists?.(marker.file) === true : facts.rootEntries.includes(marker.file);
        return present ? [marker.file] : [];
    }
    if ('rootSuffix' in marker)
        return facts.rootEntries.filter((name) => name.endsWith(marker.rootSuffix));
    const key = marker.caseInsensitive ? marker.anywhere.toLowerCase() : marker.anywhere;
    const rootHits = facts.rootEntries.filter((name) => (marker.caseInsensitive ? name.toLowerCase() : name).endsWith(key));
    const deep = facts.anywhere.get(key);
    return rootHits.length > 0 ? rootHits : deep ? [deep] : [];
}
function detectBuild(groups, facts, hasProcfile) {
    const matches = groups.flatMap((group) => {
        const evidence = [...new Set(group.markers.flatMap((marker) => evidenceFor(marker, facts)))];
        return evidence.length > 0 ? [{ group, evidence: evidence.slice(0, MAX_EVIDENCE) }] : [];
    });
    const winner = matches.find(({ group }) => !group.needsProcfile || hasProcfile) ?? null;
    return { matches, winner };
}
/** Every suffix a list of groups looks for anywhere in the tree, with those matched regardless of case. */
function anywhereSuffixes(groups) {
    const markers = groups.flatMap((group) => group.markers).filter((marker) => 'anywhere' in marker);
    const key = (marker) => (marker.caseInsensitive ? marker.anywhere.toLowerCase() : marker.anywhere);
    return {
        suffixes: [...new Set(markers.map(key))],
        caseInsensitive: [...new Set(markers.filter((marker) => marker.caseInsensitive).map(key))],
    };
}

;// CONCATENATED MODULE: ./src/engine/detect.ts
/**
 * Which builder takes the app on a platform, from the markers the platform really uses (root files, and files at
 * any depth where it looks at any depth): every candidate with its evidence, and the one that wins.
 */

function detect(rootEntries, platform, options) {
    const facts = {
        rootEntries,
        exists: options.exists,
        anywhere: options.deepFiles ?? new Map(),
        incomplete: options.incomplete ?? false,
    };
    const build = detectBuild(platform.groups, facts, options.hasProcfile);
    const candidates = [];
    for (const { group, evidence } of build.matches) {
        if (!candidates.some((candidate) => candidate.language === group.language))
            candidates.push({ language: group.language, evidence });
    }
    const winner = options.language === undefined ? build.winner : null;
    return {
        candidates,
        language: options.language ?? build.winner?.group.language ?? null,
        overridden: options.language !== undefined,
        dockerfile: rootEntries.includes('Dockerfile'),
        group: winner?.group ?? null,
        evidence: winner?.evidence ?? [],
        incomplete: facts.incomplete,
        matches: build.matches,
    };
}

;// CONCATENATED MODULE: ./src/engine/walk.ts
/**
 * The walk of the whole app tree that platforms detecting a language "anywhere" need (Google's buildpacks:
 * pkg/gcpbuildpack/filepath.go HasAtLeastOneOutsideDependencyDirectories, a `filepath.Walk` matching every entry's
 * name). It looks for the first entry whose name ends in each wanted suffix, never follows a symlink (as
 * `filepath.Walk`, which uses Lstat), skips only what it is told to skip, stops as soon as every suffix is found, and
 * lists at most `maxEntries` entries: a bound on work, not on time, so the answer never depends on the machine.
 */


/**
 * Enough for large monorepos; the walk stops there and says so. Directories deeper than `maxDepth` are not entered
 * (a cycle is impossible without symlinks, but a pathological tree is not).
 */
const WALK_LIMITS = { maxEntries: 300_000, maxDepth: 64 };
function walkTree(root, request, limits = WALK_LIMITS) {
    const found = new Map();
    // Every suffix is an extension (`.py`): one lookup per entry instead of one comparison per suffix.
    const exact = new Set(request.suffixes.filter((suffix) => !request.caseInsensitive?.includes(suffix)));
    const folded = new Set(request.caseInsensitive ?? []);
    const wanted = exact.size + folded.size;
    let entries = 0;
    let level = [''];
    for (let depth = 0; level.length > 0 && depth <= limits.maxDepth; depth++) {
        const next = [];
        for (const dir of level) {
            const listed = list(external_node_path_namespaceObject.join(root, dir));
            if (entries + listed.length > limits.maxEntries)
                return { found, entries, limitHit: true, stoppedEarly: false };
            entries += listed.length;
            const subdirectories = [];
            for (const entry of listed) {
                const name = entry.name;
                const dot = name.lastIndexOf('.');
                if (dot !== -1) {
                    const extension = name.slice(dot);
                    const key = exact.has(extension) ? extension : folded.size > 0 && folded.has(extension.toLowerCase()) ? extension.toLowerCase() : null;
                    // The first name in sorted order within a directory, so the evidence does not depend on the file system.
                    if (key !== null && !(found.has(key) && !isEarlierHere(found.get(key), dir, name)))
                        found.set(key, join(dir, name));
                }
                if (entry.isDirectory() && !request.skip.has(name))
                    subdirectories.push(join(dir, name));
            }
            if (found.size === wanted)
                return { found, entries, limitHit: false, stoppedEarly: true };
            next.push(...subdirectories.sort());
        }
        level = next;
    }
    return { found, entries, limitHit: level.length > 0, stoppedEarly: false };
}
/** Whether `name` in `dir` sorts before `current`, when `current` was found in that same directory. */
function isEarlierHere(current, dir, name) {
    const prefix = dir === '' ? '' : `${dir}/`;
    return current.startsWith(prefix) && !current.slice(prefix.length).includes('/') && name < current.slice(prefix.length);
}
function join(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
function list(dir) {
    try {
        return external_node_fs_namespaceObject.readdirSync(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
}
/** What `walkTree` would find in a tree made of these paths (`/`-separated, relative to the app root). */
function walk_findInPaths(paths, request) {
    const found = new Map();
    if (!request)
        return found;
    const folded = new Set(request.caseInsensitive ?? []);
    const sorted = [...paths].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0));
    for (const file of sorted) {
        const segments = file.replace(/\/$/, '').split('/');
        if (segments.slice(0, -1).some((segment) => request.skip.has(segment)))
            continue;
        const name = segments.at(-1) ?? '';
        const dot = name.lastIndexOf('.');
        if (dot === -1)
            continue;
        const extension = name.slice(dot);
        const key = request.suffixes.includes(extension) && !folded.has(extension) ? extension : folded.has(extension.toLowerCase()) ? extension.toLowerCase() : null;
        if (key !== null && !found.has(key))
            found.set(key, segments.join('/'));
    }
    return found;
}

;// CONCATENATED MODULE: ./src/engine/discover.ts
/**
 * Finds the root Procfile and the files that look as if they were meant to be it. Only the root directory and a
 * bounded number of directories below it are listed, so the cost does not grow with the size of the repository.
 */






const PROCFILE = 'Procfile';
/**
 * Limits of the search below the root, so that its cost stays flat in large repositories: a misplaced Procfile sits
 * one or two folders down (`backend/Procfile`), found long before these are reached.
 */
const NESTED_SEARCH = { maxDepth: 3, maxDirectories: 200, maxEntries: 5_000 };
const EDITOR_EXTENSIONS = new Set([
    '', 'txt', 'text', 'md', 'rtf', 'doc', 'docx', 'yml', 'yaml', 'json', 'toml', 'ini', 'cfg', 'conf', 'config',
    'sh', 'bash', 'cmd', 'bat', 'ps1', 'py', 'js', 'rb', 'procfile', 'file',
]);
/** Directories of dependencies, virtualenvs and build output: not searched at all (nor by the buildpacks' detection). */
const DEPENDENCY_DIRECTORIES = new Set([
    'node_modules', 'bower_components', 'jspm_packages', 'vendor', 'venv', 'env', 'virtualenv', 'virtualenvs',
    '__pycache__', 'site-packages', 'target',
]);
/** Directories of tests and samples: searched, but a Procfile there is never the one the app deploys with. */
const SAMPLE_DIRECTORIES = new Set(['test', 'tests', '__tests__', 'spec', 'fixtures', 'testdata', 'example', 'examples', 'sample', 'samples', 'docs']);
function classifyName(name) {
    if (name === PROCFILE)
        return 'exact';
    const lower = name.toLowerCase();
    if (lower === 'procfile')
        return 'case';
    if (lower.trim() === 'procfile')
        return 'whitespace';
    if (lower.startsWith('procfile.')) {
        return EDITOR_EXTENSIONS.has(lower.slice('procfile.'.length).trim()) ? 'extension' : 'variant';
    }
    if (lower !== 'profile' && isOneEditAway(lower, 'procfile'))
        return 'typo';
    return null;
}
/** What the walk of the tree looks for, for these platforms; `null` when none of them looks below the root. */
function discover_walkRequestFor(platforms) {
    const deep = platforms.filter((platform) => anywhereSuffixes(platform.groups).suffixes.length > 0);
    if (deep.length === 0)
        return null;
    const { suffixes, caseInsensitive } = anywhereSuffixes(deep.flatMap((platform) => platform.groups));
    // A directory is skipped only when every platform that walks skips it.
    const skip = new Set(deep[0]?.walkSkips.filter((name) => deep.every((platform) => platform.walkSkips.includes(name))));
    return { suffixes, caseInsensitive, skip };
}
function discover(root, request = discover_walkRequestFor(platforms_PLATFORMS)) {
    const entries = listDirectory(root.absolute).sort((a, b) => compare(a.name, b.name));
    let procfile = null;
    const nearMisses = [];
    for (const entry of entries) {
        const kind = classifyName(entry.name);
        if (kind === 'exact')
            procfile = joinRelative(root.relative, entry.name);
        else if (kind && !entry.isDirectory())
            nearMisses.push({ path: joinRelative(root.relative, entry.name), kind });
    }
    const rootEntries = entries.map((entry) => entry.name);
    const walked = request ? walkTree(root.absolute, request) : null;
    const walk = walked ? { entries: walked.entries, limitHit: walked.limitHit, stoppedEarly: walked.stoppedEarly } : null;
    return { root, rootEntries, procfile, nearMisses, nested: searchBelow(root, entries), deepFiles: walked?.found ?? new Map(), walk };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function listDirectory(dir) {
    try {
        return external_node_fs_namespaceObject.readdirSync(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
}
/** Procfiles out of place: breadth-first, not following symlinks, skipping dependency folders, hidden folders and virtualenvs. */
function searchBelow(root, rootEntries) {
    const nested = [];
    let level = subdirectories('', rootEntries);
    let directories = NESTED_SEARCH.maxDirectories;
    let entriesLeft = NESTED_SEARCH.maxEntries;
    for (let depth = 1; depth <= NESTED_SEARCH.maxDepth && level.length > 0 && directories > 0 && entriesLeft > 0; depth++) {
        const next = [];
        for (const dir of level) {
            if (directories-- <= 0 || entriesLeft <= 0)
                break;
            const entries = listDirectory(external_node_path_namespaceObject.join(root.absolute, dir));
            entriesLeft -= entries.length;
            if (entries.some((entry) => entry.name === 'pyvenv.cfg'))
                continue;
            const sample = dir.split('/').some((segment) => SAMPLE_DIRECTORIES.has(segment));
            for (const entry of entries) {
                if (entry.isDirectory())
                    continue;
                const relative = joinRelative(dir, entry.name);
                if (!sample && isNestedCandidate(entry.name))
                    nested.push(joinRelative(root.relative, relative));
            }
            next.push(...subdirectories(dir, entries));
        }
        level = next.sort(compare);
    }
    return nested.sort(compare);
}
function subdirectories(dir, entries) {
    return entries
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !DEPENDENCY_DIRECTORIES.has(entry.name))
        .map((entry) => joinRelative(dir, entry.name));
}
function isNestedCandidate(name) {
    const kind = classifyName(name);
    return kind === 'exact' || kind === 'case' || kind === 'extension';
}
/** Damerau-Levenshtein distance of exactly one: one insertion, deletion, substitution or swap of neighbours. */
function isOneEditAway(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1)
        return false;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    if (a.length === b.length) {
        if (a.slice(i + 1) === b.slice(i + 1))
            return true;
        return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

;// CONCATENATED MODULE: ./src/engine/parse.ts
/**
 * The neutral reading of a Procfile: every line classified, with exact positions. It is deliberately more liberal
 * than any platform (indented lines, `web : cmd`, `my-web: cmd` are all process lines here) so that rules can say
 * what the author meant and how each platform reads it instead (see ./readers/).
 */

/** Whitespace inside a line: anything JavaScript calls whitespace (tabs, NBSP, U+3000, ...). */
const SPACE = /\s/u;
function parseProcfile(bytes) {
    const source = decodeSource(bytes);
    return { source, lines: source.lines.map(classifyLine) };
}
function isSpace(char) {
    return char !== undefined && SPACE.test(char);
}
function classifyLine(line) {
    const { text } = line;
    const contentStart = skipSpaces(text, 0);
    const base = lineBase(line, contentStart > 0 ? token(text, 0, contentStart) : null);
    if (contentStart === text.length)
        return Object.assign(base, { kind: 'blank' });
    if (text[contentStart] === '#')
        return Object.assign(base, { kind: 'comment' });
    const colon = text.indexOf(':', contentStart);
    if (colon === -1)
        return invalid(base, 'no-colon');
    const typeEnd = trimEnd(text, contentStart, colon);
    if (typeEnd === contentStart)
        return invalid(base, 'no-type');
    if (SPACE.test(text.slice(contentStart, typeEnd)))
        return invalid(base, 'space-in-type');
    const commandStart = skipSpaces(text, colon + 1);
    const commandEnd = trimEnd(text, commandStart, text.length);
    return Object.assign(base, {
        kind: 'process',
        type: token(text, contentStart, typeEnd),
        gap: typeEnd < colon ? token(text, typeEnd, colon) : null,
        colonColumn: columnAt(text, colon),
        command: token(text, commandStart, commandEnd),
    });
}
/**
 * The line's fields copied one by one: V8 builds `{ ...line, more }` on a slow path, which made parsing a
 * 100 000-line file take seconds.
 */
function lineBase(line, indent) {
    return { number: line.number, start: line.start, text: line.text, ending: line.ending, indent };
}
function invalid(base, reason) {
    return Object.assign(base, { kind: 'invalid', reason });
}
function skipSpaces(text, from) {
    let i = from;
    while (i < text.length && SPACE.test(text[i]))
        i++;
    return i;
}
/** The end of `text[from, to)` without trailing whitespace. */
function trimEnd(text, from, to) {
    let end = to;
    while (end > from && SPACE.test(text[end - 1]))
        end--;
    return end;
}
function token(text, start, end) {
    return { text: text.slice(start, end), index: start, column: columnAt(text, start), endColumn: columnAt(text, end) };
}

;// CONCATENATED MODULE: ./src/engine/readers/reading.ts
/** What a platform's Procfile parser makes of a file: the processes it would start, and what it dropped. */
function applyDuplicatePolicy(entries, policy) {
    if (policy === 'all-run')
        return entries;
    const chosen = new Map();
    for (const entry of entries) {
        if (policy === 'last-wins' || !chosen.has(entry.type))
            chosen.set(entry.type, entry);
    }
    const kept = new Set(chosen.values());
    return entries.filter((entry) => kept.has(entry));
}
/** A reading; a parser that rejects the file starts nothing. */
function reading({ entries, policy, failure = null, swallowedLines = new Map(), warnings = new Map() }) {
    const processes = failure ? [] : applyDuplicatePolicy(entries, policy);
    const entryOn = new Map();
    for (const entry of entries)
        if (!entryOn.has(entry.line))
            entryOn.set(entry.line, entry);
    return { entries, processes, running: new Set(processes), swallowedLines, entryOn, failure, warnings };
}

;// CONCATENATED MODULE: ./src/engine/readers/whitespace.ts
/** Whitespace as the platforms' own languages define it, which is not what JavaScript's `\s` means. */
/** Go's and RE2's `\s`: `[\t\n\f\r ]`. */
function isGoRegexSpace(code) {
    return code === 9 || code === 10 || code === 12 || code === 13 || code === 32;
}
/** Ruby's `\s`: `[ \t\r\n\f\v]`. */
function isRubyRegexSpace(code) {
    return isGoRegexSpace(code) || code === 11;
}
/** Go's `unicode.IsSpace`, used by `strings.TrimSpace`. */
function isGoUnicodeSpace(code) {
    if (code <= 32)
        return code === 32 || (code >= 9 && code <= 13);
    return (code === 0x85 ||
        code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000);
}
/** `text` without leading and trailing characters for which `isSpace` holds. Linear: no regex backtracking. */
function trimWith(text, isSpace) {
    let start = 0;
    let end = text.length;
    while (start < end && isSpace(text.charCodeAt(start)))
        start++;
    while (end > start && isSpace(text.charCodeAt(end - 1)))
        end--;
    return text.slice(start, end);
}
/** ASCII letters, digits and `_`: `\w` in Go and Ruby. */
function isAsciiWordChar(code) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}
/** Python's `str.isspace`, which `\s` means in a `str` pattern. */
function isPythonSpace(code) {
    return (code >= 9 && code <= 13) || (code >= 0x1c && code <= 0x20) || isGoUnicodeSpace(code);
}
/** Where Python's `str.splitlines` breaks a line (besides `\r\n`, which counts as one break). */
function isPythonLineBreak(code) {
    return (code === 10 || code === 13 || code === 11 || code === 12 || (code >= 0x1c && code <= 0x1e) ||
        code === 0x85 || code === 0x2028 || code === 0x2029);
}

;// CONCATENATED MODULE: ./src/engine/readers/dokku.ts


/** bufio.Scanner's default limit: a longer line stops the scan. */
const MAX_LINE_BYTES = 64 * 1024;
const STRICT_NAME = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
const LAX_NAME = /^[A-Za-z0-9_-]+$/;
function readDokku(source, mode = 'strict') {
    const entries = [];
    const fail = (message, line) => reading({ entries, policy: 'first-wins', failure: { message, line } });
    if (source.encoding !== 'utf-8')
        return fail('invalid line in procfile, line 1', 1);
    const seen = new Set();
    for (const line of source.lines) {
        const raw = line.number === 1 && source.bom ? `\uFEFF${line.text}` : line.text;
        if (Buffer.byteLength(raw, 'utf8') >= MAX_LINE_BYTES)
            return fail('bufio.Scanner: token too long', line.number);
        const text = trimWith(raw, isGoUnicodeSpace);
        if (text === '' || text.startsWith('#') || text.startsWith('//'))
            continue;
        const parts = splitEntry(text);
        if (!parts)
            return fail(`invalid line in procfile, line ${line.number}`, line.number);
        const [type, rawCommand] = parts;
        if (mode === 'strict' && !STRICT_NAME.test(type))
            return fail(`process name contains invalid characters, line ${line.number}`, line.number);
        if (type.length > 63)
            return fail(`process name over 63 characters, line ${line.number}`, line.number);
        if (seen.has(type))
            return fail(`process names must be unique, line ${line.number}`, line.number);
        seen.add(type);
        const command = trimWith(stripInlineComment(rawCommand), isGoUnicodeSpace);
        if (command.startsWith('#') || command.startsWith('//'))
            return fail(`comment specified in place of command, line ${line.number}`, line.number);
        if (command === '')
            return fail(`no command specified, line ${line.number}`, line.number);
        entries.push({ type, command, line: line.number, commandLine: line.number });
    }
    return entries.length === 0 ? fail('no entries found in Procfile', null) : reading({ entries, policy: 'first-wins' });
}
/** `^([A-Za-z0-9_-]+)\s*:\s*(.+)$` on a trimmed line: the name and what follows the colon and its spaces. */
function splitEntry(text) {
    const colon = text.indexOf(':');
    if (colon === -1)
        return null;
    let nameEnd = colon;
    while (nameEnd > 0 && isGoRegexSpace(text.charCodeAt(nameEnd - 1)))
        nameEnd--;
    const name = text.slice(0, nameEnd);
    if (!LAX_NAME.test(name))
        return null;
    let start = colon + 1;
    while (start < text.length && isGoRegexSpace(text.charCodeAt(start)))
        start++;
    return start < text.length ? [name, text.slice(start)] : null;
}
/** `^(.*)\s#.+$`, else `^(.*)\s//.+$`: the greedy `(.*)` cuts at the last such comment. */
function stripInlineComment(command) {
    for (const marker of ['#', '//']) {
        for (let i = command.length - marker.length - 2; i >= 0; i--) {
            if (isGoRegexSpace(command.charCodeAt(i)) && command.startsWith(marker, i + 1))
                return command.slice(0, i);
        }
    }
    return command;
}

;// CONCATENATED MODULE: ./src/engine/readers/line-pattern.ts

const NEWLINE = 10;
/** The pattern matched at `start`, not running past `limit`, or `null`. */
function matchAt(text, start, limit, pattern) {
    let i = start;
    while (i < limit && pattern.isNameChar(text.charCodeAt(i)))
        i++;
    if (i === start || text.charCodeAt(i) !== 58 /* : */)
        return null;
    const typeEnd = i;
    let k = typeEnd + 1;
    while (k < limit && pattern.isSpace(text.charCodeAt(k)))
        k++;
    if (k >= limit || text.charCodeAt(k) === NEWLINE) {
        k--;
        while (k > typeEnd && text.charCodeAt(k) === NEWLINE)
            k--;
        if (k === typeEnd)
            return null;
    }
    const newline = text.indexOf('\n', k);
    return { typeEnd, commandStart: k, commandEnd: Math.min(newline === -1 ? text.length : newline, limit) };
}
/** Every entry the pattern matches, in file order, as `FindAll` or a line-by-line loop would find them. */
function matchEntries(source, pattern, skipFirstLine) {
    const { text, lines } = source;
    const entries = [];
    const swallowedLines = new Map();
    let resumeAt = 0;
    for (const line of lines) {
        if (line.start < resumeAt || (skipFirstLine && line.number === 1))
            continue;
        const limit = pattern.acrossLines ? text.length : lineLimit(line);
        const match = matchAt(text, line.start, limit, pattern);
        if (!match)
            continue;
        const commandLine = lineAtOffset(lines, match.commandStart).number;
        for (let n = line.number + 1; n <= commandLine; n++)
            swallowedLines.set(n, line.number);
        entries.push({
            type: text.slice(line.start, match.typeEnd),
            command: text.slice(match.commandStart, match.commandEnd),
            line: line.number,
            commandLine,
        });
        resumeAt = match.commandEnd + 1;
    }
    return { entries, swallowedLines };
}
/** End of the line without its terminator (`\n` or `\r\n`), as a split on line breaks yields it. */
function lineLimit(line) {
    return line.start + line.text.length;
}

;// CONCATENATED MODULE: ./src/engine/readers/foreman.ts



const isProcfileNameChar = (code) => isAsciiWordChar(code) || code === 45; /* - */
function readForeman(source) {
    if (source.encoding !== 'utf-8')
        return reading({ entries: [], policy: 'all-run', failure: { message: 'no processes defined', line: null } });
    const pattern = { isNameChar: isProcfileNameChar, isSpace: isRubyRegexSpace, acrossLines: false };
    const { entries } = matchEntries(source, pattern, source.bom);
    const failure = entries.length === 0 ? { message: 'no processes defined', line: null } : null;
    return reading({ entries, policy: 'all-run', failure });
}

;// CONCATENATED MODULE: ./src/engine/readers/gcp.ts



const GCP_NO_PROCESSES = 'did not find any processes in Procfile';
function readGcp(source) {
    if (source.encoding !== 'utf-8') {
        // The buildpack reads the bytes as UTF-8: every other byte of UTF-16 is NUL, so no line matches.
        return reading({ entries: [], policy: 'first-wins', failure: { message: GCP_NO_PROCESSES, line: null } });
    }
    const pattern = { isNameChar: isAsciiWordChar, isSpace: isGoRegexSpace, acrossLines: true };
    // A byte order mark is not `\w`, so the first line cannot match.
    const { entries, swallowedLines } = matchEntries(source, pattern, source.bom);
    for (const entry of entries)
        entry.command = trimWith(entry.command, isGoUnicodeSpace);
    const failure = entries.length === 0 ? { message: GCP_NO_PROCESSES, line: null } : null;
    return reading({ entries, policy: 'first-wins', failure, swallowedLines });
}

;// CONCATENATED MODULE: ./src/engine/readers/heroku-cnb.ts

const KEY = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const isSpace0 = (char) => char === ' ' || char === '\t';
function readHerokuCnb(source) {
    const entries = [];
    const warnings = new Map();
    const fail = (message, line) => reading({ entries, policy: 'last-wins', failure: { message, line }, warnings });
    if (source.encoding !== 'utf-8' || source.invalidOffsets.length > 0)
        return fail('Cannot read Procfile contents: not UTF-8', 1);
    const seen = new Map();
    for (const line of source.lines) {
        const text = line.number === 1 && source.bom ? `\uFEFF${line.text}` : line.text;
        if (text.includes('\r'))
            return fail(`line ${line.number}: a carriage return must be followed by a line feed`, line.number);
        const content = skipSpace0(text);
        if (content === text.length || text[content] === '#')
            continue;
        const colon = text.indexOf(':');
        if (colon === -1)
            return fail(`line ${line.number}: expected \`key: value\``, line.number);
        const original = text.slice(0, colon);
        const key = strictKey(original);
        if (key === null)
            return fail(`line ${line.number}: invalid key ${JSON.stringify(original)}`, line.number);
        const value = text.slice(skipSpace0(text, colon + 1));
        if (value.trim() === '')
            return fail(`line ${line.number}: empty value for key \`${key}\``, line.number);
        if (key !== original) {
            warnings.set(line.number, `Procfile key \`${original}\` has been corrected to \`${key}\`.`);
        }
        const earlier = seen.get(key);
        if (earlier !== undefined)
            warnings.set(line.number, `Duplicate key \`${key}\` found (also on line ${earlier}); this value will be used.`);
        seen.set(key, line.number);
        entries.push({ type: key, command: value, line: line.number, commandLine: line.number });
    }
    return reading({ entries, policy: 'last-wins', warnings });
}
/** The key as the buildpack accepts it (possibly after correcting it), or `null` when it rejects it. */
function strictKey(original) {
    if (KEY.test(original) && original.length <= 63)
        return original;
    const corrected = original.replace(/_/g, '-').replace(/[A-Z]/g, (char) => char.toLowerCase()).slice(skipSpace0(original));
    return KEY.test(corrected) && corrected.length <= 63 ? corrected : null;
}
function skipSpace0(text, from = 0) {
    let i = from;
    while (isSpace0(text[i]))
        i++;
    return i;
}

;// CONCATENATED MODULE: ./src/engine/readers/heroku-classic.ts




function readHerokuClassic(source) {
    if (source.encoding !== 'utf-8')
        return reading({ entries: [], policy: 'last-wins' });
    const pattern = { isNameChar: isProcfileNameChar, isSpace: isRubyRegexSpace, acrossLines: false };
    const { entries } = matchEntries(source, pattern, source.bom);
    return reading({ entries, policy: 'last-wins' });
}

;// CONCATENATED MODULE: ./src/engine/readers/honcho.ts
/**
 * honcho (honcho/environ.py): `str.splitlines()` (which also breaks at a lone CR, VT, FF, U+2028, ...), then
 * `^([A-Za-z0-9_-]+):\s*(.+)$` with Python's Unicode `\s` on each line; a repeated process name stops it with
 * "process names must be unique within a Procfile".
 */





const pattern = { isNameChar: isProcfileNameChar, isSpace: isPythonSpace, acrossLines: false };
function readHoncho(source) {
    if (source.encoding !== 'utf-8')
        return reading({ entries: [], policy: 'first-wins' });
    const { text, lines } = source;
    const entries = [];
    const seen = new Set();
    for (const [start, end] of pythonLines(text)) {
        if (start === 0 && source.bom)
            continue; // open() keeps the BOM: `\ufeffweb` is no name
        const match = matchAt(text, start, end, pattern);
        if (!match)
            continue;
        const line = lineAtOffset(lines, start).number;
        const type = text.slice(start, match.typeEnd);
        if (seen.has(type)) {
            return reading({ entries, policy: 'first-wins', failure: { message: 'process names must be unique within a Procfile', line } });
        }
        seen.add(type);
        entries.push({ type, command: text.slice(match.commandStart, match.commandEnd), line, commandLine: line });
    }
    return reading({ entries, policy: 'first-wins' });
}
/** [start, end) of each line as `str.splitlines()` cuts the text. */
function* pythonLines(text) {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (!isPythonLineBreak(code))
            continue;
        yield [start, i];
        if (code === 13 && text.charCodeAt(i + 1) === 10)
            i++;
        start = i + 1;
    }
    if (start < text.length)
        yield [start, text.length];
}

;// CONCATENATED MODULE: ./src/engine/readers/index.ts






const PARSERS = [
    { id: 'gcp', tool: 'Google Cloud buildpacks', local: false, read: readGcp },
    { id: 'heroku-classic', tool: "Heroku's classic Procfile reader", local: false, read: readHerokuClassic },
    { id: 'heroku', tool: 'heroku/buildpacks-procfile', local: false, read: readHerokuCnb },
    // Dokku runs procfile-util without --strict (dokku/dokku plugins/ps).
    { id: 'dokku', tool: 'procfile-util', local: false, read: (source) => readDokku(source, 'lax') },
    { id: 'foreman', tool: 'foreman', local: true, read: readForeman },
    { id: 'honcho', tool: 'honcho', local: true, read: readHoncho },
];
function readAll(source) {
    return Object.fromEntries(PARSERS.map((parser) => [parser.id, parser.read(source)]));
}

;// CONCATENATED MODULE: ./src/engine/analyze.ts
/**
 * The engine's product: everything known about one app before any rule runs (where the Procfile is, its bytes parsed,
 * how every modelled parser reads it, the app's files, its language, the configuration as written). It knows nothing
 * of the rules: src/runner runs them on an Analysis.
 */












/** Analyses the app at `options.path` inside the workspace, reading only inside it. */
async function analyzeWorkspace(options) {
    const platform = resolvePlatform(options.platform);
    const language = resolveLanguage(options.language);
    const root = resolveAppRoot(options.workspace, options.path ?? '.');
    const discovery = discover(root);
    const files = diskAppFiles(root, discovery.rootEntries);
    const read = discovery.procfile ? readFileInside(root.workspace, external_node_path_namespaceObject.join(root.workspace, discovery.procfile)) : null;
    const config = await readConfig(files, joinRelative(root.relative, engine_config/* CONFIG_FILE */.g2));
    return assemble({ platform, language, discovery, files, bytes: read?.ok ? read.bytes : null, procfileProblem: read && !read.ok ? read.problem : null, config });
}
/** Analyses the content of a Procfile, with the app's other files given in memory (none by default). */
function analyze_analyzeProcfile(bytes, options = {}) {
    const file = options.path ?? 'Procfile';
    const files = memoryAppFiles(options.files);
    const folder = path.posix.dirname(file);
    const discovery = {
        root: { workspace: '', absolute: '', relative: folder === '.' ? '' : folder },
        rootEntries: [...files.rootEntries],
        procfile: file,
        nearMisses: [],
        nested: [],
        // The app's files in memory stand for its tree: what a platform looks for at any depth is found among them.
        deepFiles: findInPaths(Object.keys(options.files ?? {}), walkRequestFor(PLATFORMS)),
    };
    const platform = resolvePlatform(options.platform);
    const language = resolveLanguage(options.language);
    return assemble({ platform, language, discovery, files, bytes, procfileProblem: null, config: null });
}
function assemble({ platform, language, discovery, files, bytes, procfileProblem, config }) {
    const parsed = bytes && discovery.procfile ? parseProcfile(bytes) : null;
    const procfile = parsed && discovery.procfile ? { path: discovery.procfile, parsed, readings: readAll(parsed.source) } : null;
    const detection = detect(discovery.rootEntries, platform, {
        hasProcfile: procfile !== null,
        language,
        deepFiles: discovery.deepFiles,
        exists: (relative) => files.exists(relative),
        incomplete: discovery.walk?.limitHit === true,
    });
    return { platform, discovery, files, procfile, procfileProblem, detection, config };
}
async function readConfig(files, path) {
    const text = files.readText(engine_config/* CONFIG_FILE */.g2);
    if (text === null)
        return null;
    // Loaded only when an app has the file: the YAML parser is a fifth of the CLI's start-up time.
    const { parseConfigFile } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(753)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1753));
    return parseConfigFile(text, path);
}
function resolvePlatform(id = DEFAULT_PLATFORM) {
    const platform = findPlatform(id);
    if (!platform) {
        throw new types/* UsageError */.e(`Unknown platform '${id}'; use one of: ${platforms_PLATFORMS.map((p) => p.id).join(', ')}.`);
    }
    return platform;
}
function resolveLanguage(value) {
    if (value === undefined || value === '' || value === 'auto')
        return undefined;
    if (isLanguage(value))
        return value;
    throw new types/* UsageError */.e(`Unknown language '${value}'; use auto or one of: ${LANGUAGES.map((l) => l.id).join(', ')}.`);
}

;// CONCATENATED MODULE: external "node:path/posix"
const posix_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path/posix");
;// CONCATENATED MODULE: ./src/commands/app-facts.ts
/** What the app's own files say: declared Python packages, package.json scripts, whether a module or script exists. */

/** Files that declare a Python app's dependencies, in the order the buildpacks look at them. */
const PYTHON_MANIFESTS = [
    'requirements.txt', 'Pipfile', 'Pipfile.lock', 'pyproject.toml', 'poetry.lock', 'uv.lock', 'pdm.lock', 'setup.py', 'setup.cfg',
];
/** PEP 503 normalisation: `Flask_SQLAlchemy` and `flask-sqlalchemy` are the same package. */
function normalizePackage(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
const MAX_INCLUDES = 10;
function pythonDependencies(files) {
    const names = new Set();
    const texts = [];
    let incomplete = false;
    const manifests = PYTHON_MANIFESTS.filter((file) => files.exists(file));
    const pending = manifests.includes('requirements.txt') ? ['requirements.txt'] : [];
    const seen = new Set();
    while (pending.length > 0 && seen.size < MAX_INCLUDES) {
        const file = pending.shift();
        if (seen.has(file))
            continue;
        seen.add(file);
        const text = files.readText(file);
        if (text === null) {
            incomplete = true;
            continue;
        }
        for (const raw of text.split('\n')) {
            const line = raw.replace(/(^|\s)#.*$/, '').trim();
            const include = /^(?:-r|--requirement|-c|--constraint)\s*=?\s*(\S+)/.exec(line);
            if (include)
                pending.push(posix_namespaceObject.join(posix_namespaceObject.dirname(file), include[1]));
            else if (/^(-e|--editable)\b|^\.|^git\+|:\/\//.test(line))
                incomplete = true;
            else {
                const name = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1];
                if (name)
                    names.add(normalizePackage(name));
            }
        }
    }
    for (const file of manifests.filter((manifest) => manifest !== 'requirements.txt')) {
        const text = files.readText(file);
        if (text === null)
            incomplete = true;
        else
            texts.push(text.toLowerCase().replace(/[_.]/g, '-'));
        if (file === 'setup.py')
            incomplete = true;
    }
    return {
        manifests,
        incomplete,
        declares(name) {
            const normalized = normalizePackage(name);
            return names.has(normalized) || texts.some((text) => containsWord(text, normalized));
        },
    };
}
/** `word` occurs in `text` with no package-name character (`a-z`, `0-9`, `-`) right before or after it. */
function containsWord(text, word) {
    const isNameChar = (char) => char !== undefined && /[a-z0-9-]/.test(char);
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
        if (!isNameChar(text[at - 1]) && !isNameChar(text[at + word.length]))
            return true;
    }
    return false;
}
/** package.json at the app root: `null` when there is none, `'invalid'` when it is not a JSON object. */
function packageJson(files) {
    const text = files.readText('package.json');
    if (text === null)
        return null;
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            return 'invalid';
        const scripts = parsed.scripts;
        const valid = typeof scripts === 'object' && scripts !== null && !Array.isArray(scripts);
        const { main, dependencies, devDependencies } = parsed;
        const names = [dependencies, devDependencies].flatMap((deps) => (typeof deps === 'object' && deps !== null ? Object.keys(deps) : []));
        return {
            scripts: valid ? Object.fromEntries(Object.entries(scripts).filter(([, value]) => typeof value === 'string')) : {},
            main: typeof main === 'string' && main.trim() !== '' ? main : null,
            dependencies: new Set(names),
        };
    }
    catch {
        return 'invalid';
    }
}
/** Scripts that build the app during deployment, so files it starts may not be in the repository. */
const BUILD_SCRIPTS = ['build', 'heroku-postbuild', 'postinstall', 'prestart', 'gcp-build', 'vercel-build'];
/** Whether `module` (`app`, `mysite.wsgi`) can be imported from `dir`: `app.py`, `app/__init__.py` or `app/`. */
function pythonModuleExists(files, dir, module) {
    const base = posix_namespaceObject.join(dir, ...module.split('.'));
    return files.exists(`${base}.py`) || files.isDirectory(base);
}

;// CONCATENATED MODULE: ./src/commands/programs.ts
/** Every option of `program` that takes a value: its own, and its address, config and socket options. */
function optionsWithValue(program) {
    const port = program.port;
    const listen = port ? [...port.bind, ...port.host, ...port.port, ...port.config, ...port.socket] : [];
    return new Set([...(program.optionsWithValue ?? []), ...listen]);
}
const none = { bind: [], host: [], port: [], config: [], socket: [], portEnv: [] };
const command = (...names) => ({ kind: 'command', names });
const pythonModule = (module) => ({ kind: 'python-module', module });
const subcommand = (name, ...names) => ({ names: [name, ...names] });
/** Options gunicorn and hypercorn share with a value (gunicorn `--help`, hypercorn's config reference). */
const GUNICORN_LIKE_OPTIONS = [
    '-w', '--workers', '-k', '--worker-class', '--threads', '-t', '--timeout', '--log-level', '--chdir', '--pythonpath',
    '--access-logfile', '--error-logfile', '--log-file', '--log-config', '--max-requests', '-n', '--name', '--graceful-timeout',
    '--keep-alive', '--worker-connections', '-u', '--user', '-g', '--group', '-e', '--env', '--backlog', '--worker-tmp-dir',
    '--statsd-host', '--forwarded-allow-ips', '--root-path', '--certfile', '--keyfile',
];
const PROGRAMS = {
    gunicorn: {
        id: 'gunicorn', label: 'gunicorn', language: 'python', pythonPackage: 'gunicorn', importsTarget: true,
        invokedAs: [command('gunicorn'), pythonModule('gunicorn')],
        optionsWithValue: GUNICORN_LIKE_OPTIONS,
        port: { ...none, bind: ['-b', '--bind'], config: ['-c', '--config'], defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: true, addressReplacesPort: true },
        listenFix: { port: '--bind 0.0.0.0:$PORT', host: '--bind 0.0.0.0:$PORT' },
    },
    uvicorn: {
        id: 'uvicorn', label: 'uvicorn', language: 'python', pythonPackage: 'uvicorn', importsTarget: true,
        invokedAs: [command('uvicorn'), pythonModule('uvicorn')],
        optionsWithValue: [
            '--app-dir', '--root-path', '--forwarded-allow-ips', '--lifespan', '--ws', '--loop', '--http', '--interface',
            '--limit-concurrency', '--timeout-keep-alive', '--ssl-keyfile', '--ssl-certfile', '--log-config', '--log-level',
            '--env-file', '--reload-dir', '--workers', '--backlog', '--proxy-protocol',
        ],
        port: {
            ...none, host: ['--host'], port: ['--port'], socket: ['--uds', '--fd'], defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: false,
            portEnv: [{ port: 'UVICORN_PORT', host: 'UVICORN_HOST' }],
        },
        listenFix: { port: '--host 0.0.0.0 --port $PORT', host: '--host 0.0.0.0' },
    },
    hypercorn: {
        id: 'hypercorn', label: 'hypercorn', language: 'python', pythonPackage: 'hypercorn', importsTarget: true,
        invokedAs: [command('hypercorn'), pythonModule('hypercorn')],
        optionsWithValue: GUNICORN_LIKE_OPTIONS,
        port: { ...none, bind: ['-b', '--bind'], config: ['-c', '--config'], defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: false },
        listenFix: { port: '--bind 0.0.0.0:$PORT', host: '--bind 0.0.0.0:$PORT' },
    },
    daphne: {
        id: 'daphne', label: 'daphne', language: 'python', pythonPackage: 'daphne', importsTarget: true,
        invokedAs: [command('daphne'), pythonModule('daphne')],
        optionsWithValue: ['--root-path', '--access-log', '--ping-interval', '--ping-timeout', '--websocket-timeout', '-v', '--verbosity', '--proxy-headers-host', '--proxy-headers-port'],
        port: { ...none, host: ['-b', '--bind'], port: ['-p', '--port'], socket: ['-u', '--unix-socket', '--fd', '-e', '--endpoint'], defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: false },
        listenFix: { port: '--port $PORT', host: '--bind 0.0.0.0' },
    },
    waitress: {
        id: 'waitress', label: 'waitress-serve', language: 'python', pythonPackage: 'waitress', importsTarget: true,
        invokedAs: [command('waitress-serve'), pythonModule('waitress')],
        optionsWithValue: ['--threads', '--url-prefix', '--ident', '--backlog', '--connection-limit', '--channel-timeout'],
        port: { ...none, bind: ['--listen'], host: ['--host'], port: ['--port'], socket: ['--unix-socket'], defaultHost: '0.0.0.0', defaultPort: 8080, readsPort: false },
        listenFix: { port: '--listen=0.0.0.0:$PORT', host: '--host 0.0.0.0' },
    },
    uwsgi: {
        id: 'uwsgi', label: 'uwsgi', language: 'python', pythonPackage: 'uwsgi',
        invokedAs: [command('uwsgi')],
        port: { ...none, bind: ['--http', '--http-socket'], config: ['--ini', '--yaml', '--json', '--xml'], socket: ['--socket', '-s'], defaultHost: '', defaultPort: null, readsPort: false },
        listenFix: { port: '--http :$PORT', host: '--http 0.0.0.0:$PORT' },
    },
    'flask-run': {
        id: 'flask-run', label: 'flask run', language: 'python', pythonPackage: 'flask',
        invokedAs: [{ kind: 'command', names: ['flask'], subcommand: subcommand('run') }, { kind: 'python-module', module: 'flask', subcommand: subcommand('run') }],
        leadingOptionsWithValue: ['-A', '--app', '-e', '--env-file'],
        devServer: { why: "Flask's development server, which its documentation says not to use in production" },
        port: {
            ...none, host: ['-h', '--host'], port: ['-p', '--port'], defaultHost: '127.0.0.1', defaultPort: 5000, readsPort: false,
            portEnv: [{ port: 'FLASK_RUN_PORT', host: 'FLASK_RUN_HOST' }],
        },
        listenFix: { port: '--host 0.0.0.0 --port $PORT', host: '--host 0.0.0.0' },
    },
    'django-runserver': {
        id: 'django-runserver', label: 'manage.py runserver', language: 'python', pythonPackage: 'django',
        invokedAs: [
            { kind: 'python-script', script: 'manage.py', subcommand: subcommand('runserver') },
            { kind: 'command', names: ['django-admin'], subcommand: subcommand('runserver') },
            { kind: 'python-module', module: 'django', subcommand: subcommand('runserver') },
        ],
        devServer: { why: "Django's development server, which its documentation says not to use in production", instead: 'gunicorn <project>.wsgi --bind 0.0.0.0:$PORT' },
        port: { ...none, defaultHost: '127.0.0.1', defaultPort: 8000, readsPort: false, positionalAddress: true },
        listenFix: { port: '0.0.0.0:$PORT', host: '0.0.0.0:$PORT' },
    },
    'python-http-server': {
        id: 'python-http-server', label: 'python -m http.server', language: 'python',
        invokedAs: [pythonModule('http.server')],
        devServer: { why: 'a basic static file server meant for testing' },
    },
    'python-script': {
        id: 'python-script', label: 'python', language: 'python',
        invokedAs: [{ kind: 'interpreter', names: ['python'], runs: 'file' }],
        leadingOptionsWithValue: ['-W', '-X', '-c'],
    },
    celery: { id: 'celery', label: 'celery', language: 'python', pythonPackage: 'celery', invokedAs: [command('celery'), pythonModule('celery')] },
    'node-script': {
        id: 'node-script', label: 'node', language: 'node',
        invokedAs: [{ kind: 'interpreter', names: ['node', 'ts-node'], runs: 'file' }],
        leadingOptionsWithValue: ['-r', '--require', '--import', '--loader', '--env-file'],
    },
    nodemon: {
        id: 'nodemon', label: 'nodemon', language: 'node', invokedAs: [command('nodemon')],
        devServer: { why: 'a development tool that restarts the app when files change' },
    },
    'ts-node-dev': {
        id: 'ts-node-dev', label: 'ts-node-dev', language: 'node', invokedAs: [command('ts-node-dev')],
        devServer: { why: 'a development tool that compiles TypeScript on the fly and restarts on change' },
    },
    'npm-script': { id: 'npm-script', label: 'npm', language: 'node', invokedAs: [{ kind: 'package-script', tools: ['npm', 'yarn', 'pnpm'] }] },
    'next-dev': {
        id: 'next-dev', label: 'next dev', language: 'node', invokedAs: [{ kind: 'command', names: ['next'], subcommand: subcommand('dev') }],
        devServer: { why: "Next.js's development server (use `next build` then `next start`)" },
    },
    vite: {
        id: 'vite', label: 'vite', language: 'node', invokedAs: [{ kind: 'command', names: ['vite'], subcommand: { names: ['dev', 'serve'], optional: true } }],
        leadingOptionsWithValue: ['-c', '--config', '--host', '--port', '--base', '-m', '--mode', '-l', '--logLevel'],
        devServer: { why: "Vite's development server (serve the built files instead)" },
    },
    'java-jar': {
        id: 'java-jar', label: 'java -jar', language: 'java',
        invokedAs: [{ kind: 'interpreter', names: ['java'], flag: '-jar', runs: 'file' }],
        port: {
            ...none, port: ['--server.port'], defaultHost: '0.0.0.0', defaultPort: 8080, readsPort: false, portEnv: [{ port: 'SERVER_PORT' }],
            javaProperty: 'server.port',
            configFiles: ['src/main/resources/application.properties', 'src/main/resources/application.yml', 'src/main/resources/application.yaml'],
        },
        listenFix: { port: '-Dserver.port=$PORT', host: '-Dserver.address=0.0.0.0', where: 'before `-jar`' },
    },
    puma: {
        id: 'puma', label: 'puma', language: 'ruby',
        invokedAs: [command('puma')],
        optionsWithValue: ['-e', '--environment', '-t', '--threads', '-w', '--workers', '--pidfile', '--dir', '--tag'],
        // Without -C, puma loads config/puma.rb when there is one (Rails' reads PORT).
        port: { ...none, bind: ['-b', '--bind'], port: ['-p', '--port'], config: ['-C', '--config'], defaultHost: '0.0.0.0', defaultPort: 9292, readsPort: false, configFiles: ['config/puma.rb'] },
        listenFix: { port: '--port $PORT', host: '--bind tcp://0.0.0.0:$PORT' },
    },
    'rails-server': {
        id: 'rails-server', label: 'rails server', language: 'ruby',
        invokedAs: [{ kind: 'command', names: ['rails'], subcommand: subcommand('server', 's') }],
        optionsWithValue: ['-e', '--environment', '-u', '--using', '-P', '--pid'],
        port: { ...none, host: ['-b', '--binding'], port: ['-p', '--port'], defaultHost: '0.0.0.0', defaultPort: 3000, readsPort: true },
    },
    rackup: {
        id: 'rackup', label: 'rackup', language: 'ruby',
        invokedAs: [command('rackup')],
        optionsWithValue: ['-E', '--env', '-s', '--server', '-P', '--pid'],
        // Rack binds to localhost only when RACK_ENV is development; platforms set production.
        port: { ...none, host: ['-o', '--host'], port: ['-p', '--port'], defaultHost: '0.0.0.0', defaultPort: 9292, readsPort: false },
        listenFix: { port: '--host 0.0.0.0 --port $PORT', host: '--host 0.0.0.0' },
    },
    unicorn: {
        id: 'unicorn', label: 'unicorn', language: 'ruby',
        invokedAs: [command('unicorn')],
        optionsWithValue: ['-E', '--env', '-o', '--host'],
        port: { ...none, bind: ['-l', '--listen'], port: ['-p', '--port'], config: ['-c', '--config-file'], defaultHost: '0.0.0.0', defaultPort: 8080, readsPort: false },
        listenFix: { port: '--listen 0.0.0.0:$PORT', host: '--listen 0.0.0.0:$PORT' },
    },
    sidekiq: { id: 'sidekiq', label: 'sidekiq', language: 'ruby', invokedAs: [command('sidekiq')] },
    'heroku-php': {
        id: 'heroku-php', label: 'heroku-php', language: 'php',
        invokedAs: [command('heroku-php-apache2', 'heroku-php-nginx')],
        port: { ...none, defaultHost: '0.0.0.0', defaultPort: null, readsPort: true },
    },
    'php-builtin': {
        id: 'php-builtin', label: 'php -S', language: 'php',
        invokedAs: [{ kind: 'interpreter', names: ['php'], flag: '-S', runs: 'arguments' }],
        devServer: { why: "PHP's built-in web server, meant for development" },
        port: { ...none, defaultHost: 'localhost', defaultPort: null, readsPort: false, positionalAddress: true },
        listenFix: { port: '0.0.0.0:$PORT', host: '0.0.0.0:$PORT' },
    },
};
const LAUNCHERS = [
    { names: ['exec', 'command', 'nohup', 'time', 'builtin', 'ddtrace-run', 'opentelemetry-instrument', 'dumb-init', 'tini'] },
    { names: ['bundle'], then: 'exec' },
    { names: ['poetry', 'pipenv', 'uv', 'pdm', 'hatch', 'rye'], then: 'run' },
    { names: ['pnpm', 'yarn'], then: 'exec' },
    { names: ['newrelic-admin'], then: 'run-program' },
    { names: ['npx'], options: 'skip' },
    { names: ['nice'], options: 'nice' },
    { names: ['env'], options: 'env' },
];
/** The language of an interpreter procfile-lint has no program record for (`ruby script.rb`, `go run .`). */
const INTERPRETER_LANGUAGES = { python: 'python', node: 'node', ruby: 'ruby', java: 'java', php: 'php', dotnet: 'dotnet', go: 'go' };

;// CONCATENATED MODULE: ./node_modules/unbash/dist/traversal.js
function forEachChild(node, callback) {
    switch (node.type) {
        case "Script":
        case "CompoundList":
        case "AndOr":
            for (const command of node.commands)
                callback(command);
            return;
        case "Statement":
            callback(node.command);
            return;
        case "Command":
            for (const child of node.prefix)
                callback(child);
            if (node.name)
                callback(node.name);
            for (const child of node.suffix)
                callback(child);
            return;
        case "Pipeline":
            for (const prefix of node.prefixes)
                callback(prefix);
            for (const command of node.commands)
                callback(command);
            return;
        case "Redirected":
            callback(node.command);
            for (const redirect of node.redirects)
                callback(redirect);
            return;
        case "If":
            callback(node.clause);
            callback(node.then);
            for (const branch of node.elif)
                callback(branch);
            if (node.else)
                callback(node.else);
            return;
        case "Elif":
            callback(node.clause);
            callback(node.then);
            return;
        case "For":
        case "Select":
            callback(node.name);
            if (node.wordlist)
                for (const word of node.wordlist)
                    callback(word);
            callback(node.body);
            return;
        case "While":
            callback(node.clause);
            callback(node.body);
            return;
        case "Function":
        case "Coproc":
            if (node.name)
                callback(node.name);
            callback(node.body);
            return;
        case "Subshell":
        case "BraceGroup":
            callback(node.body);
            return;
        case "Case":
            callback(node.word);
            for (const item of node.items)
                callback(item);
            return;
        case "CaseItem":
            for (const pattern of node.pattern)
                callback(pattern);
            callback(node.body);
            return;
        case "ArithmeticFor": {
            const initialize = node.initialize;
            if (initialize)
                callback(initialize);
            const test = node.test;
            if (test)
                callback(test);
            const update = node.update;
            if (update)
                callback(update);
            callback(node.body);
            return;
        }
        case "Word":
        case "Glob":
        case "ArithmeticWord":
        case "HereDocBody":
        case "BraceExpansion":
        case "ExtendedGlob": {
            const parts = node.parts;
            if (parts)
                for (const part of parts)
                    callback(part);
            return;
        }
        case "DoubleQuoted":
        case "LocaleString":
            for (const part of node.parts)
                callback(part);
            return;
        case "ParameterExpansion":
            if (node.index)
                callback(node.index);
            if (node.operation)
                callback(node.operation);
            return;
        case "Default":
        case "Remove":
        case "Transform":
            callback(node.operand);
            return;
        case "CaseModification":
            if (node.operand)
                callback(node.operand);
            return;
        case "Replace":
            callback(node.pattern);
            callback(node.replacement);
            return;
        case "Slice":
            callback(node.offset);
            if (node.length)
                callback(node.length);
            return;
        case "Assignment": {
            const index = node.index;
            if (index)
                callback(index);
            callback(node.value);
            return;
        }
        case "ArrayValue":
            for (const element of node.elements)
                callback(element);
            return;
        case "Redirect":
        case "HereString":
            if (node.descriptor)
                callback(node.descriptor);
            if (node.target)
                callback(node.target);
            return;
        case "HereDoc":
            if (node.descriptor)
                callback(node.descriptor);
            if (node.delimiter)
                callback(node.delimiter);
            callback(node.body);
            return;
        case "CommandExpansion":
        case "ProcessSubstitution":
        case "ArithmeticCommandExpansion": {
            const script = node.script;
            if (script)
                callback(script);
            return;
        }
        case "ArithmeticExpansion":
        case "ArithmeticCommand":
        case "ArithmeticGroup":
        case "TestCommand":
        case "TestGroup": {
            const expression = node.expression;
            if (expression)
                callback(expression);
            return;
        }
        case "ArithmeticBinary":
        case "TestBinary":
            callback(node.left);
            callback(node.right);
            return;
        case "ArithmeticUnary":
        case "TestUnary":
            callback(node.operand);
            return;
        case "ArithmeticTernary":
            callback(node.test);
            callback(node.consequent);
            callback(node.alternate);
            return;
        case "TestLogical":
            for (const operand of node.operands)
                callback(operand);
            return;
        case "TestNot":
            for (const negation of node.negations)
                callback(negation);
            callback(node.operand);
            return;
        case "Literal":
        case "SingleQuoted":
        case "AnsiCQuoted":
        case "SimpleExpansion":
        case "Names":
        case "Unknown":
        case "FileDescriptor":
        case "FileDescriptorVariable":
        case "HereDocDelimiter":
        case "Time":
        case "Negation":
            return;
        default: {
            const exhaustive = node;
            throw new TypeError(`Unexpected syntax node: ${exhaustive}`);
        }
    }
}

;// CONCATENATED MODULE: ./node_modules/unbash/dist/ansi-c.js
function isOctal(code) {
    return code >= 48 && code <= 55;
}
function isHex(code) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}
function codePoint(value, fallback) {
    try {
        return String.fromCodePoint(value);
    }
    catch {
        return fallback;
    }
}
// ignoreBOM keeps a leading EF BB BF as U+FEFF instead of stripping it from each run.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
// Bash writes \xHH and \NNN as raw bytes, so a run of them is decoded as UTF-8.
// A byte outside a well-formed sequence has no character and becomes U+FFFD.
function decodeBytes(bytes) {
    return utf8.decode(new Uint8Array(bytes));
}
// Reads a \xHH or \NNN escape at pos, which Bash treats as a single byte.
function readByteEscape(source, pos, limit) {
    if (source.charCodeAt(pos) !== 92 || pos + 2 > limit)
        return undefined;
    const escaped = source.charCodeAt(pos + 1);
    const digitsStart = pos + 2;
    let end = digitsStart;
    if (escaped === 120) {
        while (end < limit && end - digitsStart < 2 && isHex(source.charCodeAt(end)))
            end++;
        if (end === digitsStart)
            return undefined;
        return { value: Number.parseInt(source.slice(digitsStart, end), 16), end };
    }
    if (!isOctal(escaped))
        return undefined;
    while (end < limit && end - digitsStart < 2 && isOctal(source.charCodeAt(end)))
        end++;
    return { value: Number.parseInt(source.slice(pos + 1, end), 8) & 0xff, end };
}
function decodeAnsiCQuoted(source, start, limit) {
    let pos = start;
    let value = "";
    let bytes = [];
    // Bash ends the string at the first NUL an escape produces; scanning still runs to the closing quote.
    let nul = -1;
    while (pos < limit && source.charCodeAt(pos) !== 39) {
        const escapeStart = pos;
        const byte = readByteEscape(source, pos, limit);
        // ASCII bytes end a run like other text, so escapes such as \033 never pay for a decoder call.
        if (byte && byte.value >= 0x80) {
            bytes.push(byte.value);
            pos = byte.end;
            continue;
        }
        if (bytes.length > 0) {
            value += decodeBytes(bytes);
            bytes = [];
        }
        if (byte) {
            if (byte.value === 0 && nul === -1)
                nul = value.length;
            value += String.fromCharCode(byte.value);
            pos = byte.end;
            continue;
        }
        if (source.charCodeAt(pos) !== 92 || pos + 1 >= limit) {
            const runStart = pos;
            while (pos < limit) {
                const code = source.charCodeAt(pos);
                // A backslash at the end of input has nothing to escape; consume it as a
                // literal so the loop always advances.
                if (code === 39 || (code === 92 && pos + 1 < limit))
                    break;
                pos++;
            }
            value += source.slice(runStart, pos);
            continue;
        }
        pos++;
        const escaped = source[pos++];
        switch (escaped) {
            case "a":
                value += "\x07";
                break;
            case "b":
                value += "\b";
                break;
            case "e":
            case "E":
                value += "\x1B";
                break;
            case "f":
                value += "\f";
                break;
            case "n":
                value += "\n";
                break;
            case "r":
                value += "\r";
                break;
            case "t":
                value += "\t";
                break;
            case "v":
                value += "\v";
                break;
            case "\\":
                value += "\\";
                break;
            case "'":
                value += "'";
                break;
            case '"':
                value += '"';
                break;
            case "?":
                value += "?";
                break;
            case "\n":
                break;
            case "c": {
                // The closing quote (or end of input) is not an operand: \c stays literal.
                const code = pos < limit ? source.charCodeAt(pos) : 39;
                if (code === 39) {
                    value += source.slice(escapeStart, pos);
                    break;
                }
                pos++;
                if (code === 92) {
                    // Bash writes a backslash operand as the pair \c\\; a lone backslash
                    // still decodes and leaves the character it escaped as a literal.
                    const pair = pos < limit && source.charCodeAt(pos) === 92;
                    if (pair)
                        pos++;
                    value += "\x1c";
                    if (!pair && pos < limit) {
                        value += source[pos];
                        pos++;
                    }
                    break;
                }
                const control = code === 63 ? 127 : code & 31;
                // Bash applies \c to the operand's first UTF-8 byte, which equals the code unit only for ASCII.
                if (control === 0 && code < 128 && nul === -1)
                    nul = value.length;
                value += String.fromCharCode(control);
                break;
            }
            case "u":
            case "U": {
                const digitsStart = pos;
                const maxDigits = escaped === "u" ? 4 : 8;
                while (pos < limit && pos - digitsStart < maxDigits && isHex(source.charCodeAt(pos)))
                    pos++;
                if (pos === digitsStart) {
                    value += `\\${escaped}`;
                    break;
                }
                const raw = source.slice(escapeStart, pos);
                const point = Number.parseInt(source.slice(digitsStart, pos), 16);
                if (point === 0 && nul === -1)
                    nul = value.length;
                value += codePoint(point, raw);
                break;
            }
            default:
                value += `\\${escaped}`;
                break;
        }
    }
    if (bytes.length > 0)
        value += decodeBytes(bytes);
    if (nul !== -1)
        value = value.slice(0, nul);
    const closed = pos < limit;
    if (closed)
        pos++;
    return { value, end: pos, closed };
}

;// CONCATENATED MODULE: ./node_modules/unbash/dist/expansion.js
// The window is held only until the script resolves; a part constructed without one has no script.
class ScriptExpansionImpl {
    static _resolveScript;
    type;
    pos;
    end;
    text;
    #window;
    #script = undefined;
    constructor(type, pos, end, text, window) {
        this.type = type;
        this.pos = pos;
        this.end = end;
        this.text = text;
        this.#window = window;
    }
    get script() {
        const window = this.#window;
        if (window !== undefined) {
            const script = ScriptExpansionImpl._resolveScript(window.source, window.start, window.end, window.depth, window.parenBoundary, window.context);
            if (window.context === undefined)
                script.source = window.source;
            this.script = script;
        }
        return this.#script;
    }
    set script(script) {
        this.#script = script;
        this.#window = undefined;
    }
    toJSON() {
        return { type: this.type, pos: this.pos, end: this.end, text: this.text, script: this.script };
    }
}
class ProcessSubstitutionImpl extends ScriptExpansionImpl {
    operator;
    constructor(pos, end, text, operator, window) {
        super("ProcessSubstitution", pos, end, text, window);
        this.operator = operator;
    }
    toJSON() {
        return {
            type: this.type,
            pos: this.pos,
            end: this.end,
            text: this.text,
            operator: this.operator,
            script: this.script,
        };
    }
}
class ArithmeticExpansionImpl {
    static _resolveExpression;
    type = "ArithmeticExpansion";
    pos;
    end;
    text;
    #window;
    #expression = undefined;
    constructor(pos, end, text, window) {
        this.pos = pos;
        this.end = end;
        this.text = text;
        this.#window = window;
    }
    get expression() {
        const window = this.#window;
        if (window !== undefined) {
            this.expression = ArithmeticExpansionImpl._resolveExpression(window.body, window.offset, window.source, window.depth, window.context, window.depth + 1);
        }
        return this.#expression;
    }
    set expression(expression) {
        this.#expression = expression;
        this.#window = undefined;
    }
    toJSON() {
        return { type: this.type, pos: this.pos, end: this.end, text: this.text, expression: this.expression };
    }
}

;// CONCATENATED MODULE: ./node_modules/unbash/dist/limits.js
const MAX_SYNTAX_NESTING = 256;

;// CONCATENATED MODULE: ./node_modules/unbash/dist/word-value.js
function dequoteValue(parts) {
    let s = "";
    for (const c of parts)
        s += c.type === "Literal" ? c.value : c.text;
    return s;
}
function unescapeBareValue(text) {
    const first = text.indexOf("\\");
    if (first === -1)
        return text;
    let s = "";
    let start = 0;
    for (let i = first; i < text.length; i++) {
        if (text.charCodeAt(i) !== 92)
            continue;
        s += text.slice(start, i);
        i++;
        if (i >= text.length) {
            s += "\\";
            start = i;
            break;
        }
        if (text.charCodeAt(i) !== 10)
            s += text[i];
        start = i + 1;
    }
    return s + text.slice(start);
}
function continuedExpansionValue(text) {
    let pos = 1;
    while (text[pos] === "\\" && text[pos + 1] === "\n")
        pos += 2;
    return pos === 1 || text[pos] !== "(" ? text : text[0] + text.slice(pos);
}
function wordPartsValue(parts) {
    let value = "";
    for (const part of parts) {
        switch (part.type) {
            case "Literal":
            case "Glob":
            case "SingleQuoted":
            case "AnsiCQuoted":
                value += part.value;
                break;
            case "DoubleQuoted":
            case "LocaleString":
                value += dequoteValue(part.parts);
                break;
            case "CommandExpansion":
                value += part.text[0] === "$" ? continuedExpansionValue(part.text) : part.text;
                break;
            case "ExtendedGlob":
                value += continuedExpansionValue(part.text);
                break;
            default:
                value += part.text;
                break;
        }
    }
    return value;
}

;// CONCATENATED MODULE: ./node_modules/unbash/dist/word.js

class WordImpl {
    type = "Word";
    text;
    pos;
    end;
    #source;
    #resolver;
    #depth;
    #parts;
    #value = null;
    constructor(text, pos, end, source, resolver, depth = 0) {
        this.text = text;
        this.pos = pos;
        this.end = end;
        this.#source = source;
        this.#resolver = resolver;
        this.#depth = depth;
        this.#parts = resolver === undefined ? undefined : null;
    }
    get value() {
        if (this.#value === null) {
            const parts = this.#source === undefined && this.#parts === null ? undefined : this.parts;
            this.#value = parts ? wordPartsValue(parts) : unescapeBareValue(this.text);
        }
        return this.#value;
    }
    get parts() {
        if (this.#parts === null) {
            this.#parts = this.#resolver?.(this.#source ?? "", this, this.#depth) ?? undefined;
        }
        return this.#parts;
    }
    set parts(v) {
        this.#parts = v ?? undefined;
    }
    toJSON() {
        return { type: this.type, text: this.text, pos: this.pos, end: this.end, parts: this.parts, value: this.value };
    }
}

;// CONCATENATED MODULE: ./node_modules/unbash/dist/substitution-context.js
// A nested script shares its parent's boundary cache, allocated on first use.
function createSubstitutionContext(parent) {
    const boundaries = parent === undefined ? undefined : substitutionBoundaries(parent);
    return { boundaries, wordParts: undefined, embeddedParts: undefined, arrayParts: undefined };
}
function substitutionBoundaries(context) {
    return context.boundaries ?? (context.boundaries = new Map());
}

;// CONCATENATED MODULE: ./node_modules/unbash/dist/chars.js
const CH_TAB = 9;
const CH_NL = 10;
const CH_SPACE = 32;
const CH_BANG = 33;
const CH_DQUOTE = 34;
const CH_HASH = 35;
const CH_DOLLAR = 36;
const CH_PERCENT = 37;
const CH_AMP = 38;
const CH_SQUOTE = 39;
const CH_LPAREN = 40;
const CH_RPAREN = 41;
const CH_STAR = 42;
const CH_PLUS = 43;
const CH_COMMA = 44;
const CH_DASH = 45;
const CH_DOT = 46;
const CH_SLASH = 47;
const CH_0 = 48;
const CH_9 = 57;
const CH_COLON = 58;
const CH_SEMI = 59;
const CH_LT = 60;
const CH_EQ = 61;
const CH_GT = 62;
const CH_QUESTION = 63;
const CH_AT = 64;
const CH_A = 65;
const CH_Z = 90;
const CH_LBRACKET = 91;
const CH_BACKSLASH = 92;
const CH_RBRACKET = 93;
const CH_CARET = 94;
const CH_UNDERSCORE = 95;
const CH_BACKTICK = 96;
const CH_a = 97;
const CH_z = 122;
const CH_LBRACE = 123;
const CH_PIPE = 124;
const CH_RBRACE = 125;
const CH_TILDE = 126;
function skipLineContinuations(source, pos, end) {
    while (pos + 1 < end && source.charCodeAt(pos) === CH_BACKSLASH && source.charCodeAt(pos + 1) === CH_NL)
        pos += 2;
    return pos;
}

;// CONCATENATED MODULE: ./node_modules/unbash/dist/glob.js


function hasGlobCharacters(text) {
    return /[*?[]/.test(text);
}
const bracketSyntax = new Uint8Array(128);
bracketSyntax[CH_BANG] = 1;
bracketSyntax[CH_CARET] = 1;
bracketSyntax[CH_LBRACKET] = 1;
bracketSyntax[CH_RBRACKET] = 1;
bracketSyntax[CH_COLON] = 1;
bracketSyntax[CH_DOT] = 1;
bracketSyntax[CH_EQ] = 1;
bracketSyntax[CH_DASH] = 1;
bracketSyntax[CH_BACKSLASH] = 1;
// Bracket extents follow Bash's matcher (lib/glob/sm_loop.c, BRACKMATCH and PARSE_SUBBRACKET on
// the path where no member matches): `[:name:]` and `[=c=]` end at the first `:]` or `=]` unless a
// raw `]` comes first, `[.sym.]` ends at the first `.]` even past a `]`, a class or equivalence
// never starts a range, and a `-` range end consumes one member, be it an escape, a plain `[` or a
// collating symbol (also behind an escaped `[`). Quoted and expanded parts are single opaque
// members; Bash additionally lets quoted `]`, `:`, `=`, `.` and `[` take part in symbol and range
// scanning after re-escaping them, which this scan leaves out.
function bracketEnds(source, start, end, parts, offset) {
    let close = end - 1;
    while (close > start && source.charCodeAt(close) !== CH_RBRACKET)
        close--;
    if (close === start)
        return null;
    // Tokens: each special character, and runs of plain members (continuations vanish, quoted or
    // expanded parts are plain). Only specials change an extent, so a run acts as one member except
    // as a range end, which consumes just its first member.
    const positions = [];
    const kinds = [];
    const members = [];
    let partIndex = 0;
    let symbols = false;
    for (let pos = start; pos < end; pos++) {
        while (parts && partIndex < parts.length && parts[partIndex].end <= pos + offset)
            partIndex++;
        const part = parts?.[partIndex];
        const tokenPos = pos;
        let kind = 0;
        if (part && part.pos <= pos + offset && part.type !== "Literal") {
            pos = part.end - offset - 1;
        }
        else {
            kind = source.charCodeAt(pos);
            if (kind === CH_BACKSLASH && pos + 1 < end && source.charCodeAt(pos + 1) === CH_NL) {
                pos++;
                continue;
            }
            if (kind >= 128 || !bracketSyntax[kind])
                kind = 0;
        }
        const last = kinds.length - 1;
        if (kind === 0 && last >= 0 && kinds[last] === 0) {
            members[last]++;
            continue;
        }
        if (last >= 0 && kinds[last] === CH_LBRACKET && (kind === CH_COLON || kind === CH_EQ || kind === CH_DOT)) {
            symbols = true;
        }
        positions.push(tokenPos);
        kinds.push(kind);
        members.push(1);
    }
    const count = kinds.length;
    // PARSE_SUBBRACKET memoized per opener: symbolEnd[t] is the token after the `X]` closing the
    // symbol that `[X` opens at token t, or -1. One right-to-left pass tracks the nearest raw `]`
    // and the nearest `:]`, `=]` and `.]` beyond the opener. Escaped characters are separate tokens,
    // so a `\]` still stops a `:` or `=` scan as it does in Bash.
    let symbolEnd;
    if (symbols) {
        symbolEnd = new Int32Array(count).fill(-1);
        let close = -1;
        let colon = -1;
        let eq = -1;
        let dot = -1;
        for (let i = count - 1; i >= 0; i--) {
            // The scan for the opener at i starts two tokens in, so fold token i + 2 in first.
            const kind = kinds[i + 2];
            if (kind === CH_RBRACKET)
                close = i + 2;
            else if (kinds[i + 3] === CH_RBRACKET) {
                if (kind === CH_COLON)
                    colon = i + 2;
                else if (kind === CH_EQ)
                    eq = i + 2;
                else if (kind === CH_DOT)
                    dot = i + 2;
            }
            if (kinds[i] !== CH_LBRACKET)
                continue;
            const type = kinds[i + 1];
            const found = type === CH_COLON ? colon : type === CH_EQ ? eq : type === CH_DOT ? dot : -1;
            if (found !== -1 && (type === CH_DOT || close === -1 || close > found))
                symbolEnd[i] = found + 2;
        }
    }
    const subBracket = (open) => (symbolEnd === undefined ? -1 : symbolEnd[open]);
    // endFrom[t]: the token after the `]` closing a bracket whose next member starts at token t, or
    // -1 when the pattern runs out and the opening `[` stays literal.
    const endFrom = new Int32Array(count + 2).fill(-1);
    const resume = (next, range) => {
        if (next >= count)
            return -1;
        if (range && kinds[next] === CH_DASH && next + 1 < count && kinds[next + 1] !== CH_RBRACKET) {
            let last = next + 1;
            if (kinds[last] === CH_BACKSLASH) {
                if (last + 1 >= count)
                    return -1;
                last++;
            }
            let after = last + 1;
            if (kinds[last] === CH_LBRACKET && kinds[last + 1] === CH_DOT) {
                const symbol = subBracket(last);
                if (symbol !== -1)
                    after = symbol;
            }
            else if (kinds[last] === 0 && members[last] > 1) {
                // The run's later members stay members, and its last one may start the next range.
                return endFrom[last];
            }
            if (after >= count)
                return -1;
            return kinds[after] === CH_RBRACKET ? after + 1 : endFrom[after];
        }
        return kinds[next] === CH_RBRACKET ? next + 1 : endFrom[next];
    };
    for (let t = count - 1; t >= 0; t--) {
        const kind = kinds[t];
        let after = t + 1;
        let range = true;
        if (kind === CH_BACKSLASH) {
            if (t + 1 >= count)
                continue;
            after = t + 2;
        }
        else if (kind === CH_LBRACKET) {
            const type = kinds[t + 1];
            if (type === CH_COLON || type === CH_EQ || type === CH_DOT) {
                const symbol = subBracket(t);
                if (symbol !== -1) {
                    after = symbol;
                    range = type === CH_DOT;
                }
            }
        }
        endFrom[t] = resume(after, range);
    }
    const ends = new Map();
    for (let t = 0; t < count; t++) {
        if (kinds[t] !== CH_LBRACKET)
            continue;
        let first = t + 1;
        if (kinds[first] === CH_BANG || kinds[first] === CH_CARET)
            first++;
        if (first >= count)
            continue;
        const close = kinds[first] === CH_RBRACKET ? resume(first + 1, true) : endFrom[first];
        if (close !== -1)
            ends.set(positions[t], positions[close - 1] + 1);
    }
    return ends;
}
function appendRange(source, start, end, parts, index, offset, result) {
    while (start < end) {
        while (parts && index < parts.length && parts[index].end <= start + offset)
            index++;
        const part = parts?.[index];
        if (part && part.pos === start + offset && part.end <= end + offset) {
            result.push(part);
            start = part.end - offset;
            index++;
            continue;
        }
        const stop = part ? Math.min(end, (part.pos > start + offset ? part.pos : part.end) - offset) : end;
        const text = source.slice(start, stop);
        result.push({ type: "Literal", pos: start + offset, end: stop + offset, text, value: unescapeBareValue(text) });
        start = stop;
    }
    return index;
}
function parseGlobParts(source, start, end, parts, offset = 0) {
    let result;
    let brackets;
    let partIndex = 0;
    let emittedIndex = 0;
    let literalStart = start;
    for (let pos = start; pos < end; pos++) {
        while (parts && partIndex < parts.length && parts[partIndex].end <= pos + offset)
            partIndex++;
        const part = parts?.[partIndex];
        if (part && part.pos <= pos + offset && part.type !== "Literal") {
            pos = part.end - offset - 1;
            continue;
        }
        const character = source.charCodeAt(pos);
        if (character === CH_BACKSLASH) {
            pos++;
            continue;
        }
        let globEnd;
        if (character === CH_STAR || character === CH_QUESTION) {
            const limit = part ? Math.min(end, part.end - offset) : end;
            // Embedded-word scans can leave extglob operators inside Literal parts.
            const next = skipLineContinuations(source, pos + 1, limit);
            if (next < limit && source.charCodeAt(next) === CH_LPAREN)
                continue;
            globEnd = pos + 1;
            if (character === CH_STAR) {
                while (globEnd < limit && source.charCodeAt(globEnd) === CH_STAR) {
                    const next = skipLineContinuations(source, globEnd + 1, limit);
                    if (next < limit && source.charCodeAt(next) === CH_LPAREN)
                        break;
                    globEnd++;
                }
            }
        }
        else if (character === CH_LBRACKET) {
            if (brackets === undefined)
                brackets = bracketEnds(source, pos, end, parts, offset);
            const close = brackets?.get(pos);
            if (close === undefined)
                continue;
            globEnd = close;
        }
        else {
            continue;
        }
        if (!result)
            result = [];
        emittedIndex = appendRange(source, literalStart, pos, parts, emittedIndex, offset, result);
        const text = source.slice(pos, globEnd);
        let glob;
        if (character === CH_LBRACKET) {
            const interior = [];
            emittedIndex = appendRange(source, pos + 1, globEnd - 1, parts, emittedIndex, offset, interior);
            glob = {
                type: "Glob",
                kind: "bracket",
                pos: pos + offset,
                end: globEnd + offset,
                text,
                value: "[" + wordPartsValue(interior) + "]",
                parts: interior,
            };
        }
        else {
            glob = {
                type: "Glob",
                kind: character === CH_STAR ? "star" : "question",
                pos: pos + offset,
                end: globEnd + offset,
                text,
                value: text,
                parts: undefined,
            };
        }
        result.push(glob);
        literalStart = globEnd;
        pos = globEnd - 1;
    }
    if (!result)
        return parts ?? undefined;
    appendRange(source, literalStart, end, parts, emittedIndex, offset, result);
    return result;
}

;// CONCATENATED MODULE: ./node_modules/unbash/dist/lexer.js







const Token = {
    Word: 0,
    Assignment: 1,
    Semi: 2,
    Newline: 3,
    Pipe: 4,
    And: 5,
    Or: 6,
    Amp: 7,
    LParen: 8,
    RParen: 9,
    LBrace: 10,
    RBrace: 11,
    Bang: 12,
    If: 13,
    Then: 14,
    Else: 15,
    Elif: 16,
    Fi: 17,
    Do: 18,
    Done: 19,
    For: 20,
    While: 21,
    Until: 22,
    In: 23,
    Case: 24,
    Esac: 25,
    Function: 26,
    DoubleSemi: 27,
    SemiAmp: 28,
    DoubleSemiAmp: 29,
    Select: 30,
    DblLBracket: 31,
    DblRBracket: 32,
    EOF: 33,
    ArithCmd: 34,
    Coproc: 35,
    Redirect: 36,
};
class TokenValue {
    token = Token.EOF;
    // Materialized token value, or null for word tokens whose value has not been
    // requested yet (computed from [pos, end) on demand via the owning lexer).
    _value = "";
    _owner;
    pos = 0;
    end = 0;
    fileDescriptor = undefined;
    variableName = undefined;
    descriptorEnd = 0;
    delimiterQuoted = false;
    content = undefined;
    targetPos = 0;
    targetEnd = 0;
    assignmentOperatorPos = -1;
    // True when `value` is exactly the raw source span [pos, end) — lets consumers
    // reuse the string instead of slicing the source again.
    raw = false;
    // True when a word contains no quoting, escaped characters, or expansions.
    // Backslash-newline continuations preserve keyword eligibility.
    keywordEligible = false;
    constructor(owner = null) {
        this._owner = owner;
    }
    get value() {
        return (this._value ?? (this._value = this._owner === null ? "" : this._owner._tokenValue(this.pos, this.end, this.raw)));
    }
    set value(v) {
        this._value = v;
    }
    reset() {
        this.token = Token.EOF;
        this._value = "";
        this.pos = 0;
        this.end = 0;
        this.fileDescriptor = undefined;
        this.variableName = undefined;
        this.descriptorEnd = 0;
        this.delimiterQuoted = false;
        this.content = undefined;
        this.targetPos = 0;
        this.targetEnd = 0;
        this.assignmentOperatorPos = -1;
        this.raw = false;
        this.keywordEligible = false;
    }
    copyFrom(other) {
        this.token = other.token;
        this._value = other._value;
        this.pos = other.pos;
        this.end = other.end;
        this.fileDescriptor = other.fileDescriptor;
        this.variableName = other.variableName;
        this.descriptorEnd = other.descriptorEnd;
        this.delimiterQuoted = other.delimiterQuoted;
        this.content = other.content;
        this.targetPos = other.targetPos;
        this.targetEnd = other.targetEnd;
        this.assignmentOperatorPos = other.assignmentOperatorPos;
        this.raw = other.raw;
        this.keywordEligible = other.keywordEligible;
    }
}
const RESERVED_WORDS = new Map([
    ["if", Token.If],
    ["then", Token.Then],
    ["else", Token.Else],
    ["elif", Token.Elif],
    ["fi", Token.Fi],
    ["do", Token.Do],
    ["done", Token.Done],
    ["for", Token.For],
    ["while", Token.While],
    ["until", Token.Until],
    ["in", Token.In],
    ["case", Token.Case],
    ["esac", Token.Esac],
    ["function", Token.Function],
    ["select", Token.Select],
    ["coproc", Token.Coproc],
    ["!", Token.Bang],
    ["{", Token.LBrace],
    ["}", Token.RBrace],
]);
// `name()` is a syntax error for these; `time`, `[[` and `]]` are matched positionally
// rather than through RESERVED_WORDS, and a name spelled like an assignment reads as a prefix.
function requiresFunctionKeyword(name) {
    return RESERVED_WORDS.has(name) || name === "time" || name === "[[" || name === "]]" || name.includes("=");
}
// Combined character type table — bit 0: metachar, bit 1: word-special
const charType = new Uint8Array(128);
charType[CH_PIPE] = 1;
charType[CH_AMP] = 1;
charType[CH_SEMI] = 1;
charType[CH_LPAREN] = 1;
charType[CH_RPAREN] = 1;
charType[CH_LT] = 1;
charType[CH_GT] = 1;
charType[CH_SPACE] = 1;
charType[CH_TAB] = 1;
charType[CH_NL] = 1;
charType[CH_BACKSLASH] = 2;
charType[CH_SQUOTE] = 2;
charType[CH_DQUOTE] = 2;
charType[CH_DOLLAR] = 2;
charType[CH_BACKTICK] = 2;
charType[CH_LBRACE] = 2;
function skipBlanks(source, pos, end) {
    while (pos < end) {
        const ch = source.charCodeAt(pos);
        if (ch === CH_SPACE || ch === CH_TAB)
            pos++;
        else if (ch === CH_BACKSLASH && pos + 1 < end && source.charCodeAt(pos + 1) === CH_NL)
            pos += 2;
        else
            break;
    }
    return pos;
}
const arithmeticWordDelimiter = new Uint8Array(128);
for (const ch of [
    CH_TAB,
    CH_NL,
    CH_SPACE,
    CH_BANG,
    CH_PERCENT,
    CH_AMP,
    CH_LPAREN,
    CH_RPAREN,
    CH_STAR,
    CH_PLUS,
    CH_COMMA,
    CH_DASH,
    CH_SLASH,
    CH_COLON,
    CH_LT,
    CH_EQ,
    CH_GT,
    CH_QUESTION,
    CH_CARET,
    CH_PIPE,
]) {
    arithmeticWordDelimiter[ch] = 1;
}
function hasEmbeddedWordStructure(source, start, end) {
    for (let pos = start; pos < end; pos++) {
        const ch = source.charCodeAt(pos);
        if (ch === CH_BACKSLASH ||
            ch === CH_SQUOTE ||
            ch === CH_DQUOTE ||
            ch === CH_DOLLAR ||
            ch === CH_BACKTICK ||
            ((ch === CH_LT || ch === CH_GT) && pos + 1 < end && source.charCodeAt(pos + 1) === CH_LPAREN)) {
            return true;
        }
    }
    return false;
}
function findUnnested(s, target, pairTernaries = false, findNestedEnd) {
    let depth = 0;
    let ternaryDepth = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === CH_BACKSLASH) {
            i++;
            continue;
        }
        if (c === CH_LBRACE) {
            depth++;
            continue;
        }
        if (c === CH_RBRACE) {
            if (depth > 0)
                depth--;
            continue;
        }
        if (c === CH_SQUOTE) {
            i++;
            while (i < s.length && s.charCodeAt(i) !== CH_SQUOTE)
                i++;
            continue;
        }
        if (c === CH_DQUOTE) {
            i++;
            while (i < s.length) {
                const quoted = s.charCodeAt(i);
                if (quoted === CH_DQUOTE)
                    break;
                if (quoted === CH_BACKSLASH) {
                    i += 2;
                    continue;
                }
                const nestedEnd = findNestedEnd?.(i, true) ?? i;
                if (nestedEnd > i) {
                    i = nestedEnd;
                    continue;
                }
                i++;
            }
            continue;
        }
        const nestedEnd = findNestedEnd?.(i, false) ?? i;
        if (nestedEnd > i) {
            i = nestedEnd - 1;
            continue;
        }
        if (pairTernaries && depth === 0) {
            if (c === CH_QUESTION) {
                ternaryDepth++;
                continue;
            }
            if (c === CH_COLON && ternaryDepth > 0) {
                ternaryDepth--;
                continue;
            }
        }
        if (c === target && depth === 0)
            return i;
    }
    return -1;
}
// Lookup: identifier chars (a-z, A-Z, 0-9, _) — bit 0: start, bit 1: continue
const isIdChar = new Uint8Array(128);
for (let i = CH_a; i <= CH_z; i++)
    isIdChar[i] = 3;
for (let i = CH_A; i <= CH_Z; i++)
    isIdChar[i] = 3;
for (let i = CH_0; i <= CH_9; i++)
    isIdChar[i] = 2;
isIdChar[CH_UNDERSCORE] = 3;
const extglobPrefix = new Uint8Array(128);
extglobPrefix[CH_QUESTION] = 1;
extglobPrefix[CH_AT] = 1;
extglobPrefix[CH_STAR] = 1;
extglobPrefix[CH_PLUS] = 1;
extglobPrefix[CH_BANG] = 1;
extglobPrefix[CH_EQ] = 1;
// `=(` opens an array value, not a pattern.
function isExtglobOpen(prefix) {
    return prefix < 128 && prefix !== CH_EQ && extglobPrefix[prefix] === 1;
}
const extglobOp = {
    [CH_QUESTION]: "?",
    [CH_AT]: "@",
    [CH_STAR]: "*",
    [CH_PLUS]: "+",
    [CH_BANG]: "!",
};
function isDQChild(p) {
    const t = p.type;
    return (t === "Literal" ||
        t === "SimpleExpansion" ||
        t === "ParameterExpansion" ||
        t === "CommandExpansion" ||
        t === "ArithmeticExpansion");
}
function isAllDigitsRange(src, start, end) {
    for (let i = start; i < end; i++) {
        const c = src.charCodeAt(i);
        if (c < CH_0 || c > CH_9)
            return false;
    }
    return end > start;
}
const ASSIGNMENT_INVALID = -1;
const ASSIGNMENT_NAME_START = 0;
const ASSIGNMENT_NAME = 1;
const ASSIGNMENT_AFTER_INDEX = 2;
const ASSIGNMENT_AFTER_PLUS = 3;
const ASSIGNMENT_INDEX_BASE = 4;
function joinWordParts(head, tail) {
    const last = head[head.length - 1];
    const first = tail[0];
    let start = 0;
    if (last?.type === "Literal" && first?.type === "Literal" && last.end === first.pos) {
        head[head.length - 1] = {
            type: "Literal",
            pos: last.pos,
            end: first.end,
            text: last.text + first.text,
            value: last.value + first.value,
        };
        start = 1;
    }
    for (let i = start; i < tail.length; i++)
        head.push(tail[i]);
    return head;
}
function isMatchedAssignment(state) {
    return state < ASSIGNMENT_INVALID;
}
function assignmentOperatorPos(state) {
    return -state - 2;
}
function scanAssignmentPrefix(src, start, end, initialState) {
    let state = initialState;
    for (let i = start; i < end && state >= 0; i++) {
        const c = src.charCodeAt(i);
        if (state >= ASSIGNMENT_INDEX_BASE) {
            if (c === CH_LBRACKET)
                state++;
            else if (c === CH_RBRACKET && --state === ASSIGNMENT_INDEX_BASE)
                state = ASSIGNMENT_AFTER_INDEX;
        }
        else if (state === ASSIGNMENT_NAME_START) {
            state = c < 128 && isIdChar[c] & 1 ? ASSIGNMENT_NAME : ASSIGNMENT_INVALID;
        }
        else if (state === ASSIGNMENT_NAME) {
            if (c < 128 && isIdChar[c] & 2)
                continue;
            if (c === CH_LBRACKET)
                state = ASSIGNMENT_INDEX_BASE + 1;
            else if (c === CH_PLUS)
                state = ASSIGNMENT_AFTER_PLUS;
            else
                state = c === CH_EQ ? -i - 2 : ASSIGNMENT_INVALID;
        }
        else if (state === ASSIGNMENT_AFTER_INDEX) {
            if (c === CH_PLUS)
                state = ASSIGNMENT_AFTER_PLUS;
            else
                state = c === CH_EQ ? -i - 2 : ASSIGNMENT_INVALID;
        }
        else {
            state = c === CH_EQ ? -i - 2 : ASSIGNMENT_INVALID;
        }
    }
    return state;
}
function setToken(out, token, value, pos = 0, end = 0) {
    out.token = token;
    out._value = value;
    out.pos = pos;
    out.end = end;
    out.fileDescriptor = undefined;
    out.variableName = undefined;
    out.descriptorEnd = 0;
    out.delimiterQuoted = false;
    out.content = undefined;
    out.assignmentOperatorPos = -1;
    out.raw = false;
    out.keywordEligible = false;
}
// Word token over [pos, end) whose value materializes on first access.
function setSpanToken(out, token, pos, end, raw) {
    out.token = token;
    out._value = null;
    out.pos = pos;
    out.end = end;
    out.fileDescriptor = undefined;
    out.variableName = undefined;
    out.descriptorEnd = 0;
    out.delimiterQuoted = false;
    out.content = undefined;
    out.assignmentOperatorPos = -1;
    out.raw = raw;
    out.keywordEligible = false;
}
// Positional reserved-word match over src[start, start+len) — no slice. Mirrors
// RESERVED_WORDS; first-char dispatch plus length checks reject fast.
function matchReservedWord(src, start, len) {
    switch (src.charCodeAt(start)) {
        case CH_BANG:
            return len === 1 ? Token.Bang : undefined;
        case CH_LBRACE:
            return len === 1 ? Token.LBrace : undefined;
        case CH_RBRACE:
            return len === 1 ? Token.RBrace : undefined;
        case 0x69 /* i */: {
            if (len !== 2)
                return undefined;
            const c = src.charCodeAt(start + 1);
            return c === 0x66 /* f */ ? Token.If : c === 0x6e /* n */ ? Token.In : undefined;
        }
        case 0x66 /* f */:
            if (len === 2)
                return src.charCodeAt(start + 1) === 0x69 /* i */ ? Token.Fi : undefined;
            if (len === 3)
                return src.startsWith("for", start) ? Token.For : undefined;
            if (len === 8)
                return src.startsWith("function", start) ? Token.Function : undefined;
            return undefined;
        case 0x74 /* t */:
            return len === 4 && src.startsWith("then", start) ? Token.Then : undefined;
        case 0x65 /* e */:
            if (len !== 4)
                return undefined;
            if (src.startsWith("else", start))
                return Token.Else;
            if (src.startsWith("elif", start))
                return Token.Elif;
            if (src.startsWith("esac", start))
                return Token.Esac;
            return undefined;
        case 0x64 /* d */:
            if (len === 2)
                return src.charCodeAt(start + 1) === 0x6f /* o */ ? Token.Do : undefined;
            if (len === 4)
                return src.startsWith("done", start) ? Token.Done : undefined;
            return undefined;
        case 0x63 /* c */:
            if (len === 4)
                return src.startsWith("case", start) ? Token.Case : undefined;
            if (len === 6)
                return src.startsWith("coproc", start) ? Token.Coproc : undefined;
            return undefined;
        case 0x77 /* w */:
            return len === 5 && src.startsWith("while", start) ? Token.While : undefined;
        case 0x75 /* u */:
            return len === 5 && src.startsWith("until", start) ? Token.Until : undefined;
        case 0x73 /* s */:
            return len === 6 && src.startsWith("select", start) ? Token.Select : undefined;
        default:
            return undefined;
    }
}
const LexContext = {
    Normal: 0,
    CommandStart: 1,
    TestMode: 2,
    // After a prefix element: assignments still recognized, reserved words not.
    CommandPrefix: 3,
    // Assignment arguments retain ordinary word boundaries inside subscripts.
    Declaration: 4,
    ArrayElement: 5,
    FunctionName: 6,
    CasePattern: 7,
    // Arguments of eval and let: ordinary words, but `name=(…)` keeps its array value as in Bash.
    EvalArgument: 8,
};
// `${` followed by blank, newline or `|` opens a brace command substitution, not a parameter.
function isBraceCommandOpener(after) {
    return after === CH_SPACE || after === CH_TAB || after === CH_NL || after === CH_PIPE;
}
class Lexer {
    static _findSubstitutionEnd;
    src;
    srcEnd;
    parenBoundary;
    pos;
    current;
    nextState;
    hasPeek;
    pendingHereDocs;
    substitutionContext;
    _errors = null;
    _buildParts = false;
    // Build processed text while scanning. Off on the normal token path (values
    // materialize lazily); on for redirect targets, heredoc delimiters, arithmetic
    // command bodies, and bounded value re-lexes. _buildParts implies it.
    _buildValue = false;
    // Nesting depth of the window being lexed (enclosing sub-fields plus substitution
    // scripts), sharing the MAX_SYNTAX_NESTING budget across lazily created lexers.
    _nestingDepth = 0;
    // `start`/`end` bound the lexer to a window of `src` so substitution scripts can be
    // parsed in place against the original source — every position is then absolute, with
    // no slicing or re-basing. Defaults cover the whole string (the common top-level parse).
    constructor(src, start = 0, end = src.length, parenBoundary = false, context = createSubstitutionContext()) {
        this.src = src;
        this.srcEnd = end;
        this.parenBoundary = parenBoundary;
        this.pos = start;
        this.current = new TokenValue(this);
        this.nextState = new TokenValue(this);
        this.hasPeek = false;
        this.pendingHereDocs = null;
        this.substitutionContext = context;
        if (start === 0 && src.charCodeAt(0) === CH_HASH && src.charCodeAt(1) === CH_BANG) {
            const nl = src.indexOf("\n");
            this.pos = nl === -1 ? this.srcEnd : nl + 1;
        }
    }
    getSource() {
        return this.src;
    }
    // Fresh window sharing source, depth and substitution context; tokens, errors, heredocs and build flags reset.
    fork(start, end, parenBoundary = false) {
        const lexer = new Lexer(this.src, start, end, parenBoundary, this.substitutionContext);
        lexer._nestingDepth = this._nestingDepth;
        return lexer;
    }
    getSubstitutionContext() {
        return this.substitutionContext;
    }
    get errors() {
        return this._errors ?? (this._errors = []);
    }
    // A substitution's script parses lazily, one level below the window it was found in, in
    // place over `inner` at `start`, sharing this scan's substitution boundaries.
    commandExpansion(pos, text, start, inner, parenBoundary = false) {
        const window = this.scriptWindow(this.src, start, start + inner.length, parenBoundary);
        return new ScriptExpansionImpl("CommandExpansion", pos, this.pos, text, window);
    }
    // Escaped backticks rebuild `inner` with the escapes removed, so it is no longer a verbatim
    // substring of the source: that script parses the decoded body as its own source.
    decodedCommandExpansion(pos, text, inner) {
        const window = this.scriptWindow(inner, 0, inner.length, false, true);
        return new ScriptExpansionImpl("CommandExpansion", pos, this.pos, text, window);
    }
    processSubstitution(pos, text, operator, inner) {
        const window = this.scriptWindow(this.src, pos + 2, pos + 2 + inner.length, !this._unbalanced);
        return new ProcessSubstitutionImpl(pos, this.pos, text, operator, window);
    }
    // Past the nesting budget the part gets no window, so lazy materialization bottoms out.
    scriptWindow(source, start, end, parenBoundary, decoded = false) {
        if (this._nestingDepth > MAX_SYNTAX_NESTING)
            return undefined;
        const context = decoded ? undefined : this.substitutionContext;
        return { source, start, end, depth: this._nestingDepth + 1, parenBoundary, context };
    }
    getPos() {
        return this.pos;
    }
    findSubstitutionEnd(start, end, depth = this._nestingDepth + 1) {
        if (Lexer._findSubstitutionEnd === undefined)
            return -1;
        return Lexer._findSubstitutionEnd(this.src, start, end, depth, this.substitutionContext);
    }
    /** Materialize a word token's value: raw spans slice directly, others re-lex the span. */
    _tokenValue(pos, end, raw) {
        return raw ? this.src.slice(pos, end) : this.wordValueOf(pos, end);
    }
    // Re-lex [start, end) in value mode to produce the processed word text. Bounded
    // to the span, so every expansion the original scan consumed closes within it.
    // Errors were already reported by the original scan; suppress duplicates.
    wordValueOf(start, end) {
        const savedPos = this.pos;
        const savedEnd = this.srcEnd;
        const savedBracketWindow = this._bracketWindow;
        const savedArithmeticBracketWindow = this._arithmeticBracketWindow;
        const savedBuildValue = this._buildValue;
        const savedUnbalanced = this._unbalanced;
        const errorCount = this._errors === null ? 0 : this._errors.length;
        this.pos = start;
        this.srcEnd = end;
        this._buildValue = true;
        this.readWordText();
        if (this.pos < end &&
            this._wordAssignmentState !== undefined &&
            this._wordAssignmentState >= ASSIGNMENT_INDEX_BASE) {
            this.pos = start;
            this.readWordText(true);
        }
        const value = this._wordText;
        this.pos = savedPos;
        this.srcEnd = savedEnd;
        this._bracketWindow = savedBracketWindow;
        this._arithmeticBracketWindow = savedArithmeticBracketWindow;
        this._buildValue = savedBuildValue;
        this._unbalanced = savedUnbalanced;
        if (this._errors !== null)
            this._errors.length = errorCount;
        return value;
    }
    /** Find the closing bracket for a shell subscript, ignoring brackets inside nested shell syntax. */
    findClosingBracket(start, end = this.srcEnd) {
        // A failed search scans to the end and every unclosed subscript at a command position
        // retries it, so answer from the last bracket in the window first.
        const limit = Math.min(end, this.srcEnd);
        let window = this._bracketWindow;
        if (!window || window.limit !== limit) {
            window = { limit, depth: this._nestingDepth, last: this.src.lastIndexOf("]", limit - 1) };
            this._bracketWindow = window;
        }
        if (start > window.last)
            return -1;
        if (window.depth !== this._nestingDepth) {
            window = { limit, depth: this._nestingDepth, last: window.last };
            this._bracketWindow = window;
        }
        if (window.failed?.has(start))
            return -1;
        const unmatched = [];
        const close = this.findClosingShellDelimiter(start, end, CH_RBRACKET, false, true, unmatched);
        if (close === -1) {
            const failed = window.failed ?? (window.failed = new Set());
            for (const starts of unmatched)
                for (const pos of starts)
                    failed.add(pos);
        }
        return close;
    }
    /** Find the closing bracket of `$[ … ]`, which unlike a subscript does not recurse into `${ }`. */
    findClosingArithmeticBracket(start, end = this.srcEnd) {
        const limit = Math.min(end, this.srcEnd);
        let window = this._arithmeticBracketWindow;
        if (!window || window.end !== limit || window.depth !== this._nestingDepth) {
            window = { end: limit, depth: this._nestingDepth, failed: new Set() };
            this._arithmeticBracketWindow = window;
        }
        if (window.failed.has(start))
            return -1;
        return this.findClosingShellDelimiter(start, end, CH_RBRACKET, false, false, undefined, window.failed);
    }
    /** Find the closing brace for a parameter expansion, ignoring braces inside nested shell syntax. */
    findClosingBrace(start, end = this.srcEnd) {
        return this.findClosingShellDelimiter(start, end, CH_RBRACE);
    }
    /** Find the closing parenthesis for a shell substitution using the command-aware scanner. */
    findClosingParenthesis(start, end = this.srcEnd) {
        const savedPos = this.pos;
        const savedEnd = this.srcEnd;
        const savedBracketWindow = this._bracketWindow;
        const savedArithmeticBracketWindow = this._arithmeticBracketWindow;
        const savedUnbalanced = this._unbalanced;
        this.pos = start;
        this.srcEnd = Math.min(end, this.srcEnd);
        this.extractBalanced();
        const close = this._unbalanced ? -1 : this.pos - 1;
        this.pos = savedPos;
        this.srcEnd = savedEnd;
        this._bracketWindow = savedBracketWindow;
        this._arithmeticBracketWindow = savedArithmeticBracketWindow;
        this._unbalanced = savedUnbalanced;
        return close;
    }
    /** Find the end of one arithmetic expansion using the canonical lexer scanner. */
    findArithmeticExpansionEnd(start, end = this.srcEnd) {
        const scanner = this.fork(start, end);
        scanner.pos = start + 1;
        scanner.scanArithmeticBody();
        return scanner.pos;
    }
    /** Find the end of one shell-expanded arithmetic word using the canonical lexer scanners. */
    findArithmeticWordEnd(start, end = this.srcEnd) {
        const scanner = this.fork(start, end);
        scanner.pos = start;
        return scanner.scanArithmeticWordEnd();
    }
    scanArithmeticWordEnd() {
        while (this.pos < this.srcEnd) {
            const ch = this.src.charCodeAt(this.pos);
            if (ch === CH_DOLLAR) {
                this.readDollar();
                continue;
            }
            if (ch === CH_BACKTICK) {
                this.readBacktickExpansion();
                continue;
            }
            if (ch === CH_SQUOTE) {
                this.pos++;
                this.skipSQ();
                continue;
            }
            if (ch === CH_DQUOTE) {
                this.pos++;
                this.skipDQ();
                continue;
            }
            if (ch === CH_BACKSLASH) {
                this.pos += 2;
                continue;
            }
            if (ch === CH_LBRACKET) {
                const close = this.findClosingBracket(this.pos + 1);
                if (close !== -1) {
                    this.pos = close + 1;
                    continue;
                }
            }
            if ((ch === CH_LT || ch === CH_GT) && this.src.charCodeAt(this.pos + 1) === CH_LPAREN) {
                this.pos += 2;
                this.extractBalanced();
                continue;
            }
            if (ch < 128 && arithmeticWordDelimiter[ch])
                break;
            this.pos++;
        }
        return this.pos;
    }
    // Only array assignment bodies take comments and leading `[` subscripts and reject operators;
    // extglob shares this scanner, and `#` is pattern data there.
    findClosingShellDelimiter(start, end, closing, array = false, braces = true, bracketStarts, failedBrackets) {
        const savedPos = this.pos;
        const savedEnd = this.srcEnd;
        const savedBracketWindow = this._bracketWindow;
        const savedArithmeticBracketWindow = this._arithmeticBracketWindow;
        const savedUnbalanced = this._unbalanced;
        this.srcEnd = Math.min(end, this.srcEnd);
        const delimiters = [closing];
        bracketStarts?.push([]);
        const failedStarts = failedBrackets ? [start] : undefined;
        let pos = start;
        let wordStart = true;
        let invalid = -1;
        while (pos < this.srcEnd) {
            const expected = delimiters[delimiters.length - 1];
            // Only visited positions in bracket scopes are equivalent fresh searches. Recovery
            // can reinterpret quotes/comments, so positions inside skipped syntax stay uncached.
            if (bracketStarts && expected === CH_RBRACKET)
                bracketStarts[bracketStarts.length - 1].push(pos);
            const ch = this.src.charCodeAt(pos);
            if (ch === CH_BACKSLASH) {
                if (pos + 1 < this.srcEnd && this.src.charCodeAt(pos + 1) !== CH_NL)
                    wordStart = false;
                pos += 2;
                continue;
            }
            if (ch === CH_HASH && array && delimiters.length === 1 && wordStart) {
                while (pos < this.srcEnd && this.src.charCodeAt(pos) !== CH_NL)
                    pos++;
                continue;
            }
            if (ch === CH_SQUOTE) {
                this.pos = pos + 1;
                this.skipSQ();
                pos = this.pos;
                wordStart = false;
                continue;
            }
            if (ch === CH_DQUOTE) {
                this.pos = pos + 1;
                this.skipDQ();
                pos = this.pos;
                wordStart = false;
                continue;
            }
            if (ch === CH_BACKTICK) {
                pos++;
                while (pos < this.srcEnd && this.src.charCodeAt(pos) !== CH_BACKTICK) {
                    if (this.src.charCodeAt(pos) === CH_BACKSLASH)
                        pos++;
                    pos++;
                }
                if (pos < this.srcEnd)
                    pos++;
                wordStart = false;
                continue;
            }
            if ((ch === CH_DOLLAR && pos + 1 < this.srcEnd && this.src.charCodeAt(pos + 1) === CH_LPAREN) ||
                ((ch === CH_LT || ch === CH_GT) && pos + 1 < this.srcEnd && this.src.charCodeAt(pos + 1) === CH_LPAREN)) {
                this.pos = pos + 2;
                this.extractBalanced();
                pos = this.pos;
                wordStart = false;
                continue;
            }
            if (ch === CH_DOLLAR && pos + 1 < this.srcEnd) {
                const after = this.src.charCodeAt(pos + 1);
                if (after === CH_SQUOTE) {
                    pos = decodeAnsiCQuoted(this.src, pos + 2, this.srcEnd).end;
                    wordStart = false;
                    continue;
                }
                if (after === CH_DOLLAR) {
                    pos += 2; // `$$` consumes its second `$`, so a `{` after it opens nothing
                    wordStart = false;
                    continue;
                }
                if (after === CH_LBRACE && braces) {
                    delimiters.push(CH_RBRACE);
                    bracketStarts?.push([]);
                    pos += 2;
                    wordStart = false;
                    continue;
                }
            }
            if (array && delimiters.length === 1) {
                if (ch === CH_LBRACKET && wordStart) {
                    delimiters.push(CH_RBRACKET);
                    bracketStarts?.push([]);
                }
                else if (invalid === -1 &&
                    (ch === CH_SEMI ||
                        ch === CH_AMP ||
                        ch === CH_PIPE ||
                        ch === CH_LT ||
                        ch === CH_GT ||
                        (ch === CH_LPAREN && !isExtglobOpen(this.src.charCodeAt(pos - 1))))) {
                    invalid = pos;
                }
            }
            if (expected === CH_RBRACKET && ch === CH_LBRACKET) {
                delimiters.push(CH_RBRACKET);
                bracketStarts?.push([]);
                failedStarts?.push(pos + 1);
            }
            else if (expected === CH_RPAREN && ch === CH_LPAREN) {
                delimiters.push(CH_RPAREN);
                bracketStarts?.push([]);
            }
            else if (ch === expected) {
                delimiters.pop();
                failedStarts?.pop();
                bracketStarts?.pop();
                if (delimiters.length === 0) {
                    this.pos = savedPos;
                    this.srcEnd = savedEnd;
                    this._bracketWindow = savedBracketWindow;
                    this._arithmeticBracketWindow = savedArithmeticBracketWindow;
                    this._unbalanced = savedUnbalanced;
                    if (invalid !== -1)
                        this.errors.push({ message: `unexpected '${this.src[invalid]}' in array assignment`, pos: invalid });
                    return pos;
                }
                wordStart = false;
                pos++;
                continue;
            }
            wordStart = ch < 128 && (charType[ch] & 1) !== 0;
            pos++;
        }
        // Only still-open brackets share this failure; closed inner expansions remain observable.
        if (failedStarts)
            for (const start of failedStarts)
                failedBrackets.add(start);
        this.pos = savedPos;
        this.srcEnd = savedEnd;
        this._bracketWindow = savedBracketWindow;
        this._arithmeticBracketWindow = savedArithmeticBracketWindow;
        this._unbalanced = savedUnbalanced;
        return -1;
    }
    // End of the brace expansion opened at `start`, or -1. As in Bash's brace_gobbler, quotes,
    // escapes, parameter expansions and substitutions are opaque; an unquoted metacharacter
    // ends the word before the brace closes. The word scan reports errors in the skipped text.
    scanBraceExpansion(start, results) {
        const src = this.src;
        const len = this.srcEnd;
        const cached = results.get(start);
        if (cached !== undefined)
            return cached;
        const savedPos = this.pos;
        const savedUnbalanced = this._unbalanced;
        const errorCount = this._errors === null ? 0 : this._errors.length;
        // Opener/separator pairs resolve each nested scope even when its outer scope fails.
        const frames = [start, 0];
        let pos = start + 1;
        while (pos < len) {
            const ch = src.charCodeAt(pos);
            const type = ch < 128 ? charType[ch] : 0;
            if (type === 0) {
                pos++;
                if (ch === CH_RBRACE) {
                    const hasSep = frames.pop();
                    results.set(frames.pop(), hasSep ? pos : -1);
                    if (frames.length === 0)
                        break;
                }
                else if (ch === 0x2c /* , */ || (ch === 0x2e /* . */ && src.charCodeAt(pos) === 0x2e)) {
                    frames[frames.length - 1] = 1;
                }
                continue;
            }
            const next = pos + 1 < len ? src.charCodeAt(pos + 1) : 0;
            if (type & 1) {
                if (next === CH_LPAREN && (ch === CH_LT || ch === CH_GT)) {
                    this.pos = pos + 2;
                    this.extractBalanced();
                    pos = this.pos;
                }
                else if (ch === CH_LPAREN && isExtglobOpen(src.charCodeAt(pos - 1))) {
                    const close = this.findClosingShellDelimiter(pos + 1, len, CH_RPAREN);
                    if (close === -1)
                        break;
                    pos = close + 1;
                }
                else {
                    break;
                }
            }
            else if (ch === CH_BACKSLASH) {
                pos += 2;
            }
            else if (ch === CH_SQUOTE) {
                this.pos = pos + 1;
                this.skipSQ();
                pos = this.pos;
            }
            else if (ch === CH_DQUOTE) {
                this.pos = pos + 1;
                this.skipDQ();
                pos = this.pos;
            }
            else if (ch === CH_BACKTICK) {
                pos++;
                while (pos < len && src.charCodeAt(pos) !== CH_BACKTICK)
                    pos += src.charCodeAt(pos) === CH_BACKSLASH ? 2 : 1;
                pos++;
            }
            else if (ch === CH_LBRACE) {
                frames.push(pos, 0);
                pos++;
            }
            else if (next === CH_SQUOTE) {
                pos = decodeAnsiCQuoted(src, pos + 2, len).end;
            }
            else if (next === CH_LBRACE) {
                const close = this.findClosingBrace(pos + 2, len);
                if (close === -1)
                    break;
                pos = close + 1;
            }
            else if (next === CH_LPAREN) {
                this.pos = pos + 2;
                this.extractBalanced();
                pos = this.pos;
            }
            else {
                pos++;
            }
        }
        this.pos = savedPos;
        this._unbalanced = savedUnbalanced;
        if (this._errors !== null)
            this._errors.length = errorCount;
        for (let index = 0; index < frames.length; index += 2)
            results.set(frames[index], -1);
        return results.get(start);
    }
    skipSubshellBody() {
        this.extractBalanced(false);
        return this._unbalanced ? -1 : this.pos;
    }
    skipCompoundBody(closeToken) {
        const frames = [
            { close: closeToken, phase: closeToken === Token.Esac ? "case-pattern" : "commands" },
        ];
        let commandStart = true;
        for (;;) {
            const phase = frames[frames.length - 1].phase;
            let ctx = commandStart ? LexContext.CommandStart : LexContext.Normal;
            if (phase === "function-name")
                ctx = LexContext.FunctionName;
            else if (phase === "case-pattern" && commandStart)
                ctx = LexContext.CasePattern;
            const value = this.next(ctx);
            const token = value.token;
            if (token === Token.EOF)
                return -1;
            const last = frames.length - 1;
            const frame = frames[last];
            if (frame.phase === "function-name") {
                if (token === Token.Newline)
                    continue;
                frame.phase = "function-body";
                commandStart = true;
                continue;
            }
            else if (frame.phase === "function-body") {
                if (token === Token.Newline)
                    continue;
                frame.phase = "commands";
                commandStart = true;
                if (token === Token.LParen && this.peek(LexContext.Normal).token === Token.RParen) {
                    this.next(LexContext.Normal);
                    frame.phase = "function-body";
                    continue;
                }
            }
            else if (frame.phase === "coproc-command") {
                if (token === Token.Newline)
                    continue;
                if (token === Token.Word) {
                    frame.phase = "coproc-body";
                    commandStart = true;
                    continue;
                }
                frame.phase = "commands";
                commandStart = true;
            }
            else if (frame.phase === "coproc-body") {
                if (token === Token.Newline)
                    continue;
                frame.phase =
                    token === Token.Word && value.keywordEligible && value.value === "time" ? "time-command" : "commands";
                commandStart = true;
                if (frame.phase === "time-command")
                    continue;
            }
            else if (frame.phase === "time-command") {
                if (token === Token.Word && value.keywordEligible && value.value === "-p") {
                    frame.phase = "time-command-after-p";
                    continue;
                }
                if (token === Token.Word && value.keywordEligible && value.value === "--") {
                    frame.phase = "commands";
                    continue;
                }
                frame.phase = "commands";
                commandStart = true;
            }
            else if (frame.phase === "time-command-after-p") {
                if (token === Token.Word && value.keywordEligible && value.value === "--") {
                    frame.phase = "commands";
                    continue;
                }
                frame.phase = "commands";
                commandStart = true;
            }
            else if (frame.phase === "for-header") {
                if (token === Token.ArithCmd || token === Token.Semi || token === Token.Newline) {
                    commandStart = true;
                    continue;
                }
                if (token === Token.Do || token === Token.LBrace) {
                    frame.close = token === Token.Do ? Token.Done : Token.RBrace;
                    frame.phase = "commands";
                    commandStart = true;
                    continue;
                }
            }
            else if (frame.phase === "case-word") {
                if (token === Token.Newline)
                    continue;
                frame.phase = "case-in";
                commandStart = false;
                continue;
            }
            else if (frame.phase === "case-in") {
                if (token === Token.Newline) {
                    commandStart = true;
                    continue;
                }
                frame.phase = "case-pattern";
                commandStart = true;
                continue;
            }
            else if (frame.phase === "case-pattern") {
                if (token === Token.Esac && commandStart) {
                    frames.pop();
                    if (frames.length === 0)
                        return value.end;
                    commandStart = false;
                    continue;
                }
                if (token === Token.RParen) {
                    frame.phase = "commands";
                    commandStart = true;
                }
                else {
                    commandStart = token === Token.Newline;
                }
                continue;
            }
            if (token === frame.close) {
                frames.pop();
                if (frames.length === 0)
                    return value.end;
                commandStart = false;
                continue;
            }
            if (commandStart) {
                switch (token) {
                    case Token.LParen:
                        frames.push({ close: Token.RParen, phase: "commands" });
                        break;
                    case Token.LBrace:
                        frames.push({ close: Token.RBrace, phase: "commands" });
                        break;
                    case Token.If:
                        frames.push({ close: Token.Fi, phase: "commands" });
                        break;
                    case Token.For:
                        frames.push({ close: Token.Done, phase: "for-header" });
                        break;
                    case Token.While:
                    case Token.Until:
                    case Token.Select:
                        frames.push({ close: Token.Done, phase: "commands" });
                        break;
                    case Token.Case:
                        frames.push({ close: Token.Esac, phase: "case-word" });
                        break;
                    case Token.DblLBracket:
                        if (!this.skipTestCommandBody())
                            return -1;
                        commandStart = false;
                        continue;
                    case Token.Assignment:
                    case Token.Redirect:
                    case Token.Bang:
                    case Token.Then:
                    case Token.Else:
                    case Token.Elif:
                    case Token.Do:
                    case Token.In:
                        break;
                    case Token.Semi:
                    case Token.Newline:
                    case Token.Pipe:
                    case Token.And:
                    case Token.Or:
                    case Token.Amp:
                    case Token.DoubleSemi:
                    case Token.SemiAmp:
                    case Token.DoubleSemiAmp:
                        break;
                    case Token.Function:
                        frame.phase = "function-name";
                        break;
                    case Token.Coproc:
                        frame.phase = "coproc-command";
                        break;
                    default:
                        if (token === Token.Word && value.keywordEligible && value.value === "time") {
                            frame.phase = "time-command";
                            commandStart = true;
                        }
                        else {
                            commandStart = false;
                        }
                        continue;
                }
            }
            switch (token) {
                case Token.Semi:
                case Token.Newline:
                case Token.Pipe:
                case Token.And:
                case Token.Or:
                case Token.Amp:
                    commandStart = true;
                    break;
                case Token.DoubleSemi:
                case Token.SemiAmp:
                case Token.DoubleSemiAmp:
                    if (frame.close === Token.Esac)
                        frame.phase = "case-pattern";
                    commandStart = true;
                    break;
                case Token.RParen:
                    commandStart = true;
                    break;
            }
        }
    }
    skipTestGroup() {
        let depth = 1;
        for (;;) {
            const value = this.next(LexContext.TestMode);
            if (value.token === Token.EOF)
                return -1;
            if (value.token === Token.DblRBracket) {
                this.unshift(value);
                return -1;
            }
            if (value.token === Token.LParen)
                depth++;
            else if (value.token === Token.RParen && --depth === 0)
                return value.end;
        }
    }
    skipTestCommandBody() {
        for (;;) {
            const token = this.next(LexContext.TestMode).token;
            if (token === Token.DblRBracket)
                return true;
            if (token === Token.EOF)
                return false;
        }
    }
    /** Set position and scan a word, building parts. Used by computeWordParts. */
    buildWordParts(startPos) {
        this._buildParts = true;
        this.pos = startPos;
        // Handle process substitution words <(...) and >(...)
        const ch = this.src.charCodeAt(startPos);
        if ((ch === 0x3c /* < */ || ch === 0x3e) /* > */ &&
            startPos + 1 < this.srcEnd &&
            this.src.charCodeAt(startPos + 1) === 0x28 /* ( */) {
            this.pos = startPos + 2;
            const inner = this.extractBalanced();
            const text = this.src.slice(startPos, this.pos);
            const part = this.processSubstitution(startPos, text, ch === 0x3c ? "<" : ">", inner);
            // Continue reading any trailing word text (e.g., suffix after proc sub)
            if (this.pos < this.srcEnd) {
                this.readWordText();
                if (this._wordParts) {
                    this._wordParts.unshift(part);
                }
                else {
                    this._wordParts = [part];
                }
            }
            else {
                this._wordParts = [part];
            }
        }
        else {
            this.readWordText();
            // A command word whose subscript holds a blank was bounded by the matched-pair rescan, so
            // its parts need the same scan.
            if (this.pos < this.srcEnd &&
                this._wordAssignmentState !== undefined &&
                this._wordAssignmentState >= ASSIGNMENT_INDEX_BASE) {
                this.pos = startPos;
                this.readWordText(true);
            }
        }
        return this._wordParts;
    }
    /** Scan a bounded word-like span without treating shell operators or whitespace as terminators. */
    buildEmbeddedWordParts(startPos, arithmetic = false) {
        this._buildParts = true;
        this.pos = startPos;
        this.readInnerWordText(false, arithmetic);
        return this._wordParts;
    }
    buildArrayElementParts(startPos) {
        const close = this.findClosingBracket(startPos + 1);
        if (close === -1)
            return this.buildWordParts(startPos);
        const src = this.src;
        this._buildParts = true;
        const head = hasEmbeddedWordStructure(src, startPos, close + 1)
            ? this.parseSubFieldWord(startPos, close + 1, "embedded")
            : undefined;
        this.pos = close + 1;
        this.readWordText(false, LexContext.ArrayElement);
        const end = this.pos;
        // Only `[key]=` and `[key]+=` select an element; its key is never a pattern. Any other element
        // is a value that undergoes pathname expansion, so one glob pass owns the whole element and a
        // leading bracket is a pattern as in a command word.
        const operator = skipLineContinuations(src, close + 1, end);
        const after = src.charCodeAt(operator);
        const keyed = after === CH_EQ || (after === CH_PLUS && src.charCodeAt(operator + 1) === CH_EQ);
        let headParts = head?.parts;
        let tailParts = this._wordParts;
        if (keyed)
            tailParts = parseGlobParts(src, close + 1, end, tailParts) ?? tailParts;
        if (!headParts && !tailParts)
            return keyed ? null : (parseGlobParts(src, startPos, end, undefined) ?? null);
        const headText = src.slice(startPos, close + 1);
        if (!headParts)
            headParts = [{ type: "Literal", pos: startPos, end: close + 1, text: headText, value: head?.value ?? headText }];
        if (!tailParts)
            tailParts =
                end > close + 1
                    ? [{ type: "Literal", pos: close + 1, end, text: src.slice(close + 1, end), value: this._wordText }]
                    : [];
        let parts = joinWordParts(headParts, tailParts);
        if (!keyed)
            parts = parseGlobParts(src, startPos, end, parts) ?? parts;
        return parts.length > 1 || parts[0].type !== "Literal" ? parts : null;
    }
    /** Scan a heredoc body for expansions, building parts. Spaces/newlines are literal. */
    buildHereDocParts(bodyPos, bodyEnd) {
        this._buildParts = true;
        const src = this.src;
        const parts = [];
        let hasExpansion = false;
        let litBuf = "";
        let litStart = bodyPos;
        let i = bodyPos;
        const flushLit = () => {
            if (i > litStart) {
                parts.push({ type: "Literal", pos: litStart, end: i, value: litBuf, text: src.slice(litStart, i) });
                litBuf = "";
            }
        };
        while (i < bodyEnd) {
            const ch = src.charCodeAt(i);
            if (ch === 0x5c /* \\ */) {
                // Backslash escape — in unquoted heredoc, \\$, \\`, \\\\ are special
                if (i + 1 < bodyEnd) {
                    const nc = src.charCodeAt(i + 1);
                    if (nc === CH_NL) {
                        i += 2;
                        continue;
                    }
                    if (nc === 0x24 /* $ */ || nc === 0x60 /* ` */ || nc === 0x5c /* \\ */) {
                        litBuf += String.fromCharCode(nc);
                        i += 2;
                        continue;
                    }
                }
                litBuf += "\\";
                i++;
                continue;
            }
            if (ch === 0x24 /* $ */ && src.charCodeAt(i + 1) !== CH_SQUOTE && src.charCodeAt(i + 1) !== CH_DQUOTE) {
                flushLit();
                litStart = i;
                this.pos = i;
                this.readDollar();
                if (this._resultPart) {
                    hasExpansion = true;
                    parts.push(this._resultPart);
                    litStart = this.pos;
                }
                else {
                    litBuf += src.slice(i, this.pos);
                }
                i = this.pos;
                continue;
            }
            if (ch === 0x60 /* ` */) {
                flushLit();
                litStart = i;
                this.pos = i;
                this.readBacktickExpansion();
                if (this._resultPart) {
                    hasExpansion = true;
                    parts.push(this._resultPart);
                    litStart = this.pos;
                }
                else {
                    litBuf += src.slice(i, this.pos);
                }
                i = this.pos;
                continue;
            }
            litBuf += src[i];
            i++;
        }
        flushLit();
        return hasExpansion ? parts : null;
    }
    registerHereDocTarget(target) {
        if (this.pendingHereDocs === null)
            return;
        for (const hd of this.pendingHereDocs) {
            if (!hd.target) {
                hd.target = target;
                return;
            }
        }
    }
    // Read the right-hand operand of =~ in [[ ]]. Bash ends the operand at
    // depth-zero whitespace, `)`, `;`, `&`, `<`, or `>` (but `<(`/`>(` open a
    // process substitution and `|` never delimits). An unquoted `(` opens a
    // group that consumes everything — `]]`, newlines, and metacharacters
    // included — until its matching `)`; inside a group only quotes stay opaque
    // and expansion parens count naively, matching bash. Quotes and expansions
    // at depth zero skip via the same readers normal words use, so their errors
    // and spans stay identical. The token is the raw source span; value and
    // parts resolve lazily like every other word.
    readTestRegexWord() {
        this.hasPeek = false;
        this.skipSpacesAndTabs();
        const src = this.src;
        const len = this.srcEnd;
        const start = this.pos;
        let depth = 0;
        while (this.pos < len) {
            const ch = src.charCodeAt(this.pos);
            if (ch === CH_LPAREN) {
                depth++;
                this.pos++;
                continue;
            }
            if (ch === CH_BACKSLASH) {
                this.pos += this.pos + 1 < len ? 2 : 1;
                continue;
            }
            if (ch === CH_SQUOTE) {
                const quotePos = this.pos++;
                const ansiC = quotePos > start && src.charCodeAt(quotePos - 1) === CH_DOLLAR;
                while (this.pos < len && src.charCodeAt(this.pos) !== CH_SQUOTE) {
                    if (ansiC && src.charCodeAt(this.pos) === CH_BACKSLASH && this.pos + 1 < len)
                        this.pos++;
                    this.pos++;
                }
                if (this.pos < len)
                    this.pos++;
                else
                    this.errors.push({
                        message: ansiC ? "unterminated ANSI-C quote" : "unterminated single quote",
                        pos: quotePos,
                    });
                continue;
            }
            if (ch === CH_DQUOTE) {
                this.pos++;
                this.readDoubleQuoted();
                continue;
            }
            if (ch === CH_BACKTICK) {
                this.readBacktickExpansion();
                continue;
            }
            if (depth > 0) {
                if (ch === CH_RPAREN)
                    depth--;
                this.pos++;
                continue;
            }
            if (ch === CH_DOLLAR) {
                this.readDollar();
                continue;
            }
            if ((ch === CH_LT || ch === CH_GT) && this.pos + 1 < len && src.charCodeAt(this.pos + 1) === CH_LPAREN) {
                const subPos = this.pos;
                this.pos += 2;
                this.extractBalanced();
                if (this._unbalanced)
                    this.errors.push({ message: "unterminated process substitution", pos: subPos });
                continue;
            }
            if (ch < 128 && charType[ch] & 1 && ch !== CH_PIPE)
                break;
            this.pos++;
        }
        setToken(this.current, Token.Word, src.slice(start, this.pos), start, this.pos);
        return this.current;
    }
    // Read C-style for expressions: called after first '(' consumed by parser.
    // Expects pos at second '('. Returns [init, test, update] raw text.
    readCStyleForExprs() {
        this.hasPeek = false; // discard any peeked token
        const src = this.src;
        const len = this.srcEnd;
        // Skip spaces to second '('
        while (this.pos < len && (src.charCodeAt(this.pos) === CH_SPACE || src.charCodeAt(this.pos) === CH_TAB))
            this.pos++;
        const openPos = this.pos;
        if (this.pos < len && src.charCodeAt(this.pos) === CH_LPAREN)
            this.pos++;
        const starts = [this.pos, 0, 0];
        const parts = ["", "", "", 0, 0, 0];
        let partIdx = 0;
        let depth = 1;
        let partStart = this.pos;
        let extra = false;
        const setPart = (end) => {
            const raw = src.slice(partStart, end);
            parts[partIdx] = raw.trim();
            parts[3 + partIdx] = starts[partIdx] + raw.length - raw.trimStart().length;
        };
        while (this.pos < len && depth > 0) {
            const c = src.charCodeAt(this.pos);
            if (c === CH_LPAREN) {
                depth++;
                this.pos++;
            }
            else if (c === CH_RPAREN) {
                depth--;
                if (depth === 0) {
                    if (!extra)
                        setPart(this.pos);
                    if (partIdx < 2)
                        this.errors.push({ message: "expected three arithmetic expressions in for header", pos: this.pos });
                    this.pos++; // skip closing )
                    // Skip the outer ) as well
                    while (this.pos < len && (src.charCodeAt(this.pos) === CH_SPACE || src.charCodeAt(this.pos) === CH_TAB))
                        this.pos++;
                    if (this.pos < len && src.charCodeAt(this.pos) === CH_RPAREN)
                        this.pos++;
                    break;
                }
                this.pos++;
            }
            else if (c === CH_SEMI && depth === 1) {
                // Bash requires exactly three expressions; keep the first three and report the rest.
                if (partIdx === 2) {
                    if (!extra) {
                        setPart(this.pos);
                        this.errors.push({ message: "expected three arithmetic expressions in for header", pos: this.pos });
                    }
                    extra = true;
                    this.pos++;
                    continue;
                }
                setPart(this.pos);
                partIdx++;
                this.pos++;
                partStart = this.pos;
                starts[partIdx] = partStart;
            }
            else if (c === CH_DOLLAR) {
                this.readDollar();
            }
            else if (c === CH_BACKTICK) {
                this.readBacktickExpansion();
            }
            else if (c === CH_BACKSLASH) {
                this.pos += this.pos + 1 < len ? 2 : 1;
            }
            else if (c === CH_SQUOTE) {
                this.pos++;
                this.skipSQ();
            }
            else if (c === CH_DQUOTE) {
                this.pos++;
                this.skipDQ();
            }
            else {
                this.pos++;
            }
        }
        if (depth > 0) {
            if (!extra)
                setPart(this.pos);
            this.errors.push({ message: "unterminated arithmetic for header", pos: openPos });
        }
        return parts;
    }
    peek(ctx = LexContext.Normal) {
        if (!this.hasPeek) {
            this.readNext(this.nextState, ctx);
            this.hasPeek = true;
        }
        return this.nextState;
    }
    // Peek where the context depends on the token just consumed. peek() ignores its ctx once a
    // token is cached, so the caller's context must only be derived when a read actually happens.
    peekFollow(closers) {
        if (!this.hasPeek) {
            const ctx = closers[this.current.token] ? LexContext.CommandStart : LexContext.Normal;
            this.readNext(this.nextState, ctx);
            this.hasPeek = true;
        }
        return this.nextState;
    }
    next(ctx = LexContext.Normal) {
        if (this.hasPeek) {
            this.hasPeek = false;
            const temp = this.current;
            this.current = this.nextState;
            this.nextState = temp;
            return this.current;
        }
        this.readNext(this.current, ctx);
        return this.current;
    }
    unshift(tok) {
        this.nextState.copyFrom(tok);
        this.hasPeek = true;
    }
    readNext(out, ctx) {
        const src = this.src;
        const len = this.srcEnd;
        let pos = this.pos;
        while (true) {
            pos = skipBlanks(src, pos, len);
            if (ctx === LexContext.TestMode) {
                while (pos < len && src.charCodeAt(pos) === CH_NL)
                    pos = skipBlanks(src, pos + 1, len);
            }
            if (pos >= len || src.charCodeAt(pos) !== CH_HASH)
                break;
            // Leave the newline for normal-mode tokenization and pending heredocs.
            while (pos < len && src.charCodeAt(pos) !== CH_NL)
                pos++;
        }
        this.pos = pos;
        if (pos >= len) {
            this.consumePendingHereDocs();
            setToken(out, Token.EOF, "", pos, pos);
            return;
        }
        const tokenStart = pos;
        const ch = src.charCodeAt(pos);
        if (ch === CH_NL) {
            this.pos++;
            this.consumePendingHereDocs();
            setToken(out, Token.Newline, "\n", tokenStart, this.pos);
            return;
        }
        // In test mode (inside [[ ]]), < and > are string comparison operators, not redirects —
        // except for an adjacent '(', which still opens a process substitution
        if (ctx === LexContext.TestMode &&
            (ch === CH_LT || ch === CH_GT) &&
            !(this.pos + 1 < this.srcEnd && src.charCodeAt(this.pos + 1) === CH_LPAREN)) {
            this.pos++;
            setToken(out, Token.Word, ch === CH_LT ? "<" : ">", tokenStart, this.pos);
            out.keywordEligible = true; // written unquoted, so it is the comparison operator
            return;
        }
        // Operators all start with a metachar; anything else is a word
        if (ch < 128 && charType[ch] & 1 && this.tryReadOperator(out, ch, ctx, tokenStart))
            return;
        if (ch === CH_LBRACKET && ctx === LexContext.ArrayElement && this.readArrayElement(out, tokenStart))
            return;
        this.readWord(out, ctx, tokenStart);
    }
    tryReadOperator(out, ch, ctx, tokenStart) {
        const src = this.src;
        const pos = this.pos;
        const next = pos + 1 < this.srcEnd ? src.charCodeAt(pos + 1) : 0;
        switch (ch) {
            case CH_SEMI:
                if (next === CH_SEMI) {
                    if (pos + 2 < this.srcEnd && src.charCodeAt(pos + 2) === CH_AMP) {
                        this.pos += 3;
                        setToken(out, Token.DoubleSemiAmp, ";;&", tokenStart, this.pos);
                        return true;
                    }
                    this.pos += 2;
                    setToken(out, Token.DoubleSemi, ";;", tokenStart, this.pos);
                    return true;
                }
                if (next === CH_AMP) {
                    this.pos += 2;
                    setToken(out, Token.SemiAmp, ";&", tokenStart, this.pos);
                    return true;
                }
                this.pos++;
                setToken(out, Token.Semi, ";", tokenStart, this.pos);
                return true;
            case CH_PIPE:
                if (next === CH_PIPE) {
                    this.pos += 2;
                    setToken(out, Token.Or, "||", tokenStart, this.pos);
                    return true;
                }
                if (next === CH_AMP) {
                    this.pos += 2;
                    setToken(out, Token.Pipe, "|&", tokenStart, this.pos);
                    return true;
                } // |& → pipe (stderr merge)
                this.pos++;
                setToken(out, Token.Pipe, "|", tokenStart, this.pos);
                return true;
            case CH_AMP:
                if (next === CH_AMP) {
                    this.pos += 2;
                    setToken(out, Token.And, "&&", tokenStart, this.pos);
                    return true;
                }
                if (next === CH_GT) {
                    // &> or &>> — redirect, not background
                    this.pos += 2;
                    const append = this.pos < this.srcEnd && src.charCodeAt(this.pos) === CH_GT;
                    if (append)
                        this.pos++;
                    return this.readRedirectTarget(out, append ? "&>>" : "&>", tokenStart);
                }
                this.pos++;
                setToken(out, Token.Amp, "&", tokenStart, this.pos);
                return true;
            case CH_LPAREN:
                if (ctx === LexContext.CommandStart && next === CH_LPAREN) {
                    const savedErrors = this.errors.length;
                    this.readArithmeticCommand(out, tokenStart);
                    if (!this._notArithmetic)
                        return true;
                    this.errors.length = savedErrors;
                    this.pos = tokenStart;
                }
                this.pos++;
                setToken(out, Token.LParen, "(", tokenStart, this.pos);
                return true;
            case CH_RPAREN:
                this.pos++;
                setToken(out, Token.RParen, ")", tokenStart, this.pos);
                return true;
            case CH_LT:
            case CH_GT:
                return this.readRedirection(out, tokenStart);
            default:
                return false;
        }
    }
    readRedirection(out, tokenStart) {
        const src = this.src;
        const ch = src.charCodeAt(this.pos);
        let op = "";
        if (ch === CH_LT) {
            this.pos++;
            const next = this.pos < this.srcEnd ? src.charCodeAt(this.pos) : 0;
            if (next === CH_LT) {
                this.pos++;
                const third = this.pos < this.srcEnd ? src.charCodeAt(this.pos) : 0;
                if (third === CH_LT) {
                    // <<< herestring: its target reads like any other redirect target
                    this.pos++;
                    op = "<<<";
                }
                else {
                    const dash = third === CH_DASH;
                    if (dash)
                        this.pos++;
                    this.skipSpacesAndTabs();
                    const targetPos = this.pos;
                    if (this.pos >= this.srcEnd || src.charCodeAt(this.pos) !== CH_HASH)
                        this.readHereDocDelimiter();
                    const hasTarget = this.pos > targetPos;
                    if (hasTarget) {
                        (this.pendingHereDocs ?? (this.pendingHereDocs = [])).push({
                            delimiter: this._hereDelim,
                            strip: dash,
                            quoted: this._hereQuoted,
                        });
                    }
                    setToken(out, Token.Redirect, dash ? "<<-" : "<<", tokenStart, this.pos);
                    out.content = hasTarget ? this._hereDelim : undefined;
                    out.delimiterQuoted = hasTarget && this._hereQuoted;
                    out.targetPos = targetPos;
                    out.targetEnd = hasTarget ? this.pos : targetPos;
                    return true;
                }
            }
            else if (next === CH_LPAREN) {
                this.readProcessSubstitution(out, "<", tokenStart);
                return true;
            }
            else if (next === CH_GT) {
                op = "<>";
                this.pos++;
            }
            else if (next === CH_AMP) {
                op = "<&";
                this.pos++;
            }
            else {
                op = "<";
            }
        }
        else if (ch === CH_GT) {
            this.pos++;
            const next = this.pos < this.srcEnd ? src.charCodeAt(this.pos) : 0;
            if (next === CH_LPAREN) {
                this.readProcessSubstitution(out, ">", tokenStart);
                return true;
            }
            if (next === CH_GT) {
                op = ">>";
                this.pos++;
            }
            else if (next === CH_AMP) {
                op = ">&";
                this.pos++;
            }
            else if (next === CH_PIPE) {
                op = ">|";
                this.pos++;
            }
            else {
                op = ">";
            }
        }
        return this.readRedirectTarget(out, op, tokenStart);
    }
    readRedirectTarget(out, op, tokenStart) {
        const src = this.src;
        this.skipSpacesAndTabs();
        if (this.pos < this.srcEnd) {
            const nc = src.charCodeAt(this.pos);
            if ((nc === CH_LT || nc === CH_GT) && this.pos + 1 < this.srcEnd && src.charCodeAt(this.pos + 1) === CH_LPAREN) {
                const psStart = this.pos;
                this.pos += 2;
                this.extractBalanced();
                if (this._unbalanced)
                    this.errors.push({ message: "unterminated process substitution", pos: psStart });
                const psText = src.slice(psStart, this.pos);
                setToken(out, Token.Redirect, op, tokenStart, this.pos);
                out.content = psText;
                out.targetPos = psStart;
                out.targetEnd = this.pos;
                return true;
            }
            const targetPos = this.pos;
            if (nc !== CH_NL && nc !== CH_HASH)
                this.readRedirectTargetText();
            this.redirectToken(out, op, tokenStart, targetPos);
            return true;
        }
        this.redirectToken(out, op, tokenStart, this.pos);
        return true;
    }
    // Redirect targets keep their processed text eagerly (it becomes the target
    // word's content), so scan them in value mode.
    readRedirectTargetText() {
        const savedBuildValue = this._buildValue;
        this._buildValue = true;
        this.readWordText();
        this._buildValue = savedBuildValue;
    }
    redirectToken(out, operator, tokenStart, targetPos) {
        const hasTarget = this.pos > targetPos && (this._wordText.length > 0 || this._wordQuoted);
        setToken(out, Token.Redirect, operator, tokenStart, this.pos);
        out.content = hasTarget ? this._wordText : undefined;
        out.targetPos = targetPos;
        out.targetEnd = hasTarget ? this.pos : targetPos;
    }
    readProcessSubstitution(out, operator, tokenStart) {
        this.pos++; // skip (
        this.extractBalanced();
        if (this._unbalanced)
            this.errors.push({ message: "unterminated process substitution", pos: tokenStart });
        const text = this.src.slice(tokenStart, this.pos);
        setToken(out, Token.Word, text, tokenStart, this.pos);
    }
    // The delimiter is the word after quote removal: quote and escape segments may
    // appear anywhere in the word, any of them makes the heredoc quoted, and inside
    // double quotes a backslash is removed only before $ ` " \.
    readHereDocDelimiter() {
        const src = this.src;
        const len = this.srcEnd;
        const savedBuildValue = this._buildValue;
        this._buildValue = true; // the delimiter is assembled from processed segments
        let delimiter = "";
        let quoted = false;
        while (this.pos < len) {
            const c = src.charCodeAt(this.pos);
            if (c === CH_SQUOTE) {
                quoted = true;
                this.pos++;
                while (this.pos < len && src.charCodeAt(this.pos) !== CH_SQUOTE) {
                    delimiter += src[this.pos];
                    this.pos++;
                }
                if (this.pos < len)
                    this.pos++;
            }
            else if (c === CH_DQUOTE) {
                quoted = true;
                this.pos++;
                while (this.pos < len && src.charCodeAt(this.pos) !== CH_DQUOTE) {
                    if (src.charCodeAt(this.pos) === CH_BACKSLASH && this.pos + 1 < len) {
                        const next = src.charCodeAt(this.pos + 1);
                        if (next === CH_NL) {
                            this.pos += 2;
                            continue;
                        }
                        if (next === CH_DOLLAR || next === CH_BACKTICK || next === CH_DQUOTE || next === CH_BACKSLASH)
                            this.pos++;
                    }
                    delimiter += src[this.pos];
                    this.pos++;
                }
                if (this.pos < len)
                    this.pos++;
            }
            else if (c === CH_BACKSLASH) {
                if (this.pos + 1 < len && src.charCodeAt(this.pos + 1) === CH_NL) {
                    this.pos += 2;
                    continue;
                }
                quoted = true;
                this.pos++;
                if (this.pos < len) {
                    delimiter += src[this.pos];
                    this.pos++;
                }
                else {
                    delimiter += "\\"; // trailing backslash escapes nothing and stays as itself
                }
            }
            else if (c === CH_BACKTICK) {
                const btStart = this.pos;
                this.pos++;
                while (this.pos < len && src.charCodeAt(this.pos) !== CH_BACKTICK) {
                    if (src.charCodeAt(this.pos) === CH_BACKSLASH)
                        this.pos++;
                    this.pos++;
                }
                if (this.pos < len)
                    this.pos++;
                delimiter += src.slice(btStart, this.pos);
            }
            else if (c === CH_DOLLAR) {
                const next = this.pos + 1 < len ? src.charCodeAt(this.pos + 1) : 0;
                if (next === CH_SQUOTE || next === CH_DQUOTE)
                    quoted = true;
                this.readDollar();
                delimiter += this._resultText;
            }
            else if (c < 128 && charType[c] & 1) {
                break;
            }
            else {
                delimiter += src[this.pos];
                this.pos++;
            }
        }
        this._buildValue = savedBuildValue;
        this._hereDelim = delimiter;
        this._hereQuoted = quoted;
    }
    consumePendingHereDocs() {
        const pending = this.pendingHereDocs;
        if (pending === null || pending.length === 0)
            return;
        for (const hd of pending) {
            const bodyPos = this.pos;
            const bodyEnd = this.skipHereDocBody(hd.delimiter, hd.strip, this.parenBoundary, hd.quoted);
            if (hd.target) {
                hd.target.body.pos = bodyPos;
                hd.target.body.end = bodyEnd;
                hd.target.body.text = this.src.slice(bodyPos, bodyEnd);
                if (this.hereDocClosingPos !== -1)
                    hd.target.closing = { pos: this.hereDocClosingPos, end: this.hereDocClosingEnd };
            }
        }
        pending.length = 0;
    }
    hereDocClosingPos = -1;
    hereDocClosingEnd = -1;
    // Advance past the heredoc body and its delimiter line; return the body end
    // (start of the delimiter line, or srcEnd when delimited by end-of-input).
    // With parenEnds (inside $(...)), a line starting with the delimiter directly
    // followed by ")" also terminates the body, resuming at the ")" — bash treats
    // the substitution's closing paren as end-of-file for its heredocs.
    // `join` crosses `\`+newline pairs, which an unquoted delimiter may straddle.
    matchHereDocDelimiter(delimiter, lineStart, end, join) {
        const src = this.src;
        let pos = lineStart;
        for (let i = 0; i < delimiter.length;) {
            if (join && src.charCodeAt(pos) === CH_BACKSLASH && pos + 1 < end && src.charCodeAt(pos + 1) === CH_NL) {
                pos += 2;
                continue;
            }
            if (pos >= end || src.charCodeAt(pos) !== delimiter.charCodeAt(i))
                return -1;
            pos++;
            i++;
        }
        return pos;
    }
    // A `\` consumes the next character, so `\`+newline continues the line and `\\` does not.
    logicalLineEnd(from, end, join) {
        const src = this.src;
        let lineEnd = src.indexOf("\n", from);
        while (lineEnd !== -1 && lineEnd < end) {
            if (!join)
                return lineEnd;
            let backslashes = lineEnd;
            while (backslashes > from && src.charCodeAt(backslashes - 1) === CH_BACKSLASH)
                backslashes--;
            if ((lineEnd - backslashes) % 2 === 0)
                return lineEnd;
            from = lineEnd + 1;
            lineEnd = src.indexOf("\n", from);
        }
        return end;
    }
    skipHereDocBody(delimiter, strip, parenEnds = false, quoted = false) {
        this.hereDocClosingPos = -1;
        this.hereDocClosingEnd = -1;
        const src = this.src;
        const len = this.srcEnd;
        while (this.pos < len) {
            let lineStart = this.pos;
            const lineEnd = this.logicalLineEnd(lineStart, len, !quoted);
            for (;;) {
                const before = lineStart;
                if (strip)
                    while (lineStart < lineEnd && src.charCodeAt(lineStart) === CH_TAB)
                        lineStart++;
                if (!quoted)
                    lineStart = skipLineContinuations(src, lineStart, lineEnd);
                if (lineStart === before)
                    break;
            }
            let afterDelim = this.matchHereDocDelimiter(delimiter, lineStart, lineEnd, !quoted);
            if (afterDelim !== -1 && !quoted)
                afterDelim = skipLineContinuations(src, afterDelim, lineEnd);
            if (afterDelim === lineEnd) {
                const bodyEnd = this.pos;
                if (!parenEnds || !this.parenBoundary || lineEnd !== len) {
                    this.hereDocClosingPos = lineStart;
                    this.hereDocClosingEnd = lineEnd;
                }
                this.pos = lineEnd < len ? lineEnd + 1 : lineEnd;
                return bodyEnd;
            }
            // A line starting with the delimiter also ends the body when a `)` follows on the same
            // logical line; the scan then resumes mid-line, right after the delimiter.
            if (parenEnds && afterDelim !== -1) {
                let paren = afterDelim;
                while (paren < lineEnd && src.charCodeAt(paren) !== CH_RPAREN)
                    paren++;
                if (paren < lineEnd || (this.parenBoundary && lineEnd === len)) {
                    const bodyEnd = this.pos;
                    this.pos = afterDelim;
                    return bodyEnd;
                }
            }
            this.pos = lineEnd < len ? lineEnd + 1 : lineEnd;
        }
        return this.pos;
    }
    _wordText = "";
    _wordRaw = false;
    _wordQuoted = false;
    _wordHasExpansions = false;
    _wordKeywordEligible = false;
    _wordAssignmentState;
    _bracketWindow;
    _arithmeticBracketWindow;
    _wordParts = null;
    _resultText = "";
    // True when the last $-construct's value is exactly its raw source span.
    _resultIsRaw = true;
    _resultHasExpansion = false;
    _resultPart;
    // Set by extractBalanced when the input ended before the closing paren, so
    // callers can report the construct they were scanning.
    _unbalanced = false;
    // Set by scanArithmeticBody when the construct turns out not to be arithmetic, so the
    // caller can re-read it as a subshell or command substitution instead.
    _notArithmetic = false;
    _arithUnterminated = false;
    _dqText = "";
    _dqHasExpansions = false;
    _dqParts = null;
    // Content end (before the closing quote, or end of input when unterminated).
    _dqEnd = 0;
    _hereDelim = "";
    _hereQuoted = false;
    readWord(out, ctx, tokenStart = 0) {
        const errorStart = this._errors === null ? 0 : this._errors.length;
        this.readWordText(false, ctx, true);
        if (ctx === LexContext.Normal) {
            const next = this.pos < this.srcEnd ? this.src.charCodeAt(this.pos) : 0;
            if (!this._wordRaw || (next !== CH_LT && next !== CH_GT)) {
                setSpanToken(out, Token.Word, tokenStart, this.pos, this._wordRaw);
                out.keywordEligible = this._wordKeywordEligible;
                return;
            }
        }
        this.classifyWord(out, ctx, tokenStart, errorStart);
    }
    isRedirectVariable(start, end) {
        const src = this.src;
        for (let i = start; i < end; i++) {
            const c = src.charCodeAt(i);
            if (c === CH_LBRACKET && i > start) {
                // Scan the token directly: a token-bounded findClosingBracket would replace its recovery window.
                return (i + 2 < end &&
                    src.charCodeAt(end - 1) === CH_RBRACKET &&
                    this.findClosingShellDelimiter(i + 1, end, CH_RBRACKET) === end - 1);
            }
            if (c >= 128 || !(isIdChar[c] & (i === start ? 1 : 2)))
                return false;
        }
        return end > start;
    }
    readArrayElement(out, tokenStart) {
        const close = this.findClosingBracket(tokenStart + 1);
        if (close === -1)
            return false;
        this.pos = close + 1;
        this.readWordText();
        setSpanToken(out, Token.Word, tokenStart, this.pos, true);
        return true;
    }
    classifyWord(out, ctx, tokenStart, errorStart) {
        const src = this.src;
        const raw = this._wordRaw;
        const hasExpansions = this._wordHasExpansions;
        const quoted = this._wordQuoted;
        const keywordEligible = this._wordKeywordEligible;
        let assignmentState = this._wordAssignmentState;
        const wordEnd = this.pos;
        const wordLen = wordEnd - tokenStart;
        if (ctx === LexContext.CasePattern) {
            let token = Token.Word;
            if (keywordEligible) {
                const reserved = raw
                    ? matchReservedWord(src, tokenStart, wordLen)
                    : RESERVED_WORDS.get(this.wordValueOf(tokenStart, wordEnd));
                if (reserved === Token.Esac)
                    token = reserved;
            }
            setSpanToken(out, token, tokenStart, wordEnd, raw);
            out.keywordEligible = keywordEligible;
            return;
        }
        // Only keyword classification needs a non-raw word's processed value.
        let value = null;
        if (!raw && !hasExpansions && keywordEligible && (ctx === LexContext.CommandStart || ctx === LexContext.TestMode)) {
            const nextCh = wordEnd < this.srcEnd ? src.charCodeAt(wordEnd) : 0;
            if ((!quoted && wordLen <= 16) || nextCh === CH_LT || nextCh === CH_GT) {
                value = this.wordValueOf(tokenStart, wordEnd);
            }
        }
        if (ctx === LexContext.CommandStart && keywordEligible) {
            if (raw) {
                if (wordLen <= 8) {
                    const reserved = matchReservedWord(src, tokenStart, wordLen);
                    if (reserved !== undefined) {
                        setSpanToken(out, reserved, tokenStart, wordEnd, true);
                        return;
                    }
                }
                if (wordLen === 2 &&
                    src.charCodeAt(tokenStart) === CH_LBRACKET &&
                    src.charCodeAt(tokenStart + 1) === CH_LBRACKET) {
                    setSpanToken(out, Token.DblLBracket, tokenStart, wordEnd, true);
                    return;
                }
            }
            else if (value !== null && value.length > 0) {
                const fc = value.charCodeAt(0);
                if ((fc >= CH_a && fc <= CH_z && value.length <= 8) || fc === CH_BANG || fc === CH_LBRACE || fc === CH_RBRACE) {
                    const reserved = RESERVED_WORDS.get(value);
                    if (reserved !== undefined) {
                        setToken(out, reserved, value, tokenStart, wordEnd);
                        return;
                    }
                }
                if (fc === CH_LBRACKET && value === "[[") {
                    setToken(out, Token.DblLBracket, value, tokenStart, wordEnd);
                    return;
                }
            }
        }
        if (ctx === LexContext.CommandStart || ctx === LexContext.CommandPrefix || ctx === LexContext.Declaration) {
            if (assignmentState === undefined) {
                // Fast-path word (value === raw span): detect assignment positionally.
                let eq = -1;
                let bracket = false;
                for (let i = tokenStart + 1; i < wordEnd; i++) {
                    const c = src.charCodeAt(i);
                    if (c === CH_EQ) {
                        eq = i;
                        break;
                    }
                    if (c === CH_LBRACKET)
                        bracket = true;
                }
                if (eq !== -1 || (ctx !== LexContext.Declaration && bracket)) {
                    assignmentState = scanAssignmentPrefix(src, tokenStart, wordEnd, ASSIGNMENT_NAME_START);
                }
            }
            if (assignmentState !== undefined) {
                if (ctx !== LexContext.Declaration && assignmentState >= ASSIGNMENT_INDEX_BASE) {
                    if (wordEnd < this.srcEnd) {
                        if (this._errors !== null)
                            this._errors.length = errorStart;
                        this.pos = tokenStart;
                        this.readWordText(true, ctx, true);
                        if (this.pos > wordEnd) {
                            this.classifyWord(out, ctx, tokenStart, errorStart);
                            return;
                        }
                    }
                    if (this._errors === null || this._errors.length === errorStart) {
                        this.errors.push({ message: "unterminated array subscript", pos: src.indexOf("[", tokenStart) });
                    }
                }
                if (isMatchedAssignment(assignmentState)) {
                    setSpanToken(out, Token.Assignment, tokenStart, wordEnd, raw);
                    if (value !== null)
                        out._value = value;
                    out.assignmentOperatorPos = assignmentOperatorPos(assignmentState);
                    return;
                }
            }
        }
        // `]]` is reserved only where it can close a `[[`; operands and wordlist entries, which
        // read Normal, are ordinary words, as is a `]]` demoted by a command prefix.
        if ((ctx === LexContext.CommandStart || ctx === LexContext.TestMode) && keywordEligible) {
            if (raw) {
                if (wordLen === 2 &&
                    src.charCodeAt(tokenStart) === CH_RBRACKET &&
                    src.charCodeAt(tokenStart + 1) === CH_RBRACKET) {
                    setSpanToken(out, Token.DblRBracket, tokenStart, wordEnd, true);
                    return;
                }
            }
            else if (value === "]]") {
                setToken(out, Token.DblRBracket, value, tokenStart, wordEnd);
                return;
            }
        }
        // FD number prefix: all-digit word followed by < or > → redirect with fd
        if (!hasExpansions && this.pos < this.srcEnd) {
            const nc = src.charCodeAt(this.pos);
            if (nc === CH_LT || nc === CH_GT) {
                if (raw) {
                    const fc = src.charCodeAt(tokenStart);
                    if (fc >= CH_0 && fc <= CH_9 && isAllDigitsRange(src, tokenStart, wordEnd)) {
                        const fd = Number.parseInt(src.slice(tokenStart, wordEnd), 10);
                        if (this.readRedirection(out, tokenStart)) {
                            out.fileDescriptor = fd;
                            out.descriptorEnd = wordEnd;
                            return;
                        }
                    }
                    if (fc === CH_LBRACE &&
                        src.charCodeAt(wordEnd - 1) === CH_RBRACE &&
                        this.isRedirectVariable(tokenStart + 1, wordEnd - 1)) {
                        const varname = src.slice(tokenStart + 1, wordEnd - 1);
                        if (this.readRedirection(out, tokenStart)) {
                            out.variableName = varname;
                            out.descriptorEnd = wordEnd;
                            return;
                        }
                    }
                }
            }
        }
        setSpanToken(out, Token.Word, tokenStart, wordEnd, raw);
        if (value !== null)
            out._value = value;
        out.keywordEligible = keywordEligible;
    }
    // `subscripts` re-reads a word known to stop inside an array subscript, where
    // metacharacters are ordinary text.
    // `scanning` marks the first scan of a token, which decides where the word ends.
    readWordText(subscripts = false, ctx = LexContext.Normal, scanning = false) {
        const src = this.src;
        const len = this.srcEnd;
        let pos = this.pos;
        // Fast path: scan a single run of plain chars (covers most words)
        const fastStart = pos;
        let exitCh = 0;
        while (pos < len) {
            const c = src.charCodeAt(pos);
            if (c < 128 && charType[c]) {
                exitCh = c;
                break;
            }
            pos++;
        }
        if (pos >= len ||
            (charType[exitCh] & 1 &&
                !(exitCh === CH_LPAREN && pos > fastStart && extglobPrefix[src.charCodeAt(pos - 1)]) &&
                !subscripts)) {
            this.pos = pos;
            this._wordText = (this._buildParts || this._buildValue) && pos > fastStart ? src.slice(fastStart, pos) : "";
            this._wordRaw = true;
            this._wordQuoted = false;
            this._wordHasExpansions = false;
            this._wordKeywordEligible = true;
            this._wordAssignmentState = undefined;
            if (this._buildParts) {
                this._wordParts =
                    hasGlobCharacters(this._wordText) && ctx !== LexContext.ArrayElement
                        ? (parseGlobParts(src, fastStart, pos, undefined) ?? null)
                        : null;
            }
            return;
        }
        // Slow path: word contains quotes, expansions, escapes, etc. `text` (the
        // processed value) is only assembled when building; the token path tracks
        // positions and flags plus the last value char (for extglob prefixes) and
        // whether the value still equals the raw span.
        const bp = this._buildParts;
        const bt = bp || this._buildValue;
        let text = bt && pos > fastStart ? src.slice(fastStart, pos) : "";
        let quoted = false;
        let hasExpansions = false;
        let keywordEligible = true;
        let valueIsRaw = true;
        let lastValueChar = pos > fastStart ? src.charCodeAt(pos - 1) : 0;
        let assignmentState = scanAssignmentPrefix(src, fastStart, pos, ASSIGNMENT_NAME_START);
        let parts;
        let litBuf = "";
        let litStart = 0;
        let hasGlobs = false;
        let braceResults;
        if (bp) {
            parts = [];
            litBuf = text; // fast-path prefix is literal
            litStart = fastStart;
            hasGlobs = text.length > 0 && hasGlobCharacters(text);
        }
        while (pos < len) {
            const ch = src.charCodeAt(pos);
            if (ch >= 128 || !charType[ch]) {
                const runStart = pos;
                pos++;
                while (pos < len) {
                    const c = src.charCodeAt(pos);
                    if (c < 128 && charType[c])
                        break;
                    pos++;
                }
                lastValueChar = src.charCodeAt(pos - 1);
                assignmentState = scanAssignmentPrefix(src, runStart, pos, assignmentState);
                if (bt) {
                    const chunk = src.slice(runStart, pos);
                    text += chunk;
                    if (bp) {
                        litBuf += chunk;
                        hasGlobs = hasGlobs || hasGlobCharacters(chunk);
                    }
                }
                continue;
            }
            if (charType[ch] & 1) {
                if (subscripts && assignmentState >= ASSIGNMENT_INDEX_BASE) {
                    const close = this.findClosingBracket(pos);
                    if (close !== -1) {
                        const spanEnd = close + 1;
                        // The scanner matched the innermost open bracket past quotes, escapes and nested
                        // substitutions, so the jump closes exactly one subscript level.
                        assignmentState =
                            assignmentState === ASSIGNMENT_INDEX_BASE + 1 ? ASSIGNMENT_AFTER_INDEX : assignmentState - 1;
                        lastValueChar = src.charCodeAt(close);
                        if (bt) {
                            const chunk = src.slice(pos, spanEnd);
                            text += chunk;
                            if (bp) {
                                litBuf += chunk;
                                hasGlobs = hasGlobs || hasGlobCharacters(chunk);
                            }
                        }
                        pos = spanEnd;
                        continue;
                    }
                }
                if (ch === CH_LPAREN && lastValueChar < 128 && extglobPrefix[lastValueChar]) {
                    if (ctx === LexContext.FunctionName ||
                        (assignmentState >= ASSIGNMENT_INDEX_BASE &&
                            (ctx === LexContext.CommandStart || ctx === LexContext.CommandPrefix)))
                        break;
                    // Default Bash command syntax takes precedence over the extglob extension.
                    if (ctx === LexContext.CommandStart &&
                        lastValueChar === CH_BANG &&
                        keywordEligible &&
                        src.charCodeAt(fastStart) === CH_BANG &&
                        skipLineContinuations(src, fastStart + 1, len) === pos)
                        break;
                    const prefixChar = lastValueChar;
                    // Bash opens an array value only right after the operator of a word that can assign;
                    // elsewhere `(` ends the word. Rescans of a known word span keep its value.
                    if (prefixChar === CH_EQ &&
                        scanning &&
                        !((ctx === LexContext.CommandStart ||
                            ctx === LexContext.CommandPrefix ||
                            ctx === LexContext.Declaration ||
                            ctx === LexContext.EvalArgument) &&
                            isMatchedAssignment(assignmentState) &&
                            skipLineContinuations(src, assignmentOperatorPos(assignmentState) + 1, len) === pos))
                        break;
                    const innerStart = pos + 1;
                    const close = this.findClosingShellDelimiter(innerStart, len, CH_RPAREN, prefixChar === CH_EQ);
                    if (close === -1 && !scanning && !subscripts && assignmentState >= ASSIGNMENT_INDEX_BASE)
                        break;
                    if (ctx === LexContext.CommandStart &&
                        prefixChar !== CH_EQ &&
                        close !== -1 &&
                        skipBlanks(src, innerStart, close) === close)
                        break;
                    keywordEligible = false;
                    const patternEnd = close === -1 ? len : close;
                    pos = close === -1 ? len : close + 1;
                    if (close === -1)
                        this.errors.push({ message: "unterminated extended glob", pos: innerStart - 2 });
                    lastValueChar = src.charCodeAt(pos - 1);
                    if (bt) {
                        const eg = "(" + src.slice(innerStart, pos);
                        text += eg;
                        // Create ExtendedGlob part for real extglob operators (not = which is array assignment)
                        if (bp && prefixChar !== CH_EQ) {
                            let prefixPos = innerStart - 2;
                            while (src.charCodeAt(prefixPos) === CH_NL && src.charCodeAt(prefixPos - 1) === CH_BACKSLASH) {
                                prefixPos -= 2;
                            }
                            // Remove the prefix char from litBuf (it was appended in the previous iteration)
                            if (litBuf.length > 0) {
                                const trimmed = litBuf.slice(0, -1);
                                if (prefixPos > litStart)
                                    parts.push({
                                        type: "Literal",
                                        pos: litStart,
                                        end: prefixPos,
                                        value: trimmed,
                                        text: src.slice(litStart, prefixPos),
                                    });
                                litBuf = "";
                            }
                            const op = extglobOp[prefixChar];
                            parts.push({
                                type: "ExtendedGlob",
                                pos: prefixPos,
                                end: pos,
                                text: src.slice(prefixPos, pos),
                                operator: op,
                                pattern: src.slice(innerStart, patternEnd),
                                parts: this.subFieldParts(innerStart, patternEnd),
                            });
                            litStart = pos;
                        }
                        else if (bp) {
                            litBuf += eg;
                            hasGlobs = hasGlobs || hasGlobCharacters(eg);
                        }
                    }
                    continue;
                }
                break;
            }
            if (ch === CH_BACKSLASH) {
                pos++;
                if (pos < len) {
                    if (src.charCodeAt(pos) === CH_NL) {
                        pos++;
                        valueIsRaw = false;
                    }
                    else {
                        if (assignmentState >= 0 && assignmentState < ASSIGNMENT_INDEX_BASE)
                            assignmentState = ASSIGNMENT_INVALID;
                        quoted = true;
                        keywordEligible = false;
                        valueIsRaw = false;
                        lastValueChar = src.charCodeAt(pos);
                        if (bt) {
                            text += src[pos];
                            if (bp)
                                litBuf += src[pos];
                        }
                        pos++;
                    }
                }
                else {
                    // A backslash at end of input escapes nothing and stays as itself.
                    if (assignmentState >= 0 && assignmentState < ASSIGNMENT_INDEX_BASE)
                        assignmentState = ASSIGNMENT_INVALID;
                    quoted = true;
                    keywordEligible = false;
                    lastValueChar = CH_BACKSLASH;
                    if (bt) {
                        text += "\\";
                        if (bp)
                            litBuf += "\\";
                    }
                }
                continue;
            }
            if (ch === CH_SQUOTE) {
                const sqStart = pos;
                if (assignmentState >= 0 && assignmentState < ASSIGNMENT_INDEX_BASE)
                    assignmentState = ASSIGNMENT_INVALID;
                quoted = true;
                keywordEligible = false;
                valueIsRaw = false;
                pos++;
                const start = pos;
                while (pos < len && src.charCodeAt(pos) !== CH_SQUOTE)
                    pos++;
                if (pos > start)
                    lastValueChar = src.charCodeAt(pos - 1);
                const value = bt ? src.slice(start, pos) : "";
                if (bt)
                    text += value;
                if (pos < len)
                    pos++;
                else
                    this.errors.push({ message: "unterminated single quote", pos: start - 1 });
                if (bp) {
                    if (sqStart > litStart) {
                        parts.push({
                            type: "Literal",
                            pos: litStart,
                            end: sqStart,
                            value: litBuf,
                            text: src.slice(litStart, sqStart),
                        });
                        litBuf = "";
                    }
                    parts.push({ type: "SingleQuoted", pos: sqStart, end: pos, value, text: src.slice(sqStart, pos) });
                    litStart = pos;
                }
                continue;
            }
            if (ch === CH_DQUOTE) {
                const dqStart = pos;
                if (assignmentState >= 0 && assignmentState < ASSIGNMENT_INDEX_BASE)
                    assignmentState = ASSIGNMENT_INVALID;
                quoted = true;
                keywordEligible = false;
                valueIsRaw = false;
                pos++;
                this.pos = pos;
                this.readDoubleQuoted();
                pos = this.pos;
                if (this._dqEnd > dqStart + 1)
                    lastValueChar = src.charCodeAt(this._dqEnd - 1);
                if (this._dqHasExpansions)
                    hasExpansions = true;
                if (bt)
                    text += this._dqText;
                if (bp) {
                    if (dqStart > litStart) {
                        parts.push({
                            type: "Literal",
                            pos: litStart,
                            end: dqStart,
                            value: litBuf,
                            text: src.slice(litStart, dqStart),
                        });
                        litBuf = "";
                    }
                    const dqText = src.slice(dqStart, pos);
                    parts.push({
                        type: "DoubleQuoted",
                        pos: dqStart,
                        end: pos,
                        text: dqText,
                        parts: this._dqParts ?? [
                            {
                                type: "Literal",
                                pos: dqStart + 1,
                                end: this._dqEnd,
                                value: this._dqText,
                                text: src.slice(dqStart + 1, this._dqEnd),
                            },
                        ],
                    });
                    litStart = pos;
                }
                continue;
            }
            if (ch === CH_DOLLAR) {
                keywordEligible = false;
                const dollarStart = pos;
                if (assignmentState >= 0 && assignmentState < ASSIGNMENT_INDEX_BASE)
                    assignmentState = ASSIGNMENT_INVALID;
                // `$'…'` and `$"…"` quote: even empty, they make a word.
                const next = pos + 1 < len ? src.charCodeAt(pos + 1) : 0;
                if (next === CH_SQUOTE || next === CH_DQUOTE)
                    quoted = true;
                this.pos = pos;
                this.readDollar();
                pos = this.pos;
                if (!this._resultIsRaw)
                    valueIsRaw = false;
                if (pos > dollarStart)
                    lastValueChar = src.charCodeAt(pos - 1);
                if (this._resultHasExpansion)
                    hasExpansions = true;
                if (bt)
                    text += this._resultText;
                if (bp) {
                    if (this._resultPart) {
                        if (dollarStart > litStart) {
                            parts.push({
                                type: "Literal",
                                pos: litStart,
                                end: dollarStart,
                                value: litBuf,
                                text: src.slice(litStart, dollarStart),
                            });
                            litBuf = "";
                        }
                        parts.push(this._resultPart);
                        litStart = pos;
                    }
                    else {
                        litBuf += this._resultText;
                    }
                }
                continue;
            }
            if (ch === CH_BACKTICK) {
                keywordEligible = false;
                const btStart = pos;
                if (assignmentState >= 0 && assignmentState < ASSIGNMENT_INDEX_BASE)
                    assignmentState = ASSIGNMENT_INVALID;
                this.pos = pos;
                this.readBacktickExpansion();
                pos = this.pos;
                valueIsRaw = false;
                lastValueChar = src.charCodeAt(pos - 1);
                hasExpansions = true;
                if (bt)
                    text += this._resultText;
                if (bp) {
                    if (btStart > litStart) {
                        parts.push({
                            type: "Literal",
                            pos: litStart,
                            end: btStart,
                            value: litBuf,
                            text: src.slice(litStart, btStart),
                        });
                        litBuf = "";
                    }
                    parts.push(this._resultPart);
                    litStart = pos;
                }
                continue;
            }
            if (ch === CH_LBRACE) {
                if (assignmentState >= 0 && assignmentState < ASSIGNMENT_INDEX_BASE)
                    assignmentState = ASSIGNMENT_INVALID;
                const first = pos + 1 < len ? src.charCodeAt(pos + 1) : 0;
                const braceEnd = first <= CH_SPACE || first === CH_RBRACE
                    ? -1
                    : this.scanBraceExpansion(pos, braceResults ?? (braceResults = new Map()));
                if (braceEnd > 0) {
                    keywordEligible = false;
                    lastValueChar = src.charCodeAt(braceEnd - 1);
                    if (bt) {
                        const braceText = src.slice(pos, braceEnd);
                        text += braceText;
                        if (bp) {
                            if (pos > litStart) {
                                parts.push({
                                    type: "Literal",
                                    pos: litStart,
                                    end: pos,
                                    value: litBuf,
                                    text: src.slice(litStart, pos),
                                });
                                litBuf = "";
                            }
                            parts.push({
                                type: "BraceExpansion",
                                pos,
                                end: braceEnd,
                                text: braceText,
                                parts: this.subFieldParts(pos + 1, braceEnd - 1),
                            });
                            litStart = braceEnd;
                        }
                    }
                    pos = braceEnd;
                    continue;
                }
                lastValueChar = CH_LBRACE;
                if (bt) {
                    text += "{";
                    if (bp)
                        litBuf += "{";
                }
                pos++;
                continue;
            }
            pos++;
        }
        if (bp && pos > litStart)
            parts.push({ type: "Literal", pos: litStart, end: pos, value: litBuf, text: src.slice(litStart, pos) });
        this.pos = pos;
        this._wordText = text;
        this._wordRaw = valueIsRaw;
        this._wordQuoted = quoted;
        this._wordHasExpansions = hasExpansions;
        this._wordKeywordEligible = keywordEligible;
        this._wordAssignmentState = assignmentState;
        if (bp) {
            // Only store parts if they add structure beyond a single literal
            this._wordParts = parts.length > 1 || (parts.length === 1 && parts[0].type !== "Literal") ? parts : null;
            if (hasGlobs && ctx !== LexContext.ArrayElement)
                this._wordParts = parseGlobParts(src, fastStart, pos, this._wordParts) ?? null;
        }
    }
    // Arithmetic text gets expansions and quote removal but no process substitution.
    readInnerWordText(insideDoubleQuotes = false, arithmetic = false, globs = false) {
        const src = this.src;
        const len = this.srcEnd;
        let pos = this.pos;
        const start = pos;
        let text = "";
        const bp = this._buildParts;
        let parts;
        let litBuf = "";
        let litStart = 0;
        let preserveLiteral = false;
        let hasGlobs = false;
        if (bp) {
            parts = [];
            litStart = pos;
        }
        while (pos < len) {
            const ch = src.charCodeAt(pos);
            if (ch === CH_BACKSLASH) {
                pos++;
                if (pos < len) {
                    if (src.charCodeAt(pos) === CH_NL) {
                        pos++;
                    }
                    else {
                        const next = src.charCodeAt(pos);
                        if (insideDoubleQuotes &&
                            next !== CH_DOLLAR &&
                            next !== CH_BACKTICK &&
                            next !== CH_DQUOTE &&
                            next !== CH_BACKSLASH &&
                            next !== CH_RBRACE) {
                            text += "\\";
                            if (bp)
                                litBuf += "\\";
                            preserveLiteral = true;
                        }
                        const escaped = src[pos++];
                        text += escaped;
                        if (bp)
                            litBuf += escaped;
                    }
                }
                continue;
            }
            if (ch === CH_SQUOTE && !insideDoubleQuotes) {
                const sqStart = pos;
                pos++;
                const start = pos;
                while (pos < len && src.charCodeAt(pos) !== CH_SQUOTE)
                    pos++;
                const value = src.slice(start, pos);
                text += value;
                if (pos < len)
                    pos++;
                if (bp) {
                    if (sqStart > litStart) {
                        parts.push({
                            type: "Literal",
                            pos: litStart,
                            end: sqStart,
                            value: litBuf,
                            text: src.slice(litStart, sqStart),
                        });
                        litBuf = "";
                    }
                    parts.push({ type: "SingleQuoted", pos: sqStart, end: pos, value, text: src.slice(sqStart, pos) });
                    litStart = pos;
                }
                continue;
            }
            if (ch === CH_DQUOTE) {
                const dqStart = pos;
                pos++;
                this.pos = pos;
                this.readDoubleQuoted(insideDoubleQuotes);
                pos = this.pos;
                text += this._dqText;
                if (bp) {
                    if (dqStart > litStart) {
                        parts.push({
                            type: "Literal",
                            pos: litStart,
                            end: dqStart,
                            value: litBuf,
                            text: src.slice(litStart, dqStart),
                        });
                        litBuf = "";
                    }
                    const dqText = src.slice(dqStart, pos);
                    parts.push({
                        type: "DoubleQuoted",
                        pos: dqStart,
                        end: pos,
                        text: dqText,
                        parts: this._dqParts ?? [
                            {
                                type: "Literal",
                                pos: dqStart + 1,
                                end: this._dqEnd,
                                value: this._dqText,
                                text: src.slice(dqStart + 1, this._dqEnd),
                            },
                        ],
                    });
                    litStart = pos;
                }
                continue;
            }
            if (ch === CH_DOLLAR) {
                const dollarStart = pos;
                this.pos = pos;
                this.readDollar(insideDoubleQuotes);
                pos = this.pos;
                text += this._resultText;
                if (bp) {
                    if (this._resultPart) {
                        if (dollarStart > litStart) {
                            parts.push({
                                type: "Literal",
                                pos: litStart,
                                end: dollarStart,
                                value: litBuf,
                                text: src.slice(litStart, dollarStart),
                            });
                            litBuf = "";
                        }
                        parts.push(this._resultPart);
                        litStart = pos;
                    }
                    else {
                        litBuf += this._resultText;
                    }
                }
                continue;
            }
            if (ch === CH_BACKTICK) {
                const btStart = pos;
                this.pos = pos;
                this.readBacktickExpansion(insideDoubleQuotes);
                pos = this.pos;
                text += this._resultText;
                if (bp) {
                    if (btStart > litStart) {
                        parts.push({
                            type: "Literal",
                            pos: litStart,
                            end: btStart,
                            value: litBuf,
                            text: src.slice(litStart, btStart),
                        });
                        litBuf = "";
                    }
                    parts.push(this._resultPart);
                    litStart = pos;
                }
                continue;
            }
            if (!insideDoubleQuotes &&
                !arithmetic &&
                (ch === CH_LT || ch === CH_GT) &&
                pos + 1 < len &&
                src.charCodeAt(pos + 1) === CH_LPAREN) {
                const psStart = pos;
                this.pos = pos + 2;
                const inner = this.extractBalanced();
                pos = this.pos;
                const raw = src.slice(psStart, pos);
                text += raw;
                if (bp) {
                    if (psStart > litStart) {
                        parts.push({
                            type: "Literal",
                            pos: litStart,
                            end: psStart,
                            value: litBuf,
                            text: src.slice(litStart, psStart),
                        });
                        litBuf = "";
                    }
                    parts.push(this.processSubstitution(psStart, raw, ch === CH_LT ? "<" : ">", inner));
                    litStart = pos;
                }
                continue;
            }
            text += src[pos];
            if (bp) {
                litBuf += src[pos];
                if (globs && (ch === CH_STAR || ch === CH_QUESTION || ch === CH_LBRACKET))
                    hasGlobs = true;
            }
            pos++;
        }
        if (bp && pos > litStart)
            parts.push({ type: "Literal", pos: litStart, end: pos, value: litBuf, text: src.slice(litStart, pos) });
        this.pos = pos;
        this._wordText = text;
        this._wordRaw = false;
        this._wordQuoted = false;
        this._wordHasExpansions = false;
        this._wordKeywordEligible = false;
        if (bp) {
            this._wordParts =
                parts.length > 1 || (parts.length === 1 && (parts[0].type !== "Literal" || preserveLiteral)) ? parts : null;
            if (hasGlobs)
                this._wordParts = parseGlobParts(src, start, pos, this._wordParts) ?? null;
        }
    }
    subFieldParts(start, end) {
        if (this._nestingDepth >= MAX_SYNTAX_NESTING)
            return undefined;
        return hasEmbeddedWordStructure(this.src, start, end)
            ? this.parseSubFieldWord(start, end).parts
            : parseGlobParts(this.src, start, end, undefined);
    }
    // Parse a parameter-expansion sub-field (operand, slice bound, replacement pattern) over
    // the window [start, end) of the original source. Parsing in place — rather than against a
    // detached slice — gives the word and any nested substitutions absolute offsets, and
    // composes through nested ${...}. The `${...}` inner is a verbatim substring of the
    // source, so every sub-field offset maps straight back.
    parseSubFieldWord(start, end, context = "word", arithmetic = false) {
        if (start >= end)
            return new WordImpl("", start, start);
        // Past the shared budget the sub-field keeps its raw text without parts.
        if (this._nestingDepth >= MAX_SYNTAX_NESTING)
            return new WordImpl(this.src.slice(start, end), start, end);
        this._nestingDepth++;
        const savedEnd = this.srcEnd;
        const savedBracketWindow = this._bracketWindow;
        const savedArithmeticBracketWindow = this._arithmeticBracketWindow;
        const savedPos = this.pos;
        const savedText = this._wordText;
        const savedParts = this._wordParts;
        const savedQuoted = this._wordQuoted;
        const savedKeywordEligible = this._wordKeywordEligible;
        this.srcEnd = end;
        this.pos = start;
        this.readInnerWordText(context === "quoted", arithmetic, context === "word");
        // text is the raw source span (so source.slice(pos, end) === text holds, as for every
        // other word); value resolves quotes via parts.
        const word = new WordImpl(this.src.slice(start, end), start, end);
        if (this._buildParts) {
            word.parts = this._wordParts ?? undefined;
        }
        this.srcEnd = savedEnd;
        this._bracketWindow = savedBracketWindow;
        this._arithmeticBracketWindow = savedArithmeticBracketWindow;
        this.pos = savedPos;
        this._wordText = savedText;
        this._wordParts = savedParts;
        this._wordQuoted = savedQuoted;
        this._wordKeywordEligible = savedKeywordEligible;
        this._nestingDepth--;
        return word;
    }
    skipSQ() {
        while (this.pos < this.srcEnd && this.src.charCodeAt(this.pos) !== CH_SQUOTE)
            this.pos++;
        if (this.pos < this.srcEnd)
            this.pos++;
    }
    skipAnsiCQuoted() {
        const quotePos = this.pos - 1;
        const result = decodeAnsiCQuoted(this.src, this.pos, this.srcEnd);
        this.pos = result.end;
        if (!result.closed)
            this.errors.push({ message: "unterminated ANSI-C quote", pos: quotePos });
    }
    // Plain quoted text is skipped here; the first `$(`, `${`, `$$`, backtick or the end of input
    // hands the rest to the quote scanner, which owns substitution and nesting-limit decisions.
    skipDQ() {
        const src = this.src;
        const len = this.srcEnd;
        this._unbalanced = false;
        if (this._nestingDepth < MAX_SYNTAX_NESTING) {
            while (this.pos < len) {
                const ch = src.charCodeAt(this.pos);
                if (ch === CH_DQUOTE) {
                    this.pos++;
                    return;
                }
                if (ch === CH_BACKSLASH) {
                    this.pos = Math.min(this.pos + 2, len);
                    continue;
                }
                if (ch === CH_BACKTICK)
                    break;
                if (ch === CH_DOLLAR) {
                    const next = src.charCodeAt(this.pos + 1);
                    if (next === CH_LPAREN || next === CH_LBRACE || next === CH_DOLLAR)
                        break;
                }
                this.pos++;
            }
        }
        this.extractBalanced(true, true);
    }
    skipSpacesAndTabs() {
        this.pos = skipBlanks(this.src, this.pos, this.srcEnd);
    }
    readDoubleQuoted(unescapeAll = false) {
        const src = this.src;
        const len = this.srcEnd;
        const contentStart = this.pos;
        let hasExpansions = false;
        const bp = this._buildParts;
        const bt = bp || this._buildValue;
        // Fast path: pure literal content (no $, `, or \ — just find closing ")
        if (!bp) {
            let p = this.pos;
            while (p < len) {
                const c = src.charCodeAt(p);
                if (c === CH_DQUOTE) {
                    this._dqText = bt ? src.slice(contentStart, p) : "";
                    this._dqEnd = p;
                    this.pos = p + 1;
                    this._dqHasExpansions = false;
                    this._dqParts = null;
                    return;
                }
                if (c === CH_DOLLAR || c === CH_BACKTICK || c === CH_BACKSLASH)
                    break;
                p++;
            }
            // Fall through to general path
        }
        let text = "";
        let parts = null;
        let litBuf = "";
        let litStart = bp ? this.pos : 0;
        while (this.pos < len && src.charCodeAt(this.pos) !== CH_DQUOTE) {
            // Scan run of plain chars inside double quotes
            const runStart = this.pos;
            while (this.pos < len) {
                const c = src.charCodeAt(this.pos);
                if (c === CH_DQUOTE || c === CH_BACKSLASH || c === CH_DOLLAR || c === CH_BACKTICK)
                    break;
                this.pos++;
            }
            if (bt && this.pos > runStart) {
                const chunk = src.slice(runStart, this.pos);
                text += chunk;
                if (bp)
                    litBuf += chunk;
            }
            if (this.pos >= len || src.charCodeAt(this.pos) === CH_DQUOTE)
                break;
            const ch = src.charCodeAt(this.pos);
            if (ch === CH_BACKSLASH) {
                this.pos++;
                if (this.pos < len) {
                    const next = src.charCodeAt(this.pos);
                    if (next === CH_NL) {
                        this.pos++;
                        continue;
                    }
                    if (bt) {
                        if (unescapeAll ||
                            next === CH_DOLLAR ||
                            next === CH_BACKTICK ||
                            next === CH_DQUOTE ||
                            next === CH_BACKSLASH) {
                            const c = src[this.pos];
                            text += c;
                            if (bp)
                                litBuf += c;
                        }
                        else {
                            const pair = "\\" + src[this.pos];
                            text += pair;
                            if (bp)
                                litBuf += pair;
                        }
                    }
                    this.pos++;
                }
                continue;
            }
            if (ch === CH_DOLLAR) {
                // Inside double quotes `$"` and `$'` are a literal $: no locale string, no ANSI-C quote.
                const afterDollar = this.pos + 1 < len ? src.charCodeAt(this.pos + 1) : 0;
                if (afterDollar === CH_DQUOTE || afterDollar === CH_SQUOTE) {
                    if (bt) {
                        text += "$";
                        if (bp)
                            litBuf += "$";
                    }
                    this.pos++;
                    continue;
                }
                const expStart = this.pos;
                this.readDollar(true);
                if (bt)
                    text += this._resultText;
                if (this._resultHasExpansion)
                    hasExpansions = true;
                if (bp) {
                    const rp = this._resultPart;
                    if (rp && isDQChild(rp)) {
                        if (!parts)
                            parts = [];
                        if (expStart > litStart) {
                            parts.push({
                                type: "Literal",
                                pos: litStart,
                                end: expStart,
                                value: litBuf,
                                text: src.slice(litStart, expStart),
                            });
                            litBuf = "";
                        }
                        parts.push(rp);
                        litStart = this.pos;
                    }
                    else {
                        litBuf += this._resultText;
                    }
                }
                continue;
            }
            if (ch === CH_BACKTICK) {
                const btStart = this.pos;
                this.readBacktickExpansion(true);
                if (bt)
                    text += this._resultText;
                hasExpansions = true;
                if (bp && this._resultPart && isDQChild(this._resultPart)) {
                    if (!parts)
                        parts = [];
                    if (btStart > litStart) {
                        parts.push({
                            type: "Literal",
                            pos: litStart,
                            end: btStart,
                            value: litBuf,
                            text: src.slice(litStart, btStart),
                        });
                        litBuf = "";
                    }
                    parts.push(this._resultPart);
                    litStart = this.pos;
                }
                continue;
            }
        }
        if (bp && parts && this.pos > litStart)
            parts.push({ type: "Literal", pos: litStart, end: this.pos, value: litBuf, text: src.slice(litStart, this.pos) });
        this._dqEnd = this.pos;
        if (this.pos < len)
            this.pos++; // closing "
        else
            this.errors.push({ message: "unterminated double quote", pos: contentStart - 1 });
        this._dqText = text;
        this._dqHasExpansions = hasExpansions;
        this._dqParts = parts;
    }
    readDollar(insideDoubleQuotes = false) {
        const dollarPos = this.pos;
        this.pos++; // skip $
        const src = this.src;
        const len = this.srcEnd;
        const bt = this._buildParts || this._buildValue;
        if (this.pos >= len) {
            this._resultText = "$";
            this._resultIsRaw = true;
            this._resultHasExpansion = false;
            this._resultPart = undefined;
            return;
        }
        const logicalPos = skipLineContinuations(src, this.pos, len);
        if (logicalPos > this.pos &&
            src.charCodeAt(logicalPos) === CH_LPAREN &&
            src.charCodeAt(logicalPos + 1) !== CH_LPAREN)
            this.pos = logicalPos;
        const ch = src.charCodeAt(this.pos);
        if (ch === CH_LPAREN) {
            if (this.pos + 1 < len && src.charCodeAt(this.pos + 1) === CH_LPAREN) {
                const savedPos = this.pos;
                const savedErrors = this.errors.length;
                this.readArithmeticExpansion(dollarPos);
                if (!this._notArithmetic)
                    return;
                this.errors.length = savedErrors;
                this.pos = savedPos;
            }
            this.readCommandSubstitution(dollarPos);
            return;
        }
        if (ch === CH_LBRACE) {
            const after = this.pos + 1 < len ? src.charCodeAt(this.pos + 1) : 0;
            if (after === CH_SPACE || after === CH_TAB || after === CH_NL) {
                this.readBraceCommandSubstitution();
                return;
            }
            if (after === CH_PIPE) {
                this.readValueSubstitution();
                return;
            }
            this.readParameterExpansion(insideDoubleQuotes);
            return;
        }
        if (ch === CH_SQUOTE) {
            this.pos++;
            if (bt) {
                const value = this.readAnsiCQuoted();
                this._resultText = value;
                this._resultPart = this._buildParts
                    ? { type: "AnsiCQuoted", pos: dollarPos, end: this.pos, text: src.slice(dollarPos, this.pos), value }
                    : undefined;
            }
            else {
                this.skipAnsiCQuoted();
                this._resultText = "";
                this._resultPart = undefined;
            }
            this._resultIsRaw = false;
            this._resultHasExpansion = false;
            return;
        }
        if (ch === CH_DQUOTE) {
            this.pos++;
            this.readDoubleQuoted(insideDoubleQuotes);
            this._resultText = this._dqText;
            this._resultIsRaw = false;
            this._resultHasExpansion = this._dqHasExpansions;
            if (this._buildParts) {
                const text = src.slice(dollarPos, this.pos);
                this._resultPart = {
                    type: "LocaleString",
                    pos: dollarPos,
                    end: this.pos,
                    text,
                    parts: this._dqParts ?? [
                        {
                            type: "Literal",
                            pos: dollarPos + 2,
                            end: this._dqEnd,
                            value: this._dqText,
                            text: src.slice(dollarPos + 2, this._dqEnd),
                        },
                    ],
                };
            }
            else {
                this._resultPart = undefined;
            }
            return;
        }
        if (ch === CH_AT ||
            ch === CH_STAR ||
            ch === CH_HASH ||
            ch === CH_QUESTION ||
            ch === CH_DASH ||
            ch === CH_DOLLAR ||
            ch === CH_BANG ||
            (ch >= CH_0 && ch <= CH_9)) {
            this.pos++;
            const text = bt ? src.slice(this.pos - 2, this.pos) : "";
            this._resultText = text;
            this._resultIsRaw = true;
            this._resultHasExpansion = false;
            this._resultPart = this._buildParts
                ? { type: "SimpleExpansion", pos: dollarPos, end: this.pos, text }
                : undefined;
            return;
        }
        if (ch < 128 && isIdChar[ch] & 1) {
            const namePos = this.pos - 1;
            while (this.pos < len) {
                const c = src.charCodeAt(this.pos);
                if (c < 128 && isIdChar[c] & 2)
                    this.pos++;
                else
                    break;
            }
            const text = bt ? src.slice(namePos, this.pos) : "";
            this._resultText = text;
            this._resultIsRaw = true;
            this._resultHasExpansion = false;
            this._resultPart = this._buildParts
                ? { type: "SimpleExpansion", pos: dollarPos, end: this.pos, text }
                : undefined;
            return;
        }
        // $[ expr ] is bash's deprecated spelling of $(( expr )). It runs to the matching ']',
        // so parentheses inside belong to the expansion instead of ending the word.
        if (ch === CH_LBRACKET) {
            const errorCount = this._errors === null ? 0 : this._errors.length;
            const close = this.findClosingArithmeticBracket(this.pos + 1);
            if (close !== -1) {
                const bodyStart = this.pos + 1;
                const body = src.slice(bodyStart, close);
                this.pos = close + 1;
                const text = bt ? src.slice(dollarPos, this.pos) : "";
                this._resultText = text;
                this._resultIsRaw = true;
                this._resultHasExpansion = false;
                this._resultPart = this._buildParts
                    ? this.arithmeticExpansion(bodyStart - 2, text, body, bodyStart)
                    : undefined;
                return;
            }
            // A failed lookahead leaves `$` literal and the token path re-reads the scanned text.
            if (this._errors !== null)
                this._errors.length = errorCount;
        }
        this._resultText = "$";
        this._resultIsRaw = true;
        this._resultHasExpansion = false;
        this._resultPart = undefined;
    }
    scanArithmeticBody() {
        this._notArithmetic = false;
        this._arithUnterminated = false;
        this.pos += 2;
        let depth = 1;
        let parenDepth = 0;
        let parentParenDepth = 0;
        let parenDepths;
        let reported = false;
        const src = this.src;
        const len = this.srcEnd;
        const start = this.pos;
        while (this.pos < len && depth > 0) {
            const c = src.charCodeAt(this.pos);
            if (c === CH_BACKSLASH) {
                this.pos += this.pos + 1 < len ? 2 : 1;
            }
            else if (c === CH_SQUOTE) {
                this.pos++;
                this.skipSQ();
            }
            else if (c === CH_DQUOTE) {
                this.pos++;
                this.skipDQ();
            }
            else if (c === CH_BACKTICK) {
                this.pos++;
                while (this.pos < len && src.charCodeAt(this.pos) !== CH_BACKTICK) {
                    if (src.charCodeAt(this.pos) === CH_BACKSLASH)
                        this.pos++;
                    this.pos++;
                }
                if (this.pos < len)
                    this.pos++;
            }
            else if (c === CH_DOLLAR &&
                this.pos + 2 < len &&
                src.charCodeAt(this.pos + 1) === CH_LPAREN &&
                src.charCodeAt(this.pos + 2) !== CH_LPAREN) {
                const dollarPos = this.pos;
                this.pos += 2;
                this.extractBalanced();
                if (this._unbalanced)
                    this.errors.push({ message: "unterminated command substitution", pos: dollarPos });
            }
            else if (c === CH_DOLLAR && this.pos + 1 < len && src.charCodeAt(this.pos + 1) === CH_LBRACE) {
                const close = this.findClosingBrace(this.pos + 2, len);
                this.pos = close === -1 ? len : close + 1;
            }
            else if ((c === CH_LT || c === CH_GT) && this.pos + 1 < len && src.charCodeAt(this.pos + 1) === CH_LPAREN) {
                this.pos += 2;
                this.extractBalanced();
            }
            else if (c === CH_LPAREN) {
                if (src.charCodeAt(this.pos - 1) === CH_DOLLAR && src.charCodeAt(this.pos + 1) === CH_LPAREN) {
                    if (depth === 1)
                        parentParenDepth = parenDepth;
                    else
                        (parenDepths ?? (parenDepths = [])).push(parenDepth);
                    depth++;
                    parenDepth = 0;
                    if (depth + this._nestingDepth > MAX_SYNTAX_NESTING && !reported) {
                        this.errors.push({ message: "maximum arithmetic expansion nesting depth exceeded", pos: this.pos - 1 });
                        reported = true;
                    }
                    this.pos += 2;
                }
                else {
                    // The expression parser stops building structure at this depth; report it here, while
                    // scanning, since the expression itself resolves lazily. Each enclosing `$((` of this
                    // scan parses one level deeper, so its parentheses count from there.
                    if (++parenDepth + depth - 1 + this._nestingDepth > MAX_SYNTAX_NESTING && !reported) {
                        this.errors.push({ message: "maximum arithmetic expression nesting depth exceeded", pos: this.pos });
                        reported = true;
                    }
                    this.pos++;
                }
            }
            else if (c === CH_RPAREN && parenDepth > 0) {
                parenDepth--;
                this.pos++;
            }
            else if (c === CH_RPAREN && this.pos + 1 < len && src.charCodeAt(this.pos + 1) === CH_RPAREN) {
                if (--depth === 0) {
                    this.pos += 2;
                    break;
                }
                parenDepth = depth === 1 ? parentParenDepth : parenDepths.pop();
                this.pos += 2;
            }
            else if (c === CH_RPAREN && depth === 1) {
                // Bash reads `((` and `$((` as arithmetic only when the inner parenthesis pair is
                // immediately followed by `)`. It closed without one, so `((a) )` is nested subshells
                // and `$((a) || (b))` a command substitution; callers re-read from the start.
                this._notArithmetic = true;
                return "";
            }
            else {
                this.pos++;
            }
        }
        const bt = this._buildParts || this._buildValue;
        if (depth > 0) {
            this._arithUnterminated = true;
            return bt ? src.slice(start, this.pos) : "";
        }
        return bt ? src.slice(start, this.pos - 2) : "";
    }
    readArithmeticExpansion(dollarPos) {
        const bodyStart = this.pos + 2; // absolute offset of the body, past the "((" at this.pos
        const body = this.scanArithmeticBody();
        if (this._notArithmetic)
            return;
        if (this._arithUnterminated)
            this.errors.push({ message: "unterminated arithmetic expansion", pos: dollarPos });
        const text = this._buildParts || this._buildValue ? this.src.slice(dollarPos, this.pos) : "";
        this._resultText = text;
        this._resultIsRaw = true;
        this._resultHasExpansion = false;
        this._resultPart = this._buildParts ? this.arithmeticExpansion(dollarPos, text, body, bodyStart) : undefined;
    }
    arithmeticExpansion(pos, text, body, bodyStart) {
        return new ArithmeticExpansionImpl(pos, this.pos, text, {
            source: this.src,
            body,
            offset: bodyStart,
            depth: this._nestingDepth,
            context: this.substitutionContext,
        });
    }
    readArithmeticCommand(out, tokenStart) {
        const savedBuildValue = this._buildValue;
        this._buildValue = true;
        const body = this.scanArithmeticBody();
        this._buildValue = savedBuildValue;
        if (this._arithUnterminated)
            this.errors.push({ message: "unterminated arithmetic command", pos: tokenStart });
        setToken(out, Token.ArithCmd, body, tokenStart, this.pos);
    }
    readCommandSubstitution(dollarPos) {
        const openPos = this.pos;
        this.pos++; // skip (
        // extractBalanced returns the inner text without the closing paren, so it
        // stays correct when the input ended before that paren was reached.
        const inner = this.extractBalanced();
        if (this._unbalanced)
            this.errors.push({ message: "unterminated command substitution", pos: dollarPos });
        const bt = this._buildParts || this._buildValue;
        const rawText = bt ? this.src.slice(dollarPos, this.pos) : "";
        const text = !bt || openPos === dollarPos + 1 ? rawText : "$" + this.src.slice(openPos, this.pos);
        this._resultText = text;
        this._resultIsRaw = openPos === dollarPos + 1;
        this._resultHasExpansion = true;
        if (this._buildParts) {
            this._resultPart = this.commandExpansion(dollarPos, rawText, openPos + 1, inner, !this._unbalanced);
        }
        else {
            this._resultPart = undefined;
        }
    }
    readBraceCommandSubstitution() {
        this.readBraceSubstitution(1);
    }
    readValueSubstitution() {
        this.readBraceSubstitution(2);
    }
    readBraceSubstitution(skip) {
        const dollarPos = this.pos - 1;
        this.pos += skip;
        const src = this.src;
        const len = this.srcEnd;
        let depth = 1;
        const start = this.pos;
        while (this.pos < len) {
            const c = src.charCodeAt(this.pos);
            if (c === CH_LBRACE)
                depth++;
            else if (c === CH_RBRACE) {
                if (--depth === 0) {
                    this.pos++;
                    break;
                }
            }
            else if (c === CH_SQUOTE) {
                this.pos++;
                this.skipSQ();
                continue;
            }
            else if (c === CH_DQUOTE) {
                this.pos++;
                this.skipDQ();
                continue;
            }
            else if (c === CH_BACKSLASH)
                this.pos++;
            this.pos++;
        }
        this._resultIsRaw = true;
        this._resultHasExpansion = true;
        if (this._buildParts || this._buildValue) {
            const rawInner = src.slice(start, this.pos - 1);
            const inner = rawInner.trim();
            const text = src.slice(dollarPos, this.pos);
            this._resultText = text;
            if (this._buildParts) {
                const innerStart = start + (rawInner.length - rawInner.trimStart().length);
                this._resultPart = this.commandExpansion(dollarPos, text, innerStart, inner);
            }
            else {
                this._resultPart = undefined;
            }
        }
        else {
            this._resultText = "";
            this._resultPart = undefined;
        }
    }
    readBacktickExpansion(insideDoubleQuotes = false) {
        this.pos++; // skip opening `
        const src = this.src;
        const len = this.srcEnd;
        const start = this.pos;
        if (!this._buildParts && !this._buildValue) {
            while (this.pos < len && src.charCodeAt(this.pos) !== CH_BACKTICK) {
                if (src.charCodeAt(this.pos) === CH_BACKSLASH && this.pos + 1 < len)
                    this.pos++;
                this.pos++;
            }
            if (this.pos < len)
                this.pos++;
            else
                this.errors.push({ message: "unterminated backtick", pos: start - 1 });
            this._resultText = "";
            this._resultIsRaw = false;
            this._resultHasExpansion = true;
            this._resultPart = undefined;
            return;
        }
        let inner = "";
        let hasEscapes = false;
        while (this.pos < len && src.charCodeAt(this.pos) !== CH_BACKTICK) {
            if (src.charCodeAt(this.pos) === CH_BACKSLASH) {
                hasEscapes = true;
                break;
            }
            this.pos++;
        }
        if (!hasEscapes) {
            inner = src.slice(start, this.pos);
        }
        else {
            inner = src.slice(start, this.pos);
            while (this.pos < len && src.charCodeAt(this.pos) !== CH_BACKTICK) {
                if (src.charCodeAt(this.pos) === CH_BACKSLASH) {
                    this.pos++;
                    if (this.pos < len) {
                        const c = src.charCodeAt(this.pos);
                        if (c === CH_DOLLAR || c === CH_BACKTICK || c === CH_BACKSLASH || (insideDoubleQuotes && c === CH_DQUOTE)) {
                            inner += src[this.pos];
                        }
                        else {
                            inner += "\\" + src[this.pos];
                        }
                        this.pos++;
                    }
                }
                else {
                    const runStart = this.pos;
                    while (this.pos < len) {
                        const c = src.charCodeAt(this.pos);
                        if (c === CH_BACKTICK || c === CH_BACKSLASH)
                            break;
                        this.pos++;
                    }
                    inner += src.slice(runStart, this.pos);
                }
            }
        }
        if (this.pos < len)
            this.pos++; // closing `
        else
            this.errors.push({ message: "unterminated backtick", pos: start - 1 });
        const text = src.slice(start - 1, this.pos); // raw source including backticks
        this._resultText = inner;
        this._resultHasExpansion = true;
        if (this._buildParts) {
            this._resultPart = hasEscapes
                ? this.decodedCommandExpansion(start - 1, text, inner)
                : this.commandExpansion(start - 1, text, start, inner);
        }
        else {
            this._resultPart = undefined;
        }
    }
    readParameterExpansion(insideDoubleQuotes) {
        const src = this.src;
        const len = this.srcEnd;
        const start = this.pos; // at {
        this.pos++;
        let depth = 1;
        let reported = false;
        while (this.pos < len && depth > 0) {
            const ch = src.charCodeAt(this.pos);
            if (ch === CH_DOLLAR) {
                // Dispatch forward: `$$` consumes its own second `$`, so a `{` after it is literal.
                const next = this.pos + 1 < len ? src.charCodeAt(this.pos + 1) : 0;
                if (next === CH_LBRACE) {
                    depth++;
                    if (this._nestingDepth + depth > MAX_SYNTAX_NESTING && !reported) {
                        this.errors.push({ message: "maximum parameter expansion nesting depth exceeded", pos: this.pos });
                        reported = true;
                    }
                    this.pos += 2;
                    continue;
                }
                if (next === CH_DOLLAR) {
                    this.pos += 2;
                    continue;
                }
                if (next === CH_LPAREN) {
                    const dollarPos = this.pos;
                    this.pos += 2;
                    this.extractBalanced();
                    if (this._unbalanced)
                        this.errors.push({ message: "unterminated command substitution", pos: dollarPos });
                    continue;
                }
            }
            else if (ch === CH_BACKTICK) {
                this.pos++;
                while (this.pos < len && src.charCodeAt(this.pos) !== CH_BACKTICK) {
                    if (src.charCodeAt(this.pos) === CH_BACKSLASH)
                        this.pos++;
                    this.pos++;
                }
                if (this.pos < len)
                    this.pos++;
                continue;
            }
            else if (ch === CH_RBRACE) {
                if (--depth === 0) {
                    this.pos++;
                    break;
                }
            }
            else if (ch === CH_BACKSLASH) {
                if (this.pos + 1 < len)
                    this.pos++;
            }
            else if (ch === CH_SQUOTE) {
                this.pos++;
                if (this.pos > start + 1 && src.charCodeAt(this.pos - 2) === CH_DOLLAR)
                    this.skipAnsiCQuoted();
                else
                    this.skipSQ();
                continue;
            }
            else if (ch === CH_DQUOTE) {
                this.pos++;
                this.skipDQ();
                continue;
            }
            this.pos++;
        }
        const closed = depth === 0;
        if (!closed)
            this.errors.push({ message: "unterminated parameter expansion", pos: start - 1 });
        const text = this._buildParts || this._buildValue ? src.slice(start - 1, this.pos) : "";
        this._resultText = text;
        this._resultIsRaw = true;
        this._resultHasExpansion = false;
        if (this._buildParts) {
            const inner = src.slice(start + 1, closed ? this.pos - 1 : this.pos);
            this._resultPart = this.parseParamInner(text, inner, start + 1, insideDoubleQuotes);
        }
        else {
            this._resultPart = undefined;
        }
    }
    // `innerStart` is the absolute offset of `inner` in the original source, so each sub-field
    // word is parsed in place at its true position. `sub(a, b)` maps inner-relative offsets to
    // that absolute window.
    parseParamInner(text, inner, innerStart, insideDoubleQuotes) {
        const result = {
            type: "ParameterExpansion",
            pos: innerStart - 2,
            end: this.pos,
            text,
            parameter: "",
            parameterPos: innerStart,
            parameterEnd: innerStart,
            prefix: undefined,
            index: undefined,
            operation: undefined,
        };
        const ilen = inner.length;
        if (ilen === 0)
            return result;
        const sub = (a, b, context = "word") => this.parseSubFieldWord(innerStart + a, innerStart + b, context);
        const closeBracket = (start) => {
            const close = this.findClosingBracket(innerStart + start, innerStart + ilen);
            return close === -1 ? -1 : close - innerStart;
        };
        let i = 0;
        if (ilen > 1 && inner.charCodeAt(0) === CH_BANG) {
            result.prefix = "!";
            i = 1;
        }
        if (ilen > 1 && inner.charCodeAt(0) === CH_HASH) {
            const nameEnd = this.scanParamName(inner, 1);
            let parameterEnd = nameEnd;
            let indexEnd = -1;
            if (parameterEnd < ilen && inner.charCodeAt(parameterEnd) === CH_LBRACKET) {
                indexEnd = closeBracket(parameterEnd + 1);
                if (indexEnd !== -1)
                    parameterEnd = indexEnd + 1;
            }
            if (nameEnd > 1 && parameterEnd === ilen) {
                result.prefix = "#";
                result.parameter = inner.slice(1, nameEnd);
                result.parameterPos = innerStart + 1;
                result.parameterEnd = innerStart + nameEnd;
                if (indexEnd !== -1)
                    result.index = sub(nameEnd + 1, indexEnd, "embedded");
                return result;
            }
        }
        const nameStart = i;
        i = this.scanParamName(inner, i);
        result.parameter = inner.slice(nameStart, i);
        result.parameterPos = innerStart + nameStart;
        result.parameterEnd = innerStart + i;
        if (i < ilen && inner.charCodeAt(i) === CH_LBRACKET) {
            const closeB = closeBracket(i + 1);
            if (closeB !== -1) {
                result.index = sub(i + 1, closeB, "embedded");
                i = closeB + 1;
            }
        }
        if (i >= ilen)
            return result;
        const pos = innerStart + i;
        const end = innerStart + ilen;
        const opChar = inner.charCodeAt(i);
        const nextChar = inner.charCodeAt(i + 1);
        const defaultChar = inner[opChar === CH_COLON ? i + 1 : i];
        if (defaultChar === "-" || defaultChar === "=" || defaultChar === "+" || defaultChar === "?") {
            const operandStart = i + (opChar === CH_COLON ? 2 : 1);
            result.operation = {
                type: "Default",
                pos,
                end,
                operatorEnd: innerStart + operandStart,
                operator: opChar === CH_COLON ? `:${defaultChar}` : defaultChar,
                operand: sub(operandStart, ilen, insideDoubleQuotes ? "quoted" : "word"),
            };
            return result;
        }
        if (opChar === CH_COLON) {
            i++;
            const sliceStart = innerStart + i;
            const colonIdx = findUnnested(inner.slice(i), CH_COLON, true, (index, quoted) => {
                return this.findNestedShellEnd(sliceStart + index, end, quoted) - sliceStart;
            });
            result.operation = {
                type: "Slice",
                pos,
                end,
                operatorEnd: sliceStart,
                operator: ":",
                offset: sub(i, colonIdx === -1 ? ilen : i + colonIdx, "embedded"),
                length: colonIdx === -1 ? undefined : sub(i + colonIdx + 1, ilen, "embedded"),
            };
            return result;
        }
        if (opChar === CH_HASH || opChar === CH_PERCENT) {
            const doubled = nextChar === opChar;
            const operator = opChar === CH_HASH ? (doubled ? "##" : "#") : doubled ? "%%" : "%";
            const operandStart = i + (doubled ? 2 : 1);
            result.operation = {
                type: "Remove",
                pos,
                end,
                operatorEnd: innerStart + operandStart,
                operator,
                operand: sub(operandStart, ilen),
            };
            return result;
        }
        if (opChar === CH_SLASH) {
            i++;
            let operator = "/";
            if (nextChar === CH_SLASH || nextChar === CH_HASH || nextChar === CH_PERCENT) {
                operator = nextChar === CH_SLASH ? "//" : nextChar === CH_HASH ? "/#" : "/%";
                i++;
            }
            let separatorStart = i;
            if (nextChar === CH_SLASH) {
                // After // a leading slash belongs to the pattern; /# and /% allow empty patterns.
                separatorStart = skipLineContinuations(inner, i, ilen);
                if (inner.charCodeAt(separatorStart) === CH_SLASH)
                    separatorStart++;
            }
            const sepIdx = findUnnested(inner.slice(separatorStart), CH_SLASH);
            const patternEnd = sepIdx === -1 ? ilen : separatorStart + sepIdx;
            result.operation = {
                type: "Replace",
                pos,
                end,
                operatorEnd: innerStart + i,
                operator,
                pattern: sub(i, patternEnd),
                replacement: sub(sepIdx === -1 ? ilen : patternEnd + 1, ilen),
            };
            return result;
        }
        if (opChar === CH_CARET || opChar === CH_COMMA) {
            const doubled = nextChar === opChar;
            const operator = opChar === CH_CARET ? (doubled ? "^^" : "^") : doubled ? ",," : ",";
            const operandStart = i + (doubled ? 2 : 1);
            result.operation = {
                type: "CaseModification",
                pos,
                end,
                operatorEnd: innerStart + operandStart,
                operator,
                operand: operandStart === ilen ? undefined : sub(operandStart, ilen),
            };
            return result;
        }
        if (result.prefix === "!" &&
            result.index === undefined &&
            i + 1 === ilen &&
            (opChar === CH_AT || opChar === CH_STAR)) {
            result.operation = { type: "Names", pos, end, operatorEnd: end, operator: opChar === CH_AT ? "@" : "*" };
            return result;
        }
        if (opChar === CH_AT) {
            result.operation = {
                type: "Transform",
                pos,
                end,
                operatorEnd: pos + 1,
                operator: "@",
                operand: sub(i + 1, ilen),
            };
            return result;
        }
        result.operation = { type: "Unknown", pos, end, operatorEnd: end, operator: inner.slice(i) };
        return result;
    }
    findNestedShellEnd(start, end, quoted) {
        const ch = this.src.charCodeAt(start);
        if (ch === CH_BACKTICK) {
            let pos = start + 1;
            while (pos < end) {
                const current = this.src.charCodeAt(pos);
                if (current === CH_BACKSLASH) {
                    pos += 2;
                    continue;
                }
                pos++;
                if (current === CH_BACKTICK)
                    return pos;
            }
            return end;
        }
        let close;
        if (ch === CH_DOLLAR) {
            const next = start + 1;
            if (next < end && this.src.charCodeAt(next) === CH_LBRACE) {
                close = this.findClosingBrace(next + 1, end);
            }
            else {
                const open = skipLineContinuations(this.src, next, end);
                if (open >= end || this.src.charCodeAt(open) !== CH_LPAREN)
                    return start;
                close = this.findClosingParenthesis(open + 1, end);
            }
        }
        else {
            const open = start + 1;
            if (quoted || (ch !== CH_LT && ch !== CH_GT) || open >= end || this.src.charCodeAt(open) !== CH_LPAREN) {
                return start;
            }
            close = this.findClosingParenthesis(open + 1, end);
        }
        return close === -1 ? end : close + 1;
    }
    scanParamName(s, start) {
        let i = start;
        if (i >= s.length)
            return i;
        const c = s.charCodeAt(i);
        // Special single-char params
        if (c === CH_AT ||
            c === CH_STAR ||
            c === CH_HASH ||
            c === CH_QUESTION ||
            c === CH_DASH ||
            c === CH_DOLLAR ||
            c === CH_BANG) {
            return i + 1;
        }
        // Digits
        if (c >= CH_0 && c <= CH_9) {
            while (i < s.length && s.charCodeAt(i) >= CH_0 && s.charCodeAt(i) <= CH_9)
                i++;
            return i;
        }
        // Regular name: [a-zA-Z_][a-zA-Z0-9_]*
        if ((c >= CH_a && c <= CH_z) || (c >= CH_A && c <= CH_Z) || c === CH_UNDERSCORE) {
            i++;
            while (i < s.length) {
                const ch = s.charCodeAt(i);
                if ((ch >= CH_a && ch <= CH_z) ||
                    (ch >= CH_A && ch <= CH_Z) ||
                    (ch >= CH_0 && ch <= CH_9) ||
                    ch === CH_UNDERSCORE)
                    i++;
                else
                    break;
            }
        }
        return i;
    }
    readAnsiCQuoted() {
        const quotePos = this.pos - 1;
        const result = decodeAnsiCQuoted(this.src, this.pos, this.srcEnd);
        this.pos = result.end;
        if (!result.closed)
            this.errors.push({ message: "unterminated ANSI-C quote", pos: quotePos });
        return result.value;
    }
    // Quotes resume when a nested substitution returns to their parenthesis depth.
    extractBalanced(useGrammar = true, quoteOnly = false) {
        const src = this.src;
        const len = this.srcEnd;
        const bt = this._buildParts || this._buildValue;
        let depth = quoteOnly ? 0 : 1;
        const start = this.pos;
        this._unbalanced = false;
        const knownEnd = useGrammar && !quoteOnly ? this.substitutionContext.boundaries?.get(start) : undefined;
        if (knownEnd !== undefined && knownEnd <= len && this._nestingDepth < MAX_SYNTAX_NESTING) {
            this.pos = knownEnd;
            return bt ? src.slice(start, knownEnd - 1) : "";
        }
        let wordStart = true;
        // Fast path: scan for simple cases with no nested quotes/parens/case. Nothing here
        // opens a paren — `(` breaks to the slow path — so depth stays 1 and the first `)`
        // closes the construct.
        while (!quoteOnly && this.pos < len) {
            const c = src.charCodeAt(this.pos);
            if (c === CH_RPAREN) {
                const result = bt ? src.slice(start, this.pos) : "";
                this.pos++;
                return result;
            }
            else if (c === CH_LPAREN ||
                c === CH_BACKSLASH ||
                c === CH_SQUOTE ||
                c === CH_DQUOTE ||
                c === CH_BACKTICK ||
                (c === CH_DOLLAR &&
                    (src.charCodeAt(this.pos + 1) === CH_SQUOTE ||
                        src.charCodeAt(this.pos + 1) === CH_DOLLAR ||
                        src.charCodeAt(this.pos + 1) === CH_LBRACE))) {
                break;
            }
            else if (c === CH_LT && this.pos + 1 < len && src.charCodeAt(this.pos + 1) === CH_LT) {
                break;
            }
            else if (c === CH_HASH && wordStart) {
                break;
            }
            else if (c === 99 /* c */ &&
                wordStart &&
                this.pos + 3 < len &&
                src.charCodeAt(this.pos + 1) === 97 /* a */ &&
                src.charCodeAt(this.pos + 2) === 115 /* s */ &&
                src.charCodeAt(this.pos + 3) === 101 /* e */ &&
                (this.pos + 4 >= len || (src.charCodeAt(this.pos + 4) < 128 && charType[src.charCodeAt(this.pos + 4)] & 1))) {
                break;
            }
            else {
                wordStart = c < 128 && (charType[c] & 1) !== 0;
                this.pos++;
            }
        }
        // Slow path: just track position (source is copied verbatim, so slice at end)
        let caseDepth = 0;
        // Parentheses opened since the innermost `case` began. A `)` only terminates a case
        // pattern when nothing is open — otherwise it closes a pattern's leading `(`, an
        // extglob group, or a subshell in the case body, and must rebalance `depth`.
        let caseParens = 0;
        // Word-form parens resume mid-word; grammar parens resume where `#` can open a comment.
        const wordStartAfterParen = [];
        let pendingDelims = null;
        let scripts;
        let arithBase = -1;
        // A `$((` extent is found by bash's arithmetic scanner, where `#` is ordinary, and keeps
        // that extent even for a command body. The two chars before `start` are the delimiter.
        let arithExtent = start >= 2 &&
            src.charCodeAt(start) === CH_LPAREN &&
            src.charCodeAt(start - 1) === CH_LPAREN &&
            src.charCodeAt(start - 2) === CH_DOLLAR;
        let substitutions = 0;
        let reported = false;
        const quotes = quoteOnly ? [{ close: CH_DQUOTE, depth: 0 }] : [];
        let quotedDepth = quoteOnly ? 1 : 0;
        let parameterDepth = 0;
        let arithmeticOpens;
        let continuedDollarPos = -1;
        let continuedParenPos = -1;
        let escapedEnd = -1;
        let lastParenEnd = -1;
        let checkedGrammar = false;
        while (this.pos < len && (depth > 0 || quotes.length > 0)) {
            let ch = src.charCodeAt(this.pos);
            // A negative index would leave V8's fast array path, so guard the empty stack.
            const quote = quotes.length === 0 ? undefined : quotes[quotes.length - 1];
            if (quote !== undefined && quote.depth === depth) {
                let commandOpen = false;
                if (ch === CH_BACKSLASH) {
                    this.pos = Math.min(this.pos + 2, len);
                    continue;
                }
                if (ch === quote.close) {
                    quotes.pop();
                    if (ch === CH_DQUOTE)
                        quotedDepth--;
                    else
                        parameterDepth--;
                    this.pos++;
                    if (quoteOnly && depth === 0 && quotes.length === 0)
                        return "";
                    continue;
                }
                if (ch === CH_DQUOTE) {
                    quotes.push({ close: CH_DQUOTE, depth });
                    quotedDepth++;
                }
                else if (ch === CH_SQUOTE && quote.close === CH_RBRACE) {
                    this.pos++;
                    this.skipSQ();
                    continue;
                }
                else if (ch === CH_BACKTICK) {
                    this.pos++;
                    while (this.pos < len && src.charCodeAt(this.pos) !== CH_BACKTICK) {
                        if (src.charCodeAt(this.pos) === CH_BACKSLASH)
                            this.pos++;
                        if (this.pos < len)
                            this.pos++;
                    }
                    if (this.pos < len)
                        this.pos++;
                    continue;
                }
                else if (ch === CH_DOLLAR) {
                    const next = src.charCodeAt(this.pos + 1);
                    if (next === CH_SQUOTE && quote.close === CH_RBRACE) {
                        this.pos += 2;
                        this.skipAnsiCQuoted();
                        continue;
                    }
                    if (next === CH_LBRACE) {
                        quotes.push({ close: CH_RBRACE, depth });
                        parameterDepth++;
                        this.pos++;
                    }
                    else if (next === CH_LPAREN) {
                        this.pos++;
                        ch = CH_LPAREN;
                        commandOpen = true;
                    }
                    else if (next === CH_DOLLAR) {
                        // `$$` is one parameter unless `(` follows: Bash's quote scanner then reads `$` + `$(`.
                        this.pos += src.charCodeAt(this.pos + 2) === CH_LPAREN ? 1 : 2;
                        continue;
                    }
                }
                if (!reported && this._nestingDepth + Math.max(quotedDepth, parameterDepth) > MAX_SYNTAX_NESTING) {
                    this.errors.push({ message: "maximum word nesting depth exceeded", pos: this.pos });
                    reported = true;
                }
                if (!commandOpen) {
                    // Plain text changes no depth, so the rest of the run needs no further checks.
                    this.pos++;
                    while (this.pos < len) {
                        const c = src.charCodeAt(this.pos);
                        if (c === CH_BACKSLASH ||
                            c === CH_DQUOTE ||
                            c === CH_DOLLAR ||
                            c === CH_BACKTICK ||
                            c === CH_RBRACE ||
                            c === CH_SQUOTE)
                            break;
                        this.pos++;
                    }
                    continue;
                }
            }
            // The grammar resolves whether '#' after ')' is a comment, including inside array subscripts.
            if (ch === CH_HASH &&
                lastParenEnd !== -1 &&
                !arithExtent &&
                arithBase < 0 &&
                useGrammar &&
                !checkedGrammar &&
                this._nestingDepth + (scripts?.length ?? 0) < MAX_SYNTAX_NESTING &&
                skipBlanks(src, lastParenEnd, len) === this.pos) {
                checkedGrammar = true;
                const scope = scripts?.[scripts.length - 1];
                const end = this.findSubstitutionEnd(scope?.start ?? start, len, this._nestingDepth + (scripts?.length ?? 0) + 1);
                if (end !== -1) {
                    if (scope === undefined) {
                        this.pos = end;
                        return bt ? src.slice(start, end - 1) : "";
                    }
                    // Rejoin the closing-parenthesis path so the proven script end restores its enclosing scope.
                    this.pos = end - 1;
                    depth = scope.depth + 1;
                    caseDepth = 0;
                    caseParens = 0;
                    wordStartAfterParen.length = scope.parens + 1;
                    ch = CH_RPAREN;
                }
            }
            if (ch === CH_LPAREN) {
                // An escaped character (`\$(`) is text, not a substitution or extglob prefix.
                const prev = this.pos > start && this.pos !== escapedEnd ? src.charCodeAt(this.pos - 1) : 0;
                const commandDollarPos = prev === CH_DOLLAR ? this.pos - 1 : this.pos === continuedParenPos ? continuedDollarPos : -1;
                const wordParen = commandDollarPos !== -1 ||
                    prev === CH_LT ||
                    prev === CH_GT ||
                    prev === CH_EQ ||
                    prev === CH_AT ||
                    prev === CH_QUESTION ||
                    prev === CH_STAR ||
                    prev === CH_PLUS ||
                    prev === CH_BANG ||
                    (prev === CH_LPAREN && wordStartAfterParen[wordStartAfterParen.length - 1] === false) ||
                    (arithExtent && this.pos === start);
                const script = (commandDollarPos !== -1 && src.charCodeAt(this.pos + 1) !== CH_LPAREN) ||
                    ((prev === CH_LT || prev === CH_GT) && arithBase < 0 && !arithExtent);
                if (script) {
                    (scripts ?? (scripts = [])).push({
                        start: this.pos + 1,
                        dollar: commandDollarPos,
                        depth,
                        parens: wordStartAfterParen.length,
                        caseDepth,
                        caseParens,
                        arithBase,
                        arithExtent,
                        substitutions,
                        checkedGrammar,
                        pendingDelims,
                    });
                    caseDepth = 0;
                    caseParens = 0;
                    arithBase = -1;
                    arithExtent = false;
                    checkedGrammar = false;
                    pendingDelims = null;
                }
                wordStartAfterParen.push(!wordParen);
                wordStart = true;
                // (( opens arithmetic — suppress heredoc detection until the parens
                // rebalance so shift operators inside aren't mistaken for heredocs
                if (!script && arithBase < 0 && this.pos + 1 < len && src.charCodeAt(this.pos + 1) === CH_LPAREN) {
                    arithBase = depth;
                }
                if (commandDollarPos !== -1) {
                    if (script)
                        substitutions++;
                    else
                        (arithmeticOpens ?? (arithmeticOpens = [])).push(depth);
                    if (substitutions + (arithmeticOpens?.length ?? 0) + this._nestingDepth + (quoteOnly ? 0 : 1) >
                        MAX_SYNTAX_NESTING &&
                        !reported) {
                        this.errors.push({ message: "maximum command substitution nesting depth exceeded", pos: commandDollarPos });
                        reported = true;
                    }
                }
                continuedDollarPos = -1;
                continuedParenPos = -1;
                depth++;
                if (caseDepth > 0)
                    caseParens++;
                this.pos++;
            }
            else if (ch === CH_RPAREN) {
                if (caseDepth > 0 && caseParens === 0) {
                    this.pos++;
                    wordStart = true;
                }
                else {
                    if (caseDepth > 0)
                        caseParens--;
                    depth--;
                    if (depth === 0 && !quoteOnly) {
                        const result = bt ? src.slice(start, this.pos) : "";
                        this.pos++;
                        return result;
                    }
                    if (depth <= arithBase)
                        arithBase = -1;
                    if (arithmeticOpens !== undefined) {
                        while (arithmeticOpens.length > 0 && arithmeticOpens[arithmeticOpens.length - 1] >= depth)
                            arithmeticOpens.pop();
                    }
                    wordStart = wordStartAfterParen.pop() ?? true;
                    this.pos++;
                    const scope = scripts?.[scripts.length - 1];
                    if (scope !== undefined && scope.depth === depth) {
                        scripts.pop();
                        caseDepth = scope.caseDepth;
                        caseParens = scope.caseParens;
                        arithBase = scope.arithBase;
                        arithExtent = scope.arithExtent;
                        substitutions = scope.substitutions;
                        checkedGrammar = scope.checkedGrammar;
                        pendingDelims = scope.pendingDelims;
                    }
                }
                lastParenEnd = this.pos;
            }
            else if (ch === CH_BACKSLASH) {
                if (this.pos > start && src.charCodeAt(this.pos - 1) === CH_DOLLAR) {
                    const logicalPos = skipLineContinuations(src, this.pos, len);
                    if (logicalPos > this.pos &&
                        src.charCodeAt(logicalPos) === CH_LPAREN &&
                        src.charCodeAt(logicalPos + 1) !== CH_LPAREN) {
                        continuedDollarPos = this.pos - 1;
                        continuedParenPos = logicalPos;
                    }
                }
                this.pos++;
                if (this.pos < len) {
                    if (src.charCodeAt(this.pos) !== CH_NL) {
                        wordStart = false;
                    }
                    this.pos++;
                }
                escapedEnd = this.pos;
            }
            else if (ch === CH_DOLLAR) {
                const next = src.charCodeAt(++this.pos);
                if (next === CH_SQUOTE) {
                    this.pos++;
                    this.skipAnsiCQuoted();
                }
                else if (next === CH_DOLLAR) {
                    this.pos++;
                }
                else if (next === CH_LBRACE && !isBraceCommandOpener(src.charCodeAt(this.pos + 1))) {
                    // `${` opens a parameter expansion; `<<`, `)` and `#` inside it are pattern text. The
                    // `${ cmd; }` and `${|cmd; }` command forms keep the plain scan, as readDollar dispatches them.
                    quotes.push({ close: CH_RBRACE, depth });
                    parameterDepth++;
                    this.pos++;
                }
                wordStart = false;
            }
            else if (ch === CH_SQUOTE) {
                this.pos++;
                this.skipSQ();
                wordStart = false;
            }
            else if (ch === CH_DQUOTE) {
                quotes.push({ close: CH_DQUOTE, depth });
                quotedDepth++;
                this.pos++;
                wordStart = false;
            }
            else if (ch === CH_BACKTICK) {
                this.pos++;
                while (this.pos < len && src.charCodeAt(this.pos) !== CH_BACKTICK) {
                    if (src.charCodeAt(this.pos) === CH_BACKSLASH)
                        this.pos++;
                    if (this.pos < len)
                        this.pos++;
                }
                if (this.pos < len)
                    this.pos++;
                wordStart = false;
            }
            else if (ch === CH_LT && arithBase < 0 && this.pos + 1 < len && src.charCodeAt(this.pos + 1) === CH_LT) {
                // << is a heredoc operator even in case-pattern position — unquoted <<
                // inside a pattern is a bash syntax error, so no caseDepth gate here
                if (this.pos + 2 < len && src.charCodeAt(this.pos + 2) === CH_LT) {
                    this.pos += 3; // <<< herestring
                }
                else {
                    this.pos += 2;
                    const strip = this.pos < len && src.charCodeAt(this.pos) === CH_DASH;
                    if (strip)
                        this.pos++;
                    this.skipSpacesAndTabs();
                    this.readHereDocDelimiter();
                    // Empty unquoted delimiter means there was no delimiter word (`<< )`)
                    if (this._hereDelim || this._hereQuoted) {
                        (pendingDelims ?? (pendingDelims = [])).push({
                            delimiter: this._hereDelim,
                            strip,
                            quoted: this._hereQuoted,
                        });
                    }
                }
                wordStart = false;
            }
            else if (ch === CH_NL && pendingDelims) {
                this.pos++;
                for (const hd of pendingDelims)
                    this.skipHereDocBody(hd.delimiter, hd.strip, true, hd.quoted);
                pendingDelims = null;
                wordStart = true;
            }
            else if (ch === CH_HASH && arithBase < 0 && !arithExtent && wordStart) {
                // Word-boundary # opens a comment — opaque up to (not including) the
                // newline, so quotes and << inside it stay inert
                while (this.pos < len && src.charCodeAt(this.pos) !== CH_NL)
                    this.pos++;
            }
            else {
                const wStart = this.pos;
                while (this.pos < len) {
                    const wc = src.charCodeAt(this.pos);
                    if (wc < 128 && charType[wc])
                        break;
                    this.pos++;
                }
                if (this.pos > wStart) {
                    const wLen = this.pos - wStart;
                    if (wLen === 4 && wordStart && arithBase < 0 && !arithExtent) {
                        const c0 = src.charCodeAt(wStart);
                        if (c0 === 99 &&
                            src.charCodeAt(wStart + 1) === 97 &&
                            src.charCodeAt(wStart + 2) === 115 &&
                            src.charCodeAt(wStart + 3) === 101) {
                            caseDepth++;
                        }
                        else if (c0 === 101 &&
                            src.charCodeAt(wStart + 1) === 115 &&
                            src.charCodeAt(wStart + 2) === 97 &&
                            src.charCodeAt(wStart + 3) === 99 &&
                            caseDepth > 0) {
                            caseDepth--;
                            if (caseDepth === 0)
                                caseParens = 0;
                        }
                    }
                    wordStart = false;
                }
                else {
                    const wc = src.charCodeAt(this.pos);
                    wordStart = wc < 128 && (charType[wc] & 1) !== 0;
                    this.pos++;
                }
            }
        }
        // Ran out of input before the closing paren. A quoted scan owns the `$(` it opened: the
        // outermost one left open is reported here, since no token read revisits this text.
        this._unbalanced = true;
        if (quoteOnly && scripts !== undefined && scripts.length > 0) {
            this.errors.push({ message: "unterminated command substitution", pos: scripts[0].dollar });
        }
        return bt ? src.slice(start, this.pos) : "";
    }
}

;// CONCATENATED MODULE: ./node_modules/unbash/dist/arithmetic.js



function opPrec(op) {
    switch (op) {
        case ",":
            return 1;
        case "=":
        case "+=":
        case "-=":
        case "*=":
        case "/=":
        case "%=":
        case "<<=":
        case ">>=":
        case "&=":
        case "|=":
        case "^=":
            return 2;
        case "||":
            return 4;
        case "&&":
            return 5;
        case "|":
            return 6;
        case "^":
            return 7;
        case "&":
            return 8;
        case "==":
        case "!=":
            return 9;
        case "<":
        case "<=":
        case ">":
        case ">=":
            return 10;
        case "<<":
        case ">>":
            return 11;
        case "+":
        case "-":
            return 12;
        case "*":
        case "/":
        case "%":
            return 13;
        case "**":
            return 14;
        case "?":
            return 3;
        default:
            return -1;
    }
}
function arithmetic_trimEnd(src, start, end) {
    while (end > start) {
        const c = src.charCodeAt(end - 1);
        if (c !== CH_SPACE && c !== CH_TAB && c !== CH_NL)
            break;
        end--;
    }
    return end;
}
function opRightAssoc(op) {
    switch (op) {
        case "=":
        case "+=":
        case "-=":
        case "*=":
        case "/=":
        case "%=":
        case "<<=":
        case ">>=":
        case "&=":
        case "|=":
        case "^=":
        case "**":
            return true;
        default:
            return false;
    }
}
function parseArithmeticExpression(src, offset = 0, collector, nestingDepth = 0) {
    let pos = 0;
    const len = src.length;
    const initialWordCount = collector?.embeddedWords.length ?? 0;
    function makeWord(start, end, embedded = false) {
        const node = {
            type: "ArithmeticWord",
            pos: start + offset,
            end: end + offset,
            value: src.slice(start, end),
            parts: undefined,
        };
        if (embedded)
            collector?.embeddedWords.push(node);
        return node;
    }
    function skipWS() {
        while (pos < len) {
            const c = src.charCodeAt(pos);
            if (c === CH_SPACE || c === CH_TAB || c === CH_NL)
                pos++;
            else
                break;
        }
    }
    function tryReadBinOp() {
        if (pos >= len)
            return null;
        const c = src.charCodeAt(pos);
        const nc = pos + 1 < len ? src.charCodeAt(pos + 1) : 0;
        const nnc = pos + 2 < len ? src.charCodeAt(pos + 2) : 0;
        switch (c) {
            case CH_COMMA:
                pos++;
                return ",";
            case CH_EQ:
                if (nc === CH_EQ) {
                    pos += 2;
                    return "==";
                }
                pos++;
                return "=";
            case CH_BANG:
                if (nc === CH_EQ) {
                    pos += 2;
                    return "!=";
                }
                return null; // unary
            case CH_LT:
                if (nc === CH_LT) {
                    if (nnc === CH_EQ) {
                        pos += 3;
                        return "<<=";
                    }
                    pos += 2;
                    return "<<";
                }
                if (nc === CH_EQ) {
                    pos += 2;
                    return "<=";
                }
                pos++;
                return "<";
            case CH_GT:
                if (nc === CH_GT) {
                    if (nnc === CH_EQ) {
                        pos += 3;
                        return ">>=";
                    }
                    pos += 2;
                    return ">>";
                }
                if (nc === CH_EQ) {
                    pos += 2;
                    return ">=";
                }
                pos++;
                return ">";
            case CH_PLUS:
                if (nc === CH_EQ) {
                    pos += 2;
                    return "+=";
                }
                if (nc === CH_PLUS)
                    return null; // postfix/prefix, not binary
                pos++;
                return "+";
            case CH_DASH:
                if (nc === CH_EQ) {
                    pos += 2;
                    return "-=";
                }
                if (nc === CH_DASH)
                    return null; // postfix/prefix, not binary
                pos++;
                return "-";
            case CH_STAR:
                if (nc === CH_STAR) {
                    pos += 2;
                    return "**";
                }
                if (nc === CH_EQ) {
                    pos += 2;
                    return "*=";
                }
                pos++;
                return "*";
            case CH_SLASH:
                if (nc === CH_EQ) {
                    pos += 2;
                    return "/=";
                }
                pos++;
                return "/";
            case CH_PERCENT:
                if (nc === CH_EQ) {
                    pos += 2;
                    return "%=";
                }
                pos++;
                return "%";
            case CH_PIPE:
                if (nc === CH_PIPE) {
                    pos += 2;
                    return "||";
                }
                if (nc === CH_EQ) {
                    pos += 2;
                    return "|=";
                }
                pos++;
                return "|";
            case CH_AMP:
                if (nc === CH_AMP) {
                    pos += 2;
                    return "&&";
                }
                if (nc === CH_EQ) {
                    pos += 2;
                    return "&=";
                }
                pos++;
                return "&";
            case CH_CARET:
                if (nc === CH_EQ) {
                    pos += 2;
                    return "^=";
                }
                pos++;
                return "^";
            case CH_QUESTION:
                pos++;
                return "?";
            default:
                return null;
        }
    }
    function skipTruncatedUnary() {
        skipWS();
        while (pos < len) {
            const c = src.charCodeAt(pos);
            if (c !== CH_BANG && c !== CH_TILDE && c !== CH_PLUS && c !== CH_DASH)
                break;
            if (src.charCodeAt(pos + 1) === CH_EQ)
                break;
            pos++;
            skipWS();
        }
        if (src.charCodeAt(pos) === CH_LPAREN) {
            let groups = 1;
            pos++;
            while (pos < len && groups > 0) {
                const wordEnd = collector?.findArithmeticWordEnd?.(pos + offset, offset + len) ?? pos + offset;
                if (wordEnd > pos + offset) {
                    pos = wordEnd - offset;
                    continue;
                }
                const c = src.charCodeAt(pos++);
                if (c === CH_LPAREN)
                    groups++;
                else if (c === CH_RPAREN)
                    groups--;
            }
        }
        else if (pos < len && src.charCodeAt(pos) !== CH_RPAREN && src.charCodeAt(pos) !== CH_COLON) {
            parseAtom(0);
        }
        skipWS();
        const c = src.charCodeAt(pos);
        if ((c === CH_PLUS || c === CH_DASH) && src.charCodeAt(pos + 1) === c)
            pos += 2;
    }
    function recoverExpression(minPrec) {
        skipWS();
        const start = pos;
        if (start === len)
            return makeWord(start, start);
        const wordCount = collector?.embeddedWords.length ?? 0;
        let ternaries = 0;
        for (;;) {
            skipTruncatedUnary();
            skipWS();
            if (src.charCodeAt(pos) === CH_COLON && ternaries > 0) {
                ternaries--;
                pos++;
                continue;
            }
            const saved = pos;
            const op = tryReadBinOp();
            if (op === null || (ternaries === 0 && opPrec(op) < minPrec)) {
                pos = saved;
                break;
            }
            if (op === "?")
                ternaries++;
        }
        if (collector)
            collector.embeddedWords.length = wordCount;
        return makeWord(start, arithmetic_trimEnd(src, start, pos));
    }
    function parseBinExpr(minPrec, depth) {
        if (depth > MAX_SYNTAX_NESTING)
            return recoverExpression(minPrec);
        let left = parseUnaryExpr(depth);
        while (true) {
            skipWS();
            if (pos >= len)
                break;
            const saved = pos;
            const op = tryReadBinOp();
            if (!op)
                break;
            // Ternary
            if (op === "?") {
                if (opPrec(op) < minPrec) {
                    pos = saved;
                    break;
                }
                const consequent = parseBinExpr(1, depth + 1);
                skipWS();
                if (pos < len && src.charCodeAt(pos) === CH_COLON)
                    pos++;
                const alternate = parseBinExpr(3, depth + 1);
                left = { type: "ArithmeticTernary", pos: left.pos, end: alternate.end, test: left, consequent, alternate };
                continue;
            }
            const prec = opPrec(op);
            if (prec < minPrec) {
                pos = saved;
                break;
            }
            const nextPrec = opRightAssoc(op) ? prec : prec + 1;
            const right = parseBinExpr(nextPrec, depth + 1);
            left = { type: "ArithmeticBinary", pos: left.pos, end: right.end, operator: op, left, right };
        }
        return left;
    }
    function parseUnaryExpr(depth) {
        skipWS();
        if (depth > MAX_SYNTAX_NESTING)
            return recoverExpression(15);
        if (pos >= len)
            return makeWord(pos, pos);
        const start = pos;
        const c = src.charCodeAt(pos);
        const nc = pos + 1 < len ? src.charCodeAt(pos + 1) : 0;
        // Prefix ++ --
        if (c === CH_PLUS && nc === CH_PLUS) {
            pos += 2;
            const operand = parseUnaryExpr(depth + 1);
            return { type: "ArithmeticUnary", pos: start + offset, end: operand.end, operator: "++", operand, prefix: true };
        }
        if (c === CH_DASH && nc === CH_DASH) {
            pos += 2;
            const operand = parseUnaryExpr(depth + 1);
            return { type: "ArithmeticUnary", pos: start + offset, end: operand.end, operator: "--", operand, prefix: true };
        }
        // Unary ! ~ + -
        if (c === CH_BANG) {
            pos++;
            const operand = parseUnaryExpr(depth + 1);
            return { type: "ArithmeticUnary", pos: start + offset, end: operand.end, operator: "!", operand, prefix: true };
        }
        if (c === CH_TILDE) {
            pos++;
            const operand = parseUnaryExpr(depth + 1);
            return { type: "ArithmeticUnary", pos: start + offset, end: operand.end, operator: "~", operand, prefix: true };
        }
        if (c === CH_PLUS && nc !== CH_PLUS && nc !== CH_EQ) {
            pos++;
            const operand = parseUnaryExpr(depth + 1);
            return { type: "ArithmeticUnary", pos: start + offset, end: operand.end, operator: "+", operand, prefix: true };
        }
        if (c === CH_DASH && nc !== CH_DASH && nc !== CH_EQ) {
            pos++;
            const operand = parseUnaryExpr(depth + 1);
            return { type: "ArithmeticUnary", pos: start + offset, end: operand.end, operator: "-", operand, prefix: true };
        }
        return parsePostfixExpr(depth);
    }
    function parsePostfixExpr(depth) {
        const operand = parseAtom(depth);
        skipWS();
        if (pos + 1 < len) {
            const c = src.charCodeAt(pos);
            const nc = src.charCodeAt(pos + 1);
            if (c === CH_PLUS && nc === CH_PLUS) {
                pos += 2;
                return { type: "ArithmeticUnary", pos: operand.pos, end: pos + offset, operator: "++", operand, prefix: false };
            }
            if (c === CH_DASH && nc === CH_DASH) {
                pos += 2;
                return { type: "ArithmeticUnary", pos: operand.pos, end: pos + offset, operator: "--", operand, prefix: false };
            }
        }
        return operand;
    }
    function parseAtom(depth) {
        skipWS();
        if (pos >= len)
            return makeWord(pos, pos);
        const c = src.charCodeAt(pos);
        // Parenthesized expression
        if (c === CH_LPAREN) {
            const start = pos;
            pos++;
            const expr = parseBinExpr(0, depth + 1);
            skipWS();
            if (pos < len && src.charCodeAt(pos) === CH_RPAREN)
                pos++;
            return { type: "ArithmeticGroup", pos: start + offset, end: pos + offset, expression: expr };
        }
        // Dollar expansion
        if (c === CH_DOLLAR) {
            const start = pos;
            const wordCount = collector?.embeddedWords.length ?? 0;
            const atom = readDollarAtom();
            const wordEnd = collector?.findArithmeticWordEnd?.(start + offset, offset + len) ?? pos + offset;
            if (wordEnd > pos + offset) {
                if (collector)
                    collector.embeddedWords.length = wordCount;
                pos = wordEnd - offset;
                return makeWord(start, pos, true);
            }
            return atom;
        }
        if (c === 0x60 /* ` */ || c === 0x22 /* " */ || c === 0x27 /* ' */) {
            const start = pos;
            pos = (collector?.findArithmeticWordEnd?.(start + offset, offset + len) ?? start + offset + 1) - offset;
            return makeWord(start, pos, true);
        }
        // Number or variable name
        const start = pos;
        const wordCount = collector?.embeddedWords.length ?? 0;
        const atom = readWordAtom();
        const wordEnd = collector?.findArithmeticWordEnd?.(start + offset, offset + len) ?? pos + offset;
        if (wordEnd > pos + offset) {
            if (collector)
                collector.embeddedWords.length = wordCount;
            pos = wordEnd - offset;
            return makeWord(start, pos, true);
        }
        return atom;
    }
    function readDollarAtom() {
        const start = pos;
        pos++; // skip $
        if (pos >= len)
            return makeWord(start, pos);
        const c = src.charCodeAt(pos);
        if (c === CH_LPAREN) {
            if (pos + 1 < len && src.charCodeAt(pos + 1) === CH_LPAREN) {
                // $(( nested arithmetic ))
                const expansionEnd = collector?.findArithmeticExpansionEnd(start + offset, offset + len) ?? -1;
                if (expansionEnd !== -1) {
                    pos = expansionEnd - offset;
                }
                else {
                    pos += 2;
                    let depth = 1;
                    while (pos < len && depth > 0) {
                        if (src.charCodeAt(pos) === CH_LPAREN && src.charCodeAt(pos + 1) === CH_LPAREN) {
                            depth++;
                            pos += 2;
                        }
                        else if (src.charCodeAt(pos) === CH_RPAREN && src.charCodeAt(pos + 1) === CH_RPAREN) {
                            depth--;
                            pos += 2;
                        }
                        else {
                            pos++;
                        }
                    }
                }
            }
            else {
                // $( command substitution )
                pos++; // skip (
                const close = collector?.findClosingParenthesis(pos + offset, offset + len) ?? -1;
                if (close !== -1) {
                    pos = close - offset + 1;
                }
                else {
                    let depth = 1;
                    while (pos < len && depth > 0) {
                        const ch = src.charCodeAt(pos++);
                        if (ch === CH_LPAREN)
                            depth++;
                        else if (ch === CH_RPAREN)
                            depth--;
                    }
                }
                const text = src.slice(start, pos);
                return collector
                    ? collector.commandExpansion(start + offset, pos + offset, text)
                    : new ScriptExpansionImpl("ArithmeticCommandExpansion", start + offset, pos + offset, text);
            }
        }
        else if (c === CH_LBRACE) {
            // ${ parameter expansion }
            const close = collector?.findClosingBrace(pos + offset + 1, offset + len) ?? -1;
            if (close !== -1) {
                pos = close - offset + 1;
            }
            else {
                pos++;
                let depth = 1;
                while (pos < len && depth > 0) {
                    const ch = src.charCodeAt(pos++);
                    if (ch === CH_LBRACE)
                        depth++;
                    else if (ch === CH_RBRACE)
                        depth--;
                }
            }
        }
        else {
            // $var
            while (pos < len) {
                const ch = src.charCodeAt(pos);
                if ((ch >= CH_a && ch <= CH_z) ||
                    (ch >= CH_A && ch <= CH_Z) ||
                    (ch >= CH_0 && ch <= CH_9) ||
                    ch === CH_UNDERSCORE)
                    pos++;
                else
                    break;
            }
        }
        return makeWord(start, pos, c === CH_LPAREN || c === CH_LBRACE);
    }
    function readWordAtom() {
        const start = pos;
        while (pos < len) {
            const c = src.charCodeAt(pos);
            if ((c >= CH_0 && c <= CH_9) ||
                (c >= CH_A && c <= CH_Z) ||
                (c >= CH_a && c <= CH_z) ||
                c === CH_UNDERSCORE ||
                c === 35 // # for base-N literals like 2#101
            ) {
                pos++;
            }
            else
                break;
        }
        // Array subscript: var[expr]
        if (pos > start && pos < len && src.charCodeAt(pos) === CH_LBRACKET) {
            const close = collector?.findClosingBracket?.(pos + offset + 1, offset + len) ?? -1;
            if (close !== -1) {
                pos = close - offset + 1;
            }
            else {
                pos++;
                let depth = 1;
                while (pos < len && depth > 0) {
                    const c = src.charCodeAt(pos);
                    if (c === CH_LBRACKET)
                        depth++;
                    else if (c === CH_RBRACKET)
                        depth--;
                    pos++;
                }
            }
            return makeWord(start, pos, true);
        }
        if (pos === start) {
            // Unknown character — advance to prevent infinite loop
            pos++;
            return makeWord(start, pos);
        }
        return makeWord(start, pos);
    }
    skipWS();
    if (pos >= len)
        return null;
    const start = pos;
    const result = parseBinExpr(0, nestingDepth);
    skipWS();
    if (pos < len) {
        // Unparsed tokens remain: a partial tree would silently drop them, so keep the whole body
        // as one word. With embedded structure its parts still expose nested substitutions.
        if (collector)
            collector.embeddedWords.length = initialWordCount;
        return makeWord(start, arithmetic_trimEnd(src, start, len), collector !== undefined);
    }
    return result;
}

;// CONCATENATED MODULE: ./node_modules/unbash/dist/parts.js



const computeBareWordParts = (_source, word) => hasGlobCharacters(word.text) ? parseGlobParts(word.text, 0, word.text.length, undefined, word.pos) : undefined;
function wordPartsResolver(context) {
    return (context.wordParts ?? (context.wordParts = (source, word, depth) => computeWordParts(source, word, depth, context)));
}
function embeddedPartsResolver(context) {
    return (context.embeddedParts ??
        (context.embeddedParts = (source, word, depth) => computeEmbeddedWordParts(source, word, depth, context)));
}
function arrayPartsResolver(context) {
    return (context.arrayParts ??
        (context.arrayParts = (source, word, depth) => computeArrayElementParts(source, word, depth, context)));
}
/**
 * Compute the structural parts of a word by re-scanning the source.
 * This is the "cold path" — only called when consumers actually need parts.
 *
 * Returns undefined for simple words (no quotes, expansions, or special structure).
 */
function computeWordParts(source, word, depth = 0, context = createSubstitutionContext()) {
    // Bound the re-lex to the word's span. A word inside a substitution script carries the
    // whole original as its source, so an unbounded scan would overrun the word into an
    // adjacent delimiter (e.g. a backtick or `)` immediately after it). For top-level words
    // word.end is the natural boundary, so the bound is a no-op.
    const lexer = new Lexer(source, word.pos, word.end, false, context);
    lexer._nestingDepth = depth;
    const parts = lexer.buildWordParts(word.pos);
    return parts ?? undefined;
}
/** Compute structural parts for a word-like span that may contain shell operators or whitespace. */
function computeEmbeddedWordParts(source, word, depth = 0, context, arithmetic = false) {
    if (!hasEmbeddedWordStructure(source, word.pos, word.end))
        return undefined;
    const lexer = new Lexer(source, word.pos, word.end, false, context);
    lexer._nestingDepth = depth;
    const parts = lexer.buildEmbeddedWordParts(word.pos, arithmetic);
    return parts ?? undefined;
}
function computeArrayElementParts(source, word, depth = 0, context) {
    const lexer = new Lexer(source, word.pos, word.end, false, context);
    lexer._nestingDepth = depth;
    const parts = lexer.buildArrayElementParts(word.pos);
    return parts ?? undefined;
}
/**
 * Compute parts for an unquoted heredoc body.
 * Heredoc bodies use different scanning rules than shell words: newlines are
 * literal and single/double quotes have no special meaning.
 */
function computeHereDocBodyParts(source, word, depth = 0, context) {
    const lexer = new Lexer(source, word.pos, word.end, false, context);
    lexer._nestingDepth = depth;
    const parts = lexer.buildHereDocParts(word.pos, word.end);
    return parts ?? undefined;
}

;// CONCATENATED MODULE: ./node_modules/unbash/dist/arithmetic-parts.js





function parseArithmeticWithParts(body, offset, source, depth, context, embeddedDepth = depth) {
    if (!hasEmbeddedWordStructure(source, offset, offset + body.length)) {
        return parseArithmeticExpression(body, offset, undefined, depth) ?? undefined;
    }
    const embeddedWords = [];
    const lexer = new Lexer(source, 0, source.length, false, context);
    lexer._nestingDepth = depth;
    const expression = parseArithmeticExpression(body, offset, {
        embeddedWords,
        commandExpansion: (pos, end, text) => new ScriptExpansionImpl("ArithmeticCommandExpansion", pos, end, text, {
            source,
            start: pos + 2,
            end: end - 1,
            depth: depth + 1,
            parenBoundary: true,
            context,
        }),
        findClosingBracket: (start, end) => lexer.findClosingBracket(start, end),
        findClosingBrace: (start, end) => lexer.findClosingBrace(start, end),
        findClosingParenthesis: (start, end) => lexer.findClosingParenthesis(start, end),
        findArithmeticExpansionEnd: (start, end) => lexer.findArithmeticExpansionEnd(start, end),
        findArithmeticWordEnd: (start, end) => lexer.findArithmeticWordEnd(start, end),
    }, depth) ?? undefined;
    // Past the nesting budget an embedded word keeps its text without parts.
    if (embeddedDepth <= MAX_SYNTAX_NESTING) {
        for (const node of embeddedWords)
            node.parts = computeEmbeddedWordParts(source, node, embeddedDepth, context, true);
    }
    return expression;
}

;// CONCATENATED MODULE: ./node_modules/unbash/dist/assignment.js




class ArrayValueImpl {
    type = "ArrayValue";
    pos;
    end;
    #source;
    #depth;
    #context;
    #elements;
    constructor(source, pos, end, depth, context) {
        this.pos = pos;
        this.end = end;
        this.#source = source;
        this.#depth = depth;
        this.#context = context;
    }
    get elements() {
        if (this.#elements)
            return this.#elements;
        const lexer = new Lexer(this.#source, this.pos + 1, this.end - 1, false, this.#context);
        lexer._nestingDepth = this.#depth;
        const elements = [];
        while (lexer.peek(LexContext.ArrayElement).token !== Token.EOF) {
            const token = lexer.next(LexContext.ArrayElement);
            if (token.token !== Token.Word && token.token !== Token.Assignment)
                continue;
            const text = token.raw ? token.value : this.#source.slice(token.pos, token.end);
            const indexed = text.charCodeAt(0) === 91;
            const context = lexer.getSubstitutionContext();
            const source = !indexed && token.raw && token.keywordEligible ? undefined : this.#source;
            const resolver = source === undefined
                ? computeBareWordParts
                : indexed
                    ? arrayPartsResolver(context)
                    : wordPartsResolver(context);
            elements.push(new WordImpl(text, token.pos, token.end, source, resolver, this.#depth));
        }
        this.#elements = elements;
        return elements;
    }
    toJSON() {
        return { type: this.type, pos: this.pos, end: this.end, elements: this.elements };
    }
}
class AssignmentImpl {
    type = "Assignment";
    pos;
    end;
    text;
    #source;
    #depth;
    #context;
    #operatorPos;
    #name = null;
    #append;
    #index;
    #value = null;
    constructor(text, pos, end, source, operatorPos, depth, context) {
        this.pos = pos;
        this.end = end;
        this.text = text;
        this.#source = source;
        this.#operatorPos = operatorPos;
        this.#depth = depth;
        this.#context = context;
    }
    get name() {
        return this.#name ?? this.resolveTarget();
    }
    get append() {
        if (this.#name === null)
            this.resolveTarget();
        return this.#append;
    }
    get index() {
        if (this.#name === null)
            this.resolveTarget();
        return this.#index;
    }
    get value() {
        if (this.#value !== null)
            return this.#value;
        const start = this.#operatorPos + 1;
        const arrayStart = skipLineContinuations(this.#source, start, this.end);
        this.#value =
            this.#source.charCodeAt(arrayStart) === 40 && this.#source.charCodeAt(this.end - 1) === 41
                ? new ArrayValueImpl(this.#source, arrayStart, this.end, this.#depth, this.#context)
                : new WordImpl(this.#source.slice(start, this.end), start, this.end, this.#source, wordPartsResolver(this.#context), this.#depth);
        return this.#value;
    }
    resolveTarget() {
        const equal = this.#operatorPos - this.pos;
        let nameEnd = equal;
        let appendPos = equal;
        while (appendPos >= 2 && this.text.charCodeAt(appendPos - 2) === 92 && this.text.charCodeAt(appendPos - 1) === 10)
            appendPos -= 2;
        if (this.text.charCodeAt(appendPos - 1) === 43) {
            this.#append = true;
            nameEnd = appendPos - 1;
        }
        const bracket = this.text.indexOf("[");
        if (bracket > 0 && bracket < nameEnd) {
            const close = this.text.lastIndexOf("]", equal);
            if (close > bracket) {
                const start = this.pos + bracket + 1;
                const end = this.pos + close;
                this.#index = new WordImpl(this.#source.slice(start, end), start, end, this.#source, embeddedPartsResolver(this.#context), this.#depth);
                nameEnd = bracket;
            }
        }
        const name = this.text.slice(0, nameEnd);
        return (this.#name = name.includes("\\\n") ? name.split("\\\n").join("") : name);
    }
    toJSON() {
        return {
            type: this.type,
            pos: this.pos,
            end: this.end,
            text: this.text,
            name: this.name,
            append: this.append,
            index: this.index,
            value: this.value,
        };
    }
}

;// CONCATENATED MODULE: ./node_modules/unbash/dist/command.js
const isArgument = (item) => item.type === "Word" || item.type === "Assignment";
class CommandImpl {
    type = "Command";
    pos;
    end;
    name;
    prefix;
    suffix;
    #args;
    #redirects;
    constructor(pos, end, name, prefix, suffix) {
        this.pos = pos;
        this.end = end;
        this.name = name;
        this.prefix = prefix;
        this.suffix = suffix;
    }
    get args() {
        if (this.#args === undefined) {
            const suffix = this.suffix;
            this.#args = suffix.every(isArgument) ? suffix : suffix.filter(isArgument);
        }
        return this.#args;
    }
    get redirects() {
        if (this.#redirects === undefined) {
            const redirects = [];
            for (const item of this.prefix)
                if (item.type !== "Assignment")
                    redirects.push(item);
            for (const item of this.suffix)
                if (!isArgument(item))
                    redirects.push(item);
            this.#redirects = redirects;
        }
        return this.#redirects;
    }
    toJSON() {
        return { type: this.type, pos: this.pos, end: this.end, name: this.name, prefix: this.prefix, suffix: this.suffix };
    }
}

;// CONCATENATED MODULE: ./node_modules/unbash/dist/heredoc.js

class HereDocBodyImpl {
    type = "HereDocBody";
    pos;
    end;
    text = "";
    #source;
    #depth;
    #context;
    #parts;
    constructor(source, pos, quoted, depth, context) {
        this.pos = pos;
        this.end = pos;
        this.#source = source;
        this.#depth = depth;
        this.#context = context;
        this.#parts = quoted ? undefined : null;
    }
    get parts() {
        if (this.#parts === null)
            this.#parts = computeHereDocBodyParts(this.#source, this, this.#depth, this.#context);
        return this.#parts;
    }
    toJSON() {
        return { type: this.type, pos: this.pos, end: this.end, text: this.text, parts: this.parts };
    }
}

;// CONCATENATED MODULE: ./node_modules/unbash/dist/parser.js











Lexer._findSubstitutionEnd = findSubstitutionEnd;
ScriptExpansionImpl._resolveScript = parseRegion;
ArithmeticExpansionImpl._resolveExpression = parseArithmeticWithParts;
function isDeclarationCommand(name) {
    switch (name.length) {
        case 5:
            return name === "local" || name === "alias";
        case 6:
            return name === "export";
        case 7:
            return name === "declare" || name === "typeset";
        case 8:
            return name === "readonly";
        default:
            return false;
    }
}
class ArithmeticCommandImpl {
    type = "ArithmeticCommand";
    pos;
    end;
    body;
    #source;
    #depth;
    #context;
    #expression = null;
    constructor(pos, end, body, source, depth, context) {
        this.pos = pos;
        this.end = end;
        this.body = body;
        this.#source = source;
        this.#depth = depth;
        this.#context = context;
    }
    get expression() {
        if (this.#expression === null) {
            this.#expression = parseArithmeticWithParts(this.body, this.pos + 2, this.#source, this.#depth, this.#context);
        }
        return this.#expression;
    }
    set expression(v) {
        this.#expression = v ?? undefined;
    }
    toJSON() {
        return {
            type: this.type,
            pos: this.pos,
            end: this.end,
            expression: this.expression,
            body: this.body,
        };
    }
}
class ArithmeticForImpl {
    type = "ArithmeticFor";
    pos;
    end;
    body;
    #initStr;
    #testStr;
    #updateStr;
    #initPos;
    #testPos;
    #updatePos;
    #source;
    #depth;
    #context;
    #initialize = null;
    #test = null;
    #update = null;
    constructor(pos, end, body, initStr, testStr, updateStr, initPos, testPos, updatePos, source, depth, context) {
        this.pos = pos;
        this.end = end;
        this.body = body;
        this.#initStr = initStr;
        this.#testStr = testStr;
        this.#updateStr = updateStr;
        this.#initPos = initPos;
        this.#testPos = testPos;
        this.#updatePos = updatePos;
        this.#source = source;
        this.#depth = depth;
        this.#context = context;
    }
    get initialize() {
        if (this.#initialize === null) {
            if (this.#initStr) {
                this.#initialize = parseArithmeticWithParts(this.#initStr, this.#initPos, this.#source, this.#depth, this.#context);
            }
            else {
                this.#initialize = undefined;
            }
        }
        return this.#initialize;
    }
    set initialize(v) {
        this.#initialize = v ?? undefined;
    }
    get test() {
        if (this.#test === null) {
            if (this.#testStr) {
                this.#test = parseArithmeticWithParts(this.#testStr, this.#testPos, this.#source, this.#depth, this.#context);
            }
            else {
                this.#test = undefined;
            }
        }
        return this.#test;
    }
    set test(v) {
        this.#test = v ?? undefined;
    }
    get update() {
        if (this.#update === null) {
            if (this.#updateStr) {
                this.#update = parseArithmeticWithParts(this.#updateStr, this.#updatePos, this.#source, this.#depth, this.#context);
            }
            else {
                this.#update = undefined;
            }
        }
        return this.#update;
    }
    set update(v) {
        this.#update = v ?? undefined;
    }
    toJSON() {
        return {
            type: this.type,
            pos: this.pos,
            end: this.end,
            initialize: this.initialize,
            test: this.test,
            update: this.update,
            body: this.body,
        };
    }
}
const CASE_TERMINATORS = {
    [Token.DoubleSemi]: ";;",
    [Token.SemiAmp]: ";&",
    [Token.DoubleSemiAmp]: ";;&",
};
const REDIRECT_OPS = {
    ">": ">",
    ">>": ">>",
    "<": "<",
    "<>": "<>",
    "<&": "<&",
    ">&": ">&",
    ">|": ">|",
    "&>": "&>",
    "&>>": "&>>",
};
// Lookup tables for O(1) token classification (replaces sequential comparisons)
const listTerminators = new Uint8Array(37);
listTerminators[Token.EOF] = 1;
listTerminators[Token.RParen] = 1;
listTerminators[Token.RBrace] = 1;
listTerminators[Token.Then] = 1;
listTerminators[Token.Else] = 1;
listTerminators[Token.Elif] = 1;
listTerminators[Token.Fi] = 1;
listTerminators[Token.Do] = 1;
listTerminators[Token.Done] = 1;
listTerminators[Token.Esac] = 1;
listTerminators[Token.DoubleSemi] = 1;
listTerminators[Token.SemiAmp] = 1;
listTerminators[Token.DoubleSemiAmp] = 1;
// After one of these Bash is at a command-start position, the only place a reserved-word
// terminator may follow with no separator.
const compoundClosers = new Uint8Array(37);
compoundClosers[Token.RParen] = 1;
compoundClosers[Token.RBrace] = 1;
compoundClosers[Token.DblRBracket] = 1;
compoundClosers[Token.Fi] = 1;
compoundClosers[Token.Done] = 1;
compoundClosers[Token.Esac] = 1;
compoundClosers[Token.ArithCmd] = 1;
// Inside `[[ ]]` only an unquoted `!` negates; `'!'` and `\!` are ordinary operands.
function isTestNegation(t) {
    return t.token === Token.Word && t.keywordEligible && t.value === "!";
}
const commandStarts = new Uint8Array(37);
commandStarts[Token.Word] = 1;
commandStarts[Token.Assignment] = 1;
commandStarts[Token.Bang] = 1;
commandStarts[Token.LParen] = 1;
commandStarts[Token.LBrace] = 1;
commandStarts[Token.DblLBracket] = 1;
commandStarts[Token.If] = 1;
commandStarts[Token.For] = 1;
commandStarts[Token.While] = 1;
commandStarts[Token.Until] = 1;
commandStarts[Token.Case] = 1;
commandStarts[Token.Function] = 1;
commandStarts[Token.Select] = 1;
commandStarts[Token.ArithCmd] = 1;
commandStarts[Token.Coproc] = 1;
commandStarts[Token.Redirect] = 1;
const UNARY_TEST_OPS = {
    "-a": 1,
    "-b": 1,
    "-c": 1,
    "-d": 1,
    "-e": 1,
    "-f": 1,
    "-g": 1,
    "-h": 1,
    "-k": 1,
    "-p": 1,
    "-r": 1,
    "-s": 1,
    "-t": 1,
    "-u": 1,
    "-v": 1,
    "-w": 1,
    "-x": 1,
    "-z": 1,
    "-n": 1,
    "-o": 1,
    "-N": 1,
    "-S": 1,
    "-L": 1,
    "-G": 1,
    "-O": 1,
    "-R": 1,
};
const BINARY_TEST_OPS = {
    "==": 1,
    "!=": 1,
    "=~": 1,
    "=": 1,
    "-eq": 1,
    "-ne": 1,
    "-lt": 1,
    "-le": 1,
    "-gt": 1,
    "-ge": 1,
    "-nt": 1,
    "-ot": 1,
    "-ef": 1,
    "<": 1,
    ">": 1,
};
const EMPTY_REDIRECTS = [];
const EMPTY_PREFIXES = [];
const EMPTY_ELIFS = [];
function parse(source) {
    return new Parser(source, 0, source.length).run();
}
// Parse a [start, end) window of `source` in place, so the resulting nodes index the original
// source directly. Used to resolve substitution scripts with absolute offsets; not public API.
function parseRegion(source, start, end, depth = 0, parenBoundary = false, context) {
    return new Parser(source, start, end, depth, parenBoundary, undefined, context).run();
}
class SubstitutionLexer extends Lexer {
    boundaries;
    pending;
    context;
    constructor(source, boundary, boundaries, pending, context, parenBoundary = true) {
        super(source, boundary.start, boundary.end, parenBoundary, context);
        this._nestingDepth = boundary.depth;
        this.boundaries = boundaries;
        this.pending = pending;
        this.context = context;
    }
    // Keep child boundary requests on this worklist so nested scans stay iterative.
    fork(start, end, parenBoundary = false) {
        return new SubstitutionLexer(this.getSource(), { start, end, depth: this._nestingDepth }, this.boundaries, this.pending, this.context, parenBoundary);
    }
    findSubstitutionEnd(start, end, depth = this._nestingDepth + 1) {
        const known = this.context.boundaries?.get(start);
        if (known !== undefined)
            return known <= end ? known : -1;
        const boundary = this.boundaries.get(start);
        if (boundary !== undefined)
            return boundary <= end ? boundary : -1;
        if (!this.boundaries.has(start)) {
            this.boundaries.set(start, undefined);
            this.pending.push({ start, end, depth });
        }
        return -1;
    }
}
function findSubstitutionEnd(source, start, end, depth, context) {
    const boundaries = new Map([[start, undefined]]);
    const pending = [{ start, end, depth }];
    // Resolve nested requests before retrying their enclosing boundary, without growing the JavaScript stack.
    while (pending.length > 0) {
        const count = pending.length;
        const boundary = pending[count - 1];
        const lexer = new SubstitutionLexer(source, boundary, boundaries, pending, context);
        const found = new Parser(source, boundary.start, boundary.end, boundary.depth, true, lexer).findSubstitutionEnd();
        if (pending.length === count) {
            boundaries.set(boundary.start, found);
            if (found !== -1)
                substitutionBoundaries(context).set(boundary.start, found);
            pending.pop();
        }
    }
    return boundaries.get(start) ?? -1;
}
class Parser {
    tok;
    source;
    start;
    end;
    depth;
    errors = null;
    syntaxDepth = 0;
    // `depth` counts the substitution scripts (and sub-fields) enclosing this region; it
    // shares the MAX_SYNTAX_NESTING budget with the lexer's lazy word-part materialization.
    constructor(source, start, end, depth = 0, parenBoundary = false, lexer, context) {
        this.tok = lexer ?? new Lexer(source, start, end, parenBoundary, createSubstitutionContext(context));
        this.tok._nestingDepth = depth;
        this.source = source;
        this.start = start;
        this.end = end;
        this.depth = depth;
    }
    run() {
        const start = this.start;
        if (this.depth > MAX_SYNTAX_NESTING)
            this.error("maximum substitution nesting depth exceeded", start);
        let shebang;
        if (start === 0 && this.source.charCodeAt(0) === 35 && this.source.charCodeAt(1) === 33) {
            const nl = this.source.indexOf("\n");
            shebang = nl === -1 ? this.source : this.source.slice(0, nl);
        }
        const commands = this.list();
        for (;;) {
            const unexpected = this.tok.peek(LexContext.CommandStart);
            if (unexpected.token === Token.EOF)
                break;
            this.unexpectedToken(unexpected);
            // `In` cannot join `listTerminators`: `list()` shares it, and `in` must not terminate a
            // list inside `for`/`case`.
            if (!listTerminators[unexpected.token] && unexpected.token !== Token.In)
                break;
            this.tok.next(LexContext.CommandStart);
            let separator = this.tok.peek(LexContext.CommandStart).token;
            if (separator !== Token.Semi && separator !== Token.Newline && separator !== Token.Amp)
                break;
            while (separator === Token.Semi || separator === Token.Newline || separator === Token.Amp) {
                this.tok.next(LexContext.CommandStart);
                separator = this.tok.peek(LexContext.CommandStart).token;
            }
            const recovered = this.list();
            for (let i = 0; i < recovered.length; i++)
                commands.push(recovered[i]);
        }
        const lexerErrors = this.tok._errors;
        if (lexerErrors !== null && lexerErrors.length > 0) {
            const errors = this.errors ?? (this.errors = []);
            for (let i = 0; i < lexerErrors.length; i++)
                errors.push(lexerErrors[i]);
        }
        if (this.errors !== null && this.errors.length > 1)
            this.errors.sort((a, b) => a.pos - b.pos);
        return { type: "Script", pos: start, end: this.end, shebang, commands, errors: this.errors ?? undefined };
    }
    error(message, pos) {
        (this.errors ?? (this.errors = [])).push({ message, pos });
    }
    unexpectedToken(t) {
        this.error(`unexpected token '${t.token === Token.Newline ? "newline" : t.value}'`, t.pos);
    }
    findSubstitutionEnd() {
        this.list();
        return this.acceptEnd(Token.RParen);
    }
    skipSemi() {
        if (this.tok.peek(LexContext.Normal).token === Token.Semi)
            this.tok.next(LexContext.Normal);
    }
    accept(token, ctx = LexContext.Normal) {
        if (this.tok.peek(ctx).token === token)
            return this.tok.next(ctx);
        return null;
    }
    acceptEnd(token, ctx = LexContext.Normal) {
        if (this.tok.peek(ctx).token === token)
            return this.tok.next(ctx).end;
        return -1;
    }
    skipNewlines(ctx = LexContext.Normal) {
        while (this.tok.peek(ctx).token === Token.Newline)
            this.tok.next(ctx);
    }
    doBody(hasDo) {
        const body = this.list();
        const emptyPos = hasDo ? this.emptyListPos(body) : -1;
        if (emptyPos >= 0)
            this.error("expected command after 'do'", emptyPos);
        return body;
    }
    // Where an empty compound list stopped, or -1. An empty condition is reported only
    // once `then` or `do` follows, so a missing keyword is not reported twice.
    emptyListPos(commands) {
        return commands.length === 0 ? this.tok.peek(LexContext.CommandStart).pos : -1;
    }
    makeStatement(command) {
        return {
            type: "Statement",
            pos: command.pos,
            end: command.end,
            command,
            background: undefined,
        };
    }
    // list := and_or ((';' | '&' | NEWLINE) and_or)* [';' | '&' | NEWLINE]
    list() {
        const commands = [];
        this.skipNewlines(LexContext.CommandStart);
        let t = this.tok.peek(LexContext.CommandStart).token;
        if (listTerminators[t] || !commandStarts[t])
            return commands;
        const first = this.andOr();
        if (first)
            commands.push(this.makeStatement(first));
        for (;;) {
            t = this.tok.peekFollow(compoundClosers).token;
            if (t !== Token.Semi && t !== Token.Newline && t !== Token.Amp)
                break;
            const isBackground = t === Token.Amp;
            const sepEnd = this.tok.next(LexContext.Normal).end;
            if (isBackground) {
                const stmt = commands[commands.length - 1];
                stmt.background = true;
                stmt.end = sepEnd;
            }
            this.skipNewlines(LexContext.CommandStart);
            t = this.tok.peek(LexContext.CommandStart).token;
            if (listTerminators[t] || !commandStarts[t])
                break;
            const node = this.andOr();
            if (node)
                commands.push(this.makeStatement(node));
        }
        return commands;
    }
    // and_or := pipeline (('&&' | '||') newlines pipeline)*
    andOr() {
        const first = this.pipeline();
        if (!first)
            return null;
        let t = this.tok.peek(LexContext.Normal).token;
        if (t !== Token.And && t !== Token.Or)
            return first;
        const commands = [first];
        const operators = [];
        do {
            const operatorToken = this.tok.next(LexContext.Normal);
            const operator = operatorToken.token === Token.And ? "&&" : "||";
            this.skipNewlines(LexContext.CommandStart);
            const next = this.pipeline();
            if (!next) {
                this.error(`expected command after '${operator}'`, operatorToken.end);
                break;
            }
            operators.push(operator);
            commands.push(next);
            t = this.tok.peek(LexContext.Normal).token;
        } while (t === Token.And || t === Token.Or);
        return {
            type: "AndOr",
            pos: first.pos,
            end: commands[commands.length - 1].end,
            commands,
            operators,
        };
    }
    withRedirects(command) {
        const redirects = this.collectTrailingRedirects();
        if (redirects.length === 0)
            return command;
        return { type: "Redirected", pos: command.pos, end: redirects[redirects.length - 1].end, command, redirects };
    }
    pipeline() {
        let prefixes;
        for (;;) {
            const token = this.tok.peek(LexContext.CommandStart);
            const isTime = token.token === Token.Word && token.keywordEligible && token.value === "time";
            if (token.token !== Token.Bang && !isTime)
                break;
            const prefix = this.tok.next(LexContext.CommandStart);
            const pos = prefix.pos;
            const keywordEnd = prefix.end;
            let posix;
            let endOfOptions;
            if (isTime) {
                let flag = this.tok.peek(LexContext.CommandStart);
                if (flag.token === Token.Word && flag.keywordEligible && flag.value === "-p") {
                    this.tok.next(LexContext.CommandStart);
                    posix = { pos: flag.pos, end: flag.end };
                    flag = this.tok.peek(LexContext.CommandStart);
                }
                if (flag.token === Token.Word && flag.keywordEligible && flag.value === "--") {
                    this.tok.next(LexContext.CommandStart);
                    endOfOptions = { pos: flag.pos, end: flag.end };
                }
            }
            if (prefixes === undefined)
                prefixes = [];
            prefixes.push(isTime
                ? { type: "Time", pos, end: endOfOptions?.end ?? posix?.end ?? keywordEnd, keywordEnd, posix, endOfOptions }
                : { type: "Negation", pos, end: keywordEnd });
        }
        const command = this.pipelineCommands();
        if (!prefixes)
            return command;
        const pos = prefixes[0].pos;
        if (command?.type === "Pipeline") {
            command.prefixes = prefixes;
            command.pos = pos;
            return command;
        }
        return {
            type: "Pipeline",
            pos,
            end: command ? command.end : prefixes[prefixes.length - 1].end,
            prefixes,
            commands: command ? [command] : [],
            operators: [],
        };
    }
    pipelineCommands() {
        const first = this.command();
        if (!first)
            return null;
        if (this.tok.peek(LexContext.Normal).token !== Token.Pipe)
            return first;
        const commands = [first];
        const operators = [];
        while (this.tok.peek(LexContext.Normal).token === Token.Pipe) {
            const pipeToken = this.tok.next(LexContext.Normal);
            const operator = pipeToken.value === "|&" ? "|&" : "|";
            this.skipNewlines(LexContext.CommandStart);
            const cmd = this.command();
            if (!cmd) {
                this.error(`expected command after '${operator}'`, pipeToken.end);
                break;
            }
            operators.push(operator);
            commands.push(cmd);
        }
        if (commands.length === 1) {
            return commands[0];
        }
        const pipeline = {
            type: "Pipeline",
            pos: first.pos,
            end: commands[commands.length - 1].end,
            prefixes: EMPTY_PREFIXES,
            commands,
            operators,
        };
        return pipeline;
    }
    // command := compound_command | function_def | simple_command
    command() {
        let compound;
        switch (this.tok.peek(LexContext.CommandStart).token) {
            case Token.LParen:
                compound = this.subshell();
                break;
            case Token.LBrace:
                compound = this.braceGroup();
                break;
            case Token.If:
                compound = this.ifClause();
                break;
            case Token.For:
                compound = this.forClause();
                break;
            case Token.While:
                compound = this.whileClause();
                break;
            case Token.Until:
                compound = this.untilClause();
                break;
            case Token.Case:
                compound = this.caseClause();
                break;
            case Token.Function:
                return this.functionDef();
            case Token.Select:
                compound = this.selectClause();
                break;
            case Token.DblLBracket:
                compound = this.testCommand();
                break;
            case Token.ArithCmd:
                compound = this.arithCommand();
                break;
            case Token.Coproc:
                return this.coprocCommand();
            case Token.Word:
            case Token.Assignment:
            case Token.Redirect:
                return this.simpleCommandOrFunction(false);
            default:
                return null;
        }
        return this.withRedirects(compound);
    }
    collectTrailingRedirects() {
        let redirects = EMPTY_REDIRECTS;
        while (this.tok.peekFollow(compoundClosers).token === Token.Redirect) {
            if (redirects === EMPTY_REDIRECTS)
                redirects = [];
            redirects.push(this.readRedirect(LexContext.Normal));
        }
        return redirects;
    }
    // arith_command := (( expr ))
    arithCommand() {
        const tok = this.tok.next(LexContext.CommandStart);
        return new ArithmeticCommandImpl(tok.pos, tok.end, tok.value, this.source, this.depth, this.tok.getSubstitutionContext());
    }
    // coproc := COPROC ([name] compound_command [redirections] | simple_command)
    coprocCommand() {
        const start = this.tok.next(LexContext.CommandStart);
        const pos = start.pos;
        const first = this.tok.peek(LexContext.CommandStart);
        let name;
        // Only a compound command can follow a coprocess name. Decide before parsing
        // a simple command so its assignments and reserved words use the actual name.
        if (first.token === Token.Word) {
            const lookahead = this.tok.fork(first.end, this.end);
            switch (lookahead.peek(LexContext.CommandStart).token) {
                case Token.LParen:
                    // `name ( )` opens a function definition, not a subshell body after a name.
                    lookahead.next(LexContext.CommandStart);
                    if (lookahead.peek(LexContext.Normal).token !== Token.RParen)
                        name = this.readWord(LexContext.CommandStart);
                    break;
                case Token.LBrace:
                case Token.If:
                case Token.For:
                case Token.While:
                case Token.Until:
                case Token.Case:
                case Token.Select:
                case Token.DblLBracket:
                case Token.ArithCmd:
                    name = this.readWord(LexContext.CommandStart);
            }
        }
        const cmd = first.token === Token.Word && name === undefined ? this.simpleCommandOrFunction(true) : this.command();
        if (cmd && cmd.type !== "Function" && cmd.type !== "Coproc") {
            return { type: "Coproc", pos, end: cmd.end, name, body: cmd };
        }
        this.error("expected command after 'coproc'", cmd?.pos ?? start.end);
        const body = cmd
            ? this.makeCompoundList([this.makeStatement(cmd)])
            : { type: "CompoundList", pos: start.end, end: start.end, commands: [] };
        return { type: "Coproc", pos, end: body.end, name, body };
    }
    // subshell := '(' list ')'
    subshell() {
        return this.subshellBody(this.tok.next(LexContext.CommandStart).pos);
    }
    // Continues a subshell whose '(' the caller already consumed.
    subshellBody(pos) {
        if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
            this.error("maximum subshell nesting depth exceeded", pos);
            const closeEnd = this.tok.skipSubshellBody();
            if (closeEnd < 0)
                this.error("expected ')' to close subshell", this.tok.getPos());
            const end = closeEnd >= 0 ? closeEnd : pos;
            return { type: "Subshell", pos, end, body: this.makeCompoundList([]) };
        }
        this.syntaxDepth++;
        const commands = this.list();
        this.syntaxDepth--;
        if (commands.length === 0)
            this.error("expected command in subshell", pos);
        const closeEnd = this.acceptEnd(Token.RParen, LexContext.Normal);
        if (closeEnd < 0)
            this.error("expected ')' to close subshell", this.tok.getPos());
        const end = closeEnd >= 0 ? closeEnd : pos;
        return { type: "Subshell", pos, end, body: this.makeCompoundList(commands) };
    }
    // brace_group := '{' list '}'
    braceGroup() {
        const pos = this.tok.next(LexContext.CommandStart).pos;
        if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
            this.error("maximum brace group nesting depth exceeded", pos);
            const closeEnd = this.tok.skipCompoundBody(Token.RBrace);
            if (closeEnd < 0)
                this.error("expected '}' to close brace group", this.tok.getPos());
            const end = closeEnd >= 0 ? closeEnd : pos;
            return { type: "BraceGroup", pos, end, body: this.makeCompoundList([]) };
        }
        this.syntaxDepth++;
        const commands = this.list();
        this.syntaxDepth--;
        if (commands.length === 0)
            this.error("expected command in brace group", pos);
        const closeEnd = this.acceptEnd(Token.RBrace, LexContext.Normal);
        if (closeEnd < 0)
            this.error("expected '}' to close brace group", this.tok.getPos());
        const end = closeEnd >= 0 ? closeEnd : pos;
        return { type: "BraceGroup", pos, end, body: this.makeCompoundList(commands) };
    }
    // if_clause := IF list THEN list (ELIF list THEN list)* [ELSE list] FI
    ifClause() {
        const pos = this.tok.next(LexContext.CommandStart).pos;
        if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
            this.error("maximum if nesting depth exceeded", pos);
            const closeEnd = this.tok.skipCompoundBody(Token.Fi);
            if (closeEnd < 0)
                this.error("expected 'fi' to close 'if'", this.tok.getPos());
            const end = closeEnd >= 0 ? closeEnd : pos;
            return {
                type: "If",
                pos,
                end,
                clause: this.makeCompoundList([]),
                then: this.makeCompoundList([]),
                elif: EMPTY_ELIFS,
                else: undefined,
            };
        }
        this.syntaxDepth++;
        let command;
        let branchPos = pos;
        for (;;) {
            const clauseCommands = this.list();
            const emptyClausePos = this.emptyListPos(clauseCommands);
            const clause = this.makeCompoundList(clauseCommands);
            this.skipSemi();
            const thenToken = this.accept(Token.Then, LexContext.CommandStart);
            if (!thenToken)
                this.error("expected 'then'", this.tok.getPos());
            else if (emptyClausePos >= 0)
                this.error(`expected command after '${branchPos === pos ? "if" : "elif"}'`, emptyClausePos);
            const thenCommands = this.list();
            const then_ = this.makeCompoundList(thenCommands);
            if (thenToken && thenCommands.length === 0) {
                this.error("expected command after 'then'", this.tok.peek(LexContext.CommandStart).pos);
                then_.pos = thenToken.end;
                then_.end = thenToken.end;
            }
            if (command) {
                if (command.elif === EMPTY_ELIFS)
                    command.elif = [];
                command.elif.push({
                    type: "Elif",
                    pos: branchPos,
                    end: then_.end,
                    clause,
                    then: then_,
                });
            }
            else {
                command = { type: "If", pos, end: pos, clause, then: then_, elif: EMPTY_ELIFS, else: undefined };
            }
            this.skipSemi();
            const elif = this.accept(Token.Elif, LexContext.CommandStart);
            if (!elif)
                break;
            branchPos = elif.pos;
        }
        if (this.accept(Token.Else, LexContext.CommandStart)) {
            const elseCommands = this.list();
            const emptyElsePos = this.emptyListPos(elseCommands);
            if (emptyElsePos >= 0)
                this.error("expected command after 'else'", emptyElsePos);
            command.else = this.makeCompoundList(elseCommands);
            this.skipSemi();
        }
        const closeEnd = this.acceptEnd(Token.Fi, LexContext.CommandStart);
        if (closeEnd < 0)
            this.error("expected 'fi' to close 'if'", this.tok.getPos());
        command.end = closeEnd >= 0 ? closeEnd : branchPos;
        this.syntaxDepth--;
        return command;
    }
    // for_clause := FOR word [IN word* (';'|NL)] DO list DONE
    //            | FOR '((' expr '))' [';'|NL] DO list DONE
    forClause() {
        const pos = this.tok.next(LexContext.CommandStart).pos;
        if (this.tok.peek(LexContext.Normal).token === Token.LParen) {
            return this.cStyleFor(pos);
        }
        const name = this.readRequiredWord("for");
        let wordlist;
        this.skipNewlines(LexContext.CommandStart);
        if (this.tok.peek(LexContext.CommandStart).token === Token.In) {
            this.tok.next(LexContext.CommandStart);
            wordlist = [];
            while (this.tok.peek(LexContext.Normal).token === Token.Word) {
                wordlist.push(this.readWord(LexContext.Normal));
            }
        }
        this.skipSemi();
        this.skipNewlines(LexContext.CommandStart);
        if (this.tok.peek(LexContext.CommandStart).token === Token.LBrace) {
            const bg = this.braceGroup();
            return { type: "For", pos, end: bg.end, name, wordlist, body: bg.body };
        }
        const hasDo = this.accept(Token.Do, LexContext.CommandStart) !== null;
        if (!hasDo)
            this.error("expected 'do'", this.tok.getPos());
        if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
            this.error("maximum for nesting depth exceeded", pos);
            const closeEnd = this.tok.skipCompoundBody(Token.Done);
            if (closeEnd < 0)
                this.error("expected 'done' to close 'for'", this.tok.getPos());
            const end = closeEnd >= 0 ? closeEnd : pos;
            return { type: "For", pos, end, name, wordlist, body: this.makeCompoundList([]) };
        }
        this.syntaxDepth++;
        const body = this.doBody(hasDo);
        this.syntaxDepth--;
        this.skipSemi();
        const closeEnd = this.acceptEnd(Token.Done, LexContext.CommandStart);
        if (closeEnd < 0)
            this.error("expected 'done' to close 'for'", this.tok.getPos());
        const end = closeEnd >= 0 ? closeEnd : pos;
        return { type: "For", pos, end, name, wordlist, body: this.makeCompoundList(body) };
    }
    // C-style for: (( expr; expr; expr )) [;|NL] do list done | { list }
    cStyleFor(pos) {
        const [initStr, testStr, updateStr, initPos, testPos, updatePos] = this.tok.readCStyleForExprs();
        if (this.tok.peek(LexContext.CommandStart).token === Token.Semi)
            this.tok.next(LexContext.CommandStart);
        this.skipNewlines(LexContext.CommandStart);
        if (this.tok.peek(LexContext.CommandStart).token === Token.LBrace) {
            const bg = this.braceGroup();
            return new ArithmeticForImpl(pos, bg.end, bg.body, initStr, testStr, updateStr, initPos, testPos, updatePos, this.source, this.depth, this.tok.getSubstitutionContext());
        }
        const hasDo = this.accept(Token.Do, LexContext.CommandStart) !== null;
        if (!hasDo)
            this.error("expected 'do'", this.tok.getPos());
        if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
            this.error("maximum for nesting depth exceeded", pos);
            const closeEnd = this.tok.skipCompoundBody(Token.Done);
            if (closeEnd < 0)
                this.error("expected 'done' to close 'for'", this.tok.getPos());
            const end = closeEnd >= 0 ? closeEnd : pos;
            return new ArithmeticForImpl(pos, end, this.makeCompoundList([]), initStr, testStr, updateStr, initPos, testPos, updatePos, this.source, this.depth, this.tok.getSubstitutionContext());
        }
        this.syntaxDepth++;
        const body = this.doBody(hasDo);
        this.syntaxDepth--;
        const closeEnd = this.acceptEnd(Token.Done, LexContext.CommandStart);
        if (closeEnd < 0)
            this.error("expected 'done' to close 'for'", this.tok.getPos());
        const end = closeEnd >= 0 ? closeEnd : pos;
        return new ArithmeticForImpl(pos, end, this.makeCompoundList(body), initStr, testStr, updateStr, initPos, testPos, updatePos, this.source, this.depth, this.tok.getSubstitutionContext());
    }
    whileClause() {
        return this.whileOrUntil("while");
    }
    untilClause() {
        return this.whileOrUntil("until");
    }
    whileOrUntil(kind) {
        const pos = this.tok.next(LexContext.CommandStart).pos;
        if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
            this.error(`maximum ${kind} nesting depth exceeded`, pos);
            const closeEnd = this.tok.skipCompoundBody(Token.Done);
            if (closeEnd < 0)
                this.error(`expected 'done' to close '${kind}'`, this.tok.getPos());
            const end = closeEnd >= 0 ? closeEnd : pos;
            return {
                type: "While",
                pos,
                end,
                kind,
                clause: this.makeCompoundList([]),
                body: this.makeCompoundList([]),
            };
        }
        this.syntaxDepth++;
        const clauseCommands = this.list();
        const emptyClausePos = this.emptyListPos(clauseCommands);
        const clause = this.makeCompoundList(clauseCommands);
        this.skipSemi();
        const hasDo = this.accept(Token.Do, LexContext.CommandStart) !== null;
        if (!hasDo)
            this.error("expected 'do'", this.tok.getPos());
        else if (emptyClausePos >= 0)
            this.error(`expected command after '${kind}'`, emptyClausePos);
        const body = this.doBody(hasDo);
        this.skipSemi();
        const closeEnd = this.acceptEnd(Token.Done, LexContext.CommandStart);
        if (closeEnd < 0)
            this.error(`expected 'done' to close '${kind}'`, this.tok.getPos());
        const end = closeEnd >= 0 ? closeEnd : pos;
        this.syntaxDepth--;
        return { type: "While", pos, end, kind, clause, body: this.makeCompoundList(body) };
    }
    // case_clause := CASE word IN (pattern) list (;; | ;& | ;;&) ... ESAC
    caseClause() {
        const pos = this.tok.next(LexContext.CommandStart).pos;
        const word = this.readRequiredWord("case");
        this.skipNewlines(LexContext.CommandStart);
        if (!this.accept(Token.In, LexContext.CommandStart))
            this.error("expected 'in' after 'case' word", this.tok.getPos());
        this.skipNewlines(LexContext.CasePattern);
        if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
            this.error("maximum case nesting depth exceeded", pos);
            const closeEnd = this.tok.skipCompoundBody(Token.Esac);
            if (closeEnd < 0)
                this.error("expected 'esac' to close 'case'", this.tok.getPos());
            const end = closeEnd >= 0 ? closeEnd : pos;
            return { type: "Case", pos, end, word, items: [] };
        }
        this.syntaxDepth++;
        const items = [];
        // Report only the first grammar error: recovery below would repeat it.
        let invalid = false;
        let t = this.tok.peek(LexContext.CasePattern).token;
        while (t !== Token.Esac && t !== Token.EOF) {
            const itemPos = this.tok.peek(LexContext.Normal).pos;
            this.accept(Token.LParen, LexContext.Normal);
            // pattern := word ('|' word)*
            const pattern = [];
            let expectWord = true;
            let next = this.tok.peek(LexContext.Normal);
            while (next.token !== Token.RParen && next.token !== Token.EOF) {
                const valid = next.token === (expectWord ? Token.Word : Token.Pipe);
                if (valid)
                    expectWord = !expectWord;
                else if (!invalid) {
                    this.unexpectedToken(next);
                    invalid = true;
                }
                const tok = this.tok.next(LexContext.Normal);
                if (tok.token === Token.Word)
                    pattern.push(this.toWord(tok));
                next = this.tok.peek(LexContext.Normal);
            }
            if (expectWord && next.token === Token.RParen && !invalid) {
                this.unexpectedToken(next);
                invalid = true;
            }
            const rparenEnd = this.acceptEnd(Token.RParen, LexContext.Normal);
            const cmds = this.list();
            // An empty body belongs where commands would start, not wherever the lexer stopped.
            const bodyPos = rparenEnd >= 0 ? rparenEnd : pattern.length > 0 ? pattern[pattern.length - 1].end : itemPos;
            const itemEnd = cmds.length > 0 ? cmds[cmds.length - 1].end : bodyPos;
            const item = {
                type: "CaseItem",
                pos: itemPos,
                end: itemEnd,
                pattern,
                body: cmds.length > 0
                    ? this.makeCompoundList(cmds)
                    : { type: "CompoundList", pos: bodyPos, end: bodyPos, commands: [] },
                terminator: undefined,
            };
            const after = this.tok.peek(LexContext.CommandStart);
            t = after.token;
            if (t === Token.DoubleSemi || t === Token.SemiAmp || t === Token.DoubleSemiAmp) {
                const termTok = this.tok.next(LexContext.CommandStart);
                item.terminator = CASE_TERMINATORS[termTok.token];
                item.end = termTok.end;
            }
            else if (t !== Token.Esac && t !== Token.EOF && !invalid) {
                this.unexpectedToken(after);
                invalid = true;
            }
            items.push(item);
            this.skipNewlines(LexContext.CasePattern);
            t = this.tok.peek(LexContext.CasePattern).token;
        }
        const closeEnd = this.acceptEnd(Token.Esac, LexContext.CommandStart);
        if (closeEnd < 0)
            this.error("expected 'esac' to close 'case'", this.tok.getPos());
        const end = closeEnd >= 0 ? closeEnd : pos;
        this.syntaxDepth--;
        return { type: "Case", pos, end, word, items };
    }
    // select_clause := SELECT word [IN word* (';'|NL)] DO list DONE
    selectClause() {
        const pos = this.tok.next(LexContext.CommandStart).pos;
        const name = this.readRequiredWord("select");
        let wordlist;
        this.skipNewlines(LexContext.CommandStart);
        if (this.tok.peek(LexContext.CommandStart).token === Token.In) {
            this.tok.next(LexContext.CommandStart);
            wordlist = [];
            while (this.tok.peek(LexContext.Normal).token === Token.Word) {
                wordlist.push(this.readWord(LexContext.Normal));
            }
        }
        this.skipSemi();
        this.skipNewlines(LexContext.CommandStart);
        if (this.tok.peek(LexContext.CommandStart).token === Token.LBrace) {
            const bg = this.braceGroup();
            return { type: "Select", pos, end: bg.end, name, wordlist, body: bg.body };
        }
        const hasDo = this.accept(Token.Do, LexContext.CommandStart) !== null;
        if (!hasDo)
            this.error("expected 'do'", this.tok.getPos());
        if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
            this.error("maximum select nesting depth exceeded", pos);
            const closeEnd = this.tok.skipCompoundBody(Token.Done);
            if (closeEnd < 0)
                this.error("expected 'done' to close 'select'", this.tok.getPos());
            const end = closeEnd >= 0 ? closeEnd : pos;
            return { type: "Select", pos, end, name, wordlist, body: this.makeCompoundList([]) };
        }
        this.syntaxDepth++;
        const body = this.doBody(hasDo);
        this.syntaxDepth--;
        this.skipSemi();
        const closeEnd = this.acceptEnd(Token.Done, LexContext.CommandStart);
        if (closeEnd < 0)
            this.error("expected 'done' to close 'select'", this.tok.getPos());
        const end = closeEnd >= 0 ? closeEnd : pos;
        return { type: "Select", pos, end, name, wordlist, body: this.makeCompoundList(body) };
    }
    // test_command := [[ test_expr ]]
    testCommand() {
        const pos = this.tok.next(LexContext.CommandStart).pos; // consume [[
        const expr = this.parseTestOr();
        const closeEnd = this.acceptEnd(Token.DblRBracket, LexContext.TestMode);
        if (closeEnd < 0)
            this.error("expected ']]' to close '[['", this.tok.getPos());
        const end = closeEnd >= 0 ? closeEnd : pos;
        return { type: "TestCommand", pos, end, expression: expr };
    }
    // test_or := test_and ('||' test_and)*
    parseTestOr() {
        const first = this.parseTestAnd();
        if (this.tok.peek(LexContext.TestMode).token !== Token.Or)
            return first;
        const operands = [first];
        do {
            this.tok.next(LexContext.TestMode);
            operands.push(this.parseTestAnd());
        } while (this.tok.peek(LexContext.TestMode).token === Token.Or);
        return {
            type: "TestLogical",
            pos: first.pos,
            end: operands[operands.length - 1].end,
            operator: "||",
            operands,
        };
    }
    // test_and := test_not ('&&' test_not)*
    parseTestAnd() {
        const first = this.parseTestNot();
        if (this.tok.peek(LexContext.TestMode).token !== Token.And)
            return first;
        const operands = [first];
        do {
            this.tok.next(LexContext.TestMode);
            operands.push(this.parseTestNot());
        } while (this.tok.peek(LexContext.TestMode).token === Token.And);
        return {
            type: "TestLogical",
            pos: first.pos,
            end: operands[operands.length - 1].end,
            operator: "&&",
            operands,
        };
    }
    // test_not := '!' test_not | test_primary
    parseTestNot() {
        let t = this.tok.peek(LexContext.TestMode);
        if (!isTestNegation(t))
            return this.parseTestPrimary();
        const negations = [];
        while (isTestNegation(t)) {
            const bang = this.tok.next(LexContext.TestMode);
            negations.push({ type: "Negation", pos: bang.pos, end: bang.end });
            t = this.tok.peek(LexContext.TestMode);
        }
        const operand = this.parseTestPrimary();
        return { type: "TestNot", pos: negations[0].pos, end: operand.end, negations, operand };
    }
    // test_primary := '(' test_or ')' | unary_op word | word binary_op word | word
    parseTestPrimary() {
        // Grouped: ( expr )
        if (this.tok.peek(LexContext.TestMode).token === Token.LParen) {
            const openPos = this.tok.next(LexContext.TestMode).pos;
            if (this.syntaxDepth >= MAX_SYNTAX_NESTING) {
                this.error("maximum test group nesting depth exceeded", openPos);
                const closeEnd = this.tok.skipTestGroup();
                if (closeEnd < 0)
                    this.error("expected ')' to close test group", this.tok.getPos());
                const end = closeEnd >= 0 ? closeEnd : openPos;
                const operand = new WordImpl("", openPos, openPos);
                const expression = {
                    type: "TestUnary",
                    pos: openPos,
                    end: openPos,
                    operator: "-n",
                    operand,
                };
                return { type: "TestGroup", pos: openPos, end, expression };
            }
            this.syntaxDepth++;
            const expr = this.parseTestOr();
            this.syntaxDepth--;
            const closeEnd = this.acceptEnd(Token.RParen, LexContext.TestMode);
            if (closeEnd < 0)
                this.error("expected ')' to close test group", this.tok.getPos());
            const end = closeEnd >= 0 ? closeEnd : openPos;
            return { type: "TestGroup", pos: openPos, end, expression: expr };
        }
        const first = this.tok.next(LexContext.TestMode);
        if (first.token === Token.And || first.token === Token.Or)
            this.unexpectedToken(first);
        const val = first.value;
        const firstPos = first.pos;
        const firstEnd = first.end;
        // Unary test: -op word, recognized only as written. Bash rejects the operator without an
        // operand, so keep the operator and report the missing word instead of demoting it to a string.
        if (first.keywordEligible && UNARY_TEST_OPS[val] === 1) {
            if (this.tok.peek(LexContext.TestMode).token === Token.Word) {
                const operand = this.readTestOperand();
                return {
                    type: "TestUnary",
                    pos: firstPos,
                    end: operand.end,
                    operator: val,
                    operand,
                };
            }
            this.error("expected operand after unary test operator", firstEnd);
            const operand = new WordImpl("", firstEnd, firstEnd);
            return { type: "TestUnary", pos: firstPos, end: firstEnd, operator: val, operand };
        }
        // Check for binary op
        const nt = this.tok.peek(LexContext.TestMode);
        if (nt.token === Token.Word && nt.keywordEligible && BINARY_TEST_OPS[nt.value] === 1) {
            const op = this.tok.next(LexContext.TestMode).value;
            let right;
            if (op === "=~") {
                const token = this.tok.readTestRegexWord();
                right = new WordImpl(this.source.slice(token.pos, token.end), token.pos, token.end, this.source, embeddedPartsResolver(this.tok.getSubstitutionContext()), this.depth);
            }
            else {
                right = this.readTestOperand();
            }
            const left = this.toWordFromPosEnd(first, firstPos, firstEnd);
            return {
                type: "TestBinary",
                pos: firstPos,
                end: right.end,
                operator: op,
                left,
                right,
            };
        }
        // Standalone word (implicit -n test)
        const w = this.toWordFromPosEnd(first, firstPos, firstEnd);
        return { type: "TestUnary", pos: firstPos, end: w.end, operator: "-n", operand: w };
    }
    // Unquoted `<` and `>` are operators in `[[ ]]`, never operands.
    readTestOperand() {
        const t = this.tok.next(LexContext.TestMode);
        if (t.keywordEligible && (t.value === "<" || t.value === ">"))
            this.error(`unexpected argument '${t.value}' to conditional operator`, t.pos);
        return this.toWord(t);
    }
    // function_def with 'function' keyword
    functionDef() {
        const pos = this.tok.next(LexContext.CommandStart).pos;
        const name = this.readWord(LexContext.FunctionName);
        let body;
        if (this.tok.peek(LexContext.CommandStart).token === Token.LParen) {
            const openPos = this.tok.next(LexContext.CommandStart).pos;
            // `(` is the optional empty parameter list only when `)` follows immediately;
            // anything else opens a subshell body, as in `f() ( ... )`.
            if (this.tok.peek(LexContext.CommandStart).token === Token.RParen) {
                this.tok.next(LexContext.CommandStart);
                this.skipNewlines(LexContext.CommandStart);
                body = this.commandAsBody();
            }
            else {
                body = this.withRedirects(this.subshellBody(openPos));
            }
        }
        else {
            this.skipNewlines(LexContext.CommandStart);
            body = this.commandAsBody();
        }
        return { type: "Function", pos, end: body.end, name, body };
    }
    // simple_command or function_def (word '(' ')' body)
    simpleCommandOrFunction(coproc) {
        const prefix = [];
        const cmdPos = this.tok.peek(LexContext.CommandStart).pos;
        let lastEnd = cmdPos;
        // Assignments and redirects interleave freely; after the first element CommandPrefix
        // keeps the following command name from being read as a reserved word.
        let ctx = LexContext.CommandStart;
        for (;;) {
            const t = this.tok.peek(ctx).token;
            if (t === Token.Assignment) {
                const assignment = this.tok.next(ctx);
                lastEnd = assignment.end;
                prefix.push(this.parseAssignment(assignment));
            }
            else if (t === Token.Redirect) {
                const redirect = this.readRedirect(ctx);
                prefix.push(redirect);
                lastEnd = redirect.end;
            }
            else {
                break;
            }
            ctx = LexContext.CommandPrefix;
        }
        if (this.tok.peek(LexContext.Normal).token !== Token.Word) {
            return new CommandImpl(cmdPos, lastEnd, undefined, prefix, []);
        }
        const nameToken = this.tok.next(LexContext.Normal);
        const keyword = nameToken.keywordEligible ? nameToken.value : "";
        const name = this.toWord(nameToken);
        ctx = isDeclarationCommand(keyword)
            ? LexContext.Declaration
            : keyword === "eval" || keyword === "let"
                ? LexContext.EvalArgument
                : LexContext.Normal;
        lastEnd = name.end;
        const suffix = [];
        if (coproc) {
            while (this.tok.peek(LexContext.CommandPrefix).token === Token.Assignment) {
                const token = this.tok.next(LexContext.CommandPrefix);
                const word = ctx === LexContext.Declaration ? this.parseAssignment(token) : this.toWord(token);
                suffix.push(word);
                lastEnd = word.end;
            }
        }
        // Check for function definition: word '(' ')' body
        if (this.tok.peek(ctx).token === Token.LParen && suffix.length === 0) {
            this.tok.next(LexContext.Normal);
            if (this.tok.peek(LexContext.Normal).token === Token.RParen) {
                this.tok.next(LexContext.Normal);
                this.skipNewlines(LexContext.CommandStart);
                const body = this.commandAsBody();
                return {
                    type: "Function",
                    pos: name.pos,
                    end: body.end,
                    name,
                    body,
                };
            }
        }
        // Collect suffix words and redirects
        for (;;) {
            const st = this.tok.peek(ctx).token;
            if (st === Token.Word || st === Token.Assignment) {
                const token = this.tok.next(ctx);
                const w = st === Token.Assignment ? this.parseAssignment(token) : this.toWord(token);
                suffix.push(w);
                lastEnd = w.end;
            }
            else if (st === Token.Redirect) {
                const redirect = this.readRedirect(ctx);
                suffix.push(redirect);
                lastEnd = redirect.end;
            }
            else {
                break;
            }
        }
        return new CommandImpl(cmdPos, lastEnd, name, prefix, suffix);
    }
    readRedirect(ctx) {
        const t = this.tok.next(ctx);
        const tPos = t.pos;
        const tEnd = t.end;
        const descriptor = t.fileDescriptor !== undefined
            ? { type: "FileDescriptor", pos: tPos, end: t.descriptorEnd, value: t.fileDescriptor }
            : t.variableName !== undefined
                ? { type: "FileDescriptorVariable", pos: tPos, end: t.descriptorEnd, name: t.variableName }
                : undefined;
        const hasTarget = t.targetEnd > t.targetPos;
        if (!hasTarget)
            this.error("expected redirect target", t.targetPos);
        if (t.value === "<<" || t.value === "<<-") {
            const r = {
                type: "HereDoc",
                pos: tPos,
                end: tEnd,
                operator: t.value,
                descriptor,
                delimiter: hasTarget
                    ? {
                        type: "HereDocDelimiter",
                        pos: t.targetPos,
                        end: t.targetEnd,
                        text: this.source.slice(t.targetPos, t.targetEnd),
                        value: t.content ?? "",
                        quoted: t.delimiterQuoted,
                    }
                    : undefined,
                body: new HereDocBodyImpl(this.source, tEnd, t.delimiterQuoted, this.depth, this.tok.getSubstitutionContext()),
                closing: undefined,
            };
            if (hasTarget)
                this.tok.registerHereDocTarget(r);
            return r;
        }
        const target = hasTarget
            ? new WordImpl(this.source.slice(t.targetPos, t.targetEnd), t.targetPos, t.targetEnd, this.source, wordPartsResolver(this.tok.getSubstitutionContext()), this.depth)
            : undefined;
        return t.value === "<<<"
            ? { type: "HereString", pos: tPos, end: tEnd, operator: "<<<", descriptor, target }
            : { type: "Redirect", pos: tPos, end: tEnd, operator: REDIRECT_OPS[t.value] ?? ">", descriptor, target };
    }
    commandAsBody() {
        const cmd = this.command();
        if (cmd && cmd.type !== "Command" && cmd.type !== "Function" && cmd.type !== "Coproc")
            return cmd;
        this.error("expected compound command as function body", cmd?.pos ?? this.tok.getPos());
        return this.makeCompoundList(cmd ? [this.makeStatement(cmd)] : []);
    }
    readWord(ctx) {
        return this.toWord(this.tok.next(ctx));
    }
    // A missing word stays empty and leaves its token to the rest of the clause.
    readRequiredWord(keyword) {
        const t = this.tok.peek(LexContext.Normal);
        if (t.token === Token.Word)
            return this.toWord(this.tok.next(LexContext.Normal));
        if (t.token !== Token.EOF)
            this.error(`expected word after '${keyword}'`, t.pos);
        return new WordImpl("", t.pos, t.pos);
    }
    toWord(tok) {
        const text = tok.raw ? tok.value : this.source.slice(tok.pos, tok.end);
        // Raw keyword-eligible words have no quotes or expansions to resolve.
        const source = tok.raw && tok.keywordEligible ? undefined : this.source;
        return new WordImpl(text, tok.pos, tok.end, source, source === undefined ? computeBareWordParts : wordPartsResolver(this.tok.getSubstitutionContext()), this.depth);
    }
    toWordFromPosEnd(tok, pos, end) {
        if (tok.pos === pos && tok.end === end)
            return this.toWord(tok);
        return new WordImpl(this.source.slice(pos, end), pos, end, this.source, wordPartsResolver(this.tok.getSubstitutionContext()), this.depth);
    }
    parseAssignment(token) {
        const text = token.raw ? token.value : this.source.slice(token.pos, token.end);
        return new AssignmentImpl(text, token.pos, token.end, this.source, token.assignmentOperatorPos, this.depth, this.tok.getSubstitutionContext());
    }
    makeCompoundList(commands) {
        const p = this.tok.getPos();
        const pos = commands.length > 0 ? commands[0].pos : p;
        const end = commands.length > 0 ? commands[commands.length - 1].end : p;
        return { type: "CompoundList", pos, end, commands };
    }
}

;// CONCATENATED MODULE: ./src/commands/shell.ts
/**
 * What bash will make of a command, from a real bash parser (unbash): the simple commands it runs, in order, with
 * their words and environment assignments, every parameter expansion, and syntax errors, all with offsets into the
 * command text. `sh -c '...'` and `bash -c "..."` are parsed again inside, with offsets mapped back.
 */

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh']);
const MAX_NESTED_SHELLS = 3;
function analyzeShell(text, depth = 0) {
    try {
        return analyze(text, depth);
    }
    catch (error) {
        // The parser is written never to throw; a stack overflow on absurd nesting is the one way it still can.
        const message = error instanceof RangeError ? 'the command is nested too deeply to analyse' : String(error);
        return { commands: [], errors: [{ message, offset: 0 }] };
    }
}
function analyze(text, depth) {
    const script = parse(text);
    const commands = [];
    const errors = (script.errors ?? []).map(({ message, pos }) => ({ message, offset: Math.min(pos, text.length) }));
    const visit = (node) => {
        if (node.type === 'Command') {
            const command = simpleCommand(node);
            commands.push(command);
            collectNestedErrors(node, errors, text.length);
            const inner = depth < MAX_NESTED_SHELLS ? innerScript(command) : null;
            if (inner) {
                inner.word.isScript = true;
                const nested = analyze(inner.text, depth + 1);
                const expanded = inner.doubleQuoted ? nested.commands.map(expandedByOuterShell) : nested.commands;
                commands.push(...expanded.map((c) => shiftCommand(c, inner.offset)));
                errors.push(...nested.errors.map((e) => ({ message: e.message, offset: e.offset + inner.offset })));
            }
            return;
        }
        forEachChild(node, visit);
    };
    visit(script);
    const unique = new Map(errors.map((error) => [`${error.offset}:${error.message}`, error]));
    return { commands, errors: [...unique.values()].sort((a, b) => a.offset - b.offset) };
}
function simpleCommand(node) {
    const assignments = node.prefix.flatMap((item) => item.type === 'Assignment' && item.value.type === 'Word' ? [{ name: item.name, value: shellWord(item.value) }] : []);
    const words = [node.name, ...node.suffix].flatMap((item) => {
        if (item?.type === 'Word')
            return [shellWord(item)];
        // `export PORT=5000`: declaration builtins take assignments as arguments; keep them as `NAME=value` words.
        if (item?.type === 'Assignment' && item.value.type === 'Word') {
            const value = shellWord(item.value);
            return [{ ...value, value: `${item.name}=${value.value}`, text: item.text, start: item.pos, end: item.end }];
        }
        return [];
    });
    return { assignments, words, start: node.pos, end: node.end };
}
function shellWord(word) {
    const parameters = [];
    const singleQuoted = [];
    let dynamic = false;
    const visit = (node) => {
        switch (node.type) {
            case 'SimpleExpansion':
                parameters.push({ name: node.text.slice(1), start: node.pos, end: node.end });
                dynamic = true;
                return;
            case 'ParameterExpansion':
                parameters.push({ name: node.parameter, start: node.pos, end: node.end });
                dynamic = true;
                break;
            case 'SingleQuoted':
                singleQuoted.push({ value: node.value, start: node.pos, end: node.end });
                return;
            case 'CommandExpansion':
            case 'ProcessSubstitution':
            case 'ArithmeticExpansion':
            case 'ArithmeticCommandExpansion':
            case 'Glob':
            case 'ExtendedGlob':
            case 'BraceExpansion':
                dynamic = true;
                return;
        }
        forEachChild(node, visit);
    };
    for (const part of word.parts ?? [])
        visit(part);
    return { value: word.value, text: word.text, start: word.pos, end: word.end, parameters, dynamic, singleQuoted };
}
/** Command substitutions nested deeper than this are not searched for errors (bash itself caps nesting). */
const MAX_SUBSTITUTION_DEPTH = 16;
/** Syntax errors inside `$(...)` are reported on the nested script only. */
function collectNestedErrors(node, errors, length) {
    let depth = 0;
    const visit = (child) => {
        if (child.type === 'Script') {
            for (const { message, pos } of child.errors ?? [])
                errors.push({ message, offset: Math.min(pos, length) });
            if (depth >= MAX_SUBSTITUTION_DEPTH)
                return;
            depth++;
            forEachChild(child, visit);
            depth--;
            return;
        }
        forEachChild(child, visit);
    };
    forEachChild(node, visit);
}
/** The script of `sh -c '...'`, with the offset of its first character in the outer command. */
function innerScript(command) {
    const [program, ...args] = command.words;
    if (!program || !SHELLS.has(basename(program.value)))
        return null;
    const flag = args.findIndex((word) => /^-[a-z]*c[a-z]*$/.test(word.value));
    const script = flag === -1 ? undefined : args[flag + 1];
    if (!script)
        return null;
    const quoted = script.text.startsWith("'") || script.text.startsWith('"');
    return { text: script.value, offset: script.start + (quoted ? 1 : 0), word: script, doubleQuoted: script.text.startsWith('"') };
}
/**
 * `bash -c "gunicorn -b '0.0.0.0:$PORT'"`: the outer shell expands `$PORT` inside its double quotes before the inner
 * one sees the single quotes, so for the inner command those pieces hold expansions, not literal text.
 */
function expandedByOuterShell(command) {
    const expand = (word) => {
        const parameters = word.singleQuoted.flatMap((piece) => Array.from(piece.value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g), (match) => ({
            name: match[1],
            start: piece.start + 1 + match.index,
            end: piece.start + 1 + match.index + match[0].length,
        })));
        if (parameters.length === 0)
            return word;
        return { ...word, parameters: [...word.parameters, ...parameters], singleQuoted: [], dynamic: true };
    };
    return {
        ...command,
        assignments: command.assignments.map(({ name, value }) => ({ name, value: expand(value) })),
        words: command.words.map(expand),
    };
}
function shiftCommand(command, by) {
    const shiftWord = (word) => ({
        ...word,
        start: word.start + by,
        end: word.end + by,
        parameters: word.parameters.map((p) => ({ ...p, start: p.start + by, end: p.end + by })),
        singleQuoted: word.singleQuoted.map((q) => ({ ...q, start: q.start + by, end: q.end + by })),
    });
    return {
        assignments: command.assignments.map(({ name, value }) => ({ name, value: shiftWord(value) })),
        words: command.words.map(shiftWord),
        start: command.start + by,
        end: command.end + by,
    };
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./src/commands/invocation.ts
/**
 * Which program a command starts, from the program records alone (programs.ts): launchers (`exec`, `env`,
 * `bundle exec`, `poetry run`, `npx`, ...) are looked through, each record's forms (`gunicorn`, `python -m gunicorn`,
 * `flask run`, `java -jar`) tried, and the directory and environment set by earlier `cd` and `export` commands of the
 * same line carried along.
 */



const RECORDS = Object.values(PROGRAMS);
/** Every simple command of the line as an invocation, in order. */
function invocationsOf(analysis) {
    let cwd = '';
    const exported = new Map();
    const invocations = [];
    for (const command of analysis.commands) {
        const [first, target] = command.words;
        if (first?.value === 'cd') {
            cwd = cwd === null || !target || target.dynamic || target.value.startsWith('/') || target.value.startsWith('~') ? null : invocation_join(cwd, target.value);
            continue;
        }
        if (first?.value === 'export') {
            for (const word of command.words.slice(1)) {
                const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word.value);
                if (match)
                    exported.set(match[1], word);
            }
            continue;
        }
        const invocation = resolve(command, new Map(exported), cwd);
        if (invocation)
            invocations.push(invocation);
    }
    return invocations;
}
function resolve(command, env, cwd) {
    for (const { name, value } of command.assignments)
        env.set(name, value);
    const words = command.words;
    const i = skipLaunchers(words, env);
    const head = words[i];
    if (!head)
        return null;
    const name = programName(head.value);
    const make = (program, argsFrom, extra = {}) => ({
        program,
        name: head,
        args: words.slice(argsFrom),
        file: null,
        script: null,
        interpreterArgs: [],
        env,
        cwd,
        language: program?.language ?? INTERPRETER_LANGUAGES[name] ?? null,
        ...extra,
    });
    for (const program of RECORDS) {
        for (const form of program.invokedAs) {
            const invocation = matchForm(form, program, words, i, make);
            if (invocation)
                return invocation;
        }
    }
    // Named like a known program, but not the form it is known in (`flask db upgrade`): its language still tells.
    const namesake = RECORDS.find((program) => program.invokedAs.some((form) => namesOf(form).includes(name)));
    return make(null, i + 1, { language: namesake?.language ?? INTERPRETER_LANGUAGES[name] ?? null });
}
function matchForm(form, program, words, i, make) {
    const name = programName(words[i].value);
    switch (form.kind) {
        case 'command': {
            if (!form.names.includes(name))
                return null;
            const after = form.subcommand ? subcommandEnd(form.subcommand, words, i + 1, program) : i + 1;
            return after === -1 ? null : make(program, after);
        }
        case 'python-module': {
            if (name !== 'python')
                return null;
            const flag = words.findIndex((word, index) => index > i && word.value === '-m');
            if (flag === -1 || words[flag + 1]?.value !== form.module)
                return null;
            const after = form.subcommand ? subcommandEnd(form.subcommand, words, flag + 2, program) : flag + 2;
            return after === -1 ? null : make(program, after, { language: program.language });
        }
        case 'python-script': {
            if (name !== 'python' || words.some((word, index) => index > i && word.value === '-m'))
                return null;
            const file = firstOperand(words, i + 1, PROGRAMS['python-script'].leadingOptionsWithValue ?? []);
            const script = words[file];
            if (!script || basename(script.value) !== form.script)
                return null;
            const after = subcommandEnd(form.subcommand, words, file + 1, program);
            return after === -1 ? null : make(program, after, { file: script });
        }
        case 'interpreter':
            return form.names.includes(name) ? interpreter(form, program, words, i, make) : null;
        case 'package-script':
            return form.tools.includes(name) ? packageScript(name, program, words, i, make) : null;
    }
}
function interpreter(form, program, words, i, make) {
    if (form.flag !== undefined) {
        const flag = words.findIndex((word, index) => index > i && word.value === form.flag);
        if (flag === -1)
            return null;
        if (form.runs === 'arguments')
            return make(program, flag + 1);
        return make(program, flag + 2, { file: words[flag + 1] ?? null, interpreterArgs: words.slice(i + 1, flag) });
    }
    // `python -m something-unknown` runs a module, not a file.
    if (words.some((word, index) => index > i && word.value === '-m'))
        return null;
    const file = firstOperand(words, i + 1, program.leadingOptionsWithValue ?? []);
    if (form.runs === 'arguments')
        return make(program, i + 1);
    return make(program, file === -1 ? words.length : file + 1, { file: words[file] ?? null, interpreterArgs: words.slice(i + 1, Math.max(file, i + 1)) });
}
/** Index just after the subcommand that must start at `from` (after the program's own options), or -1. */
function subcommandEnd(subcommand, words, from, program) {
    const at = firstOperand(words, from, program.leadingOptionsWithValue ?? []);
    const word = words[at];
    if (word && subcommand.names.includes(word.value))
        return at + 1;
    return subcommand.optional && !word ? from : -1;
}
function namesOf(form) {
    return form.kind === 'command' || form.kind === 'interpreter' ? form.names : form.kind === 'package-script' ? form.tools : [];
}
function skipLaunchers(words, env) {
    let i = 0;
    for (;;) {
        const base = basename(words[i]?.value ?? '');
        const next = words[i + 1]?.value;
        const launcher = LAUNCHERS.find((candidate) => candidate.names.includes(base) && (candidate.then === undefined || candidate.then === next));
        if (!launcher)
            return i;
        if (launcher.then !== undefined)
            i += 2;
        else if (launcher.options === 'nice')
            i += next === '-n' ? 3 : next?.startsWith('-') ? 2 : 1;
        else if (launcher.options === 'env') {
            i++;
            for (let word = words[i]; word && (word.value.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(word.value)); word = words[++i]) {
                const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word.value);
                if (match)
                    env.set(match[1], word);
            }
        }
        else if (launcher.options === 'skip') {
            i++;
            while (words[i]?.value.startsWith('-'))
                i++;
        }
        else
            i++;
    }
}
/** Options that make a package manager use another folder's package.json. */
const ELSEWHERE = /^(--prefix|-C|--cwd|--dir|--filter|-F|-w|--workspace)(=|$)/;
function packageScript(tool, program, words, i, make) {
    const sub = words[i + 1];
    if (!sub)
        return make(null, i + 1, { language: 'node' });
    if (words.slice(i + 1).some((word) => ELSEWHERE.test(word.value)))
        return make(null, i + 1, { language: 'node', cwd: null });
    const direct = ['start', 'test'].includes(sub.value) || (tool !== 'npm' && !sub.value.startsWith('-') && !['run', 'install', 'add', 'build'].includes(sub.value));
    if (direct)
        return make(program, i + 2, { script: { tool, name: sub.value, word: sub } });
    if (['run', 'run-script'].includes(sub.value) && words[i + 2]) {
        const word = words[i + 2];
        return make(program, i + 3, { script: { tool, name: word.value, word } });
    }
    return make(null, i + 1, { language: 'node' });
}
/** Index of the first argument from `from` that is not an option (skipping the values of `withValue` options). */
function firstOperand(words, from, withValue) {
    for (let i = from; i < words.length; i++) {
        const value = words[i].value;
        if (withValue.includes(value))
            i++;
        else if (!value.startsWith('-'))
            return i;
    }
    return -1;
}
/** The name a command word is known by: `bin/rails` -> `rails`, `python3.12` -> `python`. */
function programName(word) {
    const base = basename(word);
    return /^python[0-9.]*$/.test(base) ? 'python' : base;
}
function invocation_join(cwd, target) {
    const joined = posix_namespaceObject.normalize(posix_namespaceObject.join(cwd, target));
    if (joined === '..' || joined.startsWith('../'))
        return null;
    return joined === '.' ? '' : joined.replace(/\/$/, '');
}

;// CONCATENATED MODULE: ./src/commands/listen.ts
function listenOf(invocation) {
    const facts = invocation.program?.port;
    if (!facts)
        return null;
    const listen = { facts, host: null, port: null, undecidable: null, readsPort: false };
    const args = invocation.args;
    for (let i = 0; i < args.length; i++) {
        const word = args[i];
        const option = optionOf(word.value);
        const inline = option.value !== null;
        const value = inline ? option.value : args[i + 1]?.value;
        const valueWord = inline ? word : args[i + 1];
        const is = (names) => names.includes(option.name);
        if (!is([...facts.bind, ...facts.host, ...facts.port, ...facts.config, ...facts.socket]))
            continue;
        if (!inline)
            i++;
        if (value === undefined || !valueWord)
            continue;
        if (is(facts.config) || is(facts.socket))
            listen.undecidable = word;
        else if (is(facts.bind))
            applyAddress(listen, value, valueWord);
        else if (is(facts.host))
            listen.host = { value, word: valueWord };
        else
            listen.port = { value, word: valueWord, usesPort: usesPort(valueWord) };
    }
    const prefix = facts.javaProperty ? `-D${facts.javaProperty}=` : null;
    const property = prefix ? invocation.interpreterArgs.find((word) => word.value.startsWith(prefix)) : undefined;
    if (prefix && property && !listen.port)
        listen.port = { value: property.value.slice(prefix.length), word: property, usesPort: usesPort(property) };
    if (facts.positionalAddress) {
        const address = args.find((word) => !word.value.startsWith('-'));
        if (address?.value.includes(':'))
            applyAddress(listen, address.value, address);
        else if (address)
            listen.port = { value: address.value, word: address, usesPort: usesPort(address) };
    }
    const portVariable = invocation.env.get('PORT');
    if (facts.readsPort && portVariable && !listen.port) {
        listen.port = { value: assignedValue(portVariable), word: portVariable, usesPort: usesPort(portVariable), setsPort: true };
    }
    listen.readsPort = facts.readsPort && !listen.port && !(facts.addressReplacesPort && listen.host);
    for (const variables of facts.portEnv) {
        const port = invocation.env.get(variables.port);
        if (port && !listen.port)
            listen.port = { value: assignedValue(port), word: port, usesPort: usesPort(port) };
        const host = variables.host === undefined ? undefined : invocation.env.get(variables.host);
        if (host && !listen.host)
            listen.host = { value: assignedValue(host), word: host };
    }
    return listen;
}
/** The value of an `env` word or `export` word, `NAME=value`, or of a prefix assignment (already just the value). */
function assignedValue(word) {
    const match = /^[A-Za-z_][A-Za-z0-9_]*=/.exec(word.value);
    return match ? word.value.slice(match[0].length) : word.value;
}
/** `--port=80` -> `--port` and `80`; `-p` -> `-p` and no inline value. */
function optionOf(text) {
    const equals = text.indexOf('=');
    if (text.startsWith('--') && equals !== -1)
        return { name: text.slice(0, equals), value: text.slice(equals + 1) };
    return { name: text, value: null };
}
/** `host:port`, `tcp://host:port`, `[::1]:port`, `:port`, `unix:/path`. */
function applyAddress(listen, address, word) {
    if (/^(unix:|fd:\/\/|fd:)/.test(address)) {
        listen.undecidable = word;
        return;
    }
    const bare = address.replace(/^[a-z]+:\/\//, '');
    const colon = bare.lastIndexOf(':');
    const host = colon === -1 ? bare : bare.slice(0, colon);
    const port = colon === -1 ? '' : bare.slice(colon + 1);
    listen.host = { value: host.replace(/^\[(.*)\]$/, '$1'), word };
    if (port !== '')
        listen.port = { value: port, word, usesPort: usesPort(word) };
}
function usesPort(word) {
    return word.parameters.some((parameter) => parameter.name === 'PORT');
}
/** Addresses only reachable from the same machine. */
function isLoopback(host) {
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

;// CONCATENATED MODULE: ./src/engine/readers/outcome.ts
function outcomeOf(reading, line) {
    const failure = reading.failure;
    if (failure?.line === line)
        return { kind: 'rejects', message: failure.message };
    if (failure?.line != null && failure.line < line)
        return { kind: 'stopped-earlier', line: failure.line };
    const entry = reading.entryOn.get(line);
    if (entry) {
        const warning = reading.warnings.get(line);
        return warning ? { kind: 'corrects', entry, warning } : { kind: 'reads', entry };
    }
    const owner = reading.swallowedLines.get(line);
    return owner === undefined ? { kind: 'skips' } : { kind: 'takes-as-command', ofLine: owner };
}

;// CONCATENATED MODULE: ./src/runner/facts.ts
/**
 * The facts several rules need, each computed once per run on first use (like ruff's semantic model or markdownlint's
 * parse cache): a rule asks `context.facts`, never recomputes. Adding a fact here is how a new shared analysis
 * reaches every rule.
 */





function createFacts({ files, procfile, reading }) {
    const commands = new Map();
    const facts = {
        processLines: once(() => (procfile && reading ? readLines(procfile, reading) : [])),
        command(line) {
            let found = commands.get(line);
            if (!found)
                commands.set(line, (found = commandFactsOf(line)));
            return found;
        },
        webLine: once(() => {
            const running = reading?.processes.find((process) => process.type === 'web');
            return facts.processLines().find(({ line }) => line.number === running?.line)?.line ?? null;
        }),
        webServer: once(() => {
            const line = facts.webLine();
            const main = line ? facts.command(line).main : null;
            const listen = main ? listenOf(main) : null;
            return line && main?.program && listen ? { line, main, program: main.program, listen } : null;
        }),
        packageJson: once(() => packageJson(files)),
        pythonDependencies: once(() => pythonDependencies(files)),
    };
    return facts;
}
function readLines(procfile, reading) {
    return procfile.lines.flatMap((line) => {
        if (line.kind !== 'process')
            return [];
        const outcome = outcomeOf(reading, line.number);
        const readsItself = outcome.kind === 'reads' || outcome.kind === 'corrects';
        return readsItself && outcome.entry.commandLine === line.number ? [{ line, type: outcome.entry.type }] : [];
    });
}
function commandFactsOf(line) {
    const analysis = analyzeShell(line.command.text);
    const invocations = invocationsOf(analysis);
    const main = [...invocations].reverse().find((invocation) => invocation.program) ?? invocations.at(-1) ?? null;
    return { analysis, invocations, main };
}
function once(compute) {
    let done = false;
    let value;
    return () => {
        if (!done)
            [value, done] = [compute(), true];
        return value;
    };
}

;// CONCATENATED MODULE: ./src/commands/defaults.ts

/** The platform's `web` command without a Procfile for an app built as `language`; `null` where it is not known. */
function defaultStart(platform, language, files) {
    if (platform.defaults === 'gcp')
        return gcpDefaultStart(language, files);
    if (platform.defaults === 'heroku-classic')
        return herokuClassicDefaultStart(language, files);
    return null;
}
const GCP = 'GoogleCloudPlatform/buildpacks@21f28de8';
/** Google Cloud buildpacks (the model of Code Capsules' backend capsules). */
function gcpDefaultStart(language, files) {
    switch (language) {
        case 'python':
            return gcpPython(files);
        case 'node':
            return gcpNode(files);
        case 'ruby':
            return {
                kind: 'fails',
                // cmd/ruby/missing_entrypoint/lib/lib.go BuildFn: the Ruby group needs google.config.entrypoint.
                message: 'for Ruby, an entrypoint must be manually set, either with "GOOGLE_ENTRYPOINT" env var or by creating a "Procfile" file',
                source: `${GCP} cmd/ruby/missing_entrypoint/lib/lib.go`,
            };
        case 'go':
            // pkg/golang/golang.go: `go build -o <layer>/bin/main`, and that binary is the entrypoint.
            return { kind: 'command', command: 'main', why: 'the binary the Go buildpack builds', source: `${GCP} pkg/golang/golang.go (OutBin)` };
        case 'php':
            // cmd/php/webconfig/lib/lib.go: without a Procfile or GOOGLE_ENTRYPOINT it adds nginx + php-fpm as `web`.
            return { kind: 'command', command: 'nginx + php-fpm', why: 'the web server the PHP buildpack configures', source: `${GCP} cmd/php/webconfig/lib/lib.go` };
        default:
            return null;
    }
}
/** cmd/python/missing_entrypoint/lib/lib.go BuildFn (since 2023-07). */
function gcpPython(files) {
    const source = `${GCP} cmd/python/missing_entrypoint/lib/lib.go`;
    const module = files.exists('main.py') ? 'main' : files.exists('app.py') ? 'app' : null;
    if (module) {
        return {
            kind: 'command',
            command: `gunicorn -b :8080 ${module}:app`,
            why: `${module}.py is at the app root (Python 3.13 and later may pick uvicorn, streamlit or gradio instead, on the same port)`,
            source,
            fixedPort: 8080,
        };
    }
    // With a pyproject.toml, a script command declared there may be used instead: not followed here.
    if (files.exists('pyproject.toml'))
        return null;
    return {
        kind: 'fails',
        message: 'for Python, provide a main.py or app.py file or set an entrypoint with "GOOGLE_ENTRYPOINT" env var or by creating a "Procfile" file',
        source,
    };
}
/** pkg/nodejs/npm.go DefaultStartCommand, in its order. */
function gcpNode(files) {
    const source = `${GCP} pkg/nodejs/npm.go (DefaultStartCommand)`;
    const pkg = packageJson(files);
    if (pkg === 'invalid')
        return null;
    if (pkg === null)
        return nodeScript('index.js', 'there is no package.json', source);
    // Angular SSR, Nuxt and SvelteKit have start commands of their own, not followed here.
    if (['@angular/ssr', 'nuxt', '@sveltejs/kit'].some((name) => pkg.dependencies.has(name)))
        return null;
    if ('start' in pkg.scripts)
        return { kind: 'command', command: 'npm run start', why: 'package.json has a "start" script', source };
    if (files.exists('server.js'))
        return { kind: 'command', command: 'npm run start', why: 'server.js is at the app root (npm then runs `node server.js`)', source };
    if (pkg.main)
        return nodeScript(pkg.main, 'package.json sets "main"', source);
    return nodeScript('index.js', 'package.json has no "start" script or "main", and there is no server.js', source);
}
function nodeScript(file, why, source) {
    return { kind: 'command', command: `node ${file}`, why, source };
}
/** Heroku's classic buildpacks, through their `bin/release` default_process_types (herokuish applies the same). */
function herokuClassicDefaultStart(language, files) {
    switch (language) {
        case 'node':
            return { kind: 'command', command: 'npm start', why: 'the Node.js buildpack declares it', source: 'heroku/heroku-buildpack-nodejs@4f394e95 bin/release' };
        case 'php':
            return { kind: 'command', command: 'heroku-php-apache2', why: 'the PHP buildpack declares it', source: 'heroku/heroku-buildpack-php@ff95c90e bin/release' };
        case 'python':
            return {
                kind: 'none',
                why: 'the Python buildpack declares no default process type',
                source: 'heroku/heroku-buildpack-python@b4e7e721 bin/release',
            };
        case 'ruby':
            return herokuRuby(files);
        default:
            return null;
    }
}
/** heroku/heroku-buildpack-ruby@0c80c93d lib/language_pack/rails4.rb and rack.rb default_process_types. */
function herokuRuby(files) {
    const lock = files.readText('Gemfile.lock') ?? '';
    // Gemfile.lock lists each resolved gem as `    name (version)` under `specs:`.
    const gem = (name) => lock.includes(`\n    ${name} (`);
    if (gem('railties') || files.exists('config/application.rb')) {
        return {
            kind: 'command',
            command: 'bin/rails server -p ${PORT:-5000} -e $RAILS_ENV',
            why: 'it is a Rails app',
            source: 'heroku/heroku-buildpack-ruby@0c80c93d lib/language_pack/rails4.rb',
        };
    }
    if (gem('rack') || files.exists('config.ru')) {
        return {
            kind: 'command',
            command: gem('thin') ? 'bundle exec thin start -R config.ru -e $RACK_ENV -p ${PORT:-5000}' : 'bundle exec rackup config.ru -p ${PORT:-5000}',
            why: 'it is a Rack app',
            source: 'heroku/heroku-buildpack-ruby@0c80c93d lib/language_pack/rack.rb',
        };
    }
    return { kind: 'none', why: 'the Ruby buildpack declares only `console` for a plain Ruby app', source: 'heroku/heroku-buildpack-ruby@0c80c93d lib/language_pack/ruby.rb' };
}

;// CONCATENATED MODULE: ./src/runner/plan.ts
/**
 * The deploy plan: what a platform will build the app as and run, from its profile, the detection and the Procfile
 * as that platform reads it. It is part of the result (docs/result.md) and what the summary and `--explain` show.
 */

function buildPlan({ platform, detection, files, reading }) {
    const candidates = detection.matches.map(({ group, evidence }) => ({
        group: group.id,
        language: group.language,
        evidence,
        needsProcfile: group.needsProcfile === true,
    }));
    const start = reading ? null : defaultStartOf(platform, detection, files);
    const processes = reading
        ? reading.processes.map(({ type, command, line }) => ({ type, command, source: { kind: 'procfile', line } }))
        : start?.kind === 'command'
            ? [{ type: 'web', command: start.command, source: { kind: 'default', why: start.why, reference: start.source } }]
            : [];
    return {
        platform: platform.id,
        builder: { name: platform.builder.name, unverified: platform.builder.unverified },
        build: {
            language: detection.language,
            group: detection.group?.id ?? null,
            evidence: [...detection.evidence],
            overridden: detection.overridden,
            candidates,
            incomplete: detection.incomplete,
        },
        runs: platform.execution.label,
        processes,
        failure: failureOf(platform, detection, reading, start),
        port: { variable: 'PORT', random: platform.port.random, default: platform.port.defaultValue, setting: platform.port.setting },
    };
}
/** The default `web` command without a Procfile, or why there is none. */
function defaultStartOf(platform, detection, files) {
    if (detection.group?.fails)
        return { kind: 'fails', message: detection.group.fails, source: detection.group.source };
    return detection.language ? defaultStart(platform, detection.language, files) : null;
}
function failureOf(platform, detection, reading, start) {
    if (detection.group?.fails)
        return detection.group.fails;
    if (reading) {
        if (reading.failure)
            return reading.failure.message;
        if (platform.missingWebError && reading.processes.length > 0 && !reading.processes.some((process) => process.type === 'web')) {
            return platform.missingWebError;
        }
        return null;
    }
    if (!detection.language && !detection.overridden)
        return `no builder of ${platform.builder.name} recognises the app`;
    if (start?.kind === 'fails')
        return start.message;
    if (start?.kind === 'none')
        return `no \`web\` process: ${start.why}`;
    return null;
}

;// CONCATENATED MODULE: ./src/runner/inline-disables.ts
/** `# procfile-lint-disable-next-line [rule, ...]` comments: which rules (all when none are named) each silences. */

const DIRECTIVE = 'procfile-lint-disable-next-line';
function inlineDisables(procfile, file, knownRules) {
    const disabled = new Map();
    const problems = [];
    for (const line of procfile.lines) {
        if (line.kind !== 'comment')
            continue;
        const match = engine_config/* DISABLE_NEXT_LINE */.G2.exec(line.text);
        if (!match)
            continue;
        const ids = (match[1] ?? '').split(/[\s,]+/).filter(Boolean);
        const listStart = line.text.indexOf(DIRECTIVE) + DIRECTIVE.length;
        for (const id of ids.filter((candidate) => !knownRules.includes(candidate))) {
            const index = line.text.indexOf(id, listStart);
            problems.push({
                message: `Unknown rule ${JSON.stringify(id)} in a ${DIRECTIVE} comment; the rules are listed in docs/rules.`,
                file,
                range: { line: line.number, column: index + 1, endLine: line.number, endColumn: index + 1 + id.length },
            });
        }
        disabled.set(line.number + 1, ids.length > 0 ? new Set(ids) : null);
    }
    return {
        problems,
        silences(line, rule) {
            if (!disabled.has(line))
                return false;
            const rules = disabled.get(line);
            return rules === null || rules?.has(rule) === true;
        },
    };
}

;// CONCATENATED MODULE: ./src/runner/rule.ts
const START_OF_FILE = { line: 1, column: 1, endLine: 1, endColumn: 1 };

;// CONCATENATED MODULE: ./src/runner/severity.ts
/**
 * Which severity a finding gets, decided here and nowhere else (as ruff's `LinterSettings::for_rule`): the user's
 * setting wins over a report's own severity, which wins over the rule's default on the platform. A rule left out on
 * a platform runs there only when a setting turns it on; `off` stops it; `invalid-config` ignores both.
 */

/** How `meta`'s rule runs on `platform` with the user's `setting`; `null` when it does not run. */
function planRule(meta, platform, setting) {
    const fixed = (0,engine_config/* isFixedRule */.xr)(meta.id);
    const chosen = fixed ? undefined : setting;
    if (chosen === 'off')
        return null;
    const base = meta.severity[platform] ?? chosen;
    return base === undefined ? null : { override: chosen, base, disableable: !fixed };
}
function severityOf(plan, report) {
    return plan.override ?? report.severity ?? plan.base;
}

;// CONCATENATED MODULE: ./src/runner/run-rules.ts







function run_rules_runRules(analysis, { rules, settings = {} }) {
    const ids = rules.map((rule) => rule.meta.id);
    const config = analysis.config ? (0,engine_config/* checkConfig */.l2)(analysis.config, ids) : { rules: {}, problems: [] };
    const procfile = analysis.procfile;
    const inline = procfile ? inlineDisables(procfile.parsed, procfile.path, ids) : null;
    const context = contextOf(analysis, [...config.problems, ...(inline?.problems ?? [])]);
    const chosen = { ...config.rules, ...settings };
    const findings = rules.flatMap((rule) => {
        const plan = planRule(rule.meta, analysis.platform.id, chosen[rule.meta.id]);
        if (!plan)
            return [];
        const reports = rule.scope === 'repository' ? rule.check(context) : 'procfile' in context ? rule.check(context) : [];
        return Array.from(reports, (report) => toFinding(rule, plan, report, procfile?.path ?? ''))
            .filter((finding) => !(plan.disableable && isSilenced(finding, procfile?.path, inline)));
    });
    const reading = procfile?.readings[analysis.platform.parser];
    return {
        procfile: procfile?.path ?? null,
        platform: analysis.platform.id,
        language: analysis.detection.language,
        languages: analysis.detection.candidates.map(({ language, evidence }) => ({ language, evidence: [...evidence] })),
        processes: (reading?.processes ?? []).map(({ type, command, line }) => ({ type, command, line })),
        findings: findings.sort(byPosition),
        counts: countBySeverity(findings),
        plan: context.plan,
    };
}
/** The one context every rule of the run gets; a Procfile rule runs only when it has the Procfile. */
function contextOf(analysis, configProblems) {
    const { platform, files, detection, discovery, procfileProblem, procfile } = analysis;
    const reading = procfile ? procfile.readings[platform.parser] : null;
    const facts = createFacts({ files, procfile: procfile?.parsed ?? null, reading });
    const plan = buildPlan({ platform, detection, files, reading });
    const base = { platform, files, detection, discovery, procfileProblem, hasProcfile: procfile !== null, configProblems, facts, plan };
    if (!procfile || !reading)
        return base;
    return { ...base, path: procfile.path, procfile: procfile.parsed, readings: procfile.readings, reading };
}
function toFinding(rule, plan, report, procfile) {
    return {
        rule: rule.meta.id,
        severity: severityOf(plan, report),
        message: report.message,
        file: report.file ?? procfile,
        ...(report.range ?? START_OF_FILE),
    };
}
function isSilenced(finding, procfile, inline) {
    return inline !== null && finding.file === procfile && inline.silences(finding.line, finding.rule);
}
function countBySeverity(findings) {
    const counts = Object.fromEntries(types/* SEVERITIES */.o.map((severity) => [severity, 0]));
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}
function byPosition(a, b) {
    return (compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        types/* SEVERITIES */.o.indexOf(a.severity) - types/* SEVERITIES */.o.indexOf(b.severity) ||
        compareText(a.rule, b.rule) ||
        compareText(a.message, b.message));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/engine/quote.ts
/**
 * Procfile text and file names are written by whoever opened the pull request. Every piece of them that goes
 * into a message passes through `quote`, which makes it one line of visible characters: control characters,
 * line and paragraph separators, bidirectional overrides and invisible characters are shown as escapes, so
 * nothing quoted can start a new log line (a workflow command), move the cursor, or hide what it is.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u00a0\u00ad\u061c\u115f\u1160\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\ufff0-\ufffd\ud800-\udfff]/gu;
const NAMED = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };
/** Raw `text` made visible and unambiguous: `\r`, `\n`, `\t` and `\u{...}` escapes, and `\\` for a backslash. */
function quote_visible(text) {
    return quote_printable(text.replace(/\\/g, '\\\\'));
}
/**
 * `text` with every invisible character escaped, backslashes left alone: for text composed from `visible` parts
 * (messages), where it changes nothing, and as a last guard before text reaches a log or a page.
 */
function quote_printable(text) {
    return text.replace(INVISIBLE, (char) => NAMED[char] ?? escapeCodePoint(char));
}
function escapeCodePoint(char) {
    return `\\u{${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}}`;
}
/**
 * `text` as a visible, length-limited inline quote for a message: `` `web: gunicorn app:app` ``. A backtick inside is
 * written `` \` ``, so the quote's own backticks always pair up (the job summary turns them into code).
 */
function quote(text, maxLength = 80) {
    return `\`${quote_visible(truncate(text, maxLength)).replace(/`/g, '\\`')}\``;
}
/** At most `maxLength` code points of `text`, the last one an ellipsis when it was cut. */
function truncate(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    const head = Array.from(text.slice(0, 2 * maxLength));
    const isLonger = head.length > maxLength || text.length > 2 * maxLength;
    return isLonger ? `${head.slice(0, maxLength - 1).join('')}…` : text;
}
/** `word` quoted for a POSIX shell when it needs to be, for commands suggested in messages. */
function quote_shellWord(word) {
    return /^[\w@%+=:,./-]+$/u.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** A suggested shell command, quoted for a message. */
function suggestCommand(...words) {
    return quote(words.map(quote_shellWord).join(' '), 200);
}

;// CONCATENATED MODULE: ./src/rules/rule.ts


function everywhere(severity) {
    return { codecapsules: severity, heroku: severity, 'heroku-fir': severity, dokku: severity };
}
/** The range of `token` on `line`, or of the line's whole content. */
function rangeOf(line, token) {
    if (token)
        return { line: line.number, column: token.column, endLine: line.number, endColumn: token.endColumn };
    return { line: line.number, column: 1, endLine: line.number, endColumn: columnAt(line.text, line.text.length) };
}
/** The range of UTF-16 offsets [start, end) within the command of `line`, kept inside the command. */
function commandRange(line, start, end) {
    const length = line.command.text.length;
    const from = Math.max(0, Math.min(start, length - 1));
    const to = Math.max(from + 1, Math.min(end, length));
    return {
        line: line.number,
        column: columnAt(line.text, line.command.index + from),
        endLine: line.number,
        endColumn: columnAt(line.text, line.command.index + to),
    };
}
/** Every process line as written, whatever the platform makes of it (`context.facts.processLines()` gives those it reads). */
function processLines(procfile) {
    return procfile.lines.filter((line) => line.kind === 'process');
}

;// CONCATENATED MODULE: ./src/rules/app-target-missing.ts





const MODULE_TARGET = /^[A-Za-z_][\w.]*(:.+)?$/;
const appTargetMissing = {
    scope: 'procfile',
    meta: {
        id: 'app-target-missing',
        description: 'A command names a Python module or script (`gunicorn app:app`, `python bot.py`) that is not in the repository.',
        severity: everywhere('error'),
        tags: ['command'],
    },
    *check(context) {
        if (!context.files.complete)
            return;
        for (const { line, type } of context.facts.processLines()) {
            for (const invocation of context.facts.command(line).invocations) {
                if (invocation.cwd === null)
                    continue;
                const report = invocation.program?.importsTarget
                    ? checkImport(invocation, context.files)
                    : invocation.program?.id === 'python-script'
                        ? checkScript(invocation, context.files)
                        : null;
                if (report)
                    yield { range: commandRange(line, report.word.start, report.word.end), message: `${quote(type)}: ${report.message}` };
            }
        }
    },
};
function checkImport(invocation, files) {
    const target = importTarget(invocation.args, invocation.program ? optionsWithValue(invocation.program) : new Set());
    if (!target || target.dynamic)
        return null;
    const [module = ''] = target.value.split(':');
    const program = invocation.program?.label ?? 'the server';
    if (module.endsWith('.py') || module.includes('/')) {
        const dotted = module.replace(/\.py$/, '').replace(/\//g, '.');
        return {
            word: target,
            message: `${quote(program)} imports a Python module, not a file: ${quote(target.value)} fails with "No module named". Write ${quote(target.value.replace(module, dotted))}.`,
        };
    }
    const bases = searchPath(invocation);
    if (bases.some((base) => pythonModuleExists(files, base, module)))
        return null;
    const where = bases.map((base) => quote(base === '' ? '.' : base)).join(', ');
    const file = `${module.split('.').join('/')}.py`;
    return {
        word: target,
        message: `${quote(program)} would import ${quote(module)}, but there is no ${quote(file)} or package ${quote(module)} in ${where}, ` +
            `so it fails with "No module named '${module}'". Point it at the module that defines the app (the file without ".py", dots for folders).`,
    };
}
function checkScript(invocation, files) {
    const file = invocation.file;
    if (!file || file.dynamic || file.value.startsWith('/'))
        return null;
    const path = posix_namespaceObject.join(invocation.cwd ?? '', file.value);
    if (files.exists(path))
        return null;
    return { word: file, message: `${quote(file.value)} is not in the repository${invocation.cwd ? ` (looked in ${quote(invocation.cwd)})` : ''}, so python exits with "can't open file". Fix the path or commit the script.` };
}
/** The `module:app` argument: the one with a colon, else the only module-like positional argument. */
function importTarget(args, withValue) {
    const positional = [];
    for (let i = 0; i < args.length; i++) {
        const word = args[i];
        if (word.value.startsWith('-')) {
            if (withValue.has(word.value))
                i++;
            continue;
        }
        if (MODULE_TARGET.test(word.value) || word.value.endsWith('.py') || word.value.includes('.py:'))
            positional.push(word);
    }
    return positional.find((word) => word.value.includes(':')) ?? (positional.length === 1 ? positional[0] : null);
}
/** Directories the module is looked up in: the working directory, moved by `--chdir`, `--app-dir`, `--pythonpath`. */
function searchPath(invocation) {
    const cwd = invocation.cwd ?? '';
    const dirs = [cwd];
    const args = invocation.args;
    for (let i = 0; i < args.length; i++) {
        const [option, inline] = args[i].value.split(/=(.*)/s);
        const value = inline ?? args[i + 1]?.value;
        if (value === undefined)
            continue;
        if (option === '--chdir')
            dirs[0] = posix_namespaceObject.join(cwd, value);
        if (option === '--app-dir')
            dirs.push(posix_namespaceObject.join(cwd, value));
        if (option === '--pythonpath')
            dirs.push(...value.split(',').map((dir) => posix_namespaceObject.join(cwd, dir)));
    }
    const env = invocation.env.get('PYTHONPATH');
    if (env)
        dirs.push(...env.value.replace(/^PYTHONPATH=/, '').split(':').map((dir) => posix_namespaceObject.join(cwd, dir)));
    return dirs.map((dir) => posix_namespaceObject.normalize(dir).replace(/^\.$/, '').replace(/\/$/, ''));
}

;// CONCATENATED MODULE: ./src/rules/bad-port-var.ts


/** Ways to write the port variable that bash does not expand to the port. */
function misspelling(word) {
    if (word.isScript)
        return null; // `sh -c '...'`: its commands are checked on their own
    if (/%PORT%/i.test(word.text))
        return '`%PORT%` is Windows cmd syntax';
    if (/\$env:PORT\b/i.test(word.text))
        return '`$env:PORT` is PowerShell syntax';
    if (/\$\(PORT\)/.test(word.text))
        return '`$(PORT)` runs a command named PORT (Makefile syntax)';
    const lower = word.parameters.find((parameter) => parameter.name !== 'PORT' && parameter.name.toLowerCase() === 'port');
    if (lower)
        return `\`$${lower.name}\` is not \`$PORT\`: variable names are case-sensitive`;
    if (word.singleQuoted.some((piece) => /\$\{?PORT\b/.test(piece.value)))
        return 'bash expands nothing inside single quotes';
    if (/(^|[^$]){PORT}/.test(word.text))
        return '`{PORT}` lacks its `$`';
    return null;
}
const badPortVar = {
    scope: 'procfile',
    meta: {
        id: 'bad-port-var',
        description: 'A command writes the port variable in a way bash does not expand (`%PORT%`, `$env:PORT`, `$port`, `\'$PORT\'`).',
        severity: everywhere('error'),
        tags: ['command'],
    },
    *check(context) {
        for (const { line } of context.facts.processLines()) {
            for (const command of context.facts.command(line).analysis.commands) {
                for (const word of [...command.words, ...command.assignments.map((assignment) => assignment.value)]) {
                    const why = misspelling(word);
                    if (!why)
                        continue;
                    yield {
                        range: commandRange(line, word.start, word.end),
                        message: `${quote(word.text)} does not give the port: ${why}, and the command runs under \`bash -c\`. Write \`$PORT\` (unquoted or in double quotes).`,
                    };
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/commands/runtime.ts
/** How a server told to listen on the fixed `port` fares: never on a random `$PORT`, only with the right setting elsewhere. */
function fixedPortVerdict(platform, port) {
    const { port: contract, name } = platform;
    if (contract.random || contract.defaultValue === null) {
        return { severity: 'error', why: `${name} sends the app's traffic to the port in \`$PORT\`, which it chooses, so the app never answers` };
    }
    const setting = contract.setting ?? 'its port setting';
    if (port === contract.defaultValue) {
        return {
            severity: 'warning',
            why: `that is ${name}'s default (\`$PORT\` is ${contract.defaultValue} unless ${setting} is changed), so it works only while that setting keeps its default`,
        };
    }
    return {
        severity: 'warning',
        why: `${name} sends the app's traffic to \`$PORT\` (${contract.defaultValue} by default), so it works only if ${setting} is set to ${port}`,
    };
}
/**
 * Whether `used`'s runtime is installed in an app built as `detection` says: certain only where the builder installs
 * only its winning group's runtime (Google's buildpacks) and detection saw the whole tree without an override.
 */
function runtimeAvailability(platform, detection, used) {
    const built = detection.language;
    if (!built || used === built)
        return 'installed';
    const only = platform.runtime.onlyWinnerRuntime;
    if (only?.alsoInstalled?.[built]?.includes(used))
        return 'installed';
    if (!only || detection.overridden || !detection.group || detection.incomplete)
        return 'unknown';
    return 'absent';
}
/** `word` names a program the platform's build never puts there, or `null`. */
function missingProgram(platform, detection, files, word) {
    if (!files.complete || files.exists(word))
        return null;
    const absent = platform.runtime.absentPrograms.find((program) => program.name.test(word));
    if (absent)
        return { why: absent.why, fix: absent.fix, source: absent.source, certain: !requiredByComposer(files, word) };
    if (detection.language !== 'go' || detection.overridden)
        return null;
    const module = goModule(files);
    const moduleName = module ? module.slice(module.lastIndexOf('/') + 1) : null;
    const binary = platform.runtime.goBinary.name(module);
    const named = word.replace(/^(?:\.\/)?(?:bin\/)?/, '');
    if (!moduleName || named !== moduleName || named === binary)
        return null;
    return {
        why: `the Go build names the binary \`${binary}\`, not after the module`,
        fix: `Write \`${binary}\` instead`,
        certain: true,
        source: platform.runtime.goBinary.source,
    };
}
/** The `module` path of go.mod at the app root. */
function goModule(files) {
    const text = files.readText('go.mod');
    const match = text === null ? null : /^module\s+"?([^\s"]+)"?\s*$/m.exec(text);
    return match?.[1] ?? null;
}
/** `vendor/bin/heroku-php-*` is installed by `composer install --no-dev` when composer.json requires Heroku's package. */
function requiredByComposer(files, word) {
    if (!/heroku-php-/.test(word))
        return false;
    const text = files.readText('composer.json');
    if (text === null)
        return false;
    try {
        const require = JSON.parse(text).require;
        return typeof require === 'object' && require !== null && 'heroku/heroku-buildpack-php' in require;
    }
    catch {
        return true;
    }
}

;// CONCATENATED MODULE: ./src/rules/command-not-found.ts



/**
 * A command names a program the platform's build never installs: the Go binary under its module's name where
 * Google's Go buildpack names it `main` (pkg/golang/golang.go), `heroku-php-apache2` where PHP is served by nginx and
 * php-fpm (cmd/php/webconfig), helpers that only Heroku buildpacks add. The facts are in each profile's `runtime`.
 */
const commandNotFound = {
    scope: 'procfile',
    meta: {
        id: 'command-not-found',
        description: "A command starts a program that the platform's build does not install.",
        severity: { codecapsules: 'error' },
        tags: ['command'],
    },
    *check(context) {
        const { platform, detection, files } = context;
        for (const { line, type } of context.facts.processLines()) {
            for (const invocation of context.facts.command(line).invocations) {
                const word = invocation.name;
                if (word.dynamic || invocation.cwd !== '')
                    continue;
                const missing = missingProgram(platform, detection, files, word.value);
                if (!missing)
                    continue;
                yield {
                    range: commandRange(line, word.start, word.end),
                    severity: missing.certain ? 'error' : 'warning',
                    message: `${quote(type)} runs ${quote(word.value)}, which ${platform.name}'s build does not install: ${missing.why}, so the ` +
                        `process fails with "command not found". ${missing.fix}.`,
                };
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/comment-command.ts


/**
 * `web: # TODO`: dokku/procfile-util (procfile/parse.go) fails the deploy with "comment specified in place of
 * command, line N"; where the command runs as `bash -c` (GCP cmd/config/entrypoint, heroku/buildpacks-procfile
 * src/launch.rs), bash reads a comment, runs nothing and exits at once.
 */
const commentCommand = {
    scope: 'procfile',
    meta: {
        id: 'comment-command',
        description: 'A process has a comment where its command should be, so it runs nothing.',
        severity: everywhere('error'),
        tags: ['command'],
    },
    *check({ procfile, platform, reading }) {
        for (const line of processLines(procfile)) {
            const command = line.command.text.trim();
            // The platform's parser refuses it (procfile-util), or hands it to bash as it is.
            const refuses = reading.failure?.line === line.number && reading.failure.message.startsWith('comment specified in place of command');
            if (!refuses && !command.startsWith('#'))
                continue;
            const read = reading.entryOn.get(line.number);
            if (!refuses && (!read || read.commandLine !== line.number))
                continue;
            const type = line.type.text;
            const effect = refuses
                ? `${platform.name} refuses the Procfile ("comment specified in place of command, line ${line.number}"), so the deploy fails`
                : `${platform.name} runs it with \`bash -c\`, which reads a comment, runs nothing and exits at once${type === 'web' ? ', so the app never answers' : ''}`;
            yield {
                range: commandRange(line, 0, line.command.text.length),
                severity: refuses || type === 'web' ? 'error' : 'warning',
                message: `${quote(type)} has a comment instead of a command (${quote(command)}): ${effect}. Write the command, or comment out the whole line (${quote(`# ${type}: ...`)}).`,
            };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/phrases.ts
/**
 * The English the rules' messages are built from, in one place: how a parser treats a line, in words, and how to
 * list who does what ("Code Capsules and honcho strip it, Heroku rejects the Procfile"). Names come from the profiles
 * (a platform's parser is called by the platform's name) and from the parser models, never written out in a rule.
 */



/** What to call a parser in a message: the platform that reads Procfiles with it, else the tool (`foreman`). */
function parserName(id) {
    return platforms_PLATFORMS.find((platform) => platform.parser === id)?.name ?? PARSERS.find((parser) => parser.id === id)?.tool ?? id;
}
/** The parsers people run on their own machine, by name: "foreman or honcho". */
function localRunnerNames(conjunction = 'and') {
    return listNames(PARSERS.filter((parser) => parser.local).map((parser) => parserName(parser.id)), conjunction);
}
/** What a parser does with the line, in the plural ("skip it"); `null` when it stopped before the line. */
function outcomePhrase(outcome) {
    switch (outcome.kind) {
        case 'reads':
        case 'corrects': {
            const { line, commandLine } = outcome.entry;
            if (commandLine !== line)
                return `take line ${commandLine} as its command`;
            return outcome.kind === 'reads' ? 'read it' : 'accept it with a warning';
        }
        case 'takes-as-command':
            return `take it as the command of line ${outcome.ofLine}`;
        case 'skips':
            return 'skip it';
        case 'rejects':
            return 'reject the whole Procfile';
        case 'stopped-earlier':
            return null;
    }
}
/**
 * The platform's outcome for a line, then how the other parsers differ: "Code Capsules skips it, as do foreman and
 * honcho; Heroku accepts it with a warning and Dokku reads it".
 */
function storyOf(readings, line, platformParser) {
    const own = outcomePhrase(outcomeOf(readings[platformParser], line));
    const alike = [];
    const unlike = [];
    for (const parser of PARSERS) {
        if (parser.id === platformParser)
            continue;
        const other = outcomePhrase(outcomeOf(readings[parser.id], line));
        if (other !== null && other === own)
            alike.push(parserName(parser.id));
        else
            unlike.push([parserName(parser.id), other]);
    }
    const head = `${parserName(platformParser)} ${own ? thirdPerson(own) : 'never gets to it'}${alike.length > 0 ? `, as ${alike.length === 1 ? 'does' : 'do'} ${listNames(alike)}` : ''}`;
    const rest = whoDoesWhat(unlike);
    return rest ? `${head}; ${rest}` : head;
}
/** Each parser but the platform's, by name, with what `phrase` says it does (`null`: leave it out), grouped. */
function othersDo(platformParser, phrase) {
    return whoDoesWhat(PARSERS.filter((parser) => parser.id !== platformParser).map((parser) => [parserName(parser.id), phrase(parser.id)]));
}
/** The same for every parser, the platform's first. */
function allDo(platformParser, phrase) {
    const ordered = [...PARSERS].sort((a, b) => Number(b.id === platformParser) - Number(a.id === platformParser));
    return whoDoesWhat(ordered.map((parser) => [parserName(parser.id), phrase(parser.id)]));
}
/** The verb of a plural phrase in the third person singular: "strip it" -> "strips it", "pass it" -> "passes it". */
function thirdPerson(phrase) {
    return phrase.replace(/^(\w+)/, (verb) => (/(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`));
}
/**
 * Parsers grouped by what they do, in the order first met, each phrase given in the plural (`null`: leave the parser
 * out): "Code Capsules and honcho strip it, Heroku rejects the Procfile and foreman passes it to bash".
 */
function whoDoesWhat(items) {
    const groups = new Map();
    for (const [name, phrase] of items) {
        if (phrase !== null)
            groups.set(phrase, [...(groups.get(phrase) ?? []), name]);
    }
    return listNames([...groups].map(([phrase, names]) => `${listNames(names)} ${names.length === 1 ? thirdPerson(phrase) : phrase}`));
}
/** "a", "a and b", "a, b and c". */
function listNames(names, conjunction = 'and') {
    return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/rules/control-character.ts






/** C0 controls but tab, DEL and C1 controls. The CR of a CRLF line ending is not part of the line's text. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const controlCharacter = {
    scope: 'procfile',
    meta: {
        id: 'control-character',
        description: 'A line contains a control character (a lone carriage return, NUL, escape, ...) that reaches the shell or splits the line.',
        severity: everywhere('error'),
        tags: ['encoding'],
    },
    *check(context) {
        const { procfile } = context;
        if (procfile.source.encoding !== 'utf-8')
            return;
        for (const line of procfile.lines) {
            const found = CONTROL.exec(line.text);
            if (found)
                yield report(context, line, found[0], found.index);
        }
    },
};
function report({ platform, readings }, line, char, index) {
    const column = columnAt(line.text, index);
    const range = { line: line.number, column, endLine: line.number, endColumn: column + 1 };
    const story = storyOf(readings, line.number, platform.parser);
    if (char === '\r' && index === line.text.length - 1 && line.ending === '') {
        const fates = trailingCarriageReturn(readings, line.number, platform.parser);
        return {
            range,
            severity: fates.harmless ? 'warning' : 'error',
            message: `The file ends with a carriage return (\`\\r\`) and no line feed: ${fates.text}. ` +
                'End the file with a plain line feed.',
        };
    }
    if (char === '\r') {
        const splitting = PARSERS.filter((parser) => splitsAt(readings, parser.id, line, index)).map((parser) => parserName(parser.id));
        const instead = splitting.length > 0 ? `; ${listNames(splitting)} ${splitting.length === 1 ? 'starts' : 'start'} a new line there instead` : '';
        return {
            range,
            message: `The line contains a carriage return (\`\\r\`) that does not end it: ${story}. Where the line is read, bash gets ` +
                `the \`\\r\` inside the command${instead}. Replace it with a line feed, or delete it.`,
        };
    }
    const effect = char === '\u0000'
        ? 'a command line cannot carry a NUL byte: depending on the launcher the process fails to start or the command is cut there'
        : 'bash receives it as part of the command, where it is invisible in logs and editors';
    return { range, message: `The line contains the control character \`${quote_visible(char)}\`: ${effect}. Delete it.` };
}
/** Whether `parser` ends the line's command at the carriage return at `index` (a line break to it, as to honcho). */
function splitsAt(readings, parser, line, index) {
    const entry = readings[parser].entryOn.get(line.number);
    return entry !== undefined && index > line.text.indexOf(':') && !entry.command.includes('\r');
}
/** What each parser does with a carriage return that ends the file, the platform first; harmless if it strips it. */
function trailingCarriageReturn(readings, line, own) {
    const fate = (parser) => {
        const outcome = outcomeOf(readings[parser], line);
        if (outcome.kind === 'rejects')
            return 'reject the Procfile';
        if (outcome.kind !== 'reads' && outcome.kind !== 'corrects')
            return null;
        return outcome.entry.command.includes('\r') ? 'pass it to bash at the end of the command' : 'strip it';
    };
    return { text: allDo(own, fate), harmless: fate(own) === 'strip it' };
}

;// CONCATENATED MODULE: ./src/rules/crlf-line-endings.ts


const crlfLineEndings = {
    scope: 'procfile',
    meta: {
        id: 'crlf-line-endings',
        description: 'Lines end with CRLF (Windows) instead of LF.',
        severity: everywhere('warning'),
        tags: ['encoding'],
    },
    *check({ procfile, platform }) {
        const crlf = procfile.lines.filter((line) => line.ending === '\r\n');
        const first = crlf[0];
        if (!first)
            return;
        const which = crlf.length === 1 ? `Line ${first.number} ends` : `${crlf.length} lines, from line ${first.number}, end`;
        const column = columnAt(first.text, first.text.length);
        yield {
            range: { line: first.number, column, endLine: first.number, endColumn: column + 1 },
            message: `${which} with CRLF (\`\\r\\n\`). ${platform.name} strips the \`\\r\`, but tools that read the file raw ` +
                'pass it to bash as part of the last argument (`$PORT\\r`), and node-foreman rejects blank CRLF lines. ' +
                'Convert the file to LF (`dos2unix Procfile`) and add `Procfile text eol=lf` to `.gitattributes`.',
        };
    },
};

;// CONCATENATED MODULE: ./src/rules/default-start-fails.ts





/**
 * Without a Procfile the platform starts its own default (src/commands/defaults.ts, from pkg/nodejs/npm.go
 * DefaultStartCommand, cmd/python/missing_entrypoint, heroku-buildpack-nodejs bin/release); this rule says when that
 * default cannot work. A default that does not exist at all is procfile-missing's.
 */
const defaultStartFails = {
    scope: 'repository',
    meta: {
        id: 'default-start-fails',
        description: "There is no Procfile, and the command the platform starts by default for the app's language would fail.",
        severity: { codecapsules: 'error', heroku: 'error', dokku: 'error' },
        tags: ['language', 'discovery'],
    },
    *check(context) {
        const { hasProcfile, procfileProblem, detection, platform, discovery, files } = context;
        if (hasProcfile || procfileProblem || !files.complete || (detection.dockerfile && platform.dockerfileStartsApp))
            return;
        if (discovery.nested.length > 0 || discovery.nearMisses.some((miss) => miss.kind !== 'variant'))
            return;
        const start = defaultStartOf(platform, detection, files);
        if (start?.kind !== 'command')
            return;
        const report = problemOf(context, start);
        if (report)
            yield report;
    },
};
function problemOf(context, start) {
    const { platform, files, facts, discovery } = context;
    const root = discovery.root.relative === '' ? 'Procfile' : `${discovery.root.relative}/Procfile`;
    const intro = `There is no Procfile, so ${platform.name} starts ${quote(start.command)} (its default, because ${start.why})`;
    const pkg = facts.packageJson();
    const builds = pkg !== null && pkg !== 'invalid' && BUILD_SCRIPTS.some((name) => name in pkg.scripts);
    const script = /^node (\S+)$/.exec(start.command)?.[1];
    if (script && !builds && !files.exists(script)) {
        return {
            file: evidenceFile(context),
            range: START_OF_FILE,
            message: `${intro}, but there is no ${quote(script)} and no build script creates one, so node exits with "Cannot find module". Add a "start" script to package.json or ${quote(root)} with the command that starts the app.`,
        };
    }
    const npmStart = start.command === 'npm start' || start.command === 'npm run start';
    if (npmStart && pkg !== null && pkg !== 'invalid' && !('start' in pkg.scripts) && !files.exists('server.js')) {
        return {
            file: evidenceFile(context),
            range: START_OF_FILE,
            message: `${intro}, but package.json has no "start" script and there is no server.js, so npm fails with "Missing script: start". Add a "start" script or ${quote(root)}.`,
        };
    }
    if (start.fixedPort !== undefined && start.fixedPort !== platform.port.defaultValue && !platform.port.random) {
        const verdict = fixedPortVerdict(platform, start.fixedPort);
        return {
            file: evidenceFile(context),
            range: START_OF_FILE,
            severity: verdict.severity,
            message: `${intro}, which listens on port ${start.fixedPort}: ${verdict.why}. Add ${quote(root)} with a command that listens on \`$PORT\`, or change the setting.`,
        };
    }
    return null;
}
function evidenceFile({ detection, discovery }) {
    const evidence = detection.evidence[0] ?? 'package.json';
    return discovery.root.relative === '' ? evidence : `${discovery.root.relative}/${evidence}`;
}

;// CONCATENATED MODULE: ./src/rules/dev-server.ts


const DEV_SCRIPTS = new Set(['dev', 'develop', 'watch', 'serve:dev', 'start:dev']);
const devServer = {
    scope: 'procfile',
    meta: {
        id: 'dev-server',
        description: 'The `web` process runs a development server (flask run, manage.py runserver, nodemon, ...) in production.',
        severity: everywhere('warning'),
        tags: ['command'],
    },
    *check(context) {
        const line = context.facts.webLine();
        const main = line ? context.facts.command(line).main : null;
        if (!line || !main)
            return;
        const script = main.script && DEV_SCRIPTS.has(main.script.name) ? main.script : null;
        const why = main.program?.devServer?.why ?? (script ? `the \`${script.name}\` script usually starts a development server` : null);
        if (!why)
            return;
        yield {
            range: commandRange(line, main.name.start, (script?.word ?? main.name).end),
            message: `The web process runs ${quote(script ? `${script.tool} run ${script.name}` : (main.program?.label ?? main.name.value))}, ${why}: ` +
                `it is slow, single-threaded or restarts on file changes. ${advice(main.program?.devServer?.instead, main.program?.language, context.files)}`,
        };
    },
};
function advice(instead, language, files) {
    if (instead) {
        const project = files.rootEntries.find((entry) => files.exists(`${entry}/wsgi.py`)) ?? '<project>';
        return `Serve with ${instead.split(' ')[0]}: ${quote(instead.replace('<project>', project))}.`;
    }
    if (language === 'python')
        return 'Serve with gunicorn (WSGI) or uvicorn (ASGI), for example `gunicorn app:app --bind 0.0.0.0:$PORT`.';
    if (language === 'node')
        return 'Build the app and start it with `node` or `npm start`.';
    if (language === 'php')
        return 'Serve with `heroku-php-apache2` or `heroku-php-nginx`.';
    return 'Start a production server instead.';
}

;// CONCATENATED MODULE: ./src/rules/dockerfile-present.ts


/**
 * A Docker Capsule is a capsule type of its own, chosen when the capsule is created (codecapsules-io/docusaurus-docs
 * docs/backend/docker): a Dockerfile never makes a Backend Capsule ignore its Procfile, and buildpacks never read it.
 */
const dockerfilePresent = {
    scope: 'repository',
    meta: {
        id: 'dockerfile-present',
        description: 'A Dockerfile sits beside the Procfile: a Docker deployment, if chosen, would not use the Procfile.',
        severity: { codecapsules: 'notice' },
        tags: ['discovery'],
    },
    *check({ discovery, detection, platform, hasProcfile }) {
        const alternative = platform.dockerfileAlternative;
        if (!detection.dockerfile || !alternative || !hasProcfile || !discovery.procfile)
            return;
        yield {
            file: discovery.procfile,
            range: START_OF_FILE,
            message: `There is a Dockerfile beside ${quote(discovery.procfile)}. A backend capsule builds with buildpacks and uses this ` +
                `Procfile; if the app is deployed as ${alternative} instead, ${platform.name} builds the Dockerfile and runs its CMD, ` +
                'and the Procfile is not used: make sure the Dockerfile starts the same command.',
        };
    },
};

;// CONCATENATED MODULE: ./src/rules/duplicate-process-type.ts



const duplicateProcessType = {
    scope: 'procfile',
    meta: {
        id: 'duplicate-process-type',
        description: 'The same process type is declared on more than one line; platforms disagree on which one runs.',
        severity: everywhere('error'),
        tags: ['syntax'],
    },
    *check({ procfile, platform, reading, readings }) {
        const groups = new Map();
        for (const line of processLines(procfile)) {
            if (reading.swallowedLines.has(line.number))
                continue;
            const key = platform.processTypeName.key(line.type.text);
            const group = groups.get(key);
            if (group)
                group.push(line);
            else
                groups.set(key, [line]);
        }
        for (const [key, [first, ...repeats]] of groups) {
            if (!first || repeats.length === 0)
                continue;
            const numbers = [first, ...repeats].map((line) => line.number);
            const verdicts = whoRunsWhat(readings, platform.parser, numbers);
            for (const line of repeats) {
                const type = line.type.text;
                const alias = first.type.text === type ? '' : ` as ${quote(first.type.text)}, the same name to ${platform.name}`;
                yield {
                    range: rangeOf(line, line.type),
                    message: `${quote(type)} is declared again (first on line ${first.number}${alias}): ${verdicts}. ` +
                        `Keep a single ${quote(alias ? key : type)} line.`,
                };
            }
        }
    },
};
/** "Code Capsules runs only line 2; Heroku runs only line 5, foreman starts them all, honcho rejects the Procfile". */
function whoRunsWhat(readings, own, lines) {
    const verdict = (reading) => {
        if (reading.failure?.line != null)
            return 'reject the Procfile';
        const types = lines.flatMap((line) => reading.entryOn.get(line)?.type ?? []);
        if (types.length > 1 && new Set(types).size === types.length)
            return 'see different process types';
        const running = lines.filter((line) => reading.running.has(reading.entryOn.get(line)));
        if (running.length === 0)
            return 'run none of them';
        if (running.length === lines.length)
            return 'start them all';
        return `run only line ${listNames(running.map(String))}`;
    };
    return `${parserName(own)} ${thirdPerson(verdict(readings[own]))}; ${othersDo(own, (parser) => verdict(readings[parser]))}`;
}

;// CONCATENATED MODULE: ./src/rules/empty-command.ts




const emptyCommand = {
    scope: 'procfile',
    meta: {
        id: 'empty-command',
        description: 'A process type has no command after its colon.',
        severity: everywhere('error'),
        tags: ['syntax'],
    },
    *check(context) {
        for (const line of context.procfile.lines) {
            if (line.kind === 'process' && line.command.text === '')
                yield empty_command_report(context, line);
        }
    },
};
function empty_command_report({ procfile, platform, reading, readings }, line) {
    const type = line.type.text;
    const range = { ...rangeOf(line, line.type), endColumn: line.colonColumn + 1 };
    const fix = `Put the command on the same line: ${quote(`${type}: <command>`)}.`;
    const outcome = outcomeOf(reading, line.number);
    const story = storyOf(readings, line.number, platform.parser);
    if (outcome.kind !== 'reads' && outcome.kind !== 'corrects') {
        return { range, message: `${quote(type)} has no command: ${story}. ${fix}` };
    }
    const entry = outcome.entry;
    if (entry.commandLine === line.number) {
        return { range, message: `${quote(type)} has no command: ${platform.name} would start it with an empty command. ${fix}` };
    }
    const taken = procfile.lines[entry.commandLine - 1];
    const lostProcess = taken?.kind === 'process';
    const runsNothing = entry.command === '' || entry.command.startsWith('#');
    const consequence = lostProcess
        ? `, so ${quote(type)} would run ${quote(entry.command)} and the process declared there is lost`
        : runsNothing
            ? `, which starts nothing (${entry.command === '' ? 'it is blank' : 'bash reads it as a comment'})`
            : `; that works there by accident, but no other parser reads it so`;
    return {
        range,
        severity: lostProcess || runsNothing ? 'error' : 'warning',
        message: `${quote(type)} has no command on its line, and ${platform.name} takes line ${entry.commandLine} as its command` +
            `${consequence}. ${fix}`,
    };
}

;// CONCATENATED MODULE: ./src/rules/hardcoded-port.ts



const hardcodedPort = {
    scope: 'procfile',
    meta: {
        id: 'hardcoded-port',
        description: 'The `web` server is told to listen on a fixed port number instead of `$PORT`.',
        // A warning where `$PORT` is a setting (src/commands/runtime.ts fixedPortVerdict), an error where it is random.
        severity: { codecapsules: 'warning', heroku: 'error', 'heroku-fir': 'error', dokku: 'warning' },
        tags: ['command'],
    },
    *check(context) {
        const server = context.facts.webServer();
        const port = server?.listen.port;
        if (!server || !port || port.usesPort || !/^\d+$/.test(port.value))
            return;
        const verdict = fixedPortVerdict(context.platform, Number(port.value));
        yield {
            range: commandRange(server.line, port.word.start, port.word.end),
            severity: verdict.severity,
            message: `${quote(server.program.label)} is told to listen on port ${port.value}: ${verdict.why}. ${port.setsPort
                ? 'Remove the assignment to `PORT`: the platform sets it.'
                : `Use ${quote(port.word.text.replace(port.value, '$PORT'))} instead.`}`,
        };
    },
};

;// CONCATENATED MODULE: ./src/rules/invalid-config.ts

const invalidConfig = {
    scope: 'repository',
    meta: {
        id: 'invalid-config',
        description: '`.procfile-lint.yml` or a `procfile-lint-disable-next-line` comment names an unknown rule or setting, so it does not do what it says.',
        severity: everywhere('error'),
        tags: ['config'],
    },
    *check({ configProblems }) {
        for (const problem of configProblems)
            yield { file: problem.file, range: problem.range, message: problem.message };
    },
};

;// CONCATENATED MODULE: ./src/rules/invalid-encoding.ts


const invalidEncoding = {
    scope: 'procfile',
    meta: {
        id: 'invalid-encoding',
        description: 'The file is not UTF-8: it is UTF-16, or contains bytes that are not valid UTF-8.',
        severity: everywhere('error'),
        tags: ['encoding'],
    },
    *check({ procfile, platform }) {
        const { source } = procfile;
        if (source.encoding !== 'utf-8') {
            yield {
                range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
                message: `The file is ${source.encoding.toUpperCase()} (${source.bom ? 'it starts with a UTF-16 byte order mark' : 'without a byte order mark: every other byte is NUL'}). ${platform.name} reads ` +
                    'Procfiles as UTF-8, where every other byte of UTF-16 is NUL, so no line can be read. ' +
                    'Save it as UTF-8 (PowerShell: `Set-Content -Encoding utf8NoBOM`; VS Code: "Save with Encoding").',
            };
            return;
        }
        const offset = source.invalidOffsets[0];
        if (offset === undefined)
            return;
        const line = lineAtOffset(source.lines, offset);
        const column = columnAt(line.text, offset - line.start);
        const more = source.invalidOffsets.length > 1 ? ` (and ${source.invalidOffsets.length - 1} more)` : '';
        yield {
            range: { line: line.number, column, endLine: line.number, endColumn: column + 1 },
            message: `The file contains bytes that are not valid UTF-8${more}, shown as \`\\u{FFFD}\`. The platforms read it as UTF-8, ` +
                'and the shell gets these bytes as they are. Re-save the file as UTF-8 (it was probably written as Latin-1 or Windows-1252).',
        };
    },
};

;// CONCATENATED MODULE: ./src/rules/invalid-line.ts



/** Process types common enough that `web java -jar app.jar` is surely `web:` with its colon missing. */
const WELL_KNOWN_TYPES = new Set(['web', 'worker', 'release', 'clock', 'scheduler', 'beat', 'cron', 'bot', 'console']);
const CONFLICT_MARKER = /^(<{7}|={7}|>{7}|\|{7})(\s|$)/u;
const invalidLine = {
    scope: 'procfile',
    meta: {
        id: 'invalid-line',
        description: 'A line is neither a `<process type>: <command>` line, a `#` comment nor blank.',
        severity: everywhere('error'),
        tags: ['syntax'],
    },
    *check({ procfile, platform, reading, readings }) {
        for (const line of procfile.lines) {
            if (line.kind !== 'invalid' || reading.swallowedLines.has(line.number))
                continue;
            const text = line.text.trim();
            yield {
                range: { ...rangeOf(line), column: line.indent ? line.indent.endColumn : 1 },
                message: `${diagnosis(line, text)} ${storyOf(readings, line.number, platform.parser)}.`,
            };
        }
    },
};
function diagnosis(line, text) {
    if (CONFLICT_MARKER.test(text)) {
        return `${quote(text)} is a merge conflict marker: resolve the conflict and keep one version of the lines.`;
    }
    const [first = '', ...rest] = text.split(/\s+/u);
    if (line.reason === 'no-colon' && rest.length > 0 && WELL_KNOWN_TYPES.has(first.toLowerCase())) {
        return `${quote(text)} lacks the \`:\` after ${quote(first)}: write ${quote(`${first}: ${rest.join(' ')}`)}.`;
    }
    const asCommand = `prefix it with its process type (${quote(line.reason === 'no-type' ? `web${text}` : `web: ${text}`)})`;
    const hint = `If it is a command, ${asCommand}; if it is a note, start it with \`#\`.`;
    if (line.reason === 'no-colon')
        return `${quote(text)} is not a \`<process type>: <command>\` line: it has no \`:\`. ${hint}`;
    if (line.reason === 'no-type')
        return `${quote(text)} has nothing before its \`:\`, so it declares no process type. ${hint}`;
    const type = text.slice(0, text.indexOf(':')).trim();
    return `${quote(type)} before the \`:\` is not a process type: process types are single words. ${hint}`;
}

;// CONCATENATED MODULE: ./src/rules/language-mismatch.ts




const languageMismatch = {
    scope: 'procfile',
    meta: {
        id: 'language-mismatch',
        description: 'A process runs a program of another language than the one the platform builds the app as, whose runtime is then missing.',
        severity: everywhere('warning'),
        tags: ['language'],
    },
    *check(context) {
        const { detection, platform, files } = context;
        const built = detection.language;
        if (!built || (platform.extraLanguage !== null && buildpacksConfigured(files.readText)))
            return;
        const name = (language) => languageInfo(language).name;
        for (const { line, type } of context.facts.processLines()) {
            const main = context.facts.command(line).main;
            const used = main?.language;
            if (!main || !used || used === built)
                continue;
            const candidate = detection.candidates.find((c) => c.language === used);
            // A root manifest of that language (requirements.txt) with no file that opts its builder in: the sources it
            // needs are missing from what was checked, so the build is not certain.
            const manifestOnly = !candidate && languageInfo(used).markers.some((marker) => files.rootEntries.includes(marker));
            const found = runtimeAvailability(platform, detection, used);
            const availability = found === 'absent' && manifestOnly ? 'unknown' : found;
            if (availability === 'installed')
                continue;
            const evidence = (detection.evidence.length > 0 ? detection.evidence : (detection.candidates.find((c) => c.language === built)?.evidence ?? []))
                .slice(0, 2)
                .map((file) => quote(file))
                .join(', ');
            const why = detection.overridden
                ? `the \`language\` setting says ${name(built)}`
                : candidate
                    ? `${platform.name} builds this app as ${name(built)} (${evidence}), which it tries before ${name(used)}`
                    : `this app has nothing that makes ${platform.name} install ${name(used)} (it builds it as ${name(built)}: ${evidence})`;
            const effect = availability === 'absent'
                ? `so ${quote(main.name.value)} is not installed and the process fails with "command not found" (${platform.builder.name} install only the runtime of the language they build)`
                : `so the ${name(used)} runtime may not be installed`;
            yield {
                range: commandRange(line, main.name.start, main.name.end),
                severity: availability === 'absent' ? 'error' : 'warning',
                message: `${quote(type)} runs ${quote(main.name.value)}, a ${name(used)} program, but ${why}, ${effect}. ` +
                    `Use a ${name(built)} command, or ${remedy(used, candidate !== undefined, platform.extraLanguage, detection.evidence[0])}.`,
            };
        }
    },
};
/** Heroku and Dokku install several buildpacks when the app lists them (`.buildpacks`, app.json `buildpacks`). */
function buildpacksConfigured(readText) {
    return readText('.buildpacks') !== null || /"buildpacks"\s*:/.test(readText('app.json') ?? '');
}
function remedy(used, present, extraLanguage, decidedBy) {
    const name = languageInfo(used).name;
    if (present && !extraLanguage && decidedBy)
        return `move or delete ${quote(decidedBy)}, which decides the build, so that the app is built as ${name}`;
    if (present)
        return extraLanguage ?? `make ${name} the language the app is built as`;
    const marker = quote(languageInfo(used).markers[0] ?? '');
    return `add what makes it a ${name} app (such as ${marker})${extraLanguage ? ` and ${extraLanguage}` : ''}`;
}

;// CONCATENATED MODULE: ./src/rules/leading-whitespace.ts





const leadingWhitespace = {
    scope: 'procfile',
    meta: {
        id: 'leading-whitespace',
        description: 'A process line is indented, which makes most parsers skip it.',
        severity: { codecapsules: 'error', heroku: 'error', 'heroku-fir': 'warning' },
        tags: ['syntax'],
    },
    *check({ procfile, platform, reading, readings }) {
        for (const line of procfile.lines) {
            if (line.kind !== 'process' || !line.indent)
                continue;
            const outcome = outcomeOf(reading, line.number);
            if (outcome.kind === 'reads' || outcome.kind === 'takes-as-command')
                continue;
            const unusual = Array.from(line.indent.text).some((char) => char !== ' ' && char !== '\t' && isSpace(char));
            yield {
                range: rangeOf(line, line.indent),
                severity: outcome.kind === 'corrects' ? 'warning' : 'error',
                message: `${quote(line.type.text)} is indented${unusual ? ` with ${quote(line.indent.text)}, an invisible character` : ''}: ` +
                    `${storyOf(readings, line.number, platform.parser)}. Remove the whitespace before the process type.`,
            };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/localhost-bind.ts



const localhostBind = {
    scope: 'procfile',
    meta: {
        id: 'localhost-bind',
        description: 'The `web` server listens only on 127.0.0.1 (localhost), where the platform\'s router cannot reach it.',
        severity: everywhere('error'),
        tags: ['command'],
    },
    *check(context) {
        const server = context.facts.webServer();
        if (!server || server.listen.undecidable)
            return;
        const { line, main, program, listen } = server;
        const unreachable = `the router of ${context.platform.name} connects from outside the container, so the app never answers`;
        if (listen.host && isLoopback(listen.host.value)) {
            yield {
                range: commandRange(line, listen.host.word.start, listen.host.word.end),
                message: `${quote(program.label)} is told to listen on ${quote(listen.host.value)}, which only the container itself can reach: ${unreachable}. Listen on \`0.0.0.0\` instead.`,
            };
            return;
        }
        const usesDefault = !listen.host && !listen.facts.readsPort && isLoopback(listen.facts.defaultHost);
        if (usesDefault) {
            yield {
                range: commandRange(line, main.name.start, main.name.end),
                message: `${quote(program.label)} listens on ${listen.facts.defaultHost} unless told otherwise: ${unreachable}. Add ${quote(program.listenFix?.host ?? '--host 0.0.0.0')}.`,
            };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/missing-web.ts


const missingWeb = {
    scope: 'procfile',
    meta: {
        id: 'missing-web',
        description: 'No `web` process is declared, and the platform needs one to start the app.',
        severity: { codecapsules: 'error' },
        tags: ['syntax'],
    },
    *check({ procfile, platform }) {
        if (!platform.missingWebError)
            return;
        const processes = processLines(procfile);
        if (processes.length === 0 || processes.some((line) => line.type.text === 'web'))
            return;
        yield {
            message: `No \`web\` process is declared, and ${platform.name} needs one: the build fails ` +
                `("${platform.missingWebError}"). ${hint(processes)}`,
        };
    },
};
function hint(processes) {
    const otherCase = processes.find((line) => line.type.text.toLowerCase() === 'web');
    if (otherCase) {
        return `Line ${otherCase.number} declares ${quote(otherCase.type.text)}: process types are case-sensitive, write \`web\`.`;
    }
    const only = processes.length === 1 ? processes[0] : undefined;
    if (only) {
        return `If ${quote(only.type.text)} on line ${only.number} is the process to run, name it \`web\`.`;
    }
    return 'Add a line `web: <command that serves HTTP on $PORT>`.';
}

;// CONCATENATED MODULE: ./src/rules/node-entry-missing.ts




const nodeEntryMissing = {
    scope: 'procfile',
    meta: {
        id: 'node-entry-missing',
        description: 'A `node` command starts a script that is not in the repository and is not built during deployment.',
        severity: everywhere('error'),
        tags: ['command'],
    },
    *check(context) {
        const { files } = context;
        if (!files.complete)
            return;
        const pkg = context.facts.packageJson();
        const builds = pkg !== null && pkg !== 'invalid' && BUILD_SCRIPTS.some((name) => name in pkg.scripts);
        for (const { line, type } of context.facts.processLines()) {
            for (const invocation of context.facts.command(line).invocations) {
                const file = invocation.file;
                if (invocation.program?.id !== 'node-script' || !file || file.dynamic || invocation.cwd === null)
                    continue;
                if (file.value.startsWith('/') || builds)
                    continue;
                const path = posix_namespaceObject.join(invocation.cwd, file.value);
                const candidates = [path, `${path}.js`, `${path}.mjs`, `${path}.cjs`, `${path}/index.js`];
                if (candidates.some((candidate) => files.exists(candidate) && (candidate !== path || !files.isDirectory(path))))
                    continue;
                yield {
                    range: commandRange(line, file.start, file.end),
                    message: `${quote(type)} runs ${quote(`node ${file.value}`)}, but ${quote(path)} is not in the repository and no build script ` +
                        `(${BUILD_SCRIPTS.slice(0, 2).map((name) => quote(name)).join(', ')}, ...) creates it, so node exits with "Cannot find module". Fix the path or commit the file.`,
                };
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/npm-start-no-script.ts


const npmStartNoScript = {
    scope: 'procfile',
    meta: {
        id: 'npm-start-no-script',
        description: '`npm start` (or `npm run <script>`, yarn, pnpm) names a script that package.json does not define.',
        severity: everywhere('error'),
        tags: ['command'],
    },
    *check(context) {
        const { files } = context;
        if (!files.complete)
            return;
        const pkg = context.facts.packageJson();
        for (const { line, type } of context.facts.processLines()) {
            for (const invocation of context.facts.command(line).invocations) {
                const script = invocation.script;
                if (!script || invocation.cwd !== '')
                    continue;
                const range = commandRange(line, invocation.name.start, script.word.end);
                const run = quote(`${script.tool} ${script.name === 'start' ? 'start' : `run ${script.name}`}`);
                if (pkg === null) {
                    yield { range, message: `${quote(type)} runs ${run}, but there is no package.json at the app root, so it fails with ENOENT. Commit package.json or change the command.` };
                }
                else if (pkg === 'invalid') {
                    yield { range, message: `${quote(type)} runs ${run}, but package.json is not a valid JSON object, so ${script.tool} cannot read it. Fix package.json.` };
                }
                else if (!(script.name in pkg.scripts) && !(script.name === 'start' && files.exists('server.js'))) {
                    const fallback = script.name === 'start' ? ' (without one, npm would run `node server.js`, and there is no server.js)' : '';
                    yield {
                        range,
                        message: `${quote(type)} runs ${run}, but package.json has no ${quote(script.name)} script${fallback}, so it fails with "Missing script". ` +
                            `Add ${quote(`"${script.name}": "node <entry file>"`)} to "scripts" in package.json.`,
                    };
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/portability.ts





const portability_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/u;
const portability = {
    scope: 'procfile',
    meta: {
        id: 'portability',
        description: 'A line the platform reads as intended is read differently by other platforms or local runners.',
        severity: everywhere('notice'),
        tags: ['portability'],
    },
    *check({ procfile, platform, reading, readings }) {
        // A file that is not clean UTF-8 is rejected by some parsers as a whole; its encoding rules say so already.
        const { source } = procfile;
        if (source.encoding !== 'utf-8' || source.invalidOffsets.length > 0)
            return;
        const seen = new Set();
        for (const line of processLines(procfile)) {
            const repeated = seen.has(line.type.text);
            seen.add(line.type.text);
            const own = outcomeOf(reading, line.number);
            // Repeated types, control characters and swallowed lines have rules of their own that compare parsers already.
            const hiddenByBom = source.bom && line.number === 1;
            if (own.kind !== 'reads' || own.entry.commandLine !== line.number || repeated || hiddenByBom || portability_CONTROL.test(line.text))
                continue;
            const differences = othersDo(platform.parser, (parser) => differenceOf(outcomeOf(readings[parser], line.number), own.entry));
            if (!differences)
                continue;
            yield {
                range: rangeOf(line),
                message: `${platform.name} reads this line as intended, but ${differences}. ` +
                    `Write it so that every parser agrees if the app may run elsewhere (locally with ${localRunnerNames('or')}, or on another platform).`,
            };
        }
    },
};
/** How another parser's reading differs from the platform's, as a phrase in the plural; `null` when it does not. */
function differenceOf(outcome, own) {
    switch (outcome.kind) {
        case 'stopped-earlier':
            return null;
        case 'skips':
            return 'skip it';
        case 'rejects':
            return 'reject the whole Procfile';
        case 'takes-as-command':
            return `take it as the command of line ${outcome.ofLine}`;
        case 'reads':
        case 'corrects':
            if (outcome.entry.type !== own.type)
                return `rename ${quote(own.type)} to ${quote(outcome.entry.type)}`;
            if (sameForBash(outcome.entry.command.trim(), own.command.trim()))
                return null;
            return `run ${quote(outcome.entry.command.trim())}`;
    }
}
/**
 * Whether bash runs the same thing: Dokku cuts a trailing ` # comment` off a command, which bash ignores anyway,
 * unless the cut falls inside quotes (`echo "a #b"`), which leaves a command bash refuses. Either side may be Dokku's.
 */
function sameForBash(theirs, ours) {
    if (theirs === ours)
        return true;
    const [cut, whole] = theirs.length < ours.length ? [theirs, ours] : [ours, theirs];
    return whole.startsWith(cut) && /^\s+#/.test(whole.slice(cut.length)) && analyzeShell(cut).errors.length === 0;
}

;// CONCATENATED MODULE: ./src/rules/process-type-name.ts




const processTypeName = {
    scope: 'procfile',
    meta: {
        id: 'process-type-name',
        description: 'A process type uses characters the platform does not accept in a name.',
        severity: everywhere('error'),
        tags: ['syntax'],
    },
    *check({ procfile, platform, reading, readings }) {
        for (const line of procfile.lines) {
            if (line.kind !== 'process' || platform.processTypeName.isValid(line.type.text))
                continue;
            const outcome = outcomeOf(reading, line.number);
            if (outcome.kind === 'reads' || outcome.kind === 'takes-as-command')
                continue;
            const type = line.type.text;
            const suggestion = platform.processTypeName.suggest(type);
            const effect = outcome.kind === 'corrects'
                ? `${platform.name} renames it to ${quote(outcome.entry.type)} with a warning`
                : storyOf(readings, line.number, platform.parser);
            yield {
                range: rangeOf(line, line.type),
                severity: outcome.kind === 'corrects' ? 'warning' : 'error',
                message: `${quote(type)} is not a process type name ${platform.name} accepts: names must ${platform.processTypeName.rule}. ` +
                    `${effect}. Rename it, for example to ${quote(suggestion)}.`,
            };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/procfile-empty.ts
const procfileEmpty = {
    scope: 'procfile',
    meta: {
        id: 'procfile-empty',
        description: 'The Procfile declares no process: it is empty or holds only comments and blank lines.',
        severity: { codecapsules: 'error', heroku: 'warning', 'heroku-fir': 'warning', dokku: 'error' },
        tags: ['syntax'],
    },
    *check({ procfile, platform, reading }) {
        if (procfile.lines.some((line) => line.kind === 'process' || line.kind === 'invalid'))
            return;
        const what = procfile.lines.length === 0 ? 'is empty' : 'holds only comments and blank lines';
        const outcome = reading.failure
            ? `${platform.name} fails the build ("${reading.failure.message}")`
            : `${platform.name} would start nothing`;
        yield {
            message: `The Procfile ${what}, so ${outcome}. Add a line such as \`web: <command that starts your app>\`, ` +
                'or delete the file if the start command is set elsewhere (a Run Command in the platform settings).',
        };
    },
};

;// CONCATENATED MODULE: ./src/rules/procfile-misnamed.ts


const HOW_IT_IS_OFF = {
    case: 'differs from `Procfile` only in letter case, and the name is case-sensitive',
    extension: 'has an extension, and the name must be exactly `Procfile` with none (Windows hides known extensions)',
    whitespace: 'has spaces around its name, and the name must be exactly `Procfile`',
    typo: 'is one letter away from `Procfile`',
    variant: 'is a variant that platforms never read (foreman reads it only with `-f`)',
};
const procfileMisnamed = {
    scope: 'repository',
    meta: {
        id: 'procfile-misnamed',
        description: 'A file at the app root looks like a Procfile but is not named exactly `Procfile`, so it is ignored.',
        severity: everywhere('error'),
        tags: ['discovery'],
    },
    *check({ discovery, platform, hasProcfile }) {
        const target = discovery.root.relative === '' ? 'Procfile' : `${discovery.root.relative}/Procfile`;
        for (const miss of discovery.nearMisses) {
            if (miss.kind === 'variant' && hasProcfile)
                continue;
            const ignored = `${quote(miss.path)} ${HOW_IT_IS_OFF[miss.kind]}, so ${platform.name} ignores it.`;
            yield {
                file: miss.path,
                range: START_OF_FILE,
                severity: miss.kind === 'variant' ? 'notice' : hasProcfile ? 'warning' : 'error',
                message: `${ignored} ${fix(miss, target, hasProcfile)}`,
            };
        }
    },
};
function fix(miss, target, hasProcfile) {
    if (hasProcfile)
        return `Delete it, or move what it declares into ${quote(target)}.`;
    if (miss.kind === 'variant')
        return `If it holds the processes to deploy, rename it: ${suggestCommand('git', 'mv', miss.path, target)}.`;
    return `Rename it: ${suggestCommand('git', 'mv', miss.path, target)}.`;
}

;// CONCATENATED MODULE: ./src/rules/procfile-missing.ts




const procfileMissing = {
    scope: 'repository',
    meta: {
        id: 'procfile-missing',
        description: "There is no Procfile, and the app's language has no default start command on the platform.",
        severity: everywhere('error'),
        tags: ['language', 'discovery'],
    },
    *check({ discovery, detection, platform, hasProcfile, procfileProblem, files, facts }) {
        // No group passes detection without a Procfile (a Gemfile and no *.rb on Google's buildpacks): nothing is built.
        const stranded = detection.language ? null : detection.matches.find(({ group }) => group.needsProcfile)?.group.language;
        const language = detection.language ?? stranded ?? null;
        if (hasProcfile || procfileProblem || !language)
            return;
        // The platform's own default, read from its builder (src/commands/defaults.ts); where it is not modelled, the list.
        if (detection.dockerfile && platform.dockerfileStartsApp)
            return;
        const explained = discovery.nested.length > 0 || discovery.nearMisses.some((miss) => miss.kind !== 'variant');
        if (explained)
            return;
        const root = discovery.root.relative === '' ? 'Procfile' : `${discovery.root.relative}/Procfile`;
        const at = (file) => (discovery.root.relative === '' ? file : `${discovery.root.relative}/${file}`);
        const elsewhere = platform.startCommandElsewhere
            ? ` If the start command is set as ${platform.startCommandElsewhere} instead, turn this rule off in .procfile-lint.yml (\`procfile-missing: off\`).`
            : '';
        const passed = passedOver(detection, files.rootEntries);
        if (passed) {
            const name = languageInfo(passed.language).name;
            yield {
                file: at(passed.marker),
                range: START_OF_FILE,
                message: `This is a ${name} app (${quote(passed.marker)}) with no Procfile, so ${platform.name} builds it as ${languageInfo(language).name} ` +
                    `(${detection.evidence.map((file) => quote(file)).join(', ')}): its ${name} builder (${passed.group}) runs only with a Procfile. ` +
                    `Add ${quote(root)} with ${quote(suggestion(passed.language, files, facts))}.${elsewhere}`,
            };
            return;
        }
        // The platform's own default, read from its builder (src/commands/defaults.ts); where it is not modelled, the list.
        const start = defaultStartOf(platform, detection, files);
        const nothingRuns = start ? start.kind !== 'command' : platform.languagesNeedingProcfile.includes(language);
        if (!nothingRuns)
            return;
        const evidence = detection.candidates.find((candidate) => candidate.language === language)?.evidence[0];
        yield {
            file: evidence ? (discovery.root.relative === '' ? evidence : `${discovery.root.relative}/${evidence}`) : root,
            range: START_OF_FILE,
            message: `This is a ${languageInfo(language).name} app${evidence ? ` (${quote(evidence)})` : ''} with no Procfile, and ${platform.name} ` +
                `has no default start command for ${languageInfo(language).name}, so nothing would run${start ? ` (${words(start)})` : ''}. Add ${quote(root)} with ` +
                `${quote(suggestion(language, files, facts))}.${elsewhere}`,
        };
    },
};
/**
 * A builder group that needs a Procfile, tried before the one that took the app, for a language whose manifest is at
 * the root (a Rails app's Gemfile beside its package.json): without the Procfile the app is built as the wrong language.
 */
function passedOver(detection, rootEntries) {
    const winner = detection.matches.findIndex(({ group }) => group === detection.group);
    if (winner === -1 || detection.overridden)
        return null;
    for (const { group } of detection.matches.slice(0, winner)) {
        const marker = languageInfo(group.language).markers.find((name) => rootEntries.includes(name));
        if (group.needsProcfile && group.language !== detection.language && marker)
            return { language: group.language, group: group.id, marker };
    }
    return null;
}
function words(start) {
    return start.kind === 'fails' ? `the build fails: ${quote(start.message, 200)}` : start.kind === 'none' ? start.why : '';
}
/** A first Procfile line that fits what the root files show. */
function suggestion(language, files, facts) {
    if (language === 'ruby') {
        return files.exists('config/application.rb')
            ? 'web: bundle exec rails server -b 0.0.0.0 -p $PORT'
            : 'web: bundle exec puma -b tcp://0.0.0.0:$PORT';
    }
    if (language !== 'python')
        return 'web: <command that serves HTTP on $PORT>';
    if (files.exists('manage.py')) {
        const project = files.rootEntries.find((entry) => files.exists(`${entry}/wsgi.py`));
        return `web: gunicorn ${project ?? '<project>'}.wsgi --bind 0.0.0.0:$PORT`;
    }
    const module = ['app', 'main', 'wsgi', 'server'].find((name) => files.exists(`${name}.py`)) ?? 'app';
    return facts.pythonDependencies().declares('fastapi')
        ? `web: uvicorn ${module}:app --host 0.0.0.0 --port $PORT`
        : `web: gunicorn ${module}:app --bind 0.0.0.0:$PORT`;
}

;// CONCATENATED MODULE: ./src/rules/procfile-not-root.ts


const procfileNotRoot = {
    scope: 'repository',
    meta: {
        id: 'procfile-not-root',
        description: 'A Procfile sits in a subdirectory, where platforms never look: only the one at the app root is read.',
        severity: everywhere('error'),
        tags: ['discovery'],
    },
    *check({ discovery, platform, hasProcfile }) {
        const root = discovery.root.relative;
        const target = root === '' ? 'Procfile' : `${root}/Procfile`;
        for (const nested of discovery.nested) {
            const folder = nested.slice(0, nested.lastIndexOf('/'));
            const where = `${quote(nested)} is not at the app root${root === '' ? '' : ` (${quote(root)})`}`;
            if (hasProcfile) {
                yield {
                    file: nested,
                    range: START_OF_FILE,
                    severity: 'warning',
                    message: `${where}, so ${platform.name} ignores it and uses ${quote(target)}. Delete it if it is a leftover.`,
                };
                continue;
            }
            yield {
                file: nested,
                range: START_OF_FILE,
                message: `${where}, and ${platform.name} only reads ${quote(target)}, ${discovery.procfile ? 'which cannot be read' : 'which does not exist'}. ` +
                    `Move it there (${suggestCommand('git', 'mv', nested, target)}), or, if ${quote(folder)} is the app, ` +
                    `deploy from that folder and lint it with the ${quote(`path: ${folder}`)} input.`,
            };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/procfile-unreadable.ts



/** What is wrong, and whether the platform is stuck too (`true`) or only procfile-lint refuses (`false`). */
const PROBLEMS = {
    missing: ['disappeared while it was being read', false],
    'dangling-link': ['is a symbolic link to a file that does not exist', true],
    'link-outside': ['is a symbolic link to a file outside the repository, which procfile-lint does not follow', true],
    'link-into-git': ['is a symbolic link into `.git`, where git keeps its own files (and actions/checkout the token), which procfile-lint does not follow', true],
    'link-loop': ['is a symbolic link that loops', true],
    directory: ['is a directory, not a file', true],
    'not-regular': ['is not a regular file (a FIFO, socket or device)', true],
    'too-large': [`is larger than ${MAX_PROCFILE_BYTES / 1024} KiB, the most procfile-lint reads (a real Procfile is a few lines)`, false],
    permission: ['cannot be read: permission denied', false],
    'io-error': ['could not be read', false],
};
const procfileUnreadable = {
    scope: 'repository',
    meta: {
        id: 'procfile-unreadable',
        description: 'The root `Procfile` is not a readable regular file inside the repository (a directory, a FIFO, a symlink out of the repository, too large).',
        severity: everywhere('error'),
        tags: ['discovery'],
    },
    *check({ discovery, procfileProblem, platform }) {
        if (!discovery.procfile || !procfileProblem)
            return;
        const [what, platformStuck] = PROBLEMS[procfileProblem];
        const consequence = platformStuck ? `, so it was not checked and ${platform.name} cannot use it either` : ', so it was not checked';
        yield {
            file: discovery.procfile,
            range: START_OF_FILE,
            message: `${quote(discovery.procfile)} ${what}${consequence}. Commit the Procfile as a plain text file at the app root.`,
        };
    },
};

;// CONCATENATED MODULE: ./src/rules/release-not-run.ts


/**
 * Code Capsules documents no release phase: migrations go in the Run Command (codecapsules-io/docusaurus-docs
 * docs/products/database-capsule/migrations.md), and its Django demo runs `migrate` inside `web:`. Whether anything
 * starts a `release:` line is unverified, so this stays a warning.
 */
const releaseNotRun = {
    scope: 'procfile',
    meta: {
        id: 'release-not-run',
        description: 'A `release` process is declared on a platform that documents no release phase, so it may never run.',
        severity: { codecapsules: 'warning' },
        tags: ['command'],
    },
    *check(context) {
        if (context.platform.processTypes.release === true)
            return;
        const lines = context.facts.processLines();
        const release = lines.find(({ type }) => type === 'release');
        if (!release)
            return;
        const web = lines.find(({ type }) => type === 'web');
        const combined = web ? quote(`web: ${release.line.command.text} && ${web.line.command.text}`, 160) : null;
        yield {
            range: rangeOf(release.line, release.line.type),
            message: `${quote('release')} runs before each release on Heroku and Dokku, but ${context.platform.name} documents no release phase ` +
                `(unverified): ${quote(release.line.command.text)} may never run. ` +
                `${combined ? `Run it at the start of the web command (${combined}) or` : 'Run it'} from the capsule's Run Command.`,
        };
    },
};

;// CONCATENATED MODULE: ./src/commands/herokuish.ts
/**
 * What herokuish does to a Procfile command on a Dokku buildpack deploy: `exec $(eval echo "$cmd")`
 * (gliderlabs/herokuish@fbc485e2 include/procfile.bash procfile-exec). `eval` runs `echo <cmd>` as a shell command,
 * and `exec` runs the words echo printed, so:
 * - `a && b`, `a; b`, `a | b`: `echo a` runs, then `b` runs inside the command substitution (its output captured),
 *   and `a` is exec'd only after `b` ends: `b` runs but `a` (a migration, a build) does not run first;
 * - `cd dir && b`: `b` runs from the app root, then `exec cd dir` fails (cd is not a program);
 * - `NAME=value cmd`: `exec NAME=value cmd` fails ("NAME=value: not found");
 * - `cmd > file`: echo's output goes to the file and `exec` gets nothing: the process ends at once;
 * - a quoted argument with a space (`-c 'a b'`, `--log-format "%(h)s %(r)s"`) is split into words.
 * (issue gliderlabs/herokuish#326, closed "That is correct"; #698 open.)
 */

const MAX_PROBLEMS = 3;
function herokuishProblems(command) {
    let script;
    try {
        script = parse(command);
    }
    catch {
        return [];
    }
    // A command bash refuses is shell-syntax's business.
    if ((script.errors ?? []).length > 0)
        return [];
    const problems = [];
    const statements = script.commands;
    const simple = topLevelCommands(statements);
    const first = simple[0];
    if (statements.length > 1 || simple.length > 1 || !first) {
        const cd = first?.name?.value === 'cd';
        const second = simple[1] ?? statements[1];
        problems.push({
            kind: cd ? 'cd' : 'sequence',
            start: first && cd ? first.pos : (second?.pos ?? 0),
            end: first && cd ? first.end : (second?.end ?? command.length),
            certain: false,
        });
    }
    if (first) {
        const assignment = first.prefix.find((item) => item.type === 'Assignment');
        if (assignment)
            problems.push({ kind: 'assignment', start: assignment.pos, end: assignment.end, certain: simple.length === 1 });
        const redirect = [...first.prefix, ...first.suffix].find((item) => item.type === 'Redirect' && ['>', '>>', '&>', '&>>', '>|'].includes(item.operator) && (item.descriptor === undefined || (item.descriptor.type === 'FileDescriptor' && item.descriptor.value === 1)));
        if (redirect && simple.length === 1)
            problems.push({ kind: 'redirect', start: redirect.pos, end: redirect.end, certain: true });
        const quoted = [first.name, ...first.suffix].find((item) => item?.type === 'Word' && item.text !== item.value && /\s/.test(item.value));
        if (quoted)
            problems.push({ kind: 'quotes', start: quoted.pos, end: quoted.end, certain: false });
    }
    return problems.slice(0, MAX_PROBLEMS);
}
/** The simple commands of the top-level lists, pipelines and and-or lists, not those inside substitutions or groups. */
function topLevelCommands(statements) {
    const found = [];
    const visit = (node) => {
        if (node.type === 'Command') {
            found.push(node);
            return;
        }
        if (node.type === 'Statement' || node.type === 'AndOr' || node.type === 'Pipeline')
            forEachChild(node, visit);
    };
    for (const statement of statements)
        visit(statement);
    return found;
}

;// CONCATENATED MODULE: ./src/rules/runner-shell-syntax.ts



const WHAT = {
    sequence: (part) => `only the last command runs, inside \`$(...)\`, and what comes before ${quote(part)} is exec'd only after it ends, so a migration or build step first does not run first`,
    cd: (part) => `${quote(part)} is lost: the rest runs from the app root, then \`exec cd\` fails (cd is not a program)`,
    assignment: (part) => `\`exec\` takes ${quote(part)} for the program to run and fails with "not found"`,
    redirect: (part) => `${quote(part)} sends echo's output to the file and leaves \`exec\` nothing to run, so the process ends at once`,
    quotes: (part) => `the quotes of ${quote(part)} are lost: the words are split at spaces, so it is not one argument any more`,
};
const FIX = {
    sequence: 'put the steps in a script (such as `bin/start`) and run that, or move a migration to a `release:` line',
    cd: 'use paths from the app root, or put the steps in a script',
    assignment: 'set the variable with `dokku config:set`, or write `env NAME=value <command>`',
    redirect: 'drop the redirect: Dokku collects the output itself',
    quotes: 'put the command in a script and run that',
};
/**
 * Dokku starts a buildpack app's process with herokuish's `exec $(eval echo "$cmd")` (gliderlabs/herokuish
 * include/procfile.bash procfile-exec), not `bash -c`; a Dockerfile deploy passes the command to the image's
 * ENTRYPOINT instead, so the rule is silent when a root Dockerfile decides the build.
 */
const runnerShellSyntax = {
    scope: 'procfile',
    meta: {
        id: 'runner-shell-syntax',
        description: "A command uses shell syntax that the platform's process runner does not execute as written (herokuish on Dokku).",
        severity: { dokku: 'warning' },
        tags: ['command'],
    },
    *check(context) {
        const { platform, detection } = context;
        if (platform.execution.kind !== 'herokuish-exec' || detection.dockerfile)
            return;
        for (const { line, type } of context.facts.processLines()) {
            const command = line.command.text;
            for (const problem of herokuishProblems(command)) {
                const part = command.slice(problem.start, problem.end);
                yield {
                    range: commandRange(line, problem.start, problem.end),
                    severity: problem.certain ? 'error' : 'warning',
                    message: `${quote(type)} runs ${quote(command, 100)}, but ${platform.name} starts it with ${platform.execution.label}, not \`bash -c\`: ` +
                        `${WHAT[problem.kind](part)}. ${FIX[problem.kind].replace(/^./, (c) => c.toUpperCase())}.`,
                };
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/server-undeclared.ts


const serverUndeclared = {
    scope: 'procfile',
    meta: {
        id: 'server-undeclared',
        description: 'A Python program the Procfile starts (gunicorn, uvicorn, celery, ...) is not declared as a dependency, so it is not installed.',
        severity: everywhere('error'),
        tags: ['command', 'language'],
    },
    *check(context) {
        const { files } = context;
        if (!files.complete)
            return;
        const dependencies = context.facts.pythonDependencies();
        const reported = new Set();
        for (const { line, type } of context.facts.processLines()) {
            for (const invocation of context.facts.command(line).invocations) {
                const pkg = invocation.program?.pythonPackage;
                if (!pkg || reported.has(pkg) || dependencies.declares(pkg))
                    continue;
                reported.add(pkg);
                const where = dependencies.manifests.length === 0
                    ? 'there is no requirements.txt, Pipfile or pyproject.toml at the app root'
                    : `${dependencies.manifests.map((file) => quote(file)).join(', ')} ${dependencies.manifests.length === 1 ? 'does' : 'do'} not list it`;
                yield {
                    range: commandRange(line, invocation.name.start, invocation.name.end),
                    severity: dependencies.incomplete ? 'warning' : 'error',
                    message: `${quote(type)} runs ${quote(invocation.program?.label ?? pkg)}, but ${where}${dependencies.incomplete ? ' (as far as procfile-lint can follow them)' : ''}, ` +
                        `so the build does not install it and the process fails with ${failure(invocation.name.value, pkg)}. ${howToDeclare(pkg, dependencies.manifests)}`,
                };
            }
        }
    },
};
/** What the process prints when the package is missing: `python -m x` and `x` fail differently. */
function failure(name, pkg) {
    return /^python[0-9.]*$/.test(name.slice(name.lastIndexOf('/') + 1)) ? `"No module named ${pkg}"` : '"command not found"';
}
/** Where the app declares its dependencies, and how to add one there. */
function howToDeclare(pkg, manifests) {
    if (manifests.includes('requirements.txt') || manifests.length === 0)
        return `Add ${quote(pkg)} to requirements.txt.`;
    if (manifests.includes('Pipfile'))
        return `Add it to the Pipfile (${quote(`pipenv install ${pkg}`)}).`;
    if (manifests.includes('pyproject.toml'))
        return `Add ${quote(pkg)} to the dependencies in pyproject.toml.`;
    return `Declare ${quote(pkg)} as a dependency.`;
}

;// CONCATENATED MODULE: ./src/rules/shell-syntax.ts


const shellSyntax = {
    scope: 'procfile',
    meta: {
        id: 'shell-syntax',
        description: 'A command is not valid bash (an unclosed quote, a dangling `&&`, ...), and it runs under `bash -c`.',
        severity: everywhere('error'),
        tags: ['command'],
    },
    *check(context) {
        for (const { line, type } of context.facts.processLines()) {
            const [error] = context.facts.command(line).analysis.errors;
            if (!error)
                continue;
            yield {
                range: commandRange(line, error.offset, error.offset + 1),
                message: `The command of ${quote(type)} is not valid bash: ${error.message}. The platform runs it with \`bash -c\`, ` +
                    'which refuses it, so the process exits at once. Fix the quoting or the operator.',
            };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/space-before-colon.ts




const spaceBeforeColon = {
    scope: 'procfile',
    meta: {
        id: 'space-before-colon',
        description: 'Whitespace between the process type and its colon (`web : cmd`) makes most parsers skip or reject the line.',
        severity: { codecapsules: 'error', heroku: 'error', 'heroku-fir': 'error' },
        tags: ['syntax'],
    },
    *check({ procfile, platform, reading, readings }) {
        for (const line of procfile.lines) {
            if (line.kind !== 'process' || !line.gap)
                continue;
            if (outcomeOf(reading, line.number).kind === 'reads')
                continue;
            yield {
                range: rangeOf(line, line.gap),
                message: `Whitespace between ${quote(line.type.text)} and \`:\`: ${storyOf(readings, line.number, platform.parser)}. ` +
                    `Write ${quote(`${line.type.text}:`)} with no space.`,
            };
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/utf8-bom.ts



const utf8Bom = {
    scope: 'procfile',
    meta: {
        id: 'utf8-bom',
        description: 'The file starts with a UTF-8 byte order mark, which hides the first line from most parsers.',
        severity: everywhere('error'),
        tags: ['encoding'],
    },
    *check({ procfile, platform, readings }) {
        const { source, lines } = procfile;
        if (!source.bom || source.encoding !== 'utf-8')
            return;
        const firstIsProcess = lines[0]?.kind === 'process';
        const effect = firstIsProcess
            ? `for the first line, ${storyOf(readings, 1, platform.parser)}`
            : allDo(platform.parser, (parser) => outcomeOf(readings[parser], 1).kind === 'rejects' ? 'reject the Procfile' : 'skip a process declared on the first line');
        yield {
            range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
            message: `The file starts with a byte order mark (EF BB BF), which parsers see as part of the first line: ${effect}. ` +
                'Save it as UTF-8 without BOM (in VS Code: "Save with Encoding", "UTF-8").',
        };
    },
};

;// CONCATENATED MODULE: ./src/rules/web-not-listening.ts


/** Programs that never open a port: background workers. `celery flower` is a web UI and does listen. */
const WORKERS = {
    celery: { label: 'a Celery worker', unless: 'flower' },
    sidekiq: { label: 'a Sidekiq worker' },
};
/**
 * The `web` process must answer HTTP on `$PORT`: Heroku stops a web dyno that does not bind within 60 seconds (R10,
 * devcenter "Error codes"). Code Capsules (unverified) and Dokku (its default checks only wait) may leave it running
 * with no traffic answered, hence a warning there.
 */
const webNotListening = {
    scope: 'procfile',
    meta: {
        id: 'web-not-listening',
        description: 'The `web` process starts a background worker, which listens on no port.',
        severity: { codecapsules: 'warning', heroku: 'error', 'heroku-fir': 'error', dokku: 'warning' },
        tags: ['command'],
    },
    *check(context) {
        const line = context.facts.webLine();
        const main = line ? context.facts.command(line).main : null;
        const worker = main?.program ? WORKERS[main.program.id] : undefined;
        if (!line || !main || !worker || (worker.unless && main.args.some((word) => word.value === worker.unless)))
            return;
        const effect = context.platform.port.random
            ? `${context.platform.name} stops a web process that does not listen on \`$PORT\` within 60 seconds (R10)`
            : `${context.platform.name} sends the app's traffic to \`$PORT\`, where nothing answers`;
        yield {
            range: commandRange(line, main.name.start, main.name.end),
            message: `${quote('web')} starts ${quote(main.name.value)}, ${worker.label}, which listens on no port: ${effect}. ` +
                `Declare it as ${quote(`worker: ${line.command.text}`, 120)} and give \`web\` the command that serves HTTP.`,
        };
    },
};

;// CONCATENATED MODULE: ./src/rules/web-port-unbound.ts



const webPortUnbound = {
    scope: 'procfile',
    meta: {
        id: 'web-port-unbound',
        description: 'The `web` server is started without being told to listen on `$PORT`, and does not read `PORT` by itself.',
        // A warning where `$PORT` is a setting (src/commands/runtime.ts fixedPortVerdict), an error where it is random.
        severity: { codecapsules: 'warning', heroku: 'error', 'heroku-fir': 'error', dokku: 'warning' },
        tags: ['command'],
    },
    *check(context) {
        const server = context.facts.webServer();
        if (!server || server.listen.port || server.listen.undecidable || server.listen.readsPort)
            return;
        const { line, main, program, listen } = server;
        const { facts } = listen;
        const configured = facts.configFiles?.find((file) => /server\.port|\bPORT\b/.test(context.files.readText(file) ?? ''));
        if (configured || (facts.configFiles && !context.files.complete))
            return;
        const variable = facts.portEnv[0]?.port;
        const envHint = variable ? `, unless ${quote(variable)} is set in the app's environment` : '';
        const fix = listen.host
            ? `Give its address the port: ${quote(`${listen.host.value}:$PORT`)}`
            : `Add ${quote(program.listenFix?.port ?? '--port $PORT')}${program.listenFix?.where ? ` ${program.listenFix.where}` : ''}`;
        // Where `$PORT` is a setting (Code Capsules' Network Port, Dokku's PORT), a fixed port works when the setting matches.
        const verdict = facts.defaultPort !== null && !context.platform.port.random ? fixedPortVerdict(context.platform, facts.defaultPort) : null;
        yield {
            range: commandRange(line, main.name.start, main.name.end),
            severity: facts.portEnv.length > 0 || verdict ? 'warning' : 'error',
            message: verdict
                ? `${quote(program.label)} listens on port ${facts.defaultPort}${envHint}: ${verdict.why}. ${fix}.`
                : `${quote(program.label)} listens on port ${facts.defaultPort ?? '(none given)'}${envHint}, but ${context.platform.name} ` +
                    `sends the app's traffic to the port in \`$PORT\`, so the app never answers and is restarted. ${fix}.`,
        };
    },
};

;// CONCATENATED MODULE: ./src/rules/index.ts
// Generated by `node scripts/rule-docs.mjs --write` from the rule modules of this folder; do not edit.
/** Every rule, in the order of the docs: by the first of its tags (scripts/rule-docs.mjs TAG_ORDER), then by id. */




































const rules_RULES = [
    dockerfilePresent,
    procfileMisnamed,
    procfileNotRoot,
    procfileUnreadable,
    controlCharacter,
    crlfLineEndings,
    invalidEncoding,
    utf8Bom,
    duplicateProcessType,
    emptyCommand,
    invalidLine,
    leadingWhitespace,
    missingWeb,
    processTypeName,
    procfileEmpty,
    spaceBeforeColon,
    appTargetMissing,
    badPortVar,
    commandNotFound,
    commentCommand,
    devServer,
    hardcodedPort,
    localhostBind,
    nodeEntryMissing,
    npmStartNoScript,
    releaseNotRun,
    runnerShellSyntax,
    serverUndeclared,
    shellSyntax,
    webNotListening,
    webPortUnbound,
    defaultStartFails,
    languageMismatch,
    procfileMissing,
    portability,
    invalidConfig,
];
const RULE_IDS = rules_RULES.map((rule) => rule.meta.id);

;// CONCATENATED MODULE: ./src/lint.ts
/**
 * The linter as its callers use it: the engine's analysis of an app, then the runner with procfile-lint's rules (or
 * the caller's own). The action (src/main.ts) and the CLI (src/cli.ts) call these.
 */



async function lint(options) {
    return run_rules_runRules(await analyzeWorkspace(options), { rules: options.ruleList ?? rules_RULES, settings: options.rules });
}
/** Lints the content of a Procfile, with the app's other files given in memory (none by default). */
function lintProcfile(bytes, options = {}) {
    return runRules(analyzeProcfile(bytes, options), { rules: options.ruleList ?? RULES, settings: options.rules });
}

;// CONCATENATED MODULE: ./src/each-platform.ts
/** A comma-separated `platform` setting (`codecapsules,heroku`): one lint run, one plan and one set of findings per platform. */



/** The platform ids of a `platform` setting, or a usage error naming the unknown one. */
function platformsOf(value) {
    const { ids, unknown } = platformList(value);
    if (unknown)
        throw new types/* UsageError */.e(`Unknown platform '${unknown}'; use one or more of: ${platforms_PLATFORMS.map((p) => p.id).join(', ')}, separated by commas.`);
    return ids;
}
async function lintEach(options) {
    const results = [];
    for (const platform of platformsOf(options.platform))
        results.push(await lint({ ...options, platform }));
    return results;
}
/**
 * One result for what takes a single result (annotations, SARIF, outputs, the exit status): the first platform's,
 * with every platform's findings, each message naming its platform when there is more than one, and summed counts.
 */
function mergeResults(results, nameOf) {
    const [first] = results;
    if (!first)
        throw new Error('mergeResults needs at least one result');
    if (results.length === 1)
        return first;
    const findings = results.flatMap((result) => result.findings.map((finding) => ({ ...finding, message: `${nameOf(result.platform)}: ${finding.message}` })));
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return { ...first, findings, counts };
}

;// CONCATENATED MODULE: ./src/report/text.ts
/** Plain-text report for terminals and logs: `file:line:column: severity: message [rule]`, then a one-line verdict. */


function formatText(result) {
    const lines = result.findings.map(formatFinding);
    if (lines.length > 0)
        lines.push('');
    lines.push(verdict(result));
    return `${lines.map(inert).join('\n')}\n`;
}
/**
 * A report line that a CI runner reading the log (the CLI in a workflow's `run:` step) cannot take for a workflow
 * command: the runner executes a line that starts with `::` after blanks, or that holds `##[` anywhere. Quoted text
 * starts a line only as a file name; the first character of such a `::` or `##[` is shown as an escape, as `visible`
 * shows any other character it must not print.
 */
function inert(line) {
    return line.replace(/^(\s*):(?=:)/u, '$1\\u{003A}').replace(/##\[/g, '#\\u{0023}[');
}
function formatFinding(finding) {
    const { file, line, column, severity, message, rule } = finding;
    return `${quote_visible(file)}:${line}:${column}: ${severity}: ${quote_printable(message)} [${rule}]`;
}
function verdict(result) {
    const { error, warning, notice } = result.counts;
    const where = result.procfile ? `${quote_visible(result.procfile)}: ` : '';
    const app = result.language ? `; ${languageName(result.language)} app` : '';
    const noProcfile = result.procfile ? '' : ` (no Procfile at the app root${app})`;
    if (error + warning + notice === 0) {
        const types = result.processes.map((process) => quote_visible(process.type)).join(', ');
        return `✔ ${where}no problems${types ? ` (${types})` : noProcfile}`;
    }
    const parts = [plural(error, 'error'), plural(warning, 'warning'), plural(notice, 'notice')].filter(Boolean);
    return `${error > 0 ? '✖' : '⚠'} ${where}${parts.join(', ')}${noProcfile}`;
}
function plural(count, noun) {
    return count === 0 ? '' : `${count} ${noun}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts



/** GitHub shows at most this many annotations of each severity per step and silently drops the rest. */
const STEP_ANNOTATION_LIMIT = 10;
function annotationProperties(finding) {
    return {
        title: `procfile-lint: ${finding.rule}`,
        // @actions/core escapes only `%`, CR, LF, `:` and `,` in properties: a file name can hold an ESC or U+2028.
        file: quote_printable(finding.file),
        startLine: finding.line,
        endLine: finding.endLine,
        // GitHub ignores columns on annotations that span lines.
        ...(finding.line === finding.endLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
    };
}
/**
 * Which findings the step can show: the most severe first. `reserved` counts the slots other annotations of the
 * step take (the failure message is an error annotation too), so that no finding is dropped unknowingly.
 */
function planAnnotations(findings, reserved = {}) {
    const shown = new Set();
    for (const severity of types/* SEVERITIES */.o) {
        const room = Math.max(0, STEP_ANNOTATION_LIMIT - (reserved[severity] ?? 0));
        for (const finding of findings.filter((each) => each.severity === severity).slice(0, room))
            shown.add(finding);
    }
    const ordered = types/* SEVERITIES */.o.flatMap((severity) => findings.filter((finding) => finding.severity === severity && shown.has(finding)));
    return { shown: ordered, hidden: findings.filter((finding) => !shown.has(finding)) };
}
function annotate(findings, emit, reserved = {}) {
    const plan = planAnnotations(findings, reserved);
    for (const finding of plan.shown)
        emit(finding.severity, printable(finding.message), annotationProperties(finding));
    return plan;
}
/** `3 errors, 1 warning`: how many findings of each severity `findings` holds. */
function annotations_countBySeverity(findings) {
    return types/* SEVERITIES */.o.map((severity) => plural(findings.filter((finding) => finding.severity === severity).length, severity))
        .filter(Boolean)
        .join(', ');
}
/**
 * One line (trusted text only) saying how many findings were not annotated and where they are. `seeAlso` names the
 * places that hold them all, e.g. `the job summary`, `the SARIF file`.
 */
function unannotatedMessage(hidden, seeAlso) {
    const where = seeAlso.length > 0 ? ` See every finding in ${joinOr(seeAlso)}.` : '';
    return (`${hidden.length} ${hidden.length === 1 ? 'finding was' : 'findings were'} not annotated (${annotations_countBySeverity(hidden)}): ` +
        `GitHub shows at most ${STEP_ANNOTATION_LIMIT} errors, ${STEP_ANNOTATION_LIMIT} warnings and ${STEP_ANNOTATION_LIMIT} ` +
        `notices per step, so the most severe were annotated first.${where}`);
}
function joinOr(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/report/github.ts


function formatGithub(result) {
    const plan = planAnnotations(result.findings);
    const lines = plan.shown.map((finding) => workflowCommand(finding.severity, quote_printable(finding.message), annotationProperties(finding)));
    if (plan.hidden.length > 0)
        lines.push(unannotatedMessage(plan.hidden, ['the output of `--format json` or `--format sarif`']));
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
function workflowCommand(command, message, properties) {
    const fields = {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn,
    };
    const list = Object.entries(fields)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    return `::${command}${list.length > 0 ? ` ${list.join(',')}` : ''}::${escapeData(message)}`;
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * The result object as JSON: the contract documented in docs/result.md. What a terminal or a CI log would act on is
 * written as a JSON escape, which parses back to the same text: DEL and C1 controls, U+2028 and U+2029
 * (`JSON.stringify` escapes only C0 controls), and the second `#` of `##[`, which the Actions runner executes as a
 * workflow command anywhere in a line.
 */
function formatJson(result) {
    return formatJsonObject(result);
}
/** Any object, escaped as `formatJson` escapes a result (for several results: `{ "platforms": [...] }`). */
function formatJsonObject(value) {
    const json = JSON.stringify(value, null, 2)
        .replace(/[\u007f-\u009f\u2028\u2029]/gu, (char) => `\\u${char.codePointAt(0).toString(16).padStart(4, '0')}`)
        .replace(/##\[/g, '#\\u0023[');
    return `${json}\n`;
}

;// CONCATENATED MODULE: ./src/report/docs.ts
/** Where each rule's documentation lives, for links in the summary, annotations and SARIF. */
const REPOSITORY_URL = 'https://github.com/procfile-lint/procfile-lint';
function ruleDocsUrl(ruleId) {
    return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts


const SARIF_SCHEMA_URL = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** The URI base that code scanning resolves to the repository's checkout. */
const SOURCE_ROOT = '%SRCROOT%';
function toSarif(result, rules) {
    const index = new Map(rules.map((rule, position) => [rule.id, position]));
    return {
        $schema: SARIF_SCHEMA_URL,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'procfile-lint', informationUri: REPOSITORY_URL, rules: rules.map((rule) => descriptor(rule, result.platform)) } },
                // Our columns count code points, not UTF-16 code units (the SARIF default).
                columnKind: 'unicodeCodePoints',
                results: result.findings.map((finding) => sarifResult(finding, index.get(finding.rule))),
            },
        ],
    };
}
function formatSarif(result, rules) {
    return `${JSON.stringify(toSarif(result, rules), null, 2)}\n`;
}
/** A rule with its default level on the platform checked; a rule the platform does not run is disabled. */
function descriptor(rule, platform) {
    const severity = rule.severity[platform];
    return {
        id: rule.id,
        shortDescription: { text: rule.description },
        helpUri: ruleDocsUrl(rule.id),
        defaultConfiguration: severity ? { level: LEVEL[severity] } : { enabled: false },
        properties: { tags: [...rule.tags] },
    };
}
function sarifResult(finding, ruleIndex) {
    return {
        ruleId: finding.rule,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: LEVEL[finding.severity],
        message: { text: quote_printable(finding.message) },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: relativeUri(finding.file), uriBaseId: SOURCE_ROOT },
                    // Our endColumn is already exclusive, as SARIF's is.
                    region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
                },
            },
        ],
    };
}
/** A `/`-separated relative path as a relative URI reference: each segment percent-encoded. */
function relativeUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}

;// CONCATENATED MODULE: ./src/report/html.ts
/**
 * Escaping for the job summary, which GitHub renders as Markdown with HTML. Untrusted text only ever goes inside
 * HTML elements built here; it is made visible (see quote.ts), entity-escaped, and `@` is followed by a word
 * joiner so that no one is mentioned.
 */

const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '@': '@&#8288;',
    '|': '&#124;',
};
/** For text already made visible (messages) or trusted: escapes markup, not backslashes. */
function escapeHtml(text) {
    return printable(text).replace(/[&<>"'@|]/g, (char) => ENTITIES[char]);
}
/** A message, escaped, with its `quoted` parts as inline code (a `` \` `` inside a quote is a literal backtick). */
function html_messageHtml(message) {
    let html = '';
    let inCode = false;
    let piece = '';
    const flush = () => {
        html += inCode ? `<code>${escapeHtml(piece)}</code>` : escapeHtml(piece);
        piece = '';
    };
    for (let i = 0; i < message.length; i++) {
        const char = message[i];
        if (inCode && char === '\\' && message[i + 1] === '`') {
            piece += '`';
            i++;
        }
        else if (char === '`') {
            flush();
            inCode = !inCode;
        }
        else
            piece += char;
    }
    if (inCode)
        piece = `\`${piece}`;
    inCode = false;
    flush();
    return html;
}
/** Raw untrusted text (a command, a file name) as inline code. */
function code(text) {
    return `<code>${escapeHtml(visible(text))}</code>`;
}
/** An HTML table on one line per row: a blank line would end the HTML block and let Markdown in. */
function table(headers, rows) {
    const head = `<tr>${headers.map((header) => `<th>${header}</th>`).join('')}</tr>`;
    const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`);
    return ['<table>', head, ...body, '</table>'].join('\n');
}

;// CONCATENATED MODULE: ./src/report/plan.ts




const PLAN_LIMITS = { processes: 20, commandLength: 120, candidates: 6 };
function planTitle(platformName) {
    return `What ${platformName} will run`;
}
function planLines(plan) {
    const { build } = plan;
    const lines = [];
    const builder = plan.builder.unverified ? `${plan.builder.name} (assumed, unverified: ${plan.builder.unverified})` : plan.builder.name;
    if (build.language) {
        const why = build.overridden
            ? 'as the `language` setting says'
            : `by ${build.group ?? 'its builder'}, because of ${build.evidence.map((file) => quote(file)).join(', ')}`;
        lines.push(`Build: ${languageName(build.language)} with ${builder}, ${why}.`);
    }
    else {
        lines.push(`Build: no builder of ${builder} recognises the app.`);
    }
    const others = build.candidates.filter((candidate) => candidate.group !== build.group).slice(0, PLAN_LIMITS.candidates);
    if (others.length > 0) {
        const described = others.map((c) => `${languageName(c.language)} (${c.evidence.map((file) => quote(file)).join(', ')}${c.needsProcfile ? ', only with a Procfile' : ''})`);
        lines.push(`Also recognised, not chosen: ${described.join('; ')}.`);
    }
    if (build.incomplete)
        lines.push('The search of the tree stopped at its limit: a file further down may change the build.');
    for (const process of plan.processes.slice(0, PLAN_LIMITS.processes)) {
        const source = process.source.kind === 'procfile' ? `Procfile line ${process.source.line}` : `the default, because ${process.source.why}`;
        lines.push(`${quote(process.type)} runs ${quote(process.command, PLAN_LIMITS.commandLength)} with ${plan.runs} (${source}).`);
    }
    const hidden = plan.processes.length - PLAN_LIMITS.processes;
    if (hidden > 0)
        lines.push(`${hidden} more processes are not shown.`);
    if (plan.failure)
        lines.push(`It fails: ${quote(plan.failure, 200)}.`);
    lines.push(`Port: ${portText(plan.port)}.`);
    return lines;
}
function portText(port) {
    if (port.random)
        return 'the `web` process must listen on `$PORT`, which the platform picks for each start';
    const setting = port.setting ? `, set by ${port.setting}` : '';
    return `the \`web\` process must listen on \`$PORT\` (${port.default ?? 'no default'} by default${setting})`;
}
/** The plan as a summary section. */
function planHtml(plan, platformName) {
    const items = planLines(plan).map((line) => `<li>${messageHtml(line)}</li>`);
    return `## ${messageHtml(planTitle(platformName))}\n\n<ul>\n${items.join('\n')}\n</ul>`;
}
/** The plan for `--explain`: a heading and one indented line per fact. */
function formatPlanText(plan, platformName) {
    return `${planTitle(platformName)}:\n${planLines(plan).map((line) => inert(`  ${quote_printable(line)}`)).join('\n')}\n\n`;
}

;// CONCATENATED MODULE: ./src/cli.ts
/** The command-line interface: the same engine and findings as the action, as text, JSON, SARIF or workflow commands. */















const EXIT = { clean: 0, findings: 1, usage: 2 };
const FORMATTERS = {
    text: formatText,
    json: formatJson,
    sarif: (result) => formatSarif(result, rules_RULES.map((rule) => rule.meta)),
    github: formatGithub,
};
const FORMATS = Object.keys(FORMATTERS);
const HELP = `Usage: procfile-lint [options] [dir]

Checks the Procfile of the app in <dir> (default: the current directory).

Options:
  --format <format>        output format (default: text):
                           text    file:line:column: severity: message [rule]
                           json    the result object (docs/result.md)
                           sarif   SARIF 2.1.0, for code scanning (upload-sarif)
                           github  GitHub workflow commands that annotate the
                                   findings, as the action does
  --fail-on <level>        exit 1 when a finding is at least this severe:
                           ${FAIL_ON_VALUES.join(', ')} (default: error)
  --platform <id>[,<id>]   platform(s) to check against: ${platforms_PLATFORMS.map((p) => p.id).join(', ')} (default: ${platforms_PLATFORMS[0]?.id});
                           several, comma-separated, give one plan and set of findings each
  --explain                with text output, first say what the platform will build and run
  --language <id>          the app's language instead of detecting it: auto, ${LANGUAGES.map((l) => l.id).join(', ')}
  --rule <id>=<setting>    turn a rule off or change its severity (off, error, warning, notice);
                           repeatable, and wins over .procfile-lint.yml
  -h, --help               show this help

Exit status: 0 no finding at --fail-on, 1 findings at --fail-on, 2 usage or internal error.
`;
async function runCli(args, io) {
    try {
        return await run(args, io);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        io.stderr(`procfile-lint: ${error instanceof types/* UsageError */.e ? '' : 'internal error: '}${message}\n`);
        if (!(error instanceof types/* UsageError */.e))
            io.stderr('Please report it with the command you ran.\n');
        return EXIT.usage;
    }
}
async function run(args, io) {
    const { values, positionals } = parseOptions(args);
    if (values.help) {
        io.stdout(HELP);
        return EXIT.clean;
    }
    const format = values.format ?? 'text';
    if (!isFormat(format))
        throw new types/* UsageError */.e(`--format must be one of ${FORMATS.join(', ')}; got '${format}'.`);
    const failOn = parseFailOn(values['fail-on'] ?? 'error', '--fail-on');
    if (positionals.length > 1)
        throw new types/* UsageError */.e(`expected at most one directory, got ${positionals.length}.`);
    const target = external_node_path_namespaceObject.resolve(io.cwd, positionals[0] ?? '.');
    // Paths in the output are relative to the current directory when the app is inside it, as the user typed them.
    const workspace = isInside(io.cwd, target) ? io.cwd : target;
    const rules = (0,engine_config/* parseRuleSettings */.XU)((values.rule ?? []).join('\n'), RULE_IDS, '--rule');
    const appPath = external_node_path_namespaceObject.relative(workspace, target) || '.';
    const results = await lintEach({ workspace, path: appPath, platform: values.platform, language: values.language, rules });
    io.stdout(formatAll(format, results, values.explain === true));
    return results.some((result) => failingCount(result, failOn) > 0) ? EXIT.findings : EXIT.clean;
}
const nameOf = (id) => findPlatform(id)?.name ?? id;
/** One platform: the result as documented. Several: JSON as `{ "platforms": [...] }`, text per platform, the rest merged. */
function formatAll(format, results, explain) {
    const text = (result) => (explain && result.plan ? formatPlanText(result.plan, nameOf(result.platform)) : '') + formatText(result);
    if (results.length === 1)
        return format === 'text' ? text(results[0]) : FORMATTERS[format](results[0]);
    if (format === 'json')
        return formatJsonObject({ platforms: results });
    if (format === 'text')
        return results.map((result) => `${nameOf(result.platform)}:\n${text(result)}`).join('\n');
    return FORMATTERS[format](mergeResults(results, nameOf));
}
function isFormat(format) {
    return Object.hasOwn(FORMATTERS, format);
}
function parseOptions(args) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                format: { type: 'string' },
                'fail-on': { type: 'string' },
                platform: { type: 'string' },
                language: { type: 'string' },
                rule: { type: 'string', multiple: true },
                explain: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        throw new types/* UsageError */.e(`${error.message}\nRun procfile-lint --help for usage.`);
    }
}


/***/ }),

/***/ 5710:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G2: () => (/* binding */ DISABLE_NEXT_LINE),
/* harmony export */   XU: () => (/* binding */ parseRuleSettings),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE),
/* harmony export */   l2: () => (/* binding */ checkConfig),
/* harmony export */   xr: () => (/* binding */ isFixedRule)
/* harmony export */ });
/* unused harmony exports SETTINGS, checkSetting, closest */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3171);
/**
 * Rule configuration: `.procfile-lint.yml` at the app root, the action's `rules` input and the CLI's `--rule`
 * all say `<rule id>: off | error | warning | notice`. Unknown ids and values are errors, never ignored.
 */

const CONFIG_FILE = '.procfile-lint.yml';
const SETTINGS = [..._types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .o, 'off'];
/** The settings of `config` that name a known rule and setting; each of the others becomes a problem at its position. */
function checkConfig(config, knownRules) {
    const rules = {};
    const problems = [...config.problems];
    for (const { id, value, idRange, valueRange } of config.entries) {
        const problem = checkSetting(id, value, knownRules);
        if (problem)
            problems.push({ message: problem, file: config.file, range: problem.startsWith('Unknown rule') ? idRange : valueRange });
        else
            rules[id] = value;
    }
    return { rules, problems };
}
/**
 * Reads settings given as `id: setting` lines, `id=setting` pairs, or both, separated by newlines or commas (the
 * action's `rules` input, the CLI's `--rule`). Any mistake is a usage error naming `source`.
 */
function parseRuleSettings(text, knownRules, source) {
    const rules = {};
    for (const item of text.split(/[\n,]/)) {
        if (item.trim() === '')
            continue;
        const match = /^\s*([^:=\s]+)\s*[:=]\s*(\S+)\s*$/.exec(item);
        if (!match)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${source}: expected \`<rule id>: <off|error|warning|notice>\`, got '${item.trim()}'.`);
        const [, id = '', value = ''] = match;
        const problem = checkSetting(id, value, knownRules);
        if (problem)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${source}: ${problem}`);
        rules[id] = value;
    }
    return rules;
}
/**
 * Rules no setting or inline comment may change: a configuration that could silence the report of its own mistakes
 * would hide them.
 */
const FIXED_RULES = ['invalid-config'];
function isFixedRule(id) {
    return FIXED_RULES.includes(id);
}
function checkSetting(id, value, knownRules) {
    if (isFixedRule(id))
        return `\`${id}\` cannot be turned off or changed: fix what it reports instead.`;
    if (!knownRules.includes(id)) {
        const near = closest(id, knownRules);
        return `Unknown rule ${JSON.stringify(id)}${near ? ` (did you mean \`${near}\`?)` : ''}; the rules are listed in docs/rules.`;
    }
    if (!SETTINGS.includes(value)) {
        return `Rule \`${id}\` is set to ${JSON.stringify(value)}; use one of ${SETTINGS.join(', ')}.`;
    }
    return null;
}
/** The known id within a few typos of `id`, to suggest. */
function closest(id, known) {
    let best = null;
    let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
    for (const candidate of known) {
        const distance = editDistance(id, candidate, bestDistance);
        if (distance < bestDistance)
            [best, bestDistance] = [candidate, distance];
    }
    return best;
}
/** Levenshtein distance, or `limit` as soon as it is certain to be at least that. */
function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) >= limit)
        return limit;
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        if (Math.min(...current) >= limit)
            return limit;
        previous = current;
    }
    return previous[b.length];
}
/** `# procfile-lint-disable-next-line [rule, ...]`: the rules (all when none are named) to silence on the next line. */
const DISABLE_NEXT_LINE = /^\s*#\s*procfile-lint-disable-next-line(?:\s+(.*))?$/u;


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError),
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/** The shapes shared by the engine, the rules and the reporters. */
/** Most severe first: the order reporters list findings in. */
const SEVERITIES = ['error', 'warning', 'notice'];
/** A mistake in how the linter was invoked (bad path, bad option): not a finding about the repository. */
class UsageError extends Error {
    name = 'UsageError';
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8084);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
