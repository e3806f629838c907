import { Supergraph } from '@apollo/federation-internals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kind, specifiedRules, validate, type DocumentNode } from 'graphql';
import { queryLimitsRule } from '../../../gateway/src/limits';
import * as billing from './billing.operations';
import * as certificates from './certificates.operations';
import * as downloads from './documents.operations';
import * as identity from './identity.operations';
import * as navigator from './navigator.operations';
import * as notifications from './notifications.operations';
import * as auth from '../auth/auth.operations';

// Every document the web client sends must pass the gateway: valid against the composed API and within its cost limit.
const supergraph = readFileSync(resolve(__dirname, '../../../gateway/supergraph.graphql'), 'utf8');
const schema = Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();

const isDocument = (value: unknown): value is DocumentNode =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === Kind.DOCUMENT;

const documents = Object.entries({
  ...auth,
  ...billing,
  ...certificates,
  ...downloads,
  ...identity,
  ...navigator,
  ...notifications,
}).filter((entry): entry is [string, DocumentNode] => isDocument(entry[1]));

describe('web client operations', () => {
  it('finds the operations', () => {
    expect(documents.length).toBeGreaterThan(40);
  });

  it.each(documents)('%s is valid for the gateway', (_name, document) => {
    expect(validate(schema, document, [...specifiedRules, queryLimitsRule()]).map((error) => error.message)).toEqual([]);
  });
});
