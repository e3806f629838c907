import type { Direction } from '../domain/program.rules';
import type { SearchPosition, SearchSort } from './search-cursor';

// Pure SQL text: no runtime imports, so the catalog-search benchmark replays exactly these statements on PostgreSQL.

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

export interface SqlStatement {
  text: string;
  values: unknown[];
}

/** A program row as PostgreSQL writes it to JSON (bigint as a number, timestamps as text). */
export interface ProgramRow {
  id: string;
  provider_id: string;
  title: string;
  description: string;
  direction: string;
  registry: string;
  municipality_code: string;
  address: string;
  format: string;
  min_age: number;
  max_age: number;
  duration_months: number;
  hours: number;
  monthly_price_kopecks: number;
  needs_medical_certificate: boolean;
  suits_disabilities: boolean;
  status: string;
  idempotency_key: string | null;
  created_at: string;
  updated_at: string;
}

/** One row of a page: its sort keys (the next cursor) and the program itself, so no second read is needed. */
export interface PageRow {
  id: string;
  title: string;
  price: number;
  rank: string | null;
  program: ProgramRow;
}

/** What the one search statement answers. */
export interface SearchRow {
  page: PageRow[];
  total: number;
  directions: [string, number][];
  municipalities: [string, number][];
}

/**
 * One typo in a short word leaves about half its trigrams («шахмоты» and «шахматы» share four of eight):
 * pg_trgm's default 0.6 misses it, 0.5 finds it. Set for the search's own transaction only.
 */
export const typoTolerance: SqlStatement = {
  text: "SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true)",
  values: [],
};

/** Text without relevance sorts by title: there is nothing to rank by. */
export const effectiveSort = (filter: SearchFilter, sort: SearchSort | undefined): SearchSort =>
  (sort ?? 'relevance') === 'relevance' ? (filter.text ? 'relevance' : 'title') : (sort ?? 'title');

const orderBy: Record<SearchSort, string> = {
  relevance: 'rank DESC, title, id',
  price: 'price, title, id',
  title: 'title, id',
};

const qualified = (order: string) => order.replace(/\b(rank|title|id|price)\b/g, 'page.$1');

/** Rows strictly after the position in the order of its sort, so paging never repeats or skips a program. */
function afterPosition(position: SearchPosition, add: (value: unknown) => string): string {
  switch (position.sort) {
    case 'relevance': {
      const rank = add(position.rank);
      return `(rank < ${rank}::real OR (rank = ${rank}::real AND (title, id) > (${add(position.title)}, ${add(position.id)}::uuid)))`;
    }
    case 'price':
      return `(price, title, id) > (${add(position.priceKopecks)}::bigint, ${add(position.title)}, ${add(position.id)}::uuid)`;
    case 'title':
      return `(title, id) > (${add(position.title)}, ${add(position.id)}::uuid)`;
  }
}

/** Only a search for free seats reads the seats taken: the page itself carries no seat counts. */
export const dependsOnSeats = (filter: SearchFilter): boolean => filter.freeSeatsOnly === true;

/** catalogue_facets counts published programs by municipality, direction and registry: these filters only. */
const countedByFacets = (filter: SearchFilter) =>
  filter.childAge === undefined &&
  filter.dayOfWeek === undefined &&
  filter.maxPriceKopecks === undefined &&
  !dependsOnSeats(filter);

/**
 * One statement for a whole search: the published programs matching every filter but municipality and
 * direction are read once; the page (one row past it tells whether there is a next), the total and the
 * two facets — each facet leaving out its own filter, so every choice still shows its count — are
 * counted from them. Relevance is russian full-text rank plus trigram word similarity on the title. The
 * text's `synonymReadings` (the same query in other words) match as the text itself does.
 */
