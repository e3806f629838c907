import type { CodegenConfig } from '@graphql-codegen/cli';

// The web's result and variable types come from the gateway's API schema (`npm run compose` prints it) and the
// documents in src; `npm run codegen -w web` writes them to src/gql, and `npm test` fails while they are stale.
const config: CodegenConfig = {
  schema: '../gateway/api-schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        onlyOperationTypes: true,
        skipTypename: true,
        useTypeImports: true,
        arrayInputCoercion: false,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', Kopecks: 'number' },
      },
    },
  },
};

export default config;
