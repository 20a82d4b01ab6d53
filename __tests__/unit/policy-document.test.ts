import { describe, expect, it } from '@jest/globals'
import { isAdminDocument } from '../../src/collect/aws/listing/policy.js'
import { parsePolicyDocument, policyStatements } from '../../src/model/policy-document.js'

const ADMIN = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
}

describe('policy documents', () => {
  it('reads JSON text, and URL-encoded text where IAM returns it', () => {
    const text = JSON.stringify(ADMIN)
    expect(parsePolicyDocument(text)).toEqual(ADMIN)
    expect(parsePolicyDocument(encodeURIComponent(text))).toBeUndefined()
    expect(parsePolicyDocument(encodeURIComponent(text), { urlEncoded: true })).toEqual(ADMIN)
    // A plain document where a URL-encoded one was due is read as it is.
    expect(parsePolicyDocument(text, { urlEncoded: true })).toEqual(ADMIN)
  })

  it('takes no text that is not a JSON object for a document', () => {
    for (const text of ['', 'not json', '[]', '"*"', '42', 'null', '%7B'])
      expect(parsePolicyDocument(text, { urlEncoded: true })).toBeUndefined()
  })

  it('lists the statements, one or many, that say anything', () => {
    const one = { Effect: 'Deny', Action: 's3:*' }
    expect(policyStatements({ Statement: one })).toEqual([one])
    expect(policyStatements({ Statement: [one, {}, null, 'x', [one]] })).toEqual([one])
    expect(policyStatements({ Version: '2012-10-17' })).toEqual([])
    expect(policyStatements(undefined)).toEqual([])
  })

  it('judges a URL-encoded document that allows everything as administrator', () => {
    expect(isAdminDocument(encodeURIComponent(JSON.stringify(ADMIN)))).toBe(true)
    const narrow = { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }
    expect(isAdminDocument(encodeURIComponent(JSON.stringify(narrow)))).toBe(false)
    expect(isAdminDocument('%7Bbroken')).toBe(false)
  })
})
