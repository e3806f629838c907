import {
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLList,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const defaultLimits: QueryLimits = { maxDepth: 10, maxAliases: 20, maxCost: 2000 };

const LIST_MULTIPLIER = 10;

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

type Walk = { schema: GraphQLSchema; fragments: Map<string, FragmentDefinitionNode> };

/**
 * Depth, aliases and an estimated cost: each field costs 1; a list field multiplies its subtree by its
 * `first` argument, or by a fixed factor without one. Fragments are expanded.
 */
function measure(selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined, walk: Walk, seen: Set<string>): Measure {
  let depth = 0;
  let aliases = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) aliases += 1;
      if (!selection.selectionSet) {
        cost += 1;
        depth = Math.max(depth, 1);
        continue;
      }
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      const inner = measure(selection.selectionSet, field ? getNamedType(field.type) : undefined, walk, seen);
      const first = selection.arguments?.find((a) => a.name.value === 'first');
      const isList = !field || getNullableType(field.type) instanceof GraphQLList;
      const multiplier = !isList ? 1 : first?.value.kind === Kind.INT ? Math.max(1, Number(first.value.value)) : LIST_MULTIPLIER;
      depth = Math.max(depth, inner.depth + 1);
      aliases += inner.aliases;
      cost += 1 + multiplier * inner.cost;
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments.get(selection.name.value);
    if (!fragment) continue;
    const key = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : '';
    if (key && seen.has(key)) continue;
    const condition = fragment.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : parent;
    const inner = measure(fragment.selectionSet, condition ?? parent, walk, key ? new Set([...seen, key]) : seen);
    depth = Math.max(depth, inner.depth);
    aliases += inner.aliases;
    cost += inner.cost;
  }
  return { depth, aliases, cost };
}

const limitError = (message: string) => new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });

export function queryLimitsRule(limits: QueryLimits = defaultLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = new Map(
        context
          .getDocument()
          .definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
      );
      const schema = context.getSchema();
      const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
      const { depth, aliases, cost } = measure(operation.selectionSet, root ?? undefined, { schema, fragments }, new Set());
      if (depth > limits.maxDepth)
        context.reportError(limitError(`Запрос слишком глубокий: ${depth} уровней при допустимых ${limits.maxDepth}.`));
      if (aliases > limits.maxAliases)
        context.reportError(limitError(`Слишком много псевдонимов в запросе: ${aliases} при допустимых ${limits.maxAliases}.`));
      if (cost > limits.maxCost)
        context.reportError(limitError(`Запрос слишком тяжёлый: стоимость ${cost} при допустимой ${limits.maxCost}.`));
    },
  });
}
