export const id = 753;
export const ids = [753];
export const modules = {

/***/ 1753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfigFile: () => (/* binding */ parseConfigFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5710);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3422);
/**
 * `.procfile-lint.yml`, read with a real YAML parser so that every mistake is reported on its own line. Loaded only
 * when an app has the file: the parser is a fifth of the CLI's start-up time.
 */



/**
 * Reads `.procfile-lint.yml` text: every mistake of form becomes a problem at its position; the `rules` entries are
 * kept with theirs, for the runner to check against the rules it has (the engine knows no rule list).
 */
function parseConfigFile(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const problems = [];
    const at = (offset, endOffset) => {
        const start = lineCounter.linePos(offset);
        const end = lineCounter.linePos(Math.max(offset, endOffset));
        return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
    };
    const range = (node) => {
        const offsets = node?.range;
        return offsets ? at(offsets[0], offsets[1]) : at(0, 0);
    };
    const report = (message, node) => problems.push({ message, file, range: range(node) });
    for (const error of document.errors)
        problems.push({
            message: `${_config_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_FILE */ .g2} is not valid YAML: ${error.message.split('\n')[0]}`,
            file,
            range: at(error.pos[0], error.pos[1]),
        });
    if (document.errors.length > 0 || document.contents === null)
        return { file, entries: [], problems };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(document.contents)) {
        report(`${_config_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_FILE */ .g2} must be a mapping with a \`rules\` key.`, document.contents);
        return { file, entries: [], problems };
    }
    const entries = [];
    for (const item of document.contents.items) {
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(item.key) ? String(item.key.value) : '';
        if (key !== 'rules') {
            report(`Unknown key ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(key)} in ${_config_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_FILE */ .g2}: the only key is \`rules\`.`, item.key);
            continue;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(item.value)) {
            report('`rules` must map rule ids to off, error, warning or notice.', item.value);
            continue;
        }
        for (const entry of item.value.items) {
            const id = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(entry.key) ? String(entry.key.value) : '';
            const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(entry.value) ? String(entry.value.value) : '';
            entries.push({ id, value, idRange: range(entry.key), valueRange: range(entry.value) });
        }
    }
    return { file, entries, problems };
}


/***/ })

};
