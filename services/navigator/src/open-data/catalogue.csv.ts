import type { CellValue } from '@pdo/table-export';
import type { OpenDataGroup, OpenDataProgram } from './catalogue.query';

/** A program with one of its groups; a program without current groups is one record with the group columns empty. */
export interface CatalogueCsvRecord {
  program: OpenDataProgram;
  group: OpenDataGroup | null;
}

/** The columns of catalogue.csv: the JSON fields, flattened (provider.name → provider_name), one record per group. */
export const catalogueCsvColumns: readonly [string, (record: CatalogueCsvRecord) => CellValue][] = [
  ['program_id', ({ program }) => program.id],
  ['title', ({ program }) => program.title],
  ['description', ({ program }) => program.description],
  ['direction', ({ program }) => program.direction],
  ['registry', ({ program }) => program.registry],
  ['format', ({ program }) => program.format],
  ['municipality_code', ({ program }) => program.municipalityCode],
  ['municipality_name', ({ program }) => program.municipalityName],
  ['address', ({ program }) => program.address],
  ['min_age', ({ program }) => program.minAge],
  ['max_age', ({ program }) => program.maxAge],
  ['duration_months', ({ program }) => program.durationMonths],
  ['hours', ({ program }) => program.hours],
  ['monthly_price_kopecks', ({ program }) => program.monthlyPriceKopecks],
  ['needs_medical_certificate', ({ program }) => String(program.needsMedicalCertificate)],
  ['suits_disabilities', ({ program }) => String(program.suitsDisabilities)],
  ['updated_at', ({ program }) => program.updatedAt],
  ['provider_id', ({ program }) => program.provider.id],
  ['provider_name', ({ program }) => program.provider.name],
  ['provider_kind', ({ program }) => program.provider.kind],
  ['provider_inn', ({ program }) => program.provider.inn],
  ['provider_ogrn', ({ program }) => program.provider.ogrn],
  ['provider_municipality_code', ({ program }) => program.provider.municipalityCode],
  ['provider_website', ({ program }) => program.provider.website],
  ['group_id', ({ group }) => group?.id],
  ['days_of_week', ({ group }) => group?.daysOfWeek.join(' ')],
  ['start_time', ({ group }) => group?.startTime],
  ['end_time', ({ group }) => group?.endTime],
  ['start_date', ({ group }) => group?.startDate],
  ['end_date', ({ group }) => group?.endDate],
  ['seats', ({ group }) => group?.seats],
  ['seats_taken', ({ group }) => group?.seatsTaken],
  ['free_seats', ({ group }) => group?.freeSeats],
];

export const catalogueCsvRecords = (programs: readonly OpenDataProgram[]): CatalogueCsvRecord[] =>
  programs.flatMap((program): CatalogueCsvRecord[] =>
    program.groups.length === 0 ? [{ program, group: null }] : program.groups.map((group) => ({ program, group })),
  );
