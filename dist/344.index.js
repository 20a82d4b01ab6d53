export const id = 344;
export const ids = [344];
export const modules = {

/***/ 8344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  issueState: () => (/* binding */ issueState),
  publishResults: () => (/* binding */ publishResults)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/publish/annotations.ts

/**
 * Annotations as workflow commands (`::warning file=…,line=…::`). GitHub shows only the first 10
 * warnings and 10 errors of a step, so only those are sent this way; the caller puts all of them
 * in a check run when there are more.
 */
const WORKFLOW_COMMAND_LIMIT = 10;
function emitAnnotations(annotations) {
    let emitted = 0;
    let overflow = false;
    for (const level of ['error', 'warning']) {
        const ofLevel = annotations.filter(a => a.level === level);
        if (ofLevel.length > WORKFLOW_COMMAND_LIMIT)
            overflow = true;
        for (const a of ofLevel.slice(0, WORKFLOW_COMMAND_LIMIT)) {
            const properties = {
                title: a.title,
                ...(a.file ? { file: a.file } : {}),
                ...(a.line ? { startLine: a.line } : {})
            };
            if (level === 'error')
                core.error(a.message, properties);
            else
                core.warning(a.message, properties);
            emitted++;
        }
    }
    return { emitted, overflow };
}

// EXTERNAL MODULE: ./src/action/context.ts
var context = __webpack_require__(645);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/publish/github/client.ts




/** Retries after a server error; GitHub's own guidance is a few, spaced out. */
const RETRIES = 3;
/** Rate-limit retries: a bounded few, and only for waits a CI job can afford. */
const RATE_LIMIT_RETRIES = 2;
const RATE_LIMIT_MAX_WAIT_S = 60;
/**
 * Base of every back-off, in ms. The plugins' default is 1 s; DRIFTWATCH_RETRY_BASE_MS lets the
 * test suite keep the real retry logic while waiting milliseconds.
 */
function retryBaseMs(env) {
    const value = Number(env.DRIFTWATCH_RETRY_BASE_MS);
    return Number.isFinite(value) && value >= 0 && env.DRIFTWATCH_RETRY_BASE_MS !== '' ? value : 1000;
}
function createClient(token, log, env = process.env) {
    const base = retryBaseMs(env);
    const onLimit = (kind) => (retryAfter, options, _, count) => {
        const retrying = count < RATE_LIMIT_RETRIES && retryAfter <= RATE_LIMIT_MAX_WAIT_S;
        log.info(`GitHub ${kind} rate limit on ${options.method} ${options.url}: ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}`);
        return retrying;
    };
    return (0,github/* getOctokit */.Q)(token, {
        ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL.replace(/\/+$/, '') } : {}),
        retry: { retries: RETRIES, retryAfterBaseValue: base },
        throttle: {
            // The plugin spaces writes per id across every client of the process; one id per client
            // keeps that spacing for each run's own requests without clients waiting on each other.
            id: (0,external_node_crypto_.randomUUID)(),
            retryAfterBaseValue: base,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary')
        }
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** The HTTP status of a failed request, when it was one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

;// CONCATENATED MODULE: ./src/publish/github/checks.ts
/**
 * A check run carrying every annotation, for when workflow commands are not enough (GitHub shows
 * only 10 warnings and 10 errors of a step). The Checks API takes at most 50 annotations per
 * request; later updates append to the earlier ones.
 */
const ANNOTATIONS_PER_REQUEST = 50;
/** Only placed annotations can go to the Checks API: it requires a path and a line. */
function toCheckAnnotations(annotations) {
    return annotations.flatMap(a => a.file && a.line
        ? [
            {
                path: a.file,
                start_line: a.line,
                end_line: a.line,
                annotation_level: a.level === 'error' ? 'failure' : 'warning',
                title: a.title,
                message: a.message
            }
        ]
        : []);
}
async function publishCheckRun(client, target, text, annotations) {
    const all = toCheckAnnotations(annotations);
    const batches = [];
    for (let i = 0; i < all.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(all.slice(i, i + ANNOTATIONS_PER_REQUEST));
    if (batches.length === 0)
        batches.push([]);
    const output = (batch) => ({
        title: text.title,
        summary: text.summary,
        annotations: batch
    });
    const finished = { status: 'completed', conclusion: text.conclusion };
    const only = batches.length === 1;
    const { data } = await client.rest.checks.create({
        owner: target.owner,
        repo: target.repo,
        name: text.name,
        head_sha: target.headSha,
        ...(only ? finished : { status: 'in_progress' }),
        output: output(batches[0])
    });
    try {
        for (let i = 1; i < batches.length; i++) {
            const last = i === batches.length - 1;
            await client.rest.checks.update({
                owner: target.owner,
                repo: target.repo,
                check_run_id: data.id,
                ...(last ? finished : {}),
                output: output(batches[i])
            });
        }
    }
    catch (error) {
        // A run left in_progress shows as pending on the pull request forever: complete it with what
        // it has before reporting the failure.
        await client.rest.checks
            .update({
            owner: target.owner,
            repo: target.repo,
            check_run_id: data.id,
            ...finished,
            output: { title: text.title, summary: text.summary }
        })
            .catch(() => undefined);
        throw error;
    }
    return {
        id: data.id,
        url: data.html_url ?? '',
        annotations: all.length,
        requests: batches.length
    };
}

;// CONCATENATED MODULE: ./src/publish/github/comment.ts
const DIGEST = /<!-- driftwatch:digest:([0-9a-f]+) -->/;
/**
 * Whether an existing body already says what the new one says. Bodies carry a digest of their
 * content without the run link and time but with the commit they reflect: a re-run on the same
 * commit that finds the same thing edits nothing, and a push edits the comment so it names the
 * new commit (an edit notifies no one).
 */
function sameContent(existing, wanted) {
    const a = DIGEST.exec(existing)?.[1];
    const b = DIGEST.exec(wanted)?.[1];
    return a !== undefined && b !== undefined ? a === b : existing === wanted;
}
async function upsertComment(client, target, marker, body) {
    const { owner, repo, issueNumber } = target;
    const comments = await client.paginate(client.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100
    });
    // Oldest first, as GitHub lists them: if a race ever left two, the first stays the living one.
    const existing = comments.find(comment => comment.body?.includes(marker));
    if (!existing) {
        const { data } = await client.rest.issues.createComment({
            owner,
            repo,
            issue_number: issueNumber,
            body
        });
        return { action: 'created', id: data.id, url: data.html_url };
    }
    if (sameContent(existing.body ?? '', body)) {
        return { action: 'unchanged', id: existing.id, url: existing.html_url };
    }
    const { data } = await client.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body
    });
    return { action: 'updated', id: data.id, url: data.html_url };
}

