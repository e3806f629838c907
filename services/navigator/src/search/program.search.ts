import type { DataSource } from 'typeorm';
import { ProgramEntity } from '../entities/program.entity';
import type { SearchPosition, SearchSort } from './search-cursor';
import { positionOf, searchStatement, typoTolerance, type SearchFilter, type SearchRow } from './search.sql';

export interface SearchPage {
  programs: { program: ProgramEntity; position: SearchPosition }[];
  hasNextPage: boolean;
  totalCount: number;
  facets: { directions: { value: string; count: number }[]; municipalities: { value: string; count: number }[] };
}

const facetOf = (pairs: [string, number][]) => pairs.map(([value, count]) => ({ value, count }));

/** One page in keyset order with the total and the facets: one search statement, then the page's programs by id. */
export async function searchPrograms(
  dataSource: DataSource,
  filter: SearchFilter,
  sort: SearchSort,
  after: SearchPosition | null,
  limit: number,
): Promise<SearchPage> {
  const { text, values } = searchStatement(filter, sort, after, limit);
  const [found] = (
    filter.text
      ? await dataSource.transaction(async (manager) => {
          await manager.query(typoTolerance.text);
          return manager.query(text, values);
        })
      : await dataSource.query(text, values)
  ) as SearchRow[];
  const rows = found?.page ?? [];
  const page = rows.slice(0, limit);
  const programs = page.length === 0 ? [] : await dataSource.getRepository(ProgramEntity).findBy(page.map(({ id }) => ({ id })));
  const byId = new Map(programs.map((p) => [p.id, p]));
  return {
    programs: page.flatMap((row) => {
      const program = byId.get(row.id);
      return program ? [{ program, position: positionOf(row, sort) }] : [];
    }),
    hasNextPage: rows.length > limit,
    totalCount: found?.total ?? 0,
    facets: { directions: facetOf(found?.directions ?? []), municipalities: facetOf(found?.municipalities ?? []) },
  };
}
