import { createHash } from 'node:crypto';
import { kuzbassMunicipalities } from '@pdo/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { Direction, ProgramFormat, Registry } from '../domain/program.rules';
import type { ProviderType } from '../domain/provider.rules';
import { OPEN_DATA_VERSION } from './catalogue.schema';

export interface OpenDataGroup {
  id: string;
  daysOfWeek: number[];
  startTime: string;
  endTime: string;
  startDate: string;
  endDate: string;
  seats: number;
  seatsTaken: number;
  freeSeats: number;
}

export interface OpenDataProvider {
  id: string;
  name: string;
  kind: ProviderType;
  inn: string | null;
  ogrn: string | null;
  municipalityCode: string;
  website: string | null;
}

export interface OpenDataProgram {
  id: string;
  title: string;
  description: string;
  direction: Direction;
  registry: Registry;
  format: ProgramFormat;
  municipalityCode: string;
  municipalityName: string;
  address: string;
  minAge: number;
  maxAge: number;
  durationMonths: number;
  hours: number;
  monthlyPriceKopecks: number;
  needsMedicalCertificate: boolean;
  suitsDisabilities: boolean;
  updatedAt: string;
  provider: OpenDataProvider;
  groups: OpenDataGroup[];
}

export interface OpenDataCatalogue {
  version: string;
  revision: string;
  programs: OpenDataProgram[];
}

/**
 * What the open data changes with, read in the reader's snapshot: every insert or update gives a row a new
 * `xmin`, so the sum of them (with the row counts, for deletes) moves with any committed change to programs,
 * groups or providers; the date is in it because groups that have ended drop out at midnight.
 */
const FINGERPRINT_SQL = `
  SELECT current_date::text AS day,
    (SELECT count(*)::text || ':' || coalesce(sum(xmin::text::bigint), 0)::text FROM programs) AS programs,
    (SELECT count(*)::text || ':' || coalesce(sum(xmin::text::bigint), 0)::text FROM program_groups) AS groups,
    (SELECT count(*)::text || ':' || coalesce(sum(xmin::text::bigint), 0)::text FROM providers) AS providers`;

export async function catalogueRevision(manager: EntityManager): Promise<string> {
  const [row] = (await manager.query(FINGERPRINT_SQL)) as Record<string, string>[];
  const fingerprint = `${OPEN_DATA_VERSION}|${row.day}|${row.programs}|${row.groups}|${row.providers}`;
  return createHash('sha256').update(fingerprint).digest('base64url').slice(0, 22);
}

/**
 * One statement for a page of the catalogue: published programs (as the navigator's search shows them), their
 * provider, and their groups that have not ended. Only what the navigator already shows anyone: no teachers'
 * names, no contacts, and an entrepreneur's ИНН and ОГРНИП (a person's numbers) are left out.
 */
const PAGE_SQL = `
  SELECT p.id, p.title, p.description, p.direction, p.registry, p.format, p.municipality_code, p.address,
         p.min_age, p.max_age, p.duration_months, p.hours, p.monthly_price_kopecks::text AS price,
         p.needs_medical_certificate, p.suits_disabilities, p.updated_at,
         v.id AS provider_id, v.name AS provider_name, v.kind AS provider_kind,
         CASE WHEN v.kind = 'entrepreneur' THEN NULL ELSE v.inn END AS provider_inn,
         CASE WHEN v.kind = 'entrepreneur' THEN NULL ELSE v.ogrn END AS provider_ogrn,
         v.municipality_code AS provider_municipality_code, v.website AS provider_website,
         coalesce((
           SELECT json_agg(json_build_object(
                    'id', g.id, 'daysOfWeek', g.days_of_week,
                    'startTime', to_char(g.start_time, 'HH24:MI'), 'endTime', to_char(g.end_time, 'HH24:MI'),
                    'startDate', g.start_date, 'endDate', g.end_date,
                    'seats', g.seats, 'seatsTaken', g.seats_taken, 'freeSeats', g.seats - g.seats_taken)
                  ORDER BY g.start_date, g.start_time, g.id)
             FROM program_groups g
            WHERE g.program_id = p.id AND g.end_date >= current_date), '[]'::json) AS groups
    FROM programs p
    JOIN providers v ON v.id = p.provider_id
   WHERE p.status = 'published' AND ($1::uuid IS NULL OR p.id > $1::uuid)
   ORDER BY p.id
   LIMIT $2`;

interface PageRow {
  id: string;
  title: string;
  description: string;
  direction: Direction;
  registry: Registry;
  format: ProgramFormat;
  municipality_code: string;
  address: string;
  min_age: number;
  max_age: number;
  duration_months: number;
  hours: number;
  price: string;
  needs_medical_certificate: boolean;
  suits_disabilities: boolean;
  updated_at: Date;
  provider_id: string;
  provider_name: string;
  provider_kind: ProviderType;
  provider_inn: string | null;
  provider_ogrn: string | null;
  provider_municipality_code: string;
  provider_website: string | null;
  groups: OpenDataGroup[];
}

const municipalityNames = new Map(kuzbassMunicipalities.map((m) => [m.code, m.name]));

const toProgram = (row: PageRow): OpenDataProgram => ({
  id: row.id,
  title: row.title,
  description: row.description,
  direction: row.direction,
  registry: row.registry,
  format: row.format,
  municipalityCode: row.municipality_code,
  municipalityName: municipalityNames.get(row.municipality_code) ?? row.municipality_code,
  address: row.address,
  minAge: row.min_age,
  maxAge: row.max_age,
  durationMonths: row.duration_months,
  hours: row.hours,
  monthlyPriceKopecks: Number(row.price),
  needsMedicalCertificate: row.needs_medical_certificate,
  suitsDisabilities: row.suits_disabilities,
  updatedAt: row.updated_at.toISOString(),
  provider: {
    id: row.provider_id,
    name: row.provider_name,
    kind: row.provider_kind,
    inn: row.provider_inn,
    ogrn: row.provider_ogrn,
    municipalityCode: row.provider_municipality_code,
    website: row.provider_website,
  },
  groups: row.groups,
});

const PAGE_SIZE = 500;

/**
 * The catalogue page by page (keyset on the program id) inside one read-only repeatable-read transaction, so
 * the revision and every page come from one snapshot however long a slow reader takes.
 */
export async function readCatalogue(
  dataSource: DataSource,
  onPage: (revision: string, programs: OpenDataProgram[]) => Promise<void>,
): Promise<string> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    await runner.query('SET TRANSACTION READ ONLY');
    const revision = await catalogueRevision(runner.manager);
    let after: string | null = null;
    for (;;) {
      const rows = (await runner.query(PAGE_SQL, [after, PAGE_SIZE])) as PageRow[];
      await onPage(revision, rows.map(toProgram));
      if (rows.length < PAGE_SIZE) break;
      after = rows[rows.length - 1].id;
    }
    await runner.commitTransaction();
    return revision;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

let cached: OpenDataCatalogue | null = null;

/**
 * The whole catalogue as one document, kept in memory until the revision moves: a reader who asks again
 * costs one fingerprint query. Each replica keeps its own copy; the revision is the same on all of them.
 */
export async function catalogueDocument(dataSource: DataSource): Promise<OpenDataCatalogue> {
  const current = await catalogueRevision(dataSource.manager);
  if (cached?.revision === current) return cached;
  const programs: OpenDataProgram[] = [];
  const revision = await readCatalogue(dataSource, async (_revision, page) => {
    programs.push(...page);
  });
  cached = { version: OPEN_DATA_VERSION, revision, programs };
  return cached;
}
