import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * The layout is the pipeline: inputs → collect (terraform ∥ AWS) → analyse → report → remediate →
 * render → publish (remediate turns findings into code, with the plan that proves it). A stage
 * imports only from the stages before it; `redact/`, `errors.ts` and `text.ts`
 * serve every stage; the Action's and the CLI's glue sit on top, sharing the pipeline file.
 */
const STAGES = ['inputs', 'collect', 'analyse', 'report', 'remediate', 'render', 'publish']
const GLUE = ['pipeline', 'action', 'cli']

/** An import path that reaches into `folder` (or the file `folder.ts`) from anywhere in src. */
const into = folder => `(^|/)${folder}(/|\\.js$)`

function layer(files, name, later) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: later.map(folder => ({
            regex: into(folder),
            message: `${name} comes before ${folder} in the pipeline (inputs → collect → analyse → report → remediate → render → publish): move the shared part down, or pass it in.`
          }))
        }
      ]
    }
  }
}

const stageLayers = STAGES.map((stage, i) =>
  layer([`src/${stage}/**/*.ts`], stage, [...STAGES.slice(i + 1), ...GLUE])
)

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
  layer(['src/redact/**/*.ts', 'src/errors.ts', 'src/version.ts', 'src/text.ts'], 'redact', [
    ...STAGES,
    ...GLUE
  ]),
  ...stageLayers,
  layer(['src/pipeline.ts'], 'pipeline', ['action', 'cli'])
)
