import type { RequestContext } from '@pdo/service-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Invoice, InvoiceProgramTotal } from './invoice.type';
import { Provider } from './references.type';

type ProgramTotalRow = Omit<InvoiceProgramTotal, 'program'> & { programId: string | null };

/** What an invoice is for, beside its totals: whose it is and its sums by program. The invoice itself was authorized. */
@Resolver(() => Invoice)
export class InvoiceBreakdownResolver {
  @FieldResolver(() => Provider, { description: 'Организация-поставщик, выставившая счёт' })
  provider(@Root() invoice: Invoice): Provider {
    return { id: invoice.providerId };
  }

  @FieldResolver(() => [InvoiceProgramTotal], { description: 'Суммы счёта по программам: сколько детей и денег' })
  async programs(@Root() invoice: Invoice, @Ctx() { dataSource }: RequestContext): Promise<InvoiceProgramTotal[]> {
    const rows: ProgramTotalRow[] = await dataSource.query(
      `SELECT e.program_id AS "programId", e.program_title AS "programTitle",
              count(DISTINCT e.child_id)::int AS "childCount", count(*)::int AS "lineCount",
              sum(mc.price_kopecks)::float8 AS "totalPriceKopecks",
              sum(mc.certificate_kopecks)::float8 AS "certificateTotalKopecks",
              sum(mc.co_payment_kopecks)::float8 AS "coPaymentTotalKopecks"
       FROM monthly_charges mc JOIN enrollments e ON e.enrollment_id = mc.enrollment_id
       WHERE mc.invoice_id = $1
       GROUP BY e.program_id, e.program_title
       ORDER BY e.program_title NULLS LAST, e.program_id`,
      [invoice.id],
    );
    return rows.map(({ programId, ...total }) => ({ ...total, program: programId === null ? null : { id: programId } }));
  }
}
