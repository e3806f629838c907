import type { DataSource } from 'typeorm';
import type { AccountingOnlyReason } from '../domain/accounting-only.reason';

export interface ChildAccount {
  certificate_id: string;
  parent_ids: string[] | null;
  balance_kopecks: string | null;
  accounting_only_reason: AccountingOnlyReason | null;
}

/** The child's live certificate (an active one first) with its account and parents; null without one. */
export async function childAccount(dataSource: DataSource, childId: string): Promise<ChildAccount | null> {
  const [row]: ChildAccount[] = await dataSource.query(
    `SELECT c.certificate_id, ch.parent_ids, a.balance_kopecks, a.accounting_only_reason
       FROM certificates c
       LEFT JOIN children ch ON ch.child_id = c.child_id
       LEFT JOIN certificate_accounts a ON a.certificate_id = c.certificate_id
       WHERE c.child_id = $1 AND c.status <> 'terminated'
       ORDER BY c.status = 'active' DESC LIMIT 1`,
    [childId],
  );
  return row ?? null;
}
