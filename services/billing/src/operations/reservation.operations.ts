import type { EntityManager } from 'typeorm';

interface LockedAccount {
  balance_kopecks: string;
  accounting_only_reason: string | null;
}

/** Locks the account row: reservations and releases of one certificate run one after another. */
export async function lockAccount(manager: EntityManager, certificateId: string): Promise<LockedAccount | undefined> {
  const [account]: LockedAccount[] = await manager.query(
    'SELECT balance_kopecks, accounting_only_reason FROM certificate_accounts WHERE certificate_id = $1 FOR UPDATE',
    [certificateId],
  );
  return account;
}

/** Moves money between the balance and the ledger; the CHECK on balance_kopecks refuses an overdraft. */
export async function post(
  manager: EntityManager,
  certificateId: string,
  kind: 'reservation' | 'release',
  amount: number,
  enrollmentId: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO account_movements (certificate_id, kind, amount_kopecks, enrollment_id) VALUES ($1, $2, $3, $4)`,
    [certificateId, kind, amount, enrollmentId],
  );
  // for UPDATE, TypeORM answers [rows, affected count]
  const [, affected]: [unknown[], number] = await manager.query(
    `UPDATE certificate_accounts SET balance_kopecks = balance_kopecks + $2
     WHERE certificate_id = $1 AND balance_kopecks + $2 >= 0`,
    [certificateId, amount],
  );
  if (affected !== 1) throw new Error(`certificate ${certificateId} cannot cover ${-amount} kopecks`);
}

/** Gives back at once whatever an enrolment that never ran still holds (once: a repeat finds it released). */
export async function releaseHeld(manager: EntityManager, enrollmentId: string, certificateId: string): Promise<void> {
  const [held]: { held: string | null; released: boolean }[] = await manager.query(
    `SELECT -sum(amount_kopecks) AS held,
            bool_or(kind = 'release' AND month IS NULL) AS released
     FROM account_movements WHERE enrollment_id = $1 AND certificate_id = $2 AND kind IN ('reservation', 'release')`,
    [enrollmentId, certificateId],
  );
  if (!held || held.released || !held.held || Number(held.held) <= 0) return;
  await post(manager, certificateId, 'release', Number(held.held), enrollmentId);
}
