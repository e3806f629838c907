import type { RequestContext } from '@pdo/service-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { invoiceProgramTotals } from '../operations/invoice.operations';
import { Invoice, InvoiceProgramTotal } from './invoice.type';
import { Provider } from './references.type';

/** What an invoice is for, beside its totals: whose it is and its sums by program. The invoice itself was authorized. */
@Resolver(() => Invoice)
export class InvoiceBreakdownResolver {
  @FieldResolver(() => Provider, { description: 'Организация-поставщик, выставившая счёт' })
  provider(@Root() invoice: Invoice): Provider {
    return { id: invoice.providerId };
  }

  @FieldResolver(() => [InvoiceProgramTotal], { description: 'Суммы счёта по программам: сколько детей и денег' })
  async programs(@Root() invoice: Invoice, @Ctx() { dataSource }: RequestContext): Promise<InvoiceProgramTotal[]> {
    const rows = await invoiceProgramTotals(dataSource, invoice.id);
    return rows.map(({ programId, ...total }) => ({ ...total, program: programId === null ? null : { id: programId } }));
  }
}
