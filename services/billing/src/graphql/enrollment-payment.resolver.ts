import { forbidden, hasRole, isPupilOf, parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { isMunicipalityStaff } from '../domain/invoice.rules';
import { EnrollmentMonthCharge, EnrollmentPayment } from './enrollment-payment.type';

const enrollmentIdSchema = z.uuid('Неверный идентификатор записи.');

interface EnrollmentRow {
  child_id: string;
  provider_id: string;
  municipality_code: string;
  parent_ids: string[] | null;
  parent_user_id: string | null;
}

/** A query rather than a field of navigator's Enrollment, which is not a federated entity. */
@Resolver(() => EnrollmentPayment)
export class EnrollmentPaymentResolver {
  @Authorized()
  @Query(() => EnrollmentPayment, {
    nullable: true,
    description: 'Оплата по записи: резерв сертификата и помесячные списания; пусто, пока заявка не дошла до расчётов',
  })
  async enrollmentPayment(
    @Arg('enrollmentId', () => ID) enrollmentId: string,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<EnrollmentPayment | null> {
    const id = parseInput(enrollmentIdSchema, enrollmentId);
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
    const charges: EnrollmentMonthCharge[] = await dataSource.query(
      `SELECT to_char(month, 'YYYY-MM') AS month, price_kopecks::float8 AS "priceKopecks",
              certificate_kopecks::float8 AS "certificateKopecks", co_payment_kopecks::float8 AS "coPaymentKopecks",
              invoice_id AS "invoiceId"
       FROM monthly_charges WHERE enrollment_id = $1 AND NOT reversed ORDER BY month`,
      [id],
    );
    return { enrollmentId: id, reservedKopecks: Number(held), charges };
  }
}
