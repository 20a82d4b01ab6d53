import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { DeferredLog } from '../../src/action/toolkit.js'

describe('DeferredLog', () => {
  afterEach(() => {
    jest.restoreAllMocks()
  })

  it('writes what came before the toolkit loaded, in order, masks before later lines', async () => {
    const written: string[] = []
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      written.push(String(chunk))
      return true
    })
    const log = new DeferredLog()
    log.info('Planning infra/prod')
    log.secret('s3cr3t-value')
    log.warning('Inventory: eu-west-1 denied access')
    log.notice('Provider cache skipped')
    expect(written).toEqual([])

    const core = await log.load()
    log.info('after loading')
    core.info('the toolkit itself')
    expect(written.map(line => line.trim())).toEqual([
      'Planning infra/prod',
      '::add-mask::s3cr3t-value',
      '::warning::Inventory: eu-west-1 denied access',
      '::notice::Provider cache skipped',
      'after loading',
      'the toolkit itself'
    ])
  })
})
