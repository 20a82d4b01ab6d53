export const id = 689;
export const ids = [689];
export const modules = {

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   setOutputs: () => (/* binding */ setOutputs),
/* harmony export */   writeJobSummary: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);

/**
 * Publishes what needs no GitHub API: step outputs and the job summary (the report files are
 * written by report-files.ts). These go first, so a later API failure never loses the findings.
 */
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