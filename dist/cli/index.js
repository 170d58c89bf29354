import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/engine/types.ts
/** The shapes shared by the engine, the rules and the reporters. */
/** Most severe first: the order reporters list findings in. */
const SEVERITIES = ['error', 'warning', 'notice'];
/** A mistake in how the linter was invoked (bad path, bad option): not a finding about the repository. */
class UsageError extends Error {
    name = 'UsageError';
}

;// CONCATENATED MODULE: ./src/engine/fail-on.ts
/** The `fail-on` policy shared by the action and the CLI: which findings make the run fail. */

const FAIL_ON_VALUES = [...SEVERITIES, 'never'];
function parseFailOn(value, source) {
    const normalized = value.trim().toLowerCase();
    if (FAIL_ON_VALUES.includes(normalized))
        return normalized;
    throw new UsageError(`${source} must be one of ${FAIL_ON_VALUES.join(', ')}; got '${value}'.`);
}
/** The findings at or above the `fail-on` severity. */
function failingCount(result, failOn) {
    if (failOn === 'never')
        return 0;
    const threshold = SEVERITIES.indexOf(failOn);
    return SEVERITIES.slice(0, threshold + 1).reduce((sum, severity) => sum + result.counts[severity], 0);
}

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

;// CONCATENATED MODULE: ./src/engine/readers/line-pattern.ts

const NEWLINE = 10;
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
    const swallowedLines = new Set();
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
            swallowedLines.add(n);
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

;// CONCATENATED MODULE: ./src/engine/readers/gcp.ts



const GCP_NO_PROCESSES = 'did not find any processes in Procfile';
function readGcp(source) {
    if (source.encoding !== 'utf-8') {
        // The buildpack reads the bytes as UTF-8: every other byte of UTF-16 is NUL, so no line matches.
        return { entries: [], processes: [], swallowedLines: new Set(), failure: GCP_NO_PROCESSES };
    }
    const pattern = { isNameChar: isAsciiWordChar, isSpace: isGoRegexSpace, acrossLines: true };
    // A byte order mark is not `\w`, so the first line cannot match.
    const { entries, swallowedLines } = matchEntries(source, pattern, source.bom);
    for (const entry of entries)
        entry.command = trimWith(entry.command, isGoUnicodeSpace);
    return {
        entries,
        processes: applyDuplicatePolicy(entries, 'first-wins'),
        swallowedLines,
        failure: entries.length === 0 ? GCP_NO_PROCESSES : null,
    };
}

;// CONCATENATED MODULE: ./src/platforms/codecapsules.ts

/** Code Capsules backend capsules, built with Google Cloud buildpacks (see domain.md section 1). */
const codecapsules = {
    id: 'codecapsules',
    name: 'Code Capsules',
    read: readGcp,
    missingWebError: 'web process not found in Procfile',
    processTypeName: {
        isValid: (name) => /^[A-Za-z0-9_]+$/.test(name),
        rule: 'use only ASCII letters, digits and `_` (the buildpack matches `\\w+`)',
    },
};

;// CONCATENATED MODULE: ./src/platforms/index.ts

