import { afterAll } from '@jest/globals'
import { stopWarmProviders } from '../helpers/warm-provider.js'

// The integration project's setupFilesAfterEnv: a test file's warm providers end with the file
// (see helpers/warm-provider.ts). This module shares the file's registry, so it stops that pool.
afterAll(stopWarmProviders)
