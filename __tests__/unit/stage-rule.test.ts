import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'
import { REPO_ROOT } from '../helpers/action.js'

/**
 * The stage rule of eslint.config.js, run as `npm run lint` runs it: a layer imports only from
 * the layers below it, and `import()` is held to the rule like an import declaration.
 */
const eslint = new ESLint({ cwd: REPO_ROOT })

/** The stage rule's messages for `code` as if it were the file at `filePath`. */
async function stageErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${filePath}` })
  return result.messages
    .filter(m => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map(m => m.message)
}

/** The rule's message, the same for a declaration (which ESLint prefixes with the path) and import(). */
const forward = (layer: string, later: string) =>
  expect.stringContaining(`${layer} comes before ${later} in the pipeline (base → model → `)

describe('the stage rule', () => {
  it('fails a forward import() from collect into publish, as it fails the import declaration', async () => {
    const dynamic = "export const load = () => import('../publish/outputs.js')\n"
    const declared =
      "export { setOutputs } from '../publish/outputs.js'\nimport '../publish/outputs.js'\n"
    expect(await stageErrors('src/collect/ignore-files.ts', dynamic)).toEqual([
      forward('collect', 'publish')
    ])
    expect(await stageErrors('src/collect/ignore-files.ts', declared)).toEqual([
      forward('collect', 'publish'),
      forward('collect', 'publish')
    ])
  })

  it('lets import() reach back to an earlier layer', async () => {
    const code = [
      "export const model = () => import('../model/report.js')",
      "export const inputs = () => import('../inputs/options.js')",
      "export const sibling = () => import('./driftignore.js')",
      "export const sdk = () => import('@actions/core')"
    ].join('\n')
    expect(await stageErrors('src/collect/ignore-files.ts', `${code}\n`)).toEqual([])
  })

  it('counts folders: from deep in collect, only a path that climbs to src reaches a stage', async () => {
    const file = 'src/collect/aws/listing/listers/ec2.ts'
    expect(
      await stageErrors(file, "export const r = () => import('../../../../render/text.js')\n")
    ).toEqual([forward('collect', 'render')])
    // Climbs only to src/collect/aws: a folder of collect's own that happens to share the name.
    expect(
      await stageErrors(file, "export const r = () => import('../../render/text.js')\n")
    ).toEqual([])
  })

  it('holds the shared layers below every stage, each below the next', async () => {
    expect(
      await stageErrors(
        'src/model/report.ts',
        "export const h = () => import('../history/state.js')\n"
      )
    ).toEqual([forward('model', 'history')])
    expect(await stageErrors('src/history/decode.ts', "import '../github/client.js'\n")).toEqual([
      forward('history', 'github')
    ])
    expect(
      await stageErrors(
        'src/github/client.ts',
        "export const c = () => import('../collect/aws/account.js')\n"
      )
    ).toEqual([forward('github', 'collect')])
    expect(
      await stageErrors('src/errors.ts', "export const m = () => import('./model/report.js')\n")
    ).toEqual([forward('base', 'model')])
    expect(
      await stageErrors(
        'src/history/compare.ts',
        "export const r = () => import('../model/report.js')\n"
      )
    ).toEqual([])
  })

  it('keeps the pipeline below the Action and the CLI', async () => {
    expect(
      await stageErrors('src/pipeline.ts', "export const a = () => import('./action/main.js')\n")
    ).toEqual([forward('pipeline', 'action')])
  })
})
