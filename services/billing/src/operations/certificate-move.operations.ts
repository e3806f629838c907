import { kuzbassDate } from '@pdo/service-kit';
import type { EntityManager } from 'typeorm';
import { financingRefusal } from '../domain/financing.rules';
import { nextMonthStart } from '../domain/month';
import { DEFAULT_GROUP_NAME } from '../domain/normative.rules';
import { commitmentsOf } from './commitments.operations';

interface MovingAccount {
  period_start: string;
  opened_with_kopecks: string;
  financing: boolean;
  current_normative_id: string | null;
  normative_id: string | null;
  quota: number | null;
  budget_kopecks: string | null;
}

/**
 * DOMAIN.md: the account, its holds and its future charges follow the child to the new municipality from the
 * month after the move (this month is still charged to the old one), and the new municipality's budget counts
 * the child while the old one's frees it. The municipality whose budget holds the money pays for it: when the
 * new one's quota or budget for the school year has no room, the old one keeps paying until the year ends.
 * A replayed or older move changes nothing.
 */
export async function moveAccount(
  manager: EntityManager,
  certificateId: string,
  toMunicipalityCode: string,
  movedAt: Date,
): Promise<void> {
  // for UPDATE, TypeORM answers [rows, affected count]; a move already seen or older than the last one is done
  const [, newest]: [unknown[], number] = await manager.query(
    'UPDATE certificates SET municipality_code = $2, moved_at = $3 WHERE certificate_id = $1 AND moved_at < $3',
    [certificateId, toMunicipalityCode, movedAt.toISOString()],
  );
  // the budget decision is taken once: a replay after the new budget grew must not move a refused account
  if (newest === 0) return;
  const [account]: MovingAccount[] = await manager.query(
    `SELECT a.period_start::text AS period_start, a.opened_with_kopecks, a.accounting_only_reason IS NULL AS financing,
            a.normative_id AS current_normative_id, n.id AS normative_id, n.quota, n.budget_kopecks
     FROM certificate_accounts a
     LEFT JOIN normatives n ON n.municipality_code = $2 AND n.group_name = $3 AND n.period_start = a.period_start
     WHERE a.certificate_id = $1 FOR UPDATE OF a`,
    [certificateId, toMunicipalityCode, DEFAULT_GROUP_NAME],
  );
  if (account?.financing && account.normative_id !== account.current_normative_id) {
    if (account.normative_id === null) return;
    await manager.query('SELECT 1 FROM normatives WHERE id = $1 FOR UPDATE', [account.normative_id]);
    const held = await commitmentsOf(manager, account.normative_id);
    const refusal = financingRefusal({
      financedCount: held.financed,
      quota: account.quota!,
      committedKopecks: held.committedKopecks,
      budgetKopecks: Number(account.budget_kopecks),
      amountKopecks: Number(account.opened_with_kopecks),
    });
    if (refusal !== null) return;
  }
  const fromMonth = nextMonthStart(`${kuzbassDate(movedAt).slice(0, 7)}-01`);
  await manager.query(
    `INSERT INTO certificate_municipalities (certificate_id, from_month, municipality_code, occurred_at)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (certificate_id, from_month) DO UPDATE SET municipality_code = EXCLUDED.municipality_code, occurred_at = EXCLUDED.occurred_at
     WHERE certificate_municipalities.occurred_at < EXCLUDED.occurred_at`,
    [certificateId, fromMonth, toMunicipalityCode, movedAt.toISOString()],
  );
  // the latest move says whose budget holds the account from now on
  const [latest]: { municipality_code: string }[] = await manager.query(
    `SELECT municipality_code FROM certificate_municipalities WHERE certificate_id = $1 ORDER BY from_month DESC LIMIT 1`,
    [certificateId],
  );
  await manager.query(
    `UPDATE certificate_accounts a
     SET municipality_code = $2,
         normative_id = coalesce((SELECT n.id FROM normatives n
                                  WHERE n.municipality_code = $2 AND n.group_name = $3 AND n.period_start = a.period_start),
                                 a.normative_id)
     WHERE a.certificate_id = $1`,
    [certificateId, latest!.municipality_code, DEFAULT_GROUP_NAME],
  );
}
