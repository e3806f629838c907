import { forbidden, hasRole, isPupilOf, type Viewer } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';
import { isMunicipalityStaff } from '../domain/invoice.rules';

interface EnrollmentRow {
  child_id: string;
  provider_id: string;
  municipality_code: string;
  parent_ids: string[] | null;
  parent_user_id: string | null;
}

export interface EnrollmentChargeRow {
  month: string;
  priceKopecks: number;
  certificateKopecks: number;
  coPaymentKopecks: number;
  invoiceId: string;
}

/**
 * What the certificate holds for the enrolment and its monthly charges, for its parent, its provider and
 * the municipality; null before the enrolment reached billing.
 */
export async function enrollmentPayment(
  dataSource: DataSource,
  viewer: Viewer,
  id: string,
): Promise<{ enrollmentId: string; reservedKopecks: number; charges: EnrollmentChargeRow[] } | null> {
  const [row]: EnrollmentRow[] = await dataSource.query(
    `SELECT e.child_id, e.provider_id, c.municipality_code, ch.parent_ids, e.parent_user_id
       FROM enrollments e JOIN certificates c ON c.certificate_id = e.certificate_id
       LEFT JOIN children ch ON ch.child_id = e.child_id WHERE e.enrollment_id = $1`,
    [id],
  );
  if (!row) return null;
  const isParent =
    (viewer.userId !== null && (row.parent_user_id === viewer.userId || (row.parent_ids ?? []).includes(viewer.userId))) ||
    isPupilOf(viewer, row.child_id);
  const isProvider = hasRole(viewer, 'provider_staff') && viewer.providerId === row.provider_id;
  if (!isParent && !isProvider && !isMunicipalityStaff(viewer, row.municipality_code)) {
    throw forbidden('Оплату по записи видят родитель, организация и муниципалитет.');
  }
  const [{ held }]: { held: string }[] = await dataSource.query(
    `SELECT coalesce(-sum(amount_kopecks), 0) AS held FROM account_movements
       WHERE enrollment_id = $1 AND kind IN ('reservation', 'release')`,
    [id],
  );
  const charges: EnrollmentChargeRow[] = await dataSource.query(
    `SELECT to_char(month, 'YYYY-MM') AS month, price_kopecks::float8 AS "priceKopecks",
              certificate_kopecks::float8 AS "certificateKopecks", co_payment_kopecks::float8 AS "coPaymentKopecks",
              invoice_id AS "invoiceId"
       FROM monthly_charges WHERE enrollment_id = $1 AND NOT reversed ORDER BY month`,
    [id],
  );
  return { enrollmentId: id, reservedKopecks: Number(held), charges };
}
