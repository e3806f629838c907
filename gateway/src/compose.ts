import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { buildSchema, findBreakingChanges, parse, printSchema } from 'graphql';
import { defaultUrl, subgraphs } from './subgraphs';

const root = join(__dirname, '..', '..');
const supergraphPath = join(root, 'gateway', 'supergraph.graphql');
/** What clients see: the supergraph without the federation machinery; the web generates its types from it. */
const apiSchemaPath = join(root, 'gateway', 'api-schema.graphql');

/** Each service prints its own SDL; the gateway never imports service code. */
function subgraphSdl(name: string): string {
  return execFileSync(process.execPath, [join(root, 'services', name, 'dist', 'print-sdl.js')], { encoding: 'utf8' });
}

export function composeSupergraph(): { supergraph: string; apiSchema: string } {
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: defaultUrl(s.port), typeDefs: parse(subgraphSdl(s.name)) })),
  );
  if (result.errors) {
    throw new Error(`Supergraph does not compose:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return {
    supergraph: `${result.supergraphSdl.trim()}\n`,
    apiSchema: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`,
  };
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function apiSchema(supergraphSdl: string) {
  // Enough for a breaking-change report: the join/link machinery is identical on both sides.
  return buildSchema(supergraphSdl, { assumeValidSDL: true });
}

function main(): void {
  const check = process.argv.includes('--check');
  const { supergraph: next, apiSchema: nextApi } = composeSupergraph();
  const current = readOrEmpty(supergraphPath);
  if (current && current !== next) {
    const breaking = findBreakingChanges(apiSchema(current), apiSchema(next));
    for (const change of breaking) process.stdout.write(`breaking change: ${change.type}: ${change.description}\n`);
  }
  if (check) {
    if (current !== next) {
      process.stderr.write('gateway/supergraph.graphql is stale: run `npm run compose` and commit it.\n');
      process.exit(1);
    }
    if (readOrEmpty(apiSchemaPath) !== nextApi) {
      process.stderr.write('gateway/api-schema.graphql is stale: run `npm run compose` and commit it.\n');
      process.exit(1);
    }
    process.stdout.write('supergraph is up to date\n');
    return;
  }
  writeFileSync(supergraphPath, next);
  process.stdout.write(`wrote ${supergraphPath}\n`);
  writeFileSync(apiSchemaPath, nextApi);
  process.stdout.write(`wrote ${apiSchemaPath}\n`);
}

if (require.main === module) main();
