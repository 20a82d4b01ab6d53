export const id = 689;
export const ids = [689];
export const modules = {

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   setOutputs: () => (/* binding */ setOutputs),
/* harmony export */   writeJobSummary: () => (/* binding */ writeJobSummary),
/* harmony export */   writeReportFile: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Publishes what needs no GitHub API: step outputs, the JSON report file and the job summary.
 * These go first, so a later API failure never loses the findings.
 */
async function writeReportFile(path, json) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(absolute), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(absolute, json, 'utf8');
    return absolute;
}
function setOutputs(report, reportPath) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('drift-detected', String(report.counts.drifted + report.counts.unmanaged > 0));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('drifted-count', String(report.counts.drifted));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('unmanaged-count', String(report.counts.unmanaged));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('coverage', report.unmanaged?.coverage != null ? String(report.unmanaged.coverage) : '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('report', reportPath);
}
async function writeJobSummary(markdown) {
    // Outside a runner (local runs, the CLI) there is no summary file to write.
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(markdown).write({ overwrite: false });
}


/***/ })

};

//# sourceMappingURL=689.index.js.map