;// CONCATENATED MODULE: ./src/publish/github/context.ts
/**
 * Which repository, event and pull request a run belongs to (the Action reads it from the
 * runner: action/context.ts), and, from that and the `publish` input, where results go.
 */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const AUDIT_EVENTS = new Set(['schedule', 'workflow_dispatch']);
/** `auto`: pull request events comment, scheduled and manual runs keep the audit issue. */
function publishTargets(publish, eventName) {
    if (publish.includes('none'))
        return { comment: false, issue: false };
    if (publish.includes('auto')) {
        return {
            comment: PULL_REQUEST_EVENTS.has(eventName),
            issue: AUDIT_EVENTS.has(eventName)
        };
    }
    return { comment: publish.includes('comment'), issue: publish.includes('issue') };
}

;// CONCATENATED MODULE: ./src/publish/github/issue.ts

const LABEL_COLOUR = 'd93f0b';
function isOurs(issue, marker) {
    return !issue.pull_request && (issue.body ?? '').includes(marker);
}
async function findOpen(client, target, marker) {
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        owner: target.owner,
        repo: target.repo,
        state: 'open',
        labels: target.label,
        sort: 'created',
        direction: 'asc',
        per_page: 100
    });
    return issues.find(issue => isOurs(issue, marker));
}
/**
 * The issue to reopen: the most recently updated closed one, unless someone closed it as not
 * planned, which is a decision to respect by starting a fresh issue instead.
 */
