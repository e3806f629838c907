import type { DataSource } from 'typeorm';
import type { Direction, ProgramFormat, ProgramStatus, Registry } from '../domain/program.rules';
import { spellingAlternatives } from '../domain/query-spelling.rules';
import { synonymReadings } from '../domain/search-synonyms.rules';
import type { ProgramEntity } from '../entities/program.entity';
import type { SearchPosition, SearchSort } from './search-cursor';
import { positionOf, searchStatement, typoTolerance, type ProgramRow, type SearchFilter, type SearchRow } from './search.sql';

export interface SearchPage {
  programs: { program: ProgramEntity; position: SearchPosition }[];
  hasNextPage: boolean;
  totalCount: number;
  facets: { directions: { value: string; count: number }[]; municipalities: { value: string; count: number }[] };
}

const toProgram = (row: ProgramRow): ProgramEntity => ({
  id: row.id,
  providerId: row.provider_id,
  title: row.title,
  description: row.description,
  direction: row.direction as Direction,
  registry: row.registry as Registry,
  municipalityCode: row.municipality_code,
  address: row.address,
  format: row.format as ProgramFormat,
  minAge: row.min_age,
  maxAge: row.max_age,
  durationMonths: row.duration_months,
  hours: row.hours,
  monthlyPriceKopecks: Number(row.monthly_price_kopecks),
  needsMedicalCertificate: row.needs_medical_certificate,
  suitsDisabilities: row.suits_disabilities,
  status: row.status as ProgramStatus,
  idempotencyKey: row.idempotency_key,
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
});

const facetOf = (pairs: [string, number][]) => pairs.map(([value, count]) => ({ value, count }));

/** One search statement: one page in keyset order with its programs, the total and the facets. */
async function searchOnce(
  dataSource: DataSource,
  filter: SearchFilter,
  sort: SearchSort,
  after: SearchPosition | null,
  limit: number,
): Promise<SearchPage> {
  const { text, values } = searchStatement(filter, sort, after, limit, filter.text ? synonymReadings(filter.text) : []);
  const [found] = (
    filter.text
      ? await dataSource.transaction(async (manager) => {
          await manager.query(typoTolerance.text);
          return manager.query(text, values);
        })
      : await dataSource.query(text, values)
  ) as SearchRow[];
  const rows = found?.page ?? [];
  return {
    programs: rows.slice(0, limit).map((row) => ({ program: toProgram(row.program), position: positionOf(row, sort) })),
    hasNextPage: rows.length > limit,
    totalCount: found?.total ?? 0,
    facets: { directions: facetOf(found?.directions ?? []), municipalities: facetOf(found?.municipalities ?? []) },
  };
}

/**
 * One page of the search. A text that finds nothing is tried again as what it may have meant — typed in
 * the other keyboard layout or in Latin letters — and the first reading that finds programs answers; the
 * next pages repeat the same steps, so paging stays on that reading.
 */
export async function searchPrograms(
  dataSource: DataSource,
  filter: SearchFilter,
  sort: SearchSort,
  after: SearchPosition | null,
  limit: number,
): Promise<SearchPage> {
  const page = await searchOnce(dataSource, filter, sort, after, limit);
  if (page.totalCount > 0 || !filter.text) return page;
  for (const text of spellingAlternatives(filter.text)) {
    const reread = await searchOnce(dataSource, { ...filter, text }, sort, after, limit);
    if (reread.totalCount > 0) return reread;
  }
  return page;
}
