import type { DataSource } from 'typeorm';
import type { Direction } from '../domain/program.rules';
import { ProgramEntity } from '../entities/program.entity';
import type { SearchPosition, SearchSort } from './search-cursor';

export interface SearchFilter {
  text?: string;
  municipalityCode?: string;
  direction?: Direction;
  childAge?: number;
  dayOfWeek?: number;
  maxPriceKopecks?: number;
  freeSeatsOnly?: boolean;
  payableByCertificate?: boolean;
}

export interface SearchPage {
  programs: { program: ProgramEntity; position: SearchPosition }[];
  hasNextPage: boolean;
  totalCount: number;
  facets: { directions: { value: string; count: number }[]; municipalities: { value: string; count: number }[] };
}

type FacetName = 'direction' | 'municipalityCode';

/** WHERE clause over published programs; a facet leaves out its own filter so every choice still shows its count. */
function whereOf(filter: SearchFilter, params: unknown[], except?: FacetName): string {
  const add = (value: unknown) => `$${params.push(value)}`;
  const clauses = [`p.status = 'published'`];
  if (filter.text) {
    const text = add(filter.text);
    clauses.push(`(p.search_vector @@ websearch_to_tsquery('russian', ${text}) OR ${text} <% p.title)`);
  }
  if (filter.municipalityCode && except !== 'municipalityCode')
    clauses.push(`p.municipality_code = ${add(filter.municipalityCode)}`);
  if (filter.direction && except !== 'direction') clauses.push(`p.direction = ${add(filter.direction)}`);
  if (filter.childAge !== undefined) {
    const age = add(filter.childAge);
    clauses.push(`p.min_age <= ${age} AND p.max_age >= ${age}`);
  }
  if (filter.maxPriceKopecks !== undefined) clauses.push(`p.monthly_price_kopecks <= ${add(filter.maxPriceKopecks)}`);
  if (filter.payableByCertificate) clauses.push(`p.registry = 'certified'`);
  // The day and the free seats must belong to the same group: a parent needs a place on that day.
  const group = ['g.program_id = p.id', 'g.end_date >= current_date'];
  if (filter.dayOfWeek !== undefined) group.push(`${add(filter.dayOfWeek)}::smallint = ANY (g.days_of_week)`);
  if (filter.freeSeatsOnly) group.push('g.seats_taken < g.seats');
  if (group.length > 2) clauses.push(`EXISTS (SELECT 1 FROM program_groups g WHERE ${group.join(' AND ')})`);
  return clauses.join(' AND ');
}

const RANK = `ts_rank(p.search_vector, websearch_to_tsquery('russian', $1)) + word_similarity($1, p.title)`;

/** Text without relevance sorts by title: there is nothing to rank by. */
export const effectiveSort = (filter: SearchFilter, sort: SearchSort | undefined): SearchSort =>
  (sort ?? 'relevance') === 'relevance' ? (filter.text ? 'relevance' : 'title') : (sort ?? 'title');

const orderBy: Record<SearchSort, string> = {
  relevance: `${RANK} DESC, p.title, p.id`,
  price: 'p.monthly_price_kopecks, p.title, p.id',
  title: 'p.title, p.id',
};

/** Rows strictly after the position in the order of its sort, so paging never repeats or skips a program. */
function afterPosition(position: SearchPosition, params: unknown[]): string {
  const add = (value: unknown) => `$${params.push(value)}`;
  switch (position.sort) {
    case 'relevance': {
      const rank = add(position.rank);
      return `((${RANK}) < ${rank}::real OR ((${RANK}) = ${rank}::real AND (p.title, p.id) > (${add(position.title)}, ${add(position.id)}::uuid)))`;
    }
    case 'price':
      return `(p.monthly_price_kopecks, p.title, p.id) > (${add(position.priceKopecks)}::bigint, ${add(position.title)}, ${add(position.id)}::uuid)`;
    case 'title':
      return `(p.title, p.id) > (${add(position.title)}, ${add(position.id)}::uuid)`;
  }
}

interface PageRow {
  id: string;
  title: string;
  price: string;
  rank: string | null;
}

const positionOf = (row: PageRow, sort: SearchSort): SearchPosition =>
  sort === 'relevance'
    ? { sort, rank: row.rank ?? '0', title: row.title, id: row.id }
    : sort === 'price'
      ? { sort, priceKopecks: Number(row.price), title: row.title, id: row.id }
      : { sort, title: row.title, id: row.id };

/**
 * One page in keyset order (full-text russian relevance plus trigram word similarity on the title, price
 * or title), the total and the facets. One row past the page tells whether there is a next one.
 */
export async function searchPrograms(
  dataSource: DataSource,
  filter: SearchFilter,
  sort: SearchSort,
  after: SearchPosition | null,
  limit: number,
): Promise<SearchPage> {
  const params: unknown[] = [];
  const where = whereOf(filter, params);
  const pageParams = [...params];
  const keyset = after ? ` AND ${afterPosition(after, pageParams)}` : '';
  const rank = sort === 'relevance' ? `(${RANK})::text` : 'NULL';
  const rows: PageRow[] = await dataSource.query(
    `SELECT p.id, p.title, p.monthly_price_kopecks AS price, ${rank} AS rank FROM programs p
     WHERE ${where}${keyset} ORDER BY ${orderBy[sort]} LIMIT $${pageParams.push(limit + 1)}`,
    pageParams,
  );
  const page = rows.slice(0, limit);
  const [{ total }] = (await dataSource.query(`SELECT count(*)::int AS total FROM programs p WHERE ${where}`, params)) as {
    total: number;
  }[];
  const facet = async (column: string, name: FacetName) => {
    const facetParams: unknown[] = [];
    const facetRows: { value: string; count: number }[] = await dataSource.query(
      `SELECT p.${column} AS value, count(*)::int AS count FROM programs p WHERE ${whereOf(filter, facetParams, name)} GROUP BY 1 ORDER BY 2 DESC, 1`,
      facetParams,
    );
    return facetRows;
  };
  const programs = page.length === 0 ? [] : await dataSource.getRepository(ProgramEntity).findBy(page.map(({ id }) => ({ id })));
  const byId = new Map(programs.map((p) => [p.id, p]));
  return {
    programs: page.flatMap((row) => {
      const program = byId.get(row.id);
      return program ? [{ program, position: positionOf(row, sort) }] : [];
    }),
    hasNextPage: rows.length > limit,
    totalCount: total ?? 0,
    facets: {
      directions: await facet('direction', 'direction'),
      municipalities: await facet('municipality_code', 'municipalityCode'),
    },
  };
}
