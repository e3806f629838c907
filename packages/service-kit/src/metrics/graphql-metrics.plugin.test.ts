import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { errorCode, graphqlMetricsPlugin, operationLabeler, requestResult } from './graphql-metrics.plugin';
import { metricsRegistry } from './metrics.registry';

describe('operationLabeler', () => {
  it('labels by the operation name, never by anything longer or stranger', () => {
    const label = operationLabeler();
    expect(label('CatalogueSearch')).toBe('CatalogueSearch');
    expect(label(null)).toBe('anonymous');
    expect(label(undefined)).toBe('unresolved');
    expect(label('query { programs { id } }')).toBe('other');
    expect(label('x'.repeat(200))).toBe('other');
  });

  it('stops adding names past its limit, while the known ones keep their label', () => {
    const label = operationLabeler(2);
    expect([label('A'), label('B'), label('C'), label('A')]).toEqual(['A', 'B', 'other', 'A']);
  });
});

describe('errorCode', () => {
  it('takes the code the client sees', () => {
    expect(errorCode(new GraphQLError('нет мест', { extensions: { code: 'NO_SEATS_LEFT' } }))).toBe('NO_SEATS_LEFT');
    const rule = new GraphQLError('слишком глубоко', { extensions: { code: 'QUERY_TOO_COMPLEX' } });
    const wrapped = new GraphQLError(rule.message, { originalError: rule, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(errorCode(wrapped)).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts an error without a code as internal, and a code of free text as OTHER', () => {
    expect(errorCode(new GraphQLError('boom', { originalError: new Error('boom') }))).toBe('INTERNAL_SERVER_ERROR');
    expect(errorCode(new GraphQLError('x', { extensions: { code: 'relation "users" does not exist' } }))).toBe('OTHER');
  });
});

describe('requestResult', () => {
  it('tells success, the client’s errors and the server’s faults apart', () => {
    expect(requestResult(200, [])).toBe('success');
    expect(requestResult(200, ['NO_SEATS_LEFT'])).toBe('client_error');
    expect(requestResult(400, [])).toBe('client_error');
    expect(requestResult(200, ['NO_SEATS_LEFT', 'INTERNAL_SERVER_ERROR'])).toBe('server_error');
    expect(requestResult(503, [])).toBe('server_error');
  });
});

describe('graphqlMetricsPlugin', () => {
  const server = new ApolloServer({
    typeDefs: 'type Query { ok: Int, refused: Int, broken: Int }',
    resolvers: {
      Query: {
        ok: () => 1,
        refused: () => {
          throw new GraphQLError('Нельзя.', { extensions: { code: 'FORBIDDEN' } });
        },
        broken: () => {
          throw new Error('relation does not exist');
        },
      },
    },
    plugins: [graphqlMetricsPlugin()],
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => metricsRegistry.resetMetrics());

  const sample = async (name: string, labels: Record<string, string>) => {
    const metric = (await metricsRegistry.getSingleMetric(name)?.get())?.values ?? [];
    const found = metric.find(
      (value) =>
        (value as { metricName?: string }).metricName !== `${name}_bucket` &&
        Object.entries(labels).every(([key, wanted]) => value.labels[key] === wanted),
    );
    return found?.value;
  };

  it('counts each request by operation and result, and each error by code', async () => {
    await server.executeOperation({ query: 'query Fine { ok }' });
    await server.executeOperation({ query: 'query Fine { ok }' });
    await server.executeOperation({ query: 'query Refused { refused }' });
    await server.executeOperation({ query: 'query Broken { broken }' });
    await server.executeOperation({ query: '{ nosuchfield }' });

    expect(await sample('pdo_graphql_requests_total', { operation: 'Fine', result: 'success' })).toBe(2);
    expect(await sample('pdo_graphql_requests_total', { operation: 'Refused', result: 'client_error' })).toBe(1);
    expect(await sample('pdo_graphql_requests_total', { operation: 'Broken', result: 'server_error' })).toBe(1);
    expect(await sample('pdo_graphql_requests_total', { operation: 'unresolved', result: 'client_error' })).toBe(1);
    expect(await sample('pdo_graphql_errors_total', { operation: 'Refused', code: 'FORBIDDEN' })).toBe(1);
    expect(await sample('pdo_graphql_errors_total', { operation: 'Broken', code: 'INTERNAL_SERVER_ERROR' })).toBe(1);
    expect(await sample('pdo_graphql_errors_total', { operation: 'unresolved', code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
  });

  it('times each request by operation', async () => {
    await server.executeOperation({ query: 'query Fine { ok }' });
    const text = await metricsRegistry.metrics();
    expect(text).toMatch(/^pdo_graphql_request_duration_seconds_count\{operation="Fine"\} 1$/m);
    expect(text).not.toContain('query Fine');
  });
});
