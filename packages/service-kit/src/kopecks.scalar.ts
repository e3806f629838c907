import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const check = (value: unknown): number => {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) return Number(value);
  throw new GraphQLError('Сумма указывается целым числом копеек.', { extensions: { code: 'BAD_USER_INPUT' } });
};

/** Money is integer kopecks end to end; JSON numbers are exact up to 2^53, far above any budget. */
export const KopecksScalar = new GraphQLScalarType<number, number>({
  name: 'Kopecks',
  description: 'Сумма в копейках (целое число)',
  serialize: check,
  parseValue: check,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT)
      throw new GraphQLError('Сумма указывается целым числом копеек.', { extensions: { code: 'BAD_USER_INPUT' } });
    return check(ast.value);
  },
});

/** TypeORM reads bigint as string; this keeps entities in numbers. */
export const kopecksColumn = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
