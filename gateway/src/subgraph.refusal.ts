import { GraphQLError } from 'graphql';

interface RefusalBody {
  errors?: { message?: unknown; extensions?: { code?: unknown } }[];
}

/**
 * A subgraph answers a refused request (a variable its scalar rejects, a body over its limit) with a 4xx
 * status and a GraphQL body; Apollo Gateway would turn that into "400: Bad Request" and INTERNAL_SERVER_ERROR.
 * The subgraph's own coded Russian error is what the client should see; anything else stays an internal error.
 */
export function subgraphRefusal(status: number, body: unknown): GraphQLError | null {
  if (status < 400 || status >= 500 || typeof body !== 'object' || body === null) return null;
  const [first] = (body as RefusalBody).errors ?? [];
  const code = first?.extensions?.code;
  const message = first?.message;
  if (typeof code !== 'string' || typeof message !== 'string' || code === 'INTERNAL_SERVER_ERROR') return null;
  return new GraphQLError(message, { extensions: { code } });
}
