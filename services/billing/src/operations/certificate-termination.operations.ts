import type { EntityManager } from 'typeorm';
import { nextMonthStart } from '../domain/month';
import { lockAccount, releaseHeld } from './reservation.operations';

/**
 * DOMAIN.md: terminating a certificate ends its enrolments at the month's end and frees the rest of its
 * reservation. Accepted enrolments run (and are charged) until the first of next month, after which the
 * month end gives back what they still hold; requests the provider has not accepted give it back at once.
 * A repeat finds them ended and changes nothing.
 */
export async function endEnrollmentsOfTerminated(
  manager: EntityManager,
  certificateId: string,
  terminatedOn: string,
): Promise<void> {
  if (!(await lockAccount(manager, certificateId))) return;
  const monthEnd = nextMonthStart(`${terminatedOn.slice(0, 7)}-01`);
  await manager.query(
    `UPDATE enrollments SET status = 'ended', ends_on = LEAST(coalesce(ends_on, $2::date), $2::date)
     WHERE certificate_id = $1 AND status = 'accepted'`,
    [certificateId, monthEnd],
  );
  // for UPDATE … RETURNING, TypeORM answers [rows, affected count]
  const [requested]: [{ enrollment_id: string }[], number] = await manager.query(
    `UPDATE enrollments SET status = 'ended', ends_on = $2::date
     WHERE certificate_id = $1 AND status = 'requested' RETURNING enrollment_id`,
    [certificateId, terminatedOn],
  );
  for (const { enrollment_id: enrollmentId } of requested) await releaseHeld(manager, enrollmentId, certificateId);
}