async function findClosed(client, target, marker) {
    const { data } = await client.rest.issues.listForRepo({
        owner: target.owner,
        repo: target.repo,
        state: 'closed',
        labels: target.label,
        sort: 'updated',
        direction: 'desc',
        per_page: 100
    });
    const last = data.find(issue => isOurs(issue, marker));
    return last && last.state_reason !== 'not_planned' ? last : undefined;
}
async function ensureLabel(client, target) {
    try {
        await client.rest.issues.getLabel({
            owner: target.owner,
            repo: target.repo,
            name: target.label
        });
        return;
    }
    catch (error) {
        if (statusOf(error) !== 404)
            throw error;
    }
    try {
        await client.rest.issues.createLabel({
            owner: target.owner,
            repo: target.repo,
            name: target.label,
            color: LABEL_COLOUR,
            description: 'Infrastructure drift found by Driftwatch'
        });
    }
    catch (error) {
        // Another run created it in between.
        if (statusOf(error) !== 422)
            throw error;
    }
}
async function syncIssue(client, target, marker, state, texts) {
    const { owner, repo } = target;
    const open = await findOpen(client, target, marker);
    if (state === 'clean') {
        if (!open)
            return { action: 'none' };
        // Closed first: a note saying "closing" on an issue whose close then failed would be posted
        // again by every later clean audit.
        await client.rest.issues.update({
            owner,
            repo,
            issue_number: open.number,
            // The description keeps the drift this issue was about; the comment says it is resolved.
            state: 'closed',
            state_reason: 'completed'
        });
        await client.rest.issues.createComment({
            owner,
            repo,
            issue_number: open.number,
            body: texts.resolved
        });
        return { action: 'closed', number: open.number, url: open.html_url };
    }
    if (open) {
        await client.rest.issues.update({
            owner,
            repo,
            issue_number: open.number,
            title: texts.title,
            body: texts.body
        });
        return { action: 'updated', number: open.number, url: open.html_url };
    }
    // An audit that could not check everything neither opens nor closes anything.
    if (state === 'incomplete')
        return { action: 'none' };
    const closed = await findClosed(client, target, marker);
    if (closed) {
        await client.rest.issues.update({
            owner,
            repo,
            issue_number: closed.number,
            title: texts.title,
            body: texts.body,
            state: 'open'
        });
        await client.rest.issues.createComment({
            owner,
            repo,
            issue_number: closed.number,
            body: texts.returned
        });
        return { action: 'reopened', number: closed.number, url: closed.html_url };
    }
    await ensureLabel(client, target);
    const { data } = await client.rest.issues.create({
        owner,
        repo,
        title: texts.title,
        body: texts.body,
        labels: [target.label]
    });
    return { action: 'created', number: data.number, url: data.html_url };
}

;// CONCATENATED MODULE: ./src/publish/github/publish.ts





function describeFailure(what, permission, error, context) {
    const status = statusOf(error);
    // Octokit appends the documentation URL to the server's message; the message is what helps.
    const detail = (error instanceof Error ? error.message : String(error))
        .split('\n')[0]
        .replace(/ - https:\/\/docs\.github\.com\S*$/, '');
    if ((status === 403 || status === 404) && !/rate limit/i.test(detail)) {
        const fork = context.fromFork
            ? ' Pull requests from forks get a read-only token, so there the job summary is the report.'
            : '';
        return (`Driftwatch could not ${what}: the token lacks the \`${permission}\` permission ` +
            `(HTTP ${status}: ${detail}). Add \`permissions: ${permission}\` to the job.${fork} ` +
            `The findings are in the job summary and the report file.`);
    }
    if (status === 401) {
        return `Driftwatch could not ${what}: GitHub rejected the token (HTTP 401). Check the github-token input.`;
    }
    return (`Driftwatch could not ${what} (${status ? `HTTP ${status}: ` : ''}${detail}), even after ` +
        `retrying. The findings are in the job summary, the step outputs and the report file.`);
}
async function publishToGitHub(rendered, inputs, context, log, makeClient = token => createClient(token, log)) {
    const targets = publishTargets(inputs.publish, context?.eventName ?? '');
    const wantComment = targets.comment;
    const wantCheck = rendered.annotationOverflow;
    if (!wantComment && !targets.issue && !wantCheck)
        return;
    if (!context) {
        log.info('Not running in a GitHub repository (GITHUB_REPOSITORY unset): nothing to publish.');
        return;
    }
    if (!inputs.githubToken) {
        log.warning('The github-token input is empty: no pull request comment, audit issue or check run. ' +
            'The findings are in the job summary.');
        return;
    }
    const client = makeClient(inputs.githubToken);
    const { owner, repo } = context;
    const guard = async (what, permission, action) => {
        try {
            await action();
        }
        catch (error) {
            log.warning(describeFailure(what, permission, error, context));
        }
    };
    if (wantComment) {
        const number = context.pullNumber;
        if (number === undefined) {
            log.info(`publish asks for a pull request comment, but the ${context.eventName} event has no pull request.`);
        }
        else {
            await guard(`comment on pull request #${number}`, 'pull-requests: write', async () => {
                const result = await upsertComment(client, { owner, repo, issueNumber: number }, rendered.comment.marker, rendered.comment.body);
                log.info(`Pull request comment ${result.action}: ${result.url}`);
            });
        }
    }
    if (targets.issue) {
        await guard('update the audit issue', 'issues: write', async () => {
            const result = await syncIssue(client, { owner, repo, label: inputs.issueLabel }, rendered.issue.marker, rendered.issue.state, rendered.issue.texts);
            log.info(result.action === 'none'
                ? 'Audit issue: nothing to open or close.'
                : `Audit issue #${result.number} ${result.action}: ${result.url}`);
        });
    }
    if (wantCheck) {
        const headSha = context.headSha;
        if (!headSha) {
            log.info('No commit SHA (GITHUB_SHA unset): the annotations beyond the first ten are only in the job summary.');
        }
        else {
            await guard(`publish all ${rendered.annotations.length} annotations as a check run`, 'checks: write', async () => {
                const result = await publishCheckRun(client, { owner, repo, headSha }, rendered.check, rendered.annotations);
                log.info(`Check run with ${result.annotations} annotations in ${result.requests} request(s): ${result.url}`);
            });
        }
    }
}