const PLATFORMS = [codecapsules];
const DEFAULT_PLATFORM = codecapsules.id;
function findPlatform(id) {
    return PLATFORMS.find((platform) => platform.id === id);
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
function visible(text) {
    return printable(text.replace(/\\/g, '\\\\'));
}
/**
 * `text` with every invisible character escaped, backslashes left alone: for text composed from `visible` parts
 * (messages), where it changes nothing, and as a last guard before text reaches a log or a page.
 */
function printable(text) {
    return text.replace(INVISIBLE, (char) => NAMED[char] ?? escapeCodePoint(char));
}
function escapeCodePoint(char) {
    return `\\u{${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}}`;
}
/** `text` as a visible, length-limited inline quote for a message: `` `web: gunicorn app:app` ``. */
function quote(text, maxLength = 80) {
    return `\`${visible(truncate(text, maxLength))}\``;
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
function shellWord(word) {
    return /^[\w@%+=:,./-]+$/u.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** A suggested shell command, quoted for a message. */
function suggestCommand(...words) {
    return quote(words.map(shellWord).join(' '), 200);
}

;// CONCATENATED MODULE: ./src/rules/control-character.ts


/** C0 controls but tab, DEL and C1 controls. The CR of a CRLF line ending is not part of the line's text. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const controlCharacter = {
    scope: 'procfile',
    meta: {
        id: 'control-character',
        description: 'A line contains a control character (a lone carriage return, NUL, escape, ...) that reaches the shell or splits the line.',
        severity: 'error',
        tags: ['encoding'],
    },
    *check({ procfile, platform }) {
        if (procfile.source.encoding !== 'utf-8')
            return;
        for (const line of procfile.lines) {
            const found = CONTROL.exec(line.text);
            if (found)
                yield report(line, found[0], found.index, platform);
        }
    },
};
function report(line, char, index, platform) {
    const column = columnAt(line.text, index);
    const range = { line: line.number, column, endLine: line.number, endColumn: column + 1 };
    const shown = `\`${visible(char)}\``;
    if (char === '\r' && index === line.text.length - 1 && line.ending === '') {
        return {
            range,
            severity: 'warning',
            message: `The file ends with a carriage return (\`\\r\`) and no line feed. ${platform.name} strips it, but foreman and ` +
                'honcho pass it to bash at the end of the command. End the file with a plain line feed.',
        };
    }
    if (char === '\r') {
        return {
            range,
            message: `The line contains a carriage return (\`\\r\`) that does not end it: ${platform.name} keeps the text after it ` +
                "in the same command, honcho starts a new line there, node-foreman drops what follows, and Heroku's Cloud " +
                'Native Buildpack rejects the Procfile. Replace it with a line feed, or delete it.',
        };
    }
    const effect = char === '\u0000'
        ? 'a command line cannot carry a NUL byte: depending on the launcher the process fails to start or the command is cut there'
        : 'bash receives it as part of the command, where it is invisible in logs and editors';
    return { range, message: `The line contains the control character ${shown}: ${effect}. Delete it.` };
}

;// CONCATENATED MODULE: ./src/rules/crlf-line-endings.ts

const crlfLineEndings = {
    scope: 'procfile',
    meta: {
        id: 'crlf-line-endings',
        description: 'Lines end with CRLF (Windows) instead of LF.',
        severity: 'warning',
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

;// CONCATENATED MODULE: ./src/rules/rule.ts
const START_OF_FILE = { line: 1, column: 1, endLine: 1, endColumn: 1 };
/** The range of `token` on `line`, or of the line's whole content. */
function rangeOf(line, token) {
    if (token)
        return { line: line.number, column: token.column, endLine: line.number, endColumn: token.endColumn };
    return { line: line.number, column: 1, endLine: line.number, endColumn: Array.from(line.text).length + 1 };
}

;// CONCATENATED MODULE: ./src/rules/duplicate-process-type.ts


const duplicateProcessType = {
    scope: 'procfile',
    meta: {
        id: 'duplicate-process-type',
        description: 'The same process type is declared on more than one line; platforms disagree on which one runs.',
        severity: 'error',
        tags: ['syntax'],
    },
    *check({ procfile, platform, reading }) {
        const first = new Map();
        const running = firstProcessOfEachType(reading.processes);
        for (const line of procfile.lines) {
            if (line.kind !== 'process' || reading.swallowedLines.has(line.number))
                continue;
            const earlier = first.get(line.type.text);
            if (!earlier) {
                first.set(line.type.text, line);
                continue;
            }
            const type = line.type.text;
            const runningLine = running.get(type)?.line;
            const onPlatform = runningLine
                ? `${platform.name} runs only line ${runningLine}`
                : `${platform.name} runs neither`;
            yield {
                range: rangeOf(line, line.type),
                message: `${quote(type)} is declared again (first on line ${earlier.number}). ${onPlatform}; Heroku's Cloud Native Buildpack runs the last one, ` +
                    `foreman starts both, honcho and dokku reject the Procfile. Keep one ${quote(type)} line.`,
            };
        }
    },
};
/** A map built once, not a search per duplicate: thousands of duplicated types must stay linear. */
function firstProcessOfEachType(processes) {
    const byType = new Map();
    for (const process of processes)
        if (!byType.has(process.type))
            byType.set(process.type, process);
    return byType;
}

;// CONCATENATED MODULE: ./src/rules/empty-command.ts


const emptyCommand = {
    scope: 'procfile',
    meta: {
        id: 'empty-command',
        description: 'A process type has no command after its colon.',
        severity: 'error',
        tags: ['syntax'],
    },
    *check(context) {
        // Looked up by line, not searched per line: a file of thousands of `web:` lines must stay linear.
        const entryOnLine = new Map(context.reading.entries.map((entry) => [entry.line, entry]));
        for (const line of context.procfile.lines) {
            if (line.kind !== 'process' || line.command.text !== '')
                continue;
            yield empty_command_report(context, line, entryOnLine.get(line.number));
        }
    },
};
function empty_command_report({ procfile, platform }, line, entry) {
    const type = line.type.text;
    const range = { ...rangeOf(line, line.type), endColumn: line.colonColumn + 1 };
    const elsewhere = 'foreman and honcho skip the line, and Heroku\'s Cloud Native Buildpack and dokku reject the Procfile';
    const fix = `Put the command on the same line: ${quote(`${type}: <command>`)}.`;
    if (!entry) {
        return { range, message: `${quote(type)} has no command, so ${platform.name} ignores the line (${elsewhere}). ${fix}` };
    }
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
            : `; that works there by accident, but ${elsewhere}`;
    return {
        range,
        severity: lostProcess || runsNothing ? 'error' : 'warning',
        message: `${quote(type)} has no command on its line, and ${platform.name} takes line ${entry.commandLine} as its command` +
            `${consequence}. ${fix}`,
    };
}

;// CONCATENATED MODULE: ./src/rules/invalid-encoding.ts

const invalidEncoding = {
    scope: 'procfile',
    meta: {
        id: 'invalid-encoding',
        description: 'The file is not UTF-8: it is UTF-16, or contains bytes that are not valid UTF-8.',
        severity: 'error',
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
        severity: 'error',
        tags: ['syntax'],
    },
    *check({ procfile, platform, reading }) {
        for (const line of procfile.lines) {
            if (line.kind !== 'invalid' || reading.swallowedLines.has(line.number))
                continue;
            const text = line.text.trim();
            yield {
                range: { ...rangeOf(line), column: line.indent ? line.indent.endColumn : 1 },
                message: `${diagnosis(line, text)} ${platform.name}, foreman and honcho skip such a line without a word; ` +
                    `Heroku's Cloud Native Buildpack and dokku reject the whole Procfile.`,
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
    return { text: text.slice(start, end), column: columnAt(text, start), endColumn: columnAt(text, end) };
}

;// CONCATENATED MODULE: ./src/rules/leading-whitespace.ts



const leadingWhitespace = {
    scope: 'procfile',
    meta: {
        id: 'leading-whitespace',
        description: 'A process line is indented, which makes the line-pattern parsers skip it.',
        severity: 'error',
        tags: ['syntax'],
    },
    *check({ procfile, platform, reading }) {
        for (const line of procfile.lines) {
            if (line.kind !== 'process' || !line.indent || reading.swallowedLines.has(line.number))
                continue;
            const unusual = Array.from(line.indent.text).some((char) => char !== ' ' && char !== '\t' && isSpace(char));
            yield {
                range: rangeOf(line, line.indent),
                message: `${quote(line.type.text)} is indented${unusual ? ` with ${quote(line.indent.text)}, an invisible character` : ''}, ` +
                    `so ${platform.name}, foreman and honcho skip the line; Heroku's Cloud Native Buildpack accepts it with a warning and dokku accepts it. ` +
                    'Remove the whitespace before the process type.',
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
        severity: 'error',
        tags: ['syntax'],
    },
    *check({ procfile, platform }) {
        if (!platform.missingWebError)
            return;
        const processes = procfile.lines.filter((line) => line.kind === 'process');
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

;// CONCATENATED MODULE: ./src/rules/procfile-empty.ts
const procfileEmpty = {
    scope: 'procfile',
    meta: {
        id: 'procfile-empty',
        description: 'The Procfile declares no process: it is empty or holds only comments and blank lines.',
        severity: 'error',
        tags: ['syntax'],
    },
    *check({ procfile, platform, reading }) {
        if (procfile.lines.some((line) => line.kind === 'process' || line.kind === 'invalid'))
            return;
        const what = procfile.lines.length === 0 ? 'is empty' : 'holds only comments and blank lines';
        const outcome = reading.failure ? `${platform.name} fails the build ("${reading.failure}")` : 'nothing would run';
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
        severity: 'error',
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

;// CONCATENATED MODULE: ./src/rules/procfile-not-root.ts


const procfileNotRoot = {
    scope: 'repository',
    meta: {
        id: 'procfile-not-root',
        description: 'A Procfile sits in a subdirectory, where platforms never look: only the one at the app root is read.',
        severity: 'error',
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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
        throw new UsageError(`The path '${appPath}' is outside the workspace (${workspaceReal}); give a directory inside it.`);
    }
    return { workspace: workspaceReal, absolute, relative: toPosix(external_node_path_namespaceObject.relative(workspaceReal, absolute)) };
}
function realDirectory(target, what) {
    let real;
    try {
        real = external_node_fs_namespaceObject.realpathSync(target);
    }
    catch {
        throw new UsageError(`${what} does not exist.`);
    }
    if (!external_node_fs_namespaceObject.statSync(real).isDirectory())
        throw new UsageError(`${what} is not a directory.`);
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
    'too-large': [`is larger than ${MAX_PROCFILE_BYTES / 1024} KiB, so procfile-lint did not read it (a real Procfile is a few lines)`, false],
    permission: ['cannot be read: permission denied', false],
    'io-error': ['could not be read', false],
};
const procfileUnreadable = {
    scope: 'repository',
    meta: {
        id: 'procfile-unreadable',
        description: 'The root `Procfile` is not a readable regular file inside the repository (a directory, a FIFO, a symlink out of the repository, too large).',
        severity: 'error',
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

;// CONCATENATED MODULE: ./src/rules/process-type-name.ts


const processTypeName = {
    scope: 'procfile',
    meta: {
        id: 'process-type-name',
        description: 'A process type uses characters the platform does not accept in a name, so the line is not read.',
        severity: 'error',
        tags: ['syntax'],
    },
    *check({ procfile, platform }) {
        for (const line of procfile.lines) {
            if (line.kind !== 'process' || platform.processTypeName.isValid(line.type.text))
                continue;
            const type = line.type.text;
            const suggestion = type.replace(/[^A-Za-z0-9_]/g, '_');
            yield {
                range: rangeOf(line, line.type),
                message: `${quote(type)} is not a process type ${platform.name} accepts: names must ${platform.processTypeName.rule}, ` +
                    `so the line is skipped. Rename it, for example to ${quote(suggestion)}.`,
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
        severity: 'error',
        tags: ['syntax'],
    },
    *check({ procfile, platform }) {
        for (const line of procfile.lines) {
            if (line.kind !== 'process' || !line.gap)
                continue;
            yield {
                range: rangeOf(line, line.gap),
                message: `Whitespace between ${quote(line.type.text)} and \`:\` makes ${platform.name}, foreman and honcho skip this line ` +
                    `and Heroku's Cloud Native Buildpack reject the Procfile (dokku accepts it). Write ${quote(`${line.type.text}:`)} with no space.`,
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
        severity: 'error',
        tags: ['encoding'],
    },
    *check({ procfile, platform, reading }) {
        const { source, lines } = procfile;
        if (!source.bom || source.encoding !== 'utf-8')
            return;
        const first = lines[0];
        const lost = first?.kind === 'process' && !reading.entries.some((entry) => entry.line === 1);
        const effect = lost
            ? `${platform.name} cannot read the first line (${quote(first.type.text)}), as if it were not there`
            : `${platform.name} would not read a process declared on the first line`;
        yield {
            range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
            message: `The file starts with a byte order mark (EF BB BF): ${effect}, and Heroku's Cloud Native Buildpack and dokku reject the Procfile. ` +
                'Save it as UTF-8 without BOM (in VS Code: "Save with Encoding", "UTF-8").',
        };
    },
};

;// CONCATENATED MODULE: ./src/rules/index.ts
/** Every rule, in the order of the docs: discovery first, then the file's encoding, then its lines. */















const RULES = [
    procfileMisnamed,
    procfileNotRoot,
    procfileUnreadable,
    procfileEmpty,
    invalidEncoding,
    utf8Bom,
    crlfLineEndings,
    controlCharacter,
    invalidLine,
    leadingWhitespace,
    spaceBeforeColon,
    processTypeName,
    emptyCommand,
    duplicateProcessType,
    missingWeb,
];

;// CONCATENATED MODULE: ./src/engine/discover.ts
/**
 * Finds the root Procfile and the files that look as if they were meant to be it. Only the root directory and a
 * bounded number of directories below it are listed, so the cost does not grow with the size of the repository.
 */



const PROCFILE = 'Procfile';
/** Depth and breadth limits of the search below the root. */
const NESTED_SEARCH = { maxDepth: 3, maxDirectories: 500 };
const EDITOR_EXTENSIONS = new Set([
    '', 'txt', 'text', 'md', 'rtf', 'doc', 'docx', 'yml', 'yaml', 'json', 'toml', 'ini', 'cfg', 'conf', 'config',
    'sh', 'bash', 'cmd', 'bat', 'ps1', 'py', 'js', 'rb', 'procfile', 'file',
]);
/**
 * Directories that hold dependencies, virtualenvs, build output, tests or samples: a Procfile there is never the
 * one the app deploys with.
 */
const SKIPPED_DIRECTORIES = new Set([
    'node_modules', 'bower_components', 'jspm_packages', 'vendor', 'venv', 'env', 'virtualenv', 'virtualenvs',
    '__pycache__', 'site-packages', 'target', 'test', 'tests', '__tests__', 'spec', 'fixtures', 'testdata',
    'example', 'examples', 'sample', 'samples', 'docs',
]);
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
function discover(root) {
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
    return { root, rootEntries, procfile, nearMisses, nested: findNested(root, entries) };
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
/** Breadth-first, not following symlinks, skipping dependency folders, hidden folders and virtualenvs. */
function findNested(root, rootEntries) {
    const found = [];
    let level = subdirectories('', rootEntries);
    let budget = NESTED_SEARCH.maxDirectories;
    for (let depth = 1; depth <= NESTED_SEARCH.maxDepth && level.length > 0; depth++) {
        const next = [];
        for (const dir of level) {
            if (budget-- <= 0)
                return found.sort(compare);
            const entries = listDirectory(external_node_path_namespaceObject.join(root.absolute, dir));
            if (entries.some((entry) => entry.name === 'pyvenv.cfg'))
                continue;
            for (const entry of entries) {
                if (!entry.isDirectory() && isNestedCandidate(entry.name)) {
                    found.push(joinRelative(root.relative, joinRelative(dir, entry.name)));
                }
            }
            next.push(...subdirectories(dir, entries));
        }
        level = next.sort(compare);
    }
    return found.sort(compare);
}
function subdirectories(dir, entries) {
    return entries
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name))
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

;// CONCATENATED MODULE: ./src/engine/readers/foreman.ts


const isNameChar = (code) => isAsciiWordChar(code) || code === 45; /* - */
function readForeman(source) {
    if (source.encoding !== 'utf-8')
        return { entries: [], processes: [], swallowedLines: new Set(), failure: null };
    const pattern = { isNameChar, isSpace: isRubyRegexSpace, acrossLines: false };
    const { entries, swallowedLines } = matchEntries(source, pattern, source.bom);
    return { entries, processes: entries, swallowedLines, failure: entries.length === 0 ? 'no processes defined' : null };
}

;// CONCATENATED MODULE: ./src/engine/lint.ts
/** The engine: files -> discovery -> parse -> rules -> result. It knows nothing of GitHub or of output formats. */









function lint(options) {
    const platform = resolvePlatform(options.platform);
    const root = resolveAppRoot(options.workspace, options.path ?? '.');
    const discovery = discover(root);
    const read = discovery.procfile ? readFileInside(root.workspace, external_node_path_namespaceObject.join(root.workspace, discovery.procfile)) : null;
    const repository = {
        discovery,
        platform,
        procfileProblem: read && !read.ok ? read.problem : null,
        hasProcfile: read?.ok === true,
    };
    const findings = RULES.flatMap((rule) => rule.scope === 'repository' ? toFindings(rule, rule.check(repository), discovery.procfile ?? '') : []);
    if (!discovery.procfile || !read?.ok)
        return buildResult(null, platform, [], findings);
    const content = lintProcfile(read.bytes, { path: discovery.procfile, platform: platform.id });
    return buildResult(discovery.procfile, platform, content.processes, [...findings, ...content.findings]);
}
/** Lints the content of a Procfile alone, without looking at the files around it. */
function lintProcfile(bytes, options = {}) {
    const platform = resolvePlatform(options.platform);
    const file = options.path ?? 'Procfile';
    const procfile = parseProcfile(bytes);
    const reading = platform.read(procfile.source);
    const context = { path: file, procfile, platform, reading, common: readForeman(procfile.source) };
    const processes = reading.processes.map(({ type, command, line }) => ({ type, command, line }));
    const findings = RULES.flatMap((rule) => (rule.scope === 'procfile' ? toFindings(rule, rule.check(context), file) : []));
    return buildResult(file, platform, processes, findings);
}
function resolvePlatform(id = DEFAULT_PLATFORM) {
    const platform = findPlatform(id);
    if (!platform) {
        throw new UsageError(`Unknown platform '${id}'; use one of: ${PLATFORMS.map((p) => p.id).join(', ')}.`);
    }
    return platform;
}
function toFindings(rule, reports, file) {
    return Array.from(reports, (report) => ({
        rule: rule.meta.id,
        severity: report.severity ?? rule.meta.severity,
        message: report.message,
        file: report.file ?? file,
        ...(report.range ?? START_OF_FILE),
    }));
}
function buildResult(procfile, platform, processes, findings) {
    const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0]));
    for (const finding of findings)
        counts[finding.severity]++;
    return { procfile, platform: platform.id, processes, findings: findings.sort(byPosition), counts };
}
function byPosition(a, b) {
    return (compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        compareText(a.rule, b.rule) ||
        compareText(a.message, b.message));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * The result object as JSON: the contract documented in docs/result.md. What a terminal or a CI log would act on is
 * written as a JSON escape, which parses back to the same text: DEL and C1 controls, U+2028 and U+2029
 * (`JSON.stringify` escapes only C0 controls), and the second `#` of `##[`, which the Actions runner executes as a
 * workflow command anywhere in a line.
 */
function formatJson(result) {
    const json = JSON.stringify(result, null, 2)
        .replace(/[\u007f-\u009f\u2028\u2029]/gu, (char) => `\\u${char.codePointAt(0).toString(16).padStart(4, '0')}`)
        .replace(/##\[/g, '#\\u0023[');
    return `${json}\n`;
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
    return `${visible(file)}:${line}:${column}: ${severity}: ${printable(message)} [${rule}]`;
}
function verdict(result) {
    const { error, warning, notice } = result.counts;
    const where = result.procfile ? `${visible(result.procfile)}: ` : '';
    const noProcfile = result.procfile ? '' : ' (no Procfile at the app root)';
    if (error + warning + notice === 0) {
        const types = result.processes.map((process) => visible(process.type)).join(', ');
        return `✔ ${where}no problems${types ? ` (${types})` : noProcfile}`;
    }
    const parts = [plural(error, 'error'), plural(warning, 'warning'), plural(notice, 'notice')].filter(Boolean);
    return `${error > 0 ? '✖' : '⚠'} ${where}${parts.join(', ')}${noProcfile}`;
}
function plural(count, noun) {
    return count === 0 ? '' : `${count} ${noun}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/cli.ts
/** The command-line interface: the same engine and findings as the action, printed as text or JSON. */









const EXIT = { clean: 0, findings: 1, usage: 2 };
const FORMATS = ['text', 'json'];
const HELP = `Usage: procfile-lint [options] [dir]

Checks the Procfile of the app in <dir> (default: the current directory).

Options:
  --format <text|json>     output format (default: text)
  --fail-on <level>        exit 1 when a finding is at least this severe:
                           ${FAIL_ON_VALUES.join(', ')} (default: error)
  --platform <id>          platform to check against: ${PLATFORMS.map((p) => p.id).join(', ')} (default: ${PLATFORMS[0]?.id})
  -h, --help               show this help

Exit status: 0 no finding at --fail-on, 1 findings at --fail-on, 2 usage or internal error.
`;
function runCli(args, io) {
    try {
        return run(args, io);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        io.stderr(`procfile-lint: ${error instanceof UsageError ? '' : 'internal error: '}${message}\n`);
        if (!(error instanceof UsageError))
            io.stderr('Please report it with the command you ran.\n');
        return EXIT.usage;
    }
}
function run(args, io) {
    const { values, positionals } = parseOptions(args);
    if (values.help) {
        io.stdout(HELP);
        return EXIT.clean;
    }
    const format = values.format ?? 'text';
    if (!FORMATS.includes(format)) {
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got '${format}'.`);
    }
    const failOn = parseFailOn(values['fail-on'] ?? 'error', '--fail-on');
    if (positionals.length > 1)
        throw new UsageError(`expected at most one directory, got ${positionals.length}.`);
    const target = external_node_path_namespaceObject.resolve(io.cwd, positionals[0] ?? '.');
    // Paths in the output are relative to the current directory when the app is inside it, as the user typed them.
    const workspace = isInside(io.cwd, target) ? io.cwd : target;
    const result = lint({ workspace, path: external_node_path_namespaceObject.relative(workspace, target) || '.', platform: values.platform });
    io.stdout(format === 'json' ? formatJson(result) : formatText(result));
    return failingCount(result, failOn) > 0 ? EXIT.findings : EXIT.clean;
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
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        throw new UsageError(`${error.message}\nRun procfile-lint --help for usage.`);
    }
}

;// CONCATENATED MODULE: ./src/cli-entry.ts

process.exitCode = runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
});

