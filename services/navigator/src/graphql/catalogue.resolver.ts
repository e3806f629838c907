import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { badInput, isMunicipalityCode, kuzbassMunicipalities, parseInput, type RequestContext } from '@pdo/service-kit';
import { z } from 'zod';
import { directionLabels, directions, type Direction } from '../domain/program.rules';
import { searchPrograms } from '../search/program.search';
import { ProgramSearchFilter, ProgramSearchResult } from './catalogue.type';

const filterSchema = z.object({
  text: z
    .string()
    .trim()
    .max(200, 'Слишком длинный запрос.')
    .nullish()
    .transform((t) => t || undefined),
  municipalityCode: z
    .string()
    .refine(isMunicipalityCode, 'Выберите муниципалитет Кузбасса.')
    .nullish()
    .transform((v) => v ?? undefined),
  direction: z
    .enum(directions as [Direction, ...Direction[]], { error: 'Такой направленности нет.' })
    .nullish()
    .transform((v) => v ?? undefined),
  childAge: z
    .number()
    .int()
    .min(0, 'Возраст — от 0 до 25 лет.')
    .max(25, 'Возраст — от 0 до 25 лет.')
    .nullish()
    .transform((v) => v ?? undefined),
  dayOfWeek: z
    .number()
    .int()
    .min(1, 'День недели — от 1 до 7.')
    .max(7, 'День недели — от 1 до 7.')
    .nullish()
    .transform((v) => v ?? undefined),
  maxPriceKopecks: z
    .number()
    .int()
    .min(0, 'Цена не может быть отрицательной.')
    .nullish()
    .transform((v) => v ?? undefined),
  freeSeatsOnly: z
    .boolean()
    .nullish()
    .transform((v) => v ?? undefined),
  payableByCertificate: z
    .boolean()
    .nullish()
    .transform((v) => v ?? undefined),
});
const pageSchema = z
  .number()
  .int()
  .min(1, 'Размер страницы должен быть от 1 до 100.')
  .max(100, 'Размер страницы должен быть от 1 до 100.');

// Cursors are opaque positions in the ordered result; clients only hand them back.
const encodeCursor = (position: number) => Buffer.from(`p:${position}`).toString('base64url');
function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const match = /^p:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput('Неверный курсор страницы.', 'after');
  return Number(match[1]) + 1;
}

const municipalityNames = new Map(kuzbassMunicipalities.map((m) => [m.code, m.name]));

@Resolver()
export class CatalogueResolver {
  @Query(() => ProgramSearchResult, {
    description: 'Поиск опубликованных программ: текст с опечатками, фильтры, страницы и счётчики',
  })
  async searchPrograms(
    @Arg('filter', () => ProgramSearchFilter, { defaultValue: {} }) filter: ProgramSearchFilter,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() { dataSource }: RequestContext,
  ): Promise<ProgramSearchResult> {
    const valid = parseInput(filterSchema, { ...filter });
    const limit = parseInput(pageSchema, first);
    const offset = decodeCursor(after);
    const page = await searchPrograms(dataSource, valid, offset, limit);
    const edges = page.programs.map((node, index) => ({ cursor: encodeCursor(offset + index), node }));
    return {
      edges,
      pageInfo: { hasNextPage: offset + edges.length < page.totalCount, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
      facets: {
        directions: page.facets.directions.map((f) => ({ ...f, label: directionLabels[f.value as Direction] })),
        municipalities: page.facets.municipalities.map((f) => ({ ...f, label: municipalityNames.get(f.value) ?? f.value })),
      },
    };
  }
}
