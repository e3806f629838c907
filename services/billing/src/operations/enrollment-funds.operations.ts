import {
  enrollmentFundsRejected,
  enrollmentFundsReserved,
  type enrollmentAccepted,
  type enrollmentAcceptedV2,
  type enrollmentCancelled,
  type enrollmentDeclined,
  type enrollmentRequested,
  type EventOf,
  publish,
} from '@pdo/events';
import { kuzbassDate } from '@pdo/service-kit';
import type { EntityManager } from 'typeorm';
import { MAX_MONTHS, splitPrice } from '../domain/price-split';
import { CertificateEntity } from '../entities/certificate.entity';
import { lockAccount, post, releaseHeld } from './reservation.operations';

type RejectionCode = 'CERTIFICATE_NOT_ACTIVE' | 'CERTIFICATE_NOT_FINANCED' | 'PROGRAM_TERM_TOO_LONG';

/**
 * Billing's step of the enrolment saga: reserves what the certificate will pay for the whole program
 * (the parent co-pays the rest) and answers navigator, once: a repeated request for the enrolment changes nothing.
 */
export async function reserveEnrollmentFunds(manager: EntityManager, event: EventOf<typeof enrollmentRequested>): Promise<void> {
  const { enrollmentId, certificateId, monthlyPriceKopecks, months } = event.data;
  // free programs (not in the certified registry) are open to accounting certificates and reserve nothing
  const payable = event.data.payableByCertificate ?? true;
  const inserted: unknown[] = await manager.query(
    `INSERT INTO enrollments (enrollment_id, certificate_id, child_id, provider_id, municipality_code, monthly_price_kopecks, months, payable,
                             program_id, group_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (enrollment_id) DO NOTHING RETURNING 1`,
    [
      enrollmentId,
      certificateId,
      event.data.childId,
      event.data.providerId,
      event.data.municipalityCode,
      monthlyPriceKopecks,
      months,
      payable,
      event.data.programId,
      event.data.groupId,
    ],
  );
  // the first delivery answered in the same transaction; a redelivery, even after the certificate changed, says nothing
  if (inserted.length === 0) return;
  // a refused request is over: nothing of it is ever charged or held
  const reject = async (code: RejectionCode) => {
    await manager.query(`UPDATE enrollments SET status = 'ended', ends_on = $2 WHERE enrollment_id = $1`, [
      enrollmentId,
      kuzbassDate(new Date(event.occurredAt)),
    ]);
    await publish(manager, enrollmentFundsRejected, enrollmentId, { enrollmentId, code });
  };
  const certificate = await manager.findOneBy(CertificateEntity, { certificateId });
  if (certificate?.status !== 'active') return reject('CERTIFICATE_NOT_ACTIVE');
  if (!payable) {
    await publish(manager, enrollmentFundsReserved, enrollmentId, {
      enrollmentId,
      certificateShareKopecks: 0,
      coPaymentKopecks: monthlyPriceKopecks * months,
    });
    return;
  }
  const account = await lockAccount(manager, certificateId);
  if (!account || account.accounting_only_reason !== null) return reject('CERTIFICATE_NOT_FINANCED');
  if (months > MAX_MONTHS) return reject('PROGRAM_TERM_TOO_LONG');
  const split = splitPrice({ monthlyPriceKopecks, months, balanceKopecks: Number(account.balance_kopecks) });
  await post(manager, certificateId, 'reservation', -split.certificateTotalKopecks, enrollmentId);
  await publish(manager, enrollmentFundsReserved, enrollmentId, {
    enrollmentId,
    certificateShareKopecks: split.certificateTotalKopecks,
    coPaymentKopecks: split.coPaymentTotalKopecks,
  });
}

/**
 * The provider accepted: from that day (or the group's start, if later) its months are billed. Version 2 brings the parent (for the co-payment
 * notice), the title, the dates and the direction (for the budget by direction); the enrolment runs until
 * the day after the group's last day.
 */
export async function recordAcceptedEnrollment(
  manager: EntityManager,
  event: EventOf<typeof enrollmentAccepted | typeof enrollmentAcceptedV2>,
): Promise<void> {
  const contract = 'parentUserId' in event.data ? event.data : null;
  await manager.query(
    `UPDATE enrollments SET status = 'accepted', parent_user_id = $2, program_title = $3, starts_on = $4,
            ends_on = $5::date + 1, direction = $6, accepted_on = $7
     WHERE enrollment_id = $1 AND status = 'requested'`,
    [
      event.data.enrollmentId,
      contract?.parentUserId ?? null,
      contract?.programTitle ?? null,
      contract?.startDate ?? null,
      contract?.endDate ?? null,
      contract?.direction ?? null,
      kuzbassDate(new Date(event.occurredAt)),
    ],
  );
  if (contract?.certificateNumber) {
    await manager.query('UPDATE certificates SET number = $2 WHERE certificate_id = $1 AND number IS NULL', [
      event.data.certificateId,
      contract.certificateNumber,
    ]);
  }
}

/**
 * A declined, expired or withdrawn request gives its reservation back at once. A parent who leaves an
 * accepted enrolment (`endsOn`) keeps paying until then: the month-end gives the rest back after the last
 * month is charged.
 */
export async function releaseEnrollmentFunds(
  manager: EntityManager,
  event: EventOf<typeof enrollmentDeclined> | EventOf<typeof enrollmentCancelled>,
): Promise<void> {
  const { enrollmentId, certificateId } = event.data;
  const endsOn = 'endsOn' in event.data ? (event.data.endsOn ?? null) : null;
  if (!(await lockAccount(manager, certificateId))) return;
  const [enrollment]: { status: string }[] = await manager.query(
    'SELECT status FROM enrollments WHERE enrollment_id = $1 FOR UPDATE',
    [enrollmentId],
  );
  // whatever ended it first already gave the money back or left that to the month-end
  if (enrollment?.status === 'ended') return;
  const leaves = enrollment?.status === 'accepted' && endsOn !== null;
  await manager.query(
    `UPDATE enrollments SET status = 'ended', ends_on = LEAST(coalesce(ends_on, $2::date), $2::date) WHERE enrollment_id = $1`,
    [enrollmentId, endsOn ?? kuzbassDate(new Date())],
  );
  if (leaves) return;
  await releaseHeld(manager, enrollmentId, certificateId);
}
