// ESM project: ts-jest's ESM preset plus a mapper that strips the `.js` NodeNext makes us write.
// Two projects: `unit` needs neither the bundle nor moto (`npm run test:unit`); `integration`
// runs dist/ and real terraform against moto, one moto server per worker (its global setup).
// The tests run on the Node 20 of this machine; the Action runs on node24. The SDK's notice that
// its 2027 releases need Node 22 says nothing about a test, so the workers (which inherit this
// process's environment) do not print it. The CLI on Node 20 still does.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'

const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }]
  }
}

export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts']
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/setup/warm-providers.ts'],
      globalSetup: '<rootDir>/__tests__/setup/moto-global-setup.mjs',
      globalTeardown: '<rootDir>/__tests__/setup/moto-global-teardown.mjs'
    }
  ],
  testTimeout: 300000,
  maxWorkers: 2,
  // Node keeps every vm.SourceTextModule a test file loads (nodejs/node#59118, jestjs/jest#14605):
  // a worker's heap grew by 3 to 20 MB a file, to 450-580 MB by the end of `npm test`, and the
  // last exit, spent freeing it, took longer than the 500 ms Jest waits before it reports
  // "A worker process has failed to exit gracefully". Past this, Jest starts a fresh worker.
  workerIdleMemoryLimit: '300MB'
}
