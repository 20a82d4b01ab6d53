// One size of the analysis benchmark, in its own process so its peak RSS is its own. Reads a
// plan JSON file and an inventory file written by bench/analysis.mjs, then runs what the Action
// runs on terraform's output: reading the plan, secrets, drift and severity, unmanaged
// classification, every renderer, and the scrubber over every output. Prints one JSON line.
import { createReadStream, readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

const [buildDir, planPath, inventoryPath] = process.argv.slice(2)
const load = path => import(pathToFileURL(`${buildDir}/src/${path}.js`).href)

const { PlanReader } = await load('collect/terraform/plan-reader')
const { collectSecrets } = await load('collect/terraform/secrets')
const { Scrubber } = await load('redact/sensitive')
const { analyseDirectory } = await load('analyse/directory')
const { unmanagedReport } = await load('analyse/unmanaged')
const { buildReport } = await load('report/build')
const { renderText } = await load('render/text')
const { renderJson } = await load('render/json')
const { renderSummary } = await load('render/summary')
const { renderComment } = await load('render/comment')
const { renderIssue } = await load('render/issue')
const { renderAnnotations } = await load('render/annotations')
const { renderSarif } = await load('render/sarif')
const { failureReason } = await load('report/verdict')

const inventory = JSON.parse(readFileSync(inventoryPath, 'utf8'))
const rssBefore = process.resourceUsage().maxRSS
const stages = {}
const started = performance.now()
let mark = started
const stage = name => {
  const now = performance.now()
  stages[name] = Math.round(now - mark)
  mark = now
}

// As the Action reads `terraform show -json`: streamed in pipe-sized chunks, never held whole.
const reader = new PlanReader()
let planBytes = 0
for await (const chunk of createReadStream(planPath, { highWaterMark: 1 << 16 })) {
  planBytes += chunk.length
  reader.write(chunk)
}
const plan = reader.end()
stage('readPlan')
const scrubber = new Scrubber()
scrubber.add(collectSecrets(plan))
stage('secrets')
const unmanaged = unmanagedReport({
  regions: inventory.regions,
  inventory,
  plans: [plan],
  labels: ['infra/fleet'],
  ignoreFiles: [],
  disabledOwnershipRules: []
})
stage('unmanaged')
const raw = buildReport({
  directories: [analyseDirectory({ label: 'infra/fleet', durationMs: 1, plan })],
  version: '0.0.0',
  run: {},
  unmanaged
})
stage('drift')
const report = scrubber.scrubDeep(raw)
stage('scrubReport')
const renderers = {
  text: () => renderText(report),
  json: () => renderJson(report),
  summary: () => renderSummary(report),
  comment: () => renderComment(report),
  issue: () => renderIssue(report).body,
  annotations: () => JSON.stringify(renderAnnotations(report)),
  sarif: () => renderSarif(report),
  verdict: () => failureReason(report, 'any', 'none') ?? ''
}
const outputs = []
const renderMs = {}
for (const [name, render] of Object.entries(renderers)) {
  const t = performance.now()
  outputs.push(render())
  renderMs[name] = Math.round(performance.now() - t)
}
stage('render')
let bytes = 0
for (const output of outputs) bytes += scrubber.scrub(output).length
stage('scrubOutputs')

console.log(
  JSON.stringify({
    totalMs: Math.round(performance.now() - started),
    analysisMs: Math.round(performance.now() - started - stages.readPlan),
    stages,
    renderMs,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    rssBeforeMb: Math.round(rssBefore / 1024),
    planMb: Math.round(planBytes / 1e5) / 10,
    drifted: report.counts.drifted,
    unmanaged: report.counts.unmanaged,
    secrets: scrubber.values.length,
    outputMb: Math.round(bytes / 1e5) / 10
  })
)
