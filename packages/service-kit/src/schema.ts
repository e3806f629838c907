import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type AuthChecker, type NonEmptyArray } from 'type-graphql';
import type { RequestContext } from './context';
import { forbidden, unauthenticated } from './errors';
import { hasRole, type Role } from './viewer';

// Resolvers are classes whose constructors type-graphql calls itself.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ResolverClass = Function;
export type ReferenceResolvers = GraphQLResolverMap<RequestContext>;

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", ' +
  'import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

/**
 * Apollo's cache hints (`@cacheControl` on a field or type): the subgraph answers with the Cache-Control its
 * fields allow, and the gateway keeps the strictest of its subgraphs' answers. A field without one is not cached.
 */
const CACHE_CONTROL_DEFINITIONS = `
enum CacheControlScope { PUBLIC PRIVATE }
directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION`;

/**
 * `@Authorized('operator', …)` passes when the viewer holds one of the roles; bare `@Authorized()` needs a
 * signed-in viewer. Refusals throw our own coded errors (type-graphql's are English and say UNAUTHORIZED).
 */
const authChecker: AuthChecker<RequestContext, Role> = ({ context }, wanted) => {
  if (context.viewer.userId === null && !context.viewer.viaApiKey) throw unauthenticated();
  if (wanted.length > 0 && !hasRole(context.viewer, ...wanted)) throw forbidden();
  return true;
};

export interface SubgraphDefinition {
  resolvers: NonEmptyArray<ResolverClass>;
  /** types reachable only through federation (entity stubs owned elsewhere) */
  orphanedTypes?: ResolverClass[];
  /** `__resolveReference` per entity; kept apart from the resolver classes */
  referenceResolvers?: ReferenceResolvers;
}

/** The subgraph SDL (what `_service { sdl }` returns) and the resolvers that go with it. */
export async function buildSubgraphModule(
  definition: SubgraphDefinition,
): Promise<{ sdl: string; resolvers: ReferenceResolvers }> {
  const schema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    authChecker,
    validate: false,
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as ReferenceResolvers;
  for (const [typeName, fields] of Object.entries(definition.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(fields as object) };
  }
  return { sdl: `${FEDERATION_LINK}\n${CACHE_CONTROL_DEFINITIONS}\n\n${printSchemaWithDirectives(schema)}\n`, resolvers };
}

/** Turns type-graphql resolvers into a Federation 2 subgraph schema. */
export async function buildSubgraph(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  const { sdl, resolvers } = await buildSubgraphModule(definition);
  return buildSubgraphSchema([{ typeDefs: gql(sdl), resolvers }]);
}
