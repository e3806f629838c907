import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DATABASE_IN_OPERATIONS =
  'Database access belongs in operations/ (use cases); call an operation and pass it the data source or manager.';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      '.cache/**',
      'test-artifacts/**',
      'web/dist/**',
      'web/src/gql/**',
      '**/*.tmp.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // domain/ holds pure rules: no framework, database, broker or network is loaded there
    files: ['services/*/src/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@pdo/service-kit',
              message: 'Import from @pdo/service-kit/domain: the root loads Express, Apollo and TypeORM.',
            },
            {
              name: '@pdo/events',
              message: 'Import from @pdo/events/domain: the root loads the Kafka client.',
              allowTypeImports: true,
            },
          ],
          patterns: [
            {
              regex:
                '^(typeorm|type-graphql|pg|kafkajs|express|nodemailer|@apollo/.*|graphql-.*|node:(fs|net|http|https|dgram|child_process)(/.*)?)$',
              message: 'domain/ holds pure rules without I/O; do the I/O in operations/ and pass the values in.',
            },
          ],
        },
      ],
    },
  },
  {
    // graphql/ and events/ only parse, authorise and call: the queries, the transaction and the outbox live in operations/
    files: ['services/*/src/{graphql,events}/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'typeorm', message: DATABASE_IN_OPERATIONS, allowTypeImports: true },
            { name: 'pg', message: DATABASE_IN_OPERATIONS, allowTypeImports: true },
            {
              name: '@pdo/events',
              importNames: ['publish', 'upsertIfNewer'],
              message: 'Events go to the outbox, and read models are written, in operations/, in the transaction of the change.',
            },
            {
              name: 'type-graphql',
              importNames: ['InputType', 'ArgsType'],
              message:
                'Declare an input with inputType() from @pdo/service-kit: one list of fields gives the GraphQL input and its zod rules.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(query|transaction|getRepository|createQueryBuilder)$/]',
          message: DATABASE_IN_OPERATIONS,
        },
        {
          selector: 'CallExpression[callee.object.name=/^(manager|dataSource|repository)$/]',
          message: DATABASE_IN_OPERATIONS,
        },
        {
          selector: 'CallExpression[callee.object.property.name=/^(manager|dataSource)$/]',
          message: DATABASE_IN_OPERATIONS,
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
