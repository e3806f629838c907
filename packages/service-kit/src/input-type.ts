import { Field, InputType } from 'type-graphql';
import { z } from 'zod';

type GraphQLType = NonNullable<Parameters<typeof Field>[0]>;

/** One field of a GraphQL input: its GraphQL type and the zod rule that checks it, declared in one place. */
export type InputField<Rule extends z.ZodType = z.ZodType> = {
  type: GraphQLType;
  rule: Rule;
  description?: string;
  defaultValue?: z.input<Rule>;
  /**
   * Nullable in GraphQL although the rule wants a value: the rule then refuses the missing value with its own
   * Russian message, where GraphQL would answer in English before any resolver runs.
   */
  nullable?: true;
};

export function inputField<Rule extends z.ZodType>(
  type: GraphQLType,
  rule: Rule,
  options: Omit<InputField<Rule>, 'type' | 'rule'> = {},
): InputField<Rule> {
  return { type, rule, ...options };
}

type InputFields = Record<string, InputField>;
type RulesOf<Fields extends InputFields> = { [Key in keyof Fields]: Fields[Key]['rule'] };

export type InputClass<Fields extends InputFields> = {
  new (): { [Key in keyof Fields]: z.input<Fields[Key]['rule']> };
  /** The fields' rules as one object: what a resolver parses this input with (`parseInput`). */
  readonly schema: z.ZodObject<RulesOf<Fields>>;
};

/** A field is optional in GraphQL exactly when its rule accepts it absent. */
const acceptsAbsence = (rule: z.ZodType): boolean => rule.safeParse(undefined).success || rule.safeParse(null).success;

/**
 * A type-graphql input class and its zod schema, both built from one list of fields, so that a field cannot be
 * added to the GraphQL input and left unchecked, or checked and missing from the schema.
 */
export function inputType<Fields extends InputFields>(
  name: string,
  fields: Fields,
  options: { description?: string } = {},
): InputClass<Fields> {
  const rules = Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field.rule])) as RulesOf<Fields>;
  const schema = z.object(rules);
  const Input = class {
    static readonly schema = schema;
  };
  for (const [key, field] of Object.entries(fields)) {
    Field(field.type, {
      nullable: field.nullable ?? acceptsAbsence(field.rule),
      ...(field.description === undefined ? {} : { description: field.description }),
      ...(field.defaultValue === undefined ? {} : { defaultValue: field.defaultValue }),
    })(Input.prototype, key);
  }
  InputType(name, options.description === undefined ? {} : { description: options.description })(Input);
  return Input as unknown as InputClass<Fields>;
}

type OptionalFields<Fields extends InputFields> = {
  [Key in keyof Fields]: InputField<z.ZodOptional<z.ZodNullable<Fields[Key]['rule']>>>;
};

/** The same fields, each optional and without a default: the input of a change, where a field left out stays. */
export function optionalFields<Fields extends InputFields>(fields: Fields): OptionalFields<Fields> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, field]) => [
      key,
      { type: field.type, rule: field.rule.nullish(), ...(field.description ? { description: field.description } : {}) },
    ]),
  ) as OptionalFields<Fields>;
}
