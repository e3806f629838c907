import type { EntityManager } from 'typeorm';
import type { Commitments } from '../domain/normative.rules';

/** How many certificates a normative finances and what they were opened with (the caller locks the normative). */
export async function commitmentsOf(manager: EntityManager, normativeId: string): Promise<Commitments> {
  const [held]: { financed: number; committed: string }[] = await manager.query(
    `SELECT count(*)::int AS financed, coalesce(sum(opened_with_kopecks), 0) AS committed
     FROM certificate_accounts WHERE normative_id = $1 AND accounting_only_reason IS NULL`,
    [normativeId],
  );
  return { financed: held!.financed, committedKopecks: Number(held!.committed) };
}
