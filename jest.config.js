// One jest config for the whole monorepo; `scripts/test.ts` picks projects and provides the infrastructure.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@pdo/service-kit/testing$': '<rootDir>/packages/service-kit/src/testing',
    '^@pdo/pdf/testing$': '<rootDir>/packages/pdf/src/testing',
    '^@pdo/(service-kit|events)/domain$': '<rootDir>/packages/$1/src/domain',
    '^@pdo/(service-kit|events|pdf|table-export)$': '<rootDir>/packages/$1/src',
  },
  setupFiles: ['reflect-metadata'],
  rootDir: __dirname,
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/{packages,services,gateway}/*/src/**/*.test.ts',
        '<rootDir>/{gateway,scripts}/**/*.test.ts',
        '<rootDir>/web/src/**/*.test.ts',
      ],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test/'],
    },
    {
      ...common,
      displayName: 'k8s',
      testMatch: ['<rootDir>/k8s/test/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/long-timeout.setup.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{packages,services}/*/test/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/long-timeout.setup.ts'],
    },
    {
      ...common,
      displayName: 'system',
      testMatch: ['<rootDir>/test/system/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/long-timeout.setup.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/web/test/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/long-timeout.setup.ts'],
    },
  ],
};
