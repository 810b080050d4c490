/** Jest runs the TypeScript sources as native ESM through SWC (type-checking is `npm run typecheck`). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', importAttributes: true }, target: 'es2023', experimental: { keepImportAttributes: true } },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // The evaluation corpora's own self-checks (each builds its corpus twice and reopens every file with
  // its format's library) matter only when a corpus changes, and they are frozen: \`npm run
  // test:corpora\` runs them. \`test/corpus/accuracy.test.ts\` builds every corpus and classifies it on
  // every run.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/corpus/eval\\d*/'],
  testTimeout: 30000,
  // Every core (jest's default leaves one free): on CI's two cores, two workers take the suite from
  // about 6 to about 4 minutes; the tests share nothing but DynamoDB Local, each on tables of its own.
  maxWorkers: '100%',
  // One DynamoDB Local (AWS's own emulator, on a free loopback port) for the whole run; stopped after.
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
};
