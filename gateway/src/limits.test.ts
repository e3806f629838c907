import { buildSchema, parse, validate } from 'graphql';
import { queryLimitsRule } from './limits';

const schema = buildSchema(`
  type Query { node: Node, items(first: Int): [Node!]! }
  type Node { id: ID!, child: Node, children(first: Int): [Node!]! }
`);
const limits = { maxDepth: 4, maxAliases: 2, maxCost: 100 };
const codes = (query: string) => validate(schema, parse(query), [queryLimitsRule(limits)]).map((e) => e.extensions.code);

describe('query limits', () => {
  it('accepts a query within every bound', () => {
    expect(codes('{ node { id child { id } } }')).toEqual([]);
  });

  it('rejects depth past the limit, also through fragments', () => {
    expect(codes('{ node { child { child { child { child { id } } } } } }')).toEqual(['QUERY_TOO_COMPLEX']);
    expect(codes('{ node { ...F } } fragment F on Node { child { child { child { child { id } } } } }')).toEqual([
      'QUERY_TOO_COMPLEX',
    ]);
  });

  it('rejects too many aliases', () => {
    expect(codes('{ a: node { id } b: node { id } c: node { id } }')).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('multiplies cost by `first` so a wide page of wide pages is refused', () => {
    expect(codes('{ items(first: 5) { id } }')).toEqual([]);
    expect(codes('{ items(first: 50) { children(first: 50) { id } } }')).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('does not loop on recursive fragments', () => {
    expect(() => codes('{ node { ...F } } fragment F on Node { child { ...F } }')).not.toThrow();
  });
});
