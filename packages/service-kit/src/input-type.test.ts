import { graphql, printType, type GraphQLSchema } from 'graphql';
import { Arg, buildSchema, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { parseInput } from './errors';
import { inputField, inputType, optionalFields } from './input-type';

const AttachmentInput = inputType('AttachmentInput', {
  fileName: inputField(() => String, z.string().trim().min(1, 'Укажите имя файла.')),
});

const lessonFields = {
  title: inputField(() => String, z.string().trim().min(1, 'Укажите название.'), { description: 'Как в расписании' }),
  days: inputField(() => [Int], z.array(z.number().int().min(1).max(7))),
  teacherId: inputField(() => ID, z.uuid('Педагог не найден.').nullish()),
  online: inputField(() => Boolean, z.boolean(), { defaultValue: false }),
  agreed: inputField(() => Boolean, z.literal(true, 'Отметьте согласие.'), { nullable: true }),
  attachment: inputField(() => AttachmentInput, AttachmentInput.schema),
};
const LessonInput = inputType('LessonInput', lessonFields, { description: 'Занятие' });
const LessonChangesInput = inputType('LessonChangesInput', optionalFields(lessonFields));

@Resolver()
class LessonResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }

  @Mutation(() => String)
  addLesson(@Arg('input', () => LessonInput) input: InstanceType<typeof LessonInput>): string {
    return JSON.stringify(parseInput(LessonInput.schema, input));
  }

  @Mutation(() => String)
  changeLesson(@Arg('changes', () => LessonChangesInput) changes: InstanceType<typeof LessonChangesInput>): string {
    return JSON.stringify(parseInput(LessonChangesInput.schema, changes));
  }
}

describe('inputType: the GraphQL input and its zod rules from one list of fields', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildSchema({ resolvers: [LessonResolver], validate: false });
  });

  const sdl = (name: string) => printType(schema.getType(name)!);

  it('makes a field optional in GraphQL exactly when its rule accepts it absent, or when told to', () => {
    expect(sdl('LessonInput')).toBe(
      [
        '"""Занятие"""',
        'input LessonInput {',
        '  """Как в расписании"""',
        '  title: String!',
        '  days: [Int!]!',
        '  teacherId: ID',
        '  online: Boolean! = false',
        '  agreed: Boolean',
        '  attachment: AttachmentInput!',
        '}',
      ].join('\n'),
    );
  });

  it('builds the changes input from the same fields, each optional, without defaults', () => {
    expect(sdl('LessonChangesInput')).toBe(
      [
        'input LessonChangesInput {',
        '  """Как в расписании"""',
        '  title: String',
        '  days: [Int!]',
        '  teacherId: ID',
        '  online: Boolean',
        '  agreed: Boolean',
        '  attachment: AttachmentInput',
        '}',
      ].join('\n'),
    );
    expect(Object.keys(LessonChangesInput.schema.shape)).toEqual(Object.keys(LessonInput.schema.shape));
  });

  const run = async (source: string) => {
    const result = await graphql({ schema, source });
    return { data: result.data, errors: result.errors?.map((e) => ({ message: e.message, ...e.extensions })) };
  };

  it('checks what GraphQL passes with the same fields’ rules, nested inputs included', async () => {
    const accepted = await run(
      'mutation { addLesson(input: { title: " Лепка ", days: [1, 3], agreed: true, attachment: { fileName: " план.pdf " } }) }',
    );
    expect(JSON.parse(String(accepted.data?.addLesson))).toEqual({
      title: 'Лепка',
      days: [1, 3],
      online: false,
      agreed: true,
      attachment: { fileName: 'план.pdf' },
    });

    const nested = await run(
      'mutation { addLesson(input: { title: "Лепка", days: [1], agreed: true, attachment: { fileName: " " } }) }',
    );
    expect(nested.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', message: 'Укажите имя файла.' })]);
  });

  it('lets a field made nullable reach its rule, which refuses the missing value in Russian', async () => {
    const refused = await run('mutation { addLesson(input: { title: "Лепка", days: [1], attachment: { fileName: "a" } }) }');
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', message: 'Отметьте согласие.' })]);
  });

  it('checks each given change by the field’s own rule and leaves the others out', async () => {
    const changed = await run('mutation { changeLesson(changes: { title: " Лепка " }) }');
    expect(JSON.parse(String(changed.data?.changeLesson))).toEqual({ title: 'Лепка' });
    const refused = await run('mutation { changeLesson(changes: { teacherId: "не-uuid" }) }');
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', message: 'Педагог не найден.' })]);
  });
});
