import type { DataSource } from 'typeorm';
import type { Direction } from '../domain/program.rules';
import { ProgramEntity } from '../entities/program.entity';

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
  programs: ProgramEntity[];
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

/** Full-text (russian) relevance plus trigram word similarity on the title when there is text; else by title. */
export async function searchPrograms(
  dataSource: DataSource,
  filter: SearchFilter,
  offset: number,
  limit: number,
): Promise<SearchPage> {
  const params: unknown[] = [];
  const where = whereOf(filter, params);
  const order = filter.text
    ? `ts_rank(p.search_vector, websearch_to_tsquery('russian', $1)) + word_similarity($1, p.title) DESC, p.title, p.id`
    : 'p.title, p.id';
  const ids: { id: string }[] = await dataSource.query(
    `SELECT p.id FROM programs p WHERE ${where} ORDER BY ${order} OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
    [...params, offset, limit],
  );
  const [{ total }] = (await dataSource.query(`SELECT count(*)::int AS total FROM programs p WHERE ${where}`, params)) as {
    total: number;
  }[];
  const facet = async (column: string, name: FacetName) => {
    const facetParams: unknown[] = [];
    const rows: { value: string; count: number }[] = await dataSource.query(
      `SELECT p.${column} AS value, count(*)::int AS count FROM programs p WHERE ${whereOf(filter, facetParams, name)} GROUP BY 1 ORDER BY 2 DESC, 1`,
      facetParams,
    );
    return rows;
  };
  const programs = ids.length === 0 ? [] : await dataSource.getRepository(ProgramEntity).findBy(ids.map(({ id }) => ({ id })));
  const byId = new Map(programs.map((p) => [p.id, p]));
  return {
    programs: ids.map(({ id }) => byId.get(id)).filter((p): p is ProgramEntity => p !== undefined),
    totalCount: total ?? 0,
    facets: {
      directions: await facet('direction', 'direction'),
      municipalities: await facet('municipality_code', 'municipalityCode'),
    },
  };
}
