import type { z } from 'zod';

type DataSchema = z.ZodType<Record<string, unknown>>;

/** A versioned event: its name, the topic of the service that produces it, and the shape of its data. */
export interface EventDefinition<
  TType extends string = string,
  TVersion extends number = number,
  TSchema extends DataSchema = DataSchema,
> {
  readonly type: TType;
  readonly version: TVersion;
  readonly topic: string;
  readonly schema: TSchema;
}

export function defineEvent<TType extends string, TVersion extends number, TSchema extends DataSchema>(
  definition: EventDefinition<TType, TVersion, TSchema>,
): EventDefinition<TType, TVersion, TSchema> {
  return Object.freeze({ ...definition });
}

/** `EventData<typeof certificateIssued>` is the data that event carries. */
export type EventData<D extends EventDefinition> = z.infer<D['schema']>;
