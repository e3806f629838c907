import { Arg, Ctx, Directive, Int, Query, Resolver } from 'type-graphql';
import { kuzbassMunicipalities, parseInput, readSource, type RequestContext } from '@pdo/service-kit';
import { z } from 'zod';
import { PUBLIC_CATALOGUE_MAX_AGE_SECONDS } from '../domain/catalogue-cache.rules';
import { directionLabels, type Direction } from '../domain/program.rules';
import { searchCatalogue } from '../operations/catalogue.operations';
import { primeProviders } from '../operations/provider.loader';
import { effectiveSort } from '../search/search.sql';
import { decodeCursor, encodeCursor, searchSorts } from '../search/search-cursor';
import { ProgramSearchFilter } from './catalogue.input';
import { ProgramSearchResult } from './catalogue.type';

const pageSchema = z
  .number()
  .int()
  .min(1, 'Размер страницы должен быть от 1 до 100.')
  .max(100, 'Размер страницы должен быть от 1 до 100.');

const sortSchema = z
  .enum(searchSorts, { error: 'Сортировка: relevance (по соответствию), price (по цене) или title (по названию).' })
  .nullish()
  .transform((v) => v ?? undefined);

const municipalityNames = new Map(kuzbassMunicipalities.map((m) => [m.code, m.name]));

@Resolver()
export class CatalogueResolver {
  // The same for every viewer: the gateway and the Ingress may keep an anonymous answer this long.
  @Directive(`@cacheControl(maxAge: ${PUBLIC_CATALOGUE_MAX_AGE_SECONDS})`)
  @Query(() => ProgramSearchResult, {
    description: 'Поиск опубликованных программ: текст с опечатками, фильтры, страницы и счётчики',
  })
  async searchPrograms(
    @Arg('filter', () => ProgramSearchFilter, { defaultValue: {} }) filter: ProgramSearchFilter,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor предыдущей страницы' })
    after: string | null | undefined,
    @Arg('sort', () => String, {
      nullable: true,
      description: 'relevance (по соответствию, когда задан текст; иначе по названию), price (дешевле сначала) или title',
    })
    sort: string | null | undefined,
    @Ctx() context: RequestContext,
  ): Promise<ProgramSearchResult> {
    const valid = parseInput(ProgramSearchFilter.schema, { ...filter });
    const limit = parseInput(pageSchema, first);
    const order = effectiveSort(valid, parseInput(sortSchema, sort));
    const position = after === null || after === undefined ? null : decodeCursor(after, order);
    const { page, providers } = await searchCatalogue(
      { primary: context.dataSource, replica: readSource(context) },
      valid,
      order,
      position,
      limit,
    );
    primeProviders(context, providers);
    const edges = page.programs.map(({ program, position: at }) => ({ cursor: encodeCursor(at), node: program }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
      facets: {
        directions: page.facets.directions.map((f) => ({ ...f, label: directionLabels[f.value as Direction] })),
        municipalities: page.facets.municipalities.map((f) => ({ ...f, label: municipalityNames.get(f.value) ?? f.value })),
      },
    };
  }
}