export function searchStatement(
  filter: SearchFilter,
  sort: SearchSort,
  after: SearchPosition | null,
  limit: number,
  synonymReadings: readonly string[] = [],
): SqlStatement {
  const values: unknown[] = [];
  const add = (value: unknown) => `$${values.push(value)}`;
  const clauses = [`p.status = 'published'`];
  let rank = 'NULL::real';
  if (filter.text) {
    const text = add(filter.text);
    const query = `(${[text, ...synonymReadings.map(add)].map((t) => `websearch_to_tsquery('russian', ${t})`).join(' || ')})`;
    clauses.push(`(p.search_vector @@ ${query} OR ${text} <% p.title)`);
    // Ranked only when the order is by relevance: in price or title order a rank is never read.
    if (sort === 'relevance') rank = `ts_rank(p.search_vector, ${query}) + word_similarity(${text}, p.title)`;
  }
  const inMunicipality = filter.municipalityCode ? `p.municipality_code = ${add(filter.municipalityCode)}` : 'true';
  const inDirection = filter.direction ? `p.direction = ${add(filter.direction)}` : 'true';
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
  const keyset = after ? ` AND ${afterPosition(after, add)}` : '';
  const where = clauses.join(' AND ');
  // Text matches few programs: they are read once and ranked, and both the page and the counts come from
  // them. Without text the page reads programs on its own, so the title and price indexes serve its order
  // and keyset and it stops after one page; the counts then read only columns a covering index holds.
  const matched = filter.text
    ? `matched AS MATERIALIZED (
         SELECT p.id, p.title, p.monthly_price_kopecks AS price, ${rank} AS rank, p.direction, p.municipality_code,
                ${inMunicipality} AS in_municipality, ${inDirection} AS in_direction
         FROM programs p WHERE ${where}),`
    : '';
  const pageSource = filter.text
    ? 'matched WHERE in_municipality AND in_direction'
    : `(SELECT p.id, p.title, p.monthly_price_kopecks AS price, NULL::real AS rank FROM programs p
        WHERE ${where} AND ${inMunicipality} AND ${inDirection}) candidates WHERE true`;
  // Without text, and with no filter but those catalogue_facets is keyed by, the counts are sums of its rows.
  const fromFacets = !filter.text && countedByFacets(filter);
  const countSource = filter.text
    ? 'matched'
    : fromFacets
      ? `(SELECT p.direction, p.municipality_code, p.programs AS weight, ${inMunicipality} AS in_municipality,
                 ${inDirection} AS in_direction
          FROM catalogue_facets p WHERE p.programs > 0${filter.payableByCertificate ? ` AND p.registry = 'certified'` : ''}) candidates`
      : `(SELECT p.direction, p.municipality_code, ${inMunicipality} AS in_municipality, ${inDirection} AS in_direction
          FROM programs p WHERE ${where}) candidates`;
  const tally = (condition: string) =>
    fromFacets ? `coalesce(sum(weight) FILTER (WHERE ${condition}), 0)::int` : `count(*) FILTER (WHERE ${condition})::int`;
  // One pass counts the total and both facets; each facet leaves out its own filter.
  const text = `
    WITH ${matched} counts AS (
      SELECT GROUPING(direction) AS by_direction_set, GROUPING(municipality_code) AS by_municipality_set,
             direction, municipality_code,
             ${tally('in_municipality AND in_direction')} AS total,
             ${tally('in_municipality')} AS in_municipality,
             ${tally('in_direction')} AS in_direction
      FROM ${countSource}
      GROUP BY GROUPING SETS ((direction), (municipality_code), ())
    )
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', page.id, 'title', page.title, 'price', page.price,
                                                  'rank', page.rank::text, 'program', to_jsonb(p) - 'search_vector')
                                ORDER BY ${qualified(orderBy[sort])}), '[]'::json)
       FROM (SELECT id, title, price, rank FROM ${pageSource}${keyset}
             ORDER BY ${orderBy[sort]} LIMIT ${add(limit + 1)}) page
       JOIN programs p ON p.id = page.id) AS page,
      coalesce((SELECT total FROM counts WHERE by_direction_set = 1 AND by_municipality_set = 1), 0) AS total,
      (SELECT coalesce(json_agg(json_build_array(direction, in_municipality) ORDER BY in_municipality DESC, direction), '[]'::json)
       FROM counts WHERE by_direction_set = 0 AND in_municipality > 0) AS directions,
      (SELECT coalesce(json_agg(json_build_array(municipality_code, in_direction) ORDER BY in_direction DESC, municipality_code), '[]'::json)
       FROM counts WHERE by_municipality_set = 0 AND in_direction > 0) AS municipalities`;
  return { text, values };
}

export const positionOf = (row: PageRow, sort: SearchSort): SearchPosition =>
  sort === 'relevance'
    ? { sort, rank: row.rank ?? '0', title: row.title, id: row.id }
    : sort === 'price'
      ? { sort, priceKopecks: Number(row.price), title: row.title, id: row.id }
      : { sort, title: row.title, id: row.id };
