import type { DataSource } from 'typeorm';
import type { Direction, Registry } from '../domain/program.rules';

export interface MunicipalityProgramFigures {
  municipalityCode: string;
  programs: number;
  byDirection: { direction: Direction; programs: number }[];
  byRegistry: { registry: Registry; programs: number }[];
  seats: number;
  seatsTaken: number;
}

/**
 * Every municipality's published programs side by side: counts by direction and by registry (one grouped
 * pass with grouping sets) and the seats of their groups that have not ended by `today`.
 */
export async function regionProgramOverview(dataSource: DataSource, today: string): Promise<MunicipalityProgramFigures[]> {
  const [counts, seats]: [
    { code: string; direction: Direction | null; registry: Registry | null; programs: number }[],
    { code: string; seats: number; taken: number }[],
  ] = await Promise.all([
    dataSource.query(
      `SELECT municipality_code AS code, direction, registry, count(*)::int AS programs FROM programs
       WHERE status = 'published'
       GROUP BY GROUPING SETS ((municipality_code), (municipality_code, direction), (municipality_code, registry))`,
    ),
    dataSource.query(
      `SELECT p.municipality_code AS code, sum(g.seats)::int AS seats, sum(g.seats_taken)::int AS taken
       FROM program_groups g JOIN programs p ON p.id = g.program_id
       WHERE p.status = 'published' AND g.end_date >= $1 GROUP BY 1`,
      [today],
    ),
  ]);
  const byCode = new Map<string, MunicipalityProgramFigures>();
  const figuresOf = (code: string) => {
    let figures = byCode.get(code);
    if (!figures) {
      figures = { municipalityCode: code, programs: 0, byDirection: [], byRegistry: [], seats: 0, seatsTaken: 0 };
      byCode.set(code, figures);
    }
    return figures;
  };
  for (const row of counts) {
    const figures = figuresOf(row.code);
    if (row.direction !== null) figures.byDirection.push({ direction: row.direction, programs: row.programs });
    else if (row.registry !== null) figures.byRegistry.push({ registry: row.registry, programs: row.programs });
    else figures.programs = row.programs;
  }
  for (const row of seats) Object.assign(figuresOf(row.code), { seats: row.seats, seatsTaken: row.taken });
  return [...byCode.values()].sort((a, b) => a.municipalityCode.localeCompare(b.municipalityCode));
}
