import {
  enrollmentFundsRejected,
  enrollmentFundsReserved,
  type enrollmentCancelled,
  type enrollmentDeclined,
  type enrollmentRequested,
  type EventOf,
  publish,
} from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { MAX_MONTHS, splitPrice } from '../domain/price-split';
import { CertificateEntity } from '../entities/certificate.entity';

type RejectionCode = 'CERTIFICATE_NOT_ACTIVE' | 'CERTIFICATE_NOT_FINANCED' | 'PROGRAM_TERM_TOO_LONG';

interface LockedAccount {
  balance_kopecks: string;
  accounting_only_reason: string | null;
}

/** Locks the account row: reservations and releases of one certificate run one after another. */
async function lockAccount(manager: EntityManager, certificateId: string): Promise<LockedAccount | undefined> {
  const [account]: LockedAccount[] = await manager.query(
    'SELECT balance_kopecks, accounting_only_reason FROM certificate_accounts WHERE certificate_id = $1 FOR UPDATE',
    [certificateId],
  );
  return account;
}

/** Moves money between the balance and the ledger; the CHECK on balance_kopecks refuses an overdraft. */
async function post(
  manager: EntityManager,
  certificateId: string,
  kind: 'reservation' | 'release',
  amount: number,
  enrollmentId: string,
) {
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

/**
 * Billing's step of the enrolment saga: reserves what the certificate will pay for the whole program
 * (the parent co-pays the rest) and answers navigator; a repeated request for the enrolment changes nothing.
 */
export async function onEnrollmentRequested(event: EventOf<typeof enrollmentRequested>, manager: EntityManager): Promise<void> {
  const { enrollmentId, certificateId, monthlyPriceKopecks, months } = event.data;
  const reject = async (code: RejectionCode) => {
    await publish(manager, enrollmentFundsRejected, enrollmentId, { enrollmentId, code });
  };
  const certificate = await manager.findOneBy(CertificateEntity, { certificateId });
  if (certificate?.status !== 'active') return reject('CERTIFICATE_NOT_ACTIVE');
  const account = await lockAccount(manager, certificateId);
  if (!account || account.accounting_only_reason !== null) return reject('CERTIFICATE_NOT_FINANCED');
  if (months > MAX_MONTHS) return reject('PROGRAM_TERM_TOO_LONG');
  const reserved: unknown[] = await manager.query(
    `SELECT 1 FROM account_movements WHERE enrollment_id = $1 AND kind = 'reservation'`,
    [enrollmentId],
  );
  if (reserved.length > 0) return;
  const split = splitPrice({ monthlyPriceKopecks, months, balanceKopecks: Number(account.balance_kopecks) });
  await post(manager, certificateId, 'reservation', -split.certificateTotalKopecks, enrollmentId);
  await publish(manager, enrollmentFundsReserved, enrollmentId, {
    enrollmentId,
    certificateShareKopecks: split.certificateTotalKopecks,
    coPaymentKopecks: split.coPaymentTotalKopecks,
  });
}

/** A declined or cancelled enrolment gives its reservation back to the certificate, once. */
export async function onEnrollmentEnded(
  event: EventOf<typeof enrollmentDeclined> | EventOf<typeof enrollmentCancelled>,
  manager: EntityManager,
): Promise<void> {
  const { enrollmentId, certificateId } = event.data;
  if (!(await lockAccount(manager, certificateId))) return;
  const [reservation]: { amount_kopecks: string }[] = await manager.query(
    `SELECT amount_kopecks FROM account_movements r
     WHERE r.enrollment_id = $1 AND r.certificate_id = $2 AND r.kind = 'reservation'
       AND NOT EXISTS (SELECT 1 FROM account_movements e WHERE e.enrollment_id = r.enrollment_id AND e.kind = 'release')`,
    [enrollmentId, certificateId],
  );
  if (!reservation) return;
  await post(manager, certificateId, 'release', -Number(reservation.amount_kopecks), enrollmentId);
}
