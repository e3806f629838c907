import type { Viewer } from '@pdo/service-kit';
import type { EntityManager } from 'typeorm';
import type { BillingMonth } from '../domain/month';
import { MAX_REPORT_LINES, monthAlreadyInvoiced, reportRefusal } from '../domain/month-report.rules';
import { monthShare } from '../domain/price-split';
import { CHARGE_FACTS, chargeFacts, type ChargeFactsRow, reportingProvider } from './month-report.operations';

export interface SheetLine {
  enrollmentId: string;
  childId: string;
  certificateId: string;
  certificateNumber: string | null;
  programId: string | null;
  groupId: string | null;
  programTitle: string | null;
  chargeable: boolean;
  refusalCode: string | null;
  refusalMessage: string | null;
  reported: boolean;
  priceKopecks: number;
  certificateKopecks: number;
  coPaymentKopecks: number;
}

interface SheetRow extends ChargeFactsRow {
  enrollment_id: string;
  child_id: string;
  certificate_id: string;
  number: string | null;
  program_id: string | null;
  group_id: string | null;
  program_title: string | null;
  price: number;
  held: number;
  charged_certificate: number | null;
  charged_co_payment: number | null;
  reported: boolean;
  invoiced: boolean;
}

/**
 * The provider's attendance sheet for a month: every accepted enrolment, whether the month may be charged
 * to it (the same `reportRefusal` the report obeys) and what it charges the certificate and the family —
 * what was charged, or what the month end would charge (`LEAST(price, held)`). Enrolments that ended before
 * the month are left out.
 */
export async function monthReportSheet(manager: EntityManager, viewer: Viewer, month: BillingMonth): Promise<SheetLine[]> {
  const providerId = reportingProvider(viewer);
  const rows: SheetRow[] = await manager.query(
    `SELECT e.enrollment_id, e.child_id, e.certificate_id, c.number, e.program_id, e.group_id, e.program_title,
            ${CHARGE_FACTS},
            e.monthly_price_kopecks::float8 AS price,
            CASE WHEN e.payable THEN coalesce((SELECT -sum(m.amount_kopecks) FROM account_movements m
                                               WHERE m.enrollment_id = e.enrollment_id
                                                 AND m.kind IN ('reservation', 'release')), 0)
                 ELSE 0 END::float8 AS held,
            ch.certificate_kopecks::float8 AS charged_certificate, ch.co_payment_kopecks::float8 AS charged_co_payment,
            EXISTS (SELECT 1 FROM month_reports r WHERE r.enrollment_id = e.enrollment_id AND r.month = $2) AS reported,
            EXISTS (SELECT 1 FROM invoices i
                    WHERE i.provider_id = e.provider_id AND i.municipality_code = municipality_in_month(e.certificate_id, $2)
                      AND i.month = $2
                      AND i.corrected_at IS NULL AND i.status <> 'returned') AS invoiced
     FROM enrollments e
     JOIN certificates c ON c.certificate_id = e.certificate_id
     LEFT JOIN monthly_charges ch ON ch.enrollment_id = e.enrollment_id AND ch.month = $2 AND NOT ch.reversed
     WHERE e.provider_id = $1 AND e.status <> 'requested' AND (e.ends_on IS NULL OR e.ends_on > $2)
     ORDER BY e.program_title NULLS LAST, c.number, e.enrollment_id
     LIMIT ${MAX_REPORT_LINES}`,
    [providerId, month.firstDay],
  );
  return rows.map((row) => {
    const refusal = reportRefusal(chargeFacts(row), month) ?? (row.invoiced && !row.reported ? monthAlreadyInvoiced() : null);
    const share =
      row.charged_certificate !== null && row.charged_co_payment !== null
        ? { certificateKopecks: row.charged_certificate, coPaymentKopecks: row.charged_co_payment }
        : monthShare(row.price, row.held);
    return {
      enrollmentId: row.enrollment_id,
      childId: row.child_id,
      certificateId: row.certificate_id,
      certificateNumber: row.number,
      programId: row.program_id,
      groupId: row.group_id,
      programTitle: row.program_title,
      chargeable: refusal === null,
      refusalCode: refusal === null ? null : String(refusal.extensions.code),
      refusalMessage: refusal?.message ?? null,
      reported: row.reported,
      priceKopecks: row.price,
      ...share,
    };
  });
}
