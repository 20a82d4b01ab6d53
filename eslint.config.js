import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * The layout is the pipeline: inputs → collect (terraform ∥ AWS ∥ GitHub reads) → analyse →
 * report → remediate → render → publish (remediate turns findings into code, with the plan that
 * proves it), on a foundation every stage shares: `redact/`, `errors.ts`,
 * `text.ts` and `version.ts` at the very bottom, then the model (`model/`: findings, the Report,
 * severity, ARNs), the audit history (`history/`) and the GitHub client and audit-issue finders
 * (`github/`). A layer imports only from the layers below it, statically or with `import()`; the
 * Action's and the CLI's glue sit on top, sharing the pipeline file. docs/architecture.md draws it.
 */
const LAYERS = [
  'model',
  'history',
  'github',
  'inputs',
  'collect',
  'analyse',
  'report',
  'remediate',
  'render',
  'publish'
]
const GLUE = ['pipeline', 'action', 'cli']
/** The files under every layer: they import nothing from src but each other. */
const BASE = ['redact', 'errors', 'faults', 'text', 'version']

const ORDER = ['base', ...LAYERS].join(' → ')

/** How deep src's tree goes below a layer's folder; deeper files would escape the rule. */
const MAX_DEPTH = 6

/** A relative import that reaches src's `target` folder (or `target.ts`) from `depth` folders down. */
function into(target, depth) {
  const up = depth === 0 ? '\\./' : `(\\.\\./){${depth}}`
  return `^${up}${target}(/|\\.js$)`
}

/** The files of a folder of src at `depth` folders below src (1: the folder's own files). */
function filesAt(folder, depth) {
  return [`src/${folder}/${'*/'.repeat(depth - 1)}*.ts`]
}

/**
 * `name`'s files at one depth may import none of `later`: import declarations through
 * no-restricted-imports, `import()` through no-restricted-syntax (the first ignores it), with the
 * same message.
 */
function layer(files, depth, name, later) {
  const message = folder =>
    `${name} comes before ${folder} in the pipeline (${ORDER}): move the shared part down, or pass it in.`
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: later.map(folder => ({ regex: into(folder, depth), message: message(folder) }))
        }
      ],
      'no-restricted-syntax': [
        'error',
        ...later.map(folder => ({
          selector: `ImportExpression[source.value=/${into(folder, depth).replace(/\//g, '\\/')}/]`,
          message: message(folder)
        }))
      ]
    }
  }
}

function folderLayers(folder, name, later) {
  return Array.from({ length: MAX_DEPTH }, (_, i) =>
    layer(filesAt(folder, i + 1), i + 1, name, later)
  )
}

const rootFiles = names => names.map(name => `src/${name}.ts`)

const stageRules = [
  layer(rootFiles(BASE.slice(1)), 0, 'base', [...LAYERS, ...GLUE]),
  ...folderLayers('redact', 'base', [...LAYERS, ...GLUE]),
  ...LAYERS.flatMap((folder, i) => folderLayers(folder, folder, [...LAYERS.slice(i + 1), ...GLUE])),
  layer(rootFiles(['pipeline']), 0, 'pipeline', ['action', 'cli'])
]

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '**/.terraform/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly'
      }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  ...stageRules
)
