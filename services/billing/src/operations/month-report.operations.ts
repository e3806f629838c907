import { DomainError, forbidden, hasRole, kuzbassDate, notFound, type Viewer } from '@pdo/service-kit';
import type { EntityManager } from 'typeorm';
import { assertReportable, type BillingMonth } from '../domain/month';
import {
  monthAlreadyInvoiced,
  reportRefusal,
  type EnrollmentStatus,
  type ReportedEnrollment,
} from '../domain/month-report.rules';
import { linkCorrections, lockMonth, type MonthEndResult, reverseReturnedInvoices, runMonthEnd } from './month-end.operations';

/** What `reportRefusal` needs of an enrolment (`e`) and a month (`$2`), as the report and the sheet select it. */
export const CHARGE_FACTS = `e.status, e.accepted_on::text AS accepted_on, e.starts_on::text AS starts_on,
  e.ends_on::text AS ends_on, e.months,
  (SELECT count(*)::int FROM monthly_charges mc
   WHERE mc.enrollment_id = e.enrollment_id AND mc.month <> $2 AND NOT mc.reversed) AS charged_months,
  certificate_active_in_month(e.certificate_id, $2) AS certificate_active`;

export interface ChargeFactsRow {
  status: EnrollmentStatus;
  accepted_on: string | null;
  starts_on: string | null;
  ends_on: string | null;
  months: number;
  charged_months: number;
  certificate_active: boolean;
}

export const chargeFacts = (row: ChargeFactsRow): ReportedEnrollment => ({
  status: row.status,
  acceptedOn: row.accepted_on,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  months: row.months,
  chargedMonths: row.charged_months,
  certificateActive: row.certificate_active,
});

interface ReportedRow extends Omit<ChargeFactsRow, 'status'> {
  id: string;
  provider_id: string | null;
  status: EnrollmentStatus | null;
  /** the month's current invoice of the provider to the certificate's municipality */
  invoice_id: string | null;
  invoice_status: 'issued' | 'approved' | 'returned' | null;
  reported: boolean;
}

/** A refused line names its enrolment, so the provider's sheet can point at it. */
const withLine = (refusal: DomainError, enrollmentId: string): DomainError =>
  new DomainError(String(refusal.extensions.code), refusal.message, { enrollmentId });

/** The provider a viewer reports for: staff of one provider, or that provider's own system with an API key. */
export function reportingProvider(viewer: Viewer): string {
  if (!hasRole(viewer, 'provider_staff') || viewer.providerId === null) {
    throw forbidden('Отчёт за месяц подаёт сотрудник организации-поставщика.');
  }
  return viewer.providerId;
}

/**
 * Records which of the provider's enrolments ran in the month and at once runs the month end for that
 * provider: charges, invoices, co-payment notices. The whole report is refused if one line is wrong; a
 * repeated report of the same enrolments changes nothing. A report naming enrolments of a municipality
 * whose invoice for the month was returned corrects it: that invoice's charges are reversed and the
 * report's enrolments of that municipality are charged on a new invoice.
 */
export async function reportMonth(
  manager: EntityManager,
  viewer: Viewer,
  month: BillingMonth,
  enrollmentIds: string[],
): Promise<MonthEndResult> {
  const providerId = reportingProvider(viewer);
  assertReportable(month, kuzbassDate(new Date()));
  await lockMonth(manager, month);
  const rows: ReportedRow[] = await manager.query(
    `SELECT x.id, e.provider_id, ${CHARGE_FACTS}, i.invoice_id, i.status AS invoice_status,
            EXISTS (SELECT 1 FROM month_reports r WHERE r.enrollment_id = x.id AND r.month = $2) AS reported
     FROM unnest($1::uuid[]) AS x (id)
     LEFT JOIN enrollments e ON e.enrollment_id = x.id
     LEFT JOIN LATERAL (SELECT municipality_in_month(e.certificate_id, $2) AS municipality_code) c ON true
     LEFT JOIN invoices i ON i.provider_id = e.provider_id AND i.municipality_code = c.municipality_code
                         AND i.month = $2 AND i.corrected_at IS NULL`,
    [enrollmentIds, month.firstDay],
  );
  for (const row of rows) {
    if (row.status === null || row.provider_id !== providerId) {
      throw notFound(`Запись ${row.id} не найдена среди записей вашей организации.`);
    }
    const refusal = reportRefusal(chargeFacts({ ...row, status: row.status }), month);
    if (refusal) throw withLine(refusal, row.id);
    if (row.invoice_status !== null && row.invoice_status !== 'returned' && !row.reported) throw monthAlreadyInvoiced();
  }
  const returned = [...new Set(rows.filter((row) => row.invoice_status === 'returned').map((row) => row.invoice_id!))];
  await reverseReturnedInvoices(manager, month, returned);
  await manager.query(
    `INSERT INTO month_reports (enrollment_id, month, provider_id, reported_by)
     SELECT x.id, $2, $3, $4 FROM unnest($1::uuid[]) AS x (id)
     ON CONFLICT (enrollment_id, month) DO NOTHING`,
    [enrollmentIds, month.firstDay, providerId, viewer.userId],
  );
  const result = await runMonthEnd(manager, { month, providerId, issuedBy: viewer.userId });
  await linkCorrections(manager, returned);
  return result;
}