// EXTERNAL MODULE: ./src/report/severity.ts
var severity = __webpack_require__(9179);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/render/changes.ts
var render_changes = __webpack_require__(6965);
// EXTERNAL MODULE: ./src/render/sections.ts
var sections = __webpack_require__(1102);
;// CONCATENATED MODULE: ./src/render/annotations.ts




/** GitHub's limits: a check run annotation's title is 255 characters, its message 64 KB. */
const TITLE_MAX = 255;
const VALUE_MAX = 120;
/** A line holds a path and up to two folded values, each with its length note. */
const LINE_MAX = 3 * VALUE_MAX;
const CHANGES_MAX = 20;
function clip(text, max) {
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
function message(finding, concerns, dir) {
    const lines = [];
    if (concerns.length > 0)
        lines.push(`Security relevant: ${concerns.join('; ')}.`);
    if (finding.kind === 'deleted') {
        lines.push('Deleted outside Terraform: the next apply would create it again.');
    }
    else {
        lines.push('Changed outside Terraform (state → real):');
        const changes = (0,render_changes/* describeChanges */.DT)(finding.type, finding.changes, { valueLength: VALUE_MAX });
        for (const line of changes.slice(0, CHANGES_MAX))
            lines.push(`  ${clip((0,render_changes/* changeLineText */.Ir)(line), LINE_MAX)}`);
        if (changes.length === 0)
            lines.push(`  ${render_changes/* FORM_ONLY */.gK}`);
        const hidden = changes.length - CHANGES_MAX;
        if (hidden > 0)
            lines.push(`  …and ${hidden} more attributes (see the job summary)`);
    }
    lines.push(`Working directory: ${dir}`);
    return lines.join('\n');
}
function renderAnnotations(report) {
    return report.directories.flatMap(dir => dir.drift.map(finding => {
        const concerns = (0,severity/* securityConcerns */.k2)(finding);
        const what = finding.kind === 'deleted' ? 'deleted' : 'changed';
        return {
            level: concerns.length > 0 ? 'error' : 'warning',
            title: clip(`Drift: ${finding.address} ${what} outside Terraform`, TITLE_MAX),
            message: message(finding, concerns, dir.path),
            ...(finding.location ? { file: finding.location.file, line: finding.location.line } : {})
        };
    }));
}
/** Title and summary of the check run that carries the annotations beyond the first ten. */
function renderCheckRun(report, annotations) {
    const errors = annotations.filter(a => a.level === 'error').length;
    const warnings = annotations.length - errors;
    return {
        title: clip(`${(0,markdown/* plural */.LS)(report.counts.drifted, 'drifted resource')} (${errors} security-relevant, ${warnings} other)`, TITLE_MAX),
        summary: [
            `### ${(0,sections/* headline */.Pl)(report)}`,
            (0,sections/* countsTable */.Po)(report),
            'Each drifted resource is annotated at its `resource` block; the job summary has the full report.'
        ].join('\n\n')
    };
}

// EXTERNAL MODULE: ./src/render/comment.ts
var comment = __webpack_require__(8141);
// EXTERNAL MODULE: ./src/render/markers.ts
var markers = __webpack_require__(6327);
;// CONCATENATED MODULE: ./src/render/issue.ts



/** `infra/prod` for `./infra/prod/`; the repository root is the root module. */
function directoryName(path) {
    const relative = (0,markers/* normalise */.j7)(path);
    return relative === '.' ? 'the root module' : relative;
}
function directoriesLabel(report) {
    const names = [...new Set(report.directories.map(d => directoryName(d.path)))];
    const shown = names.slice(0, 3).join(', ');
    return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}
/** A title is plain text on GitHub; it names the directories so two audits' issues differ. */
function issueTitle(report) {
    const title = `Driftwatch: drift in ${directoriesLabel(report)}`;
    return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}
function preamble(report) {
    return (`This issue is kept up to date by Driftwatch: each audit rewrites this description, and the ` +
        `first audit that finds no drift closes it. Last audit: ${report.generatedAt}` +
        (report.run.runUrl ? ` (${(0,sections/* runLink */.ut)(report)}).` : '.'));
}
function issueBody(report, limits) {
    return [
        (0,markers/* marker */.xL)('issue', (0,markers/* reportKey */.y1)(report)),
        `## ${(0,sections/* headline */.Pl)(report)}`,
        preamble(report),
        ...(0,comment/* reportBody */.F3)(report, limits),
        (0,comment/* footer */.qr)(report)
    ]
        .filter(Boolean)
        .join('\n\n')
        .concat('\n');
}
function renderIssue(report) {
    const body = (0,comment/* fitBody */.KM)(report, 'issue', `## ${(0,sections/* headline */.Pl)(report)}`, limits => issueBody(report, limits));
    return { title: issueTitle(report), body };
}
/** Posted before the issue is closed: the audit that found everything back in line. */
function renderIssueResolved(report) {
    const link = (0,sections/* runLink */.ut)(report);
    return `✅ The audit of ${report.generatedAt} found no drift${link ? ` (${link})` : ''}. Closing this issue; Driftwatch reopens it if drift returns.`;
}
/** Posted when a closed issue is reopened because drift is back. */
function renderIssueReturned(report) {
    const link = (0,sections/* runLink */.ut)(report);
    return `🔴 Drift is back: the audit of ${report.generatedAt} found ${countsSummary(report)}${link ? ` (${link})` : ''}. The description above is up to date.`;
}
function countsSummary(report) {
    const { drifted, unmanaged } = report.counts;
    const parts = [
        drifted > 0 ? `${drifted} drifted resource${drifted === 1 ? '' : 's'}` : '',
        unmanaged > 0 ? `${unmanaged} unmanaged resource${unmanaged === 1 ? '' : 's'}` : ''
    ].filter(Boolean);
    return parts.join(' and ') || 'drift';
}

;// CONCATENATED MODULE: ./src/action/results.ts









/**
 * Where results appear on GitHub, after the summary, outputs and report file are written:
 * annotations first, then the comment, issue and check run. Every text passes the scrubber on
 * its way out. Nothing here can fail the step; that is the findings' decision alone.
 */
function issueState(report) {
    if (report.counts.drifted > 0 || report.counts.unmanaged > 0)
        return 'findings';
    return report.counts.errors > 0 ? 'incomplete' : 'clean';
}
async function publishResults(report, inputs, scrubber, failure) {
    try {
        const scrub = (text) => scrubber.scrub(text);
        const annotations = inputs.annotations
            ? renderAnnotations(report).map(a => ({
                ...a,
                title: scrub(a.title),
                message: scrub(a.message)
            }))
            : [];
        const { overflow } = emitAnnotations(annotations);
        const key = (0,markers/* reportKey */.y1)(report);
        const issue = renderIssue(report);
        const check = renderCheckRun(report, annotations);
        await publishToGitHub({
            comment: { marker: (0,markers/* marker */.xL)('comment', key), body: scrub((0,comment/* renderComment */.wQ)(report)) },
            issue: {
                marker: (0,markers/* marker */.xL)('issue', key),
                state: issueState(report),
                texts: {
                    title: scrub(issue.title),
                    body: scrub(issue.body),
                    resolved: scrub(renderIssueResolved(report)),
                    returned: scrub(renderIssueReturned(report))
                }
            },
            check: {
                name: 'Driftwatch',
                title: scrub(check.title),
                summary: scrub(check.summary),
                conclusion: failure ? 'failure' : 'neutral'
            },
            annotations,
            annotationOverflow: overflow
        }, inputs, await (0,context/* readEventContext */.ws)(), { info: message => core.info(message), warning: message => core.warning(message) });
    }
    catch (error) {
        core.debug(error instanceof Error ? (error.stack ?? '') : '');
        core.warning(`Driftwatch could not publish to GitHub: ${(0,errors/* messageOf */.bD)(error)}. The findings are in the job summary and the report file.`);
    }
}


/***/ })

};

//# sourceMappingURL=344.index.js.map