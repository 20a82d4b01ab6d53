import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { OUTPUTS } from '../../src/publish/outputs.js'
import type { Report } from '../../src/model/report.js'

/** The output names action.yml declares, in its order, read line by line (the file is plain). */
function actionYmlOutputs(): string[] {
  const yml = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')
  const outputs = yml.slice(yml.indexOf('\noutputs:'), yml.indexOf('\nruns:'))
  return outputs.split('\n').flatMap(line => /^ {2}([a-z-]+):$/.exec(line)?.[1] ?? [])
}

describe('the outputs table', () => {
  it('has every output of action.yml, in its order, and no other', () => {
    expect(actionYmlOutputs()).toEqual(Object.keys(OUTPUTS))
  })

  it('gives each output its value from the report and the report path', () => {
    const report = {
      counts: { drifted: 2, unmanaged: 0 },
      unmanaged: { coverage: 87.5 }
    } as unknown as Report
    const values = Object.fromEntries(
      Object.entries(OUTPUTS).map(([name, value]) => [
        name,
        value({ report, reportPath: '/r.json' })
      ])
    )
    expect(values).toEqual({
      'drift-detected': 'true',
      'drifted-count': '2',
      'unmanaged-count': '0',
      coverage: '87.5',
      report: '/r.json'
    })
    const clean = { counts: { drifted: 0, unmanaged: 0 } } as unknown as Report
    expect(OUTPUTS['drift-detected']({ report: clean, reportPath: '' })).toBe('false')
    expect(OUTPUTS.coverage({ report: clean, reportPath: '' })).toBe('')
  })
})
