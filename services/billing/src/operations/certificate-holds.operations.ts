import type { EntityManager } from 'typeorm';

export interface CertificateHold {
  enrollmentId: string;
  programId: string | null;
  programTitle: string | null;
  /** requested: waits for the provider; accepted: being spent month by month */
  status: 'requested' | 'accepted';
  heldKopecks: number;
  /** the day what is still held returns to the certificate, for an accepted enrolment; null while requested */
  freedOn: string | null;
}

/** The enrolments that hold part of a certificate's balance now, the largest first: why it pays less than its normative. */
export function certificateHolds(manager: EntityManager, certificateId: string): Promise<CertificateHold[]> {
  return manager.query(
    `SELECT e.enrollment_id AS "enrollmentId", e.program_id AS "programId", e.program_title AS "programTitle",
            e.status, h.held::float8 AS "heldKopecks",
            CASE WHEN e.status = 'accepted'
                 THEN enrollment_funded_until(GREATEST(e.accepted_on, e.starts_on), e.ends_on, e.months)::text END AS "freedOn"
     FROM enrollments e
     JOIN LATERAL (SELECT -sum(m.amount_kopecks) AS held FROM account_movements m
                   WHERE m.enrollment_id = e.enrollment_id AND m.kind IN ('reservation', 'release')) h ON true
     WHERE e.certificate_id = $1 AND e.status IN ('requested', 'accepted') AND h.held > 0
     ORDER BY h.held DESC, e.enrollment_id`,
    [certificateId],
  );
}
