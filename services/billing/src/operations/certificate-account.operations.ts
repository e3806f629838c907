import {
  certificateAccountingOnly,
  certificateAccountOpened,
  type certificateIssued,
  type certificateMoved,
  type certificateStatusChanged,
  type EventOf,
  publish,
} from '@pdo/events';
import { kuzbassDate } from '@pdo/service-kit';
import type { EntityManager } from 'typeorm';
import type { AccountingOnlyReason } from '../domain/accounting-only.reason';
import { financingRefusal } from '../domain/financing.rules';
import { DEFAULT_GROUP_NAME } from '../domain/normative.rules';
import { periodStartFor } from '../domain/period';
import { CertificateEntity } from '../entities/certificate.entity';
import { commitmentsOf } from './commitments.operations';
import { moveAccount } from './certificate-move.operations';
import { endEnrollmentsOfTerminated } from './certificate-termination.operations';

export async function recordIssuedCertificate(manager: EntityManager, event: EventOf<typeof certificateIssued>): Promise<void> {
  const { certificateId, childId, municipalityCode, groupId } = event.data;
  await manager
    .createQueryBuilder()
    .insert()
    .into(CertificateEntity)
    .values({ certificateId, number: event.data.number, childId, municipalityCode, groupId, status: 'inactive' })
    .orIgnore()
    .execute();
  await manager.query(
    `INSERT INTO certificate_municipalities (certificate_id, from_month, municipality_code, occurred_at)
     VALUES ($1, '-infinity', $2, $3) ON CONFLICT DO NOTHING`,
    [certificateId, municipalityCode, event.occurredAt],
  );
}

/** The new municipality's МОЦ confirmed the move: the account follows from the month after it. */
export async function moveCertificateAccount(manager: EntityManager, event: EventOf<typeof certificateMoved>): Promise<void> {
  const known: unknown[] = await manager.query('SELECT 1 FROM certificates WHERE certificate_id = $1 FOR UPDATE', [
    event.data.certificateId,
  ]);
  if (known.length !== 1) throw new Error(`certificate ${event.data.certificateId} is not known to billing`);
  await moveAccount(manager, event.data.certificateId, event.data.toMunicipalityCode, new Date(event.occurredAt));
}

/**
 * Every status is kept with its time, so the month end knows whether the certificate was active in a month
 * (a fully suspended or terminated month is not charged); the current status is the newest one, so an
 * older event replayed late changes nothing.
 */
export async function applyCertificateStatus(
  manager: EntityManager,
  event: EventOf<typeof certificateStatusChanged>,
): Promise<void> {
  const { certificateId, status } = event.data;
  const known: unknown[] = await manager.query('SELECT 1 FROM certificates WHERE certificate_id = $1 FOR UPDATE', [
    certificateId,
  ]);
  // CertificateIssued precedes this on the same partition; without it the municipality is unknown
  if (known.length !== 1) throw new Error(`certificate ${certificateId} is not known to billing`);
  await manager.query(
    `INSERT INTO certificate_status_history (certificate_id, status, occurred_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [certificateId, status, event.occurredAt],
  );
  await manager.query(
    `UPDATE certificates SET status = $2, status_occurred_at = $3 WHERE certificate_id = $1 AND status_occurred_at <= $3`,
    [certificateId, status, event.occurredAt],
  );
  if (status === 'active') await openAccount(manager, certificateId, periodStartFor(new Date(event.occurredAt)));
  if (status === 'terminated') await endEnrollmentsOfTerminated(manager, certificateId, kuzbassDate(new Date(event.occurredAt)));
}

interface NormativeRow {
  id: string;
  amount_kopecks: string;
  quota: number;
  budget_kopecks: string;
}

/**
 * Opens the certificate's account for the period once: with the normative while the municipality's quota
 * and budget have room, otherwise as an accounting-only one with the reason. The normative row is locked so
 * that concurrent openings count the places one after another.
 */
async function openAccount(manager: EntityManager, certificateId: string, periodStart: string): Promise<void> {
  const exists: unknown[] = await manager.query('SELECT 1 FROM certificate_accounts WHERE certificate_id = $1', [certificateId]);
  if (exists.length > 0) return;
  const { municipalityCode } = await manager.findOneByOrFail(CertificateEntity, { certificateId });
  const [normative]: NormativeRow[] = await manager.query(
    `SELECT id, amount_kopecks, quota, budget_kopecks FROM normatives
     WHERE municipality_code = $1 AND group_name = $2 AND period_start = $3 FOR UPDATE`,
    [municipalityCode, DEFAULT_GROUP_NAME, periodStart],
  );
  let refusal: AccountingOnlyReason | null = 'NO_NORMATIVE';
  if (normative) {
    const { financed, committedKopecks } = await commitmentsOf(manager, normative.id);
    refusal = financingRefusal({
      financedCount: financed,
      quota: normative.quota,
      committedKopecks,
      budgetKopecks: Number(normative.budget_kopecks),
      amountKopecks: Number(normative.amount_kopecks),
    });
  }
  const amount = refusal === null ? Number(normative!.amount_kopecks) : 0;
  await manager.query(
    `INSERT INTO certificate_accounts
       (certificate_id, municipality_code, normative_id, period_start, opened_with_kopecks, balance_kopecks, accounting_only_reason)
     VALUES ($1, $2, $3, $4, $5, $5, $6)`,
    [certificateId, municipalityCode, normative?.id ?? null, periodStart, amount, refusal],
  );
  if (refusal !== null) {
    await publish(manager, certificateAccountingOnly, certificateId, { certificateId, periodStart, reason: refusal });
    return;
  }
  await manager.query(`INSERT INTO account_movements (certificate_id, kind, amount_kopecks) VALUES ($1, 'opening', $2)`, [
    certificateId,
    amount,
  ]);
  await publish(manager, certificateAccountOpened, certificateId, { certificateId, balanceKopecks: amount, periodStart });
}
