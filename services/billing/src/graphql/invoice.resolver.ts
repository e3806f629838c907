import { base64File, exportFormatSchema, exportTable } from '@pdo/table-export';
import { forbidden, hasRole, parseInput, TableExportFile, type RequestContext, type Viewer } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { isMunicipalityStaff, type InvoiceDecision, type InvoiceFilter } from '../domain/invoice.rules';
import { parseMonth } from '../domain/month';
import {
  closeMonth,
  invoiceLines,
  invoicePagesOfMunicipality,
  invoicesOfMunicipality,
  invoicesOfProvider,
  readInvoice,
  recordAdvancePayment,
  referencedInvoice,
  reportProviderMonth,
  reviewInvoice,
  type InvoiceRow,
} from '../operations/invoice.operations';
import { reportingProvider } from '../operations/month-report.operations';
import { invoiceExportTable } from './invoice-export.table';
import { AdvancePayment, Invoice, InvoiceLine, MonthEndSummary } from './invoice.type';
import { AdvancePaymentInput, MonthReportInput, returnReasonSchema } from './month-report.input';

const invoiceIdSchema = z.uuid('Неверный идентификатор счёта.');
const codeSchema = z.string().regex(/^\d{2}$/, 'Код муниципалитета — две цифры.');
const filterSchema = z.enum(['issued', 'approved', 'returned', 'all'], 'Статус счёта: issued, approved, returned или all.');
const filterDescription = 'issued (по умолчанию — ожидающие решения), approved, returned или all (все)';

const toInvoice = ({ issuedBy: _issuedBy, ...row }: InvoiceRow): Invoice => ({
  ...row,
  issuedAt: row.issuedAt.toISOString(),
  reviewedAt: row.reviewedAt?.toISOString() ?? null,
  correctedAt: row.correctedAt?.toISOString() ?? null,
});

/** The provider sees its own invoices; the paying municipality and the regional admin see theirs. */
function canReadInvoice(viewer: Viewer, invoice: { providerId: string; municipalityCode: string }): boolean {
  if (hasRole(viewer, 'provider_staff') && viewer.providerId === invoice.providerId) return true;
  return isMunicipalityStaff(viewer, invoice.municipalityCode);
}

/** Another subgraph's reference to an invoice (notifications' download link) resolves for those who may read it. */
export const invoiceReference = {
  async __resolveReference({ id }: { id: string }, { dataSource, viewer }: RequestContext): Promise<Invoice | null> {
    const row = await referencedInvoice(dataSource, id);
    return row && canReadInvoice(viewer, row) ? toInvoice(row) : null;
  },
};

@Resolver(() => Invoice)
export class InvoiceResolver {
  @Authorized('provider_staff')
  @Mutation(() => MonthEndSummary, {
    description:
      'Отчёт за месяц: какие записи обучались. Сразу начисляет оплату и выставляет счета; повтор ничего не меняет. ' +
      'После возврата счёта отчёт за тот месяц исправляет его: списания по возвращённому счёту отменяются и выставляется новый',
  })
  reportMonth(
    @Arg('input', () => MonthReportInput) input: MonthReportInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<MonthEndSummary> {
    const parsed = parseInput(MonthReportInput.schema, input);
    const month = parseMonth(parsed.month);
    return reportProviderMonth(dataSource, viewer, month, parsed.enrollmentIds);
  }

  @Authorized('regional_admin')
  @Mutation(() => MonthEndSummary, { description: 'Закрыть месяц по всем отчётам (обычно это делает ежемесячное задание)' })
  runMonthEnd(@Arg('month', () => String) month: string, @Ctx() { dataSource }: RequestContext): Promise<MonthEndSummary> {
    const parsed = parseMonth(month);
    return closeMonth(dataSource, parsed);
  }

  @Authorized('provider_staff')
  @Query(() => [Invoice], { description: 'Счета своей организации, новые сверху; можно за один месяц' })
  async providerInvoices(
    @Arg('month', () => String, { nullable: true }) month: string | null | undefined,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<Invoice[]> {
    const providerId = reportingProvider(viewer);
    // an omitted argument arrives as undefined, not null: both mean every month
    const firstDay = month === null || month === undefined ? null : parseMonth(month).firstDay;
    const rows = await invoicesOfProvider(dataSource, providerId, firstDay);
    return rows.map(toInvoice);
  }

  @Authorized('finance_officer', 'operator', 'regional_admin')
  @Query(() => [Invoice], { description: 'Счета организаций муниципалитету; по умолчанию — ожидающие решения' })
  async municipalityInvoices(
    @Arg('municipalityCode', () => String) municipalityCode: string,
    @Arg('status', () => String, { nullable: true, description: filterDescription }) status: string | null,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<Invoice[]> {
    const code = parseInput(codeSchema, municipalityCode);
    const wanted: InvoiceFilter = parseInput(filterSchema, status ?? 'issued');
    if (!isMunicipalityStaff(viewer, code)) throw forbidden('Счета видит уполномоченный орган этого муниципалитета.');
    const rows = await invoicesOfMunicipality(dataSource, code, wanted);
    return rows.map(toInvoice);
  }

  @Authorized('finance_officer', 'operator', 'regional_admin')
  @Query(() => TableExportFile, {
    description: 'Выгрузка счетов муниципалитета (как в таблице «Счета») в XLSX или CSV; персональных данных в ней нет',
  })
  async municipalityInvoicesExport(
    @Arg('municipalityCode', () => String) municipalityCode: string,
    @Arg('status', () => String, { nullable: true, description: filterDescription }) status: string | null,
    @Arg('format', () => String, { description: 'xlsx или csv' }) format: string,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<TableExportFile> {
    const code = parseInput(codeSchema, municipalityCode);
    const wanted: InvoiceFilter = parseInput(filterSchema, status ?? 'issued');
    const fileFormat = parseInput(exportFormatSchema, format);
    if (!isMunicipalityStaff(viewer, code)) throw forbidden('Счета видит уполномоченный орган этого муниципалитета.');
    const file = await exportTable(
      fileFormat,
      invoiceExportTable,
      invoicePagesOfMunicipality(dataSource, code, wanted),
      `счета-${code}-${wanted}`,
    );
    return base64File(file);
  }

  @Authorized()
  @Query(() => [InvoiceLine], { description: 'Строки счёта' })
  async invoiceLines(
    @Arg('invoiceId', () => ID) invoiceId: string,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<InvoiceLine[]> {
    const invoice = await readInvoice(dataSource, parseInput(invoiceIdSchema, invoiceId));
    if (!canReadInvoice(viewer, invoice)) throw forbidden('Этот счёт видят организация и муниципалитет, которому он выставлен.');
    const rows = await invoiceLines(dataSource, invoice.id);
    return rows.map(({ childId, programId, ...line }) => ({
      ...line,
      child: { id: childId },
      program: programId === null ? null : { id: programId },
    }));
  }

  @Authorized('finance_officer')
  @Mutation(() => Invoice, { description: 'Принять счёт к оплате (финансовый орган муниципалитета-плательщика, один раз)' })
  approveInvoice(@Arg('invoiceId', () => ID) invoiceId: string, @Ctx() context: RequestContext): Promise<Invoice> {
    return review(context, parseInput(invoiceIdSchema, invoiceId), 'approved', null);
  }

  @Authorized('finance_officer')
  @Mutation(() => Invoice, { description: 'Вернуть счёт организации с пояснением (финансовый орган муниципалитета-плательщика)' })
  returnInvoice(
    @Arg('invoiceId', () => ID) invoiceId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() context: RequestContext,
  ): Promise<Invoice> {
    return review(context, parseInput(invoiceIdSchema, invoiceId), 'returned', parseInput(returnReasonSchema, reason));
  }

  @Authorized('finance_officer', 'regional_admin')
  @Mutation(() => AdvancePayment, { description: 'Записать аванс организации за месяц; он будет зачтён в счёт за этот месяц' })
  async recordAdvancePayment(
    @Arg('input', () => AdvancePaymentInput) input: AdvancePaymentInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<AdvancePayment> {
    const parsed = parseInput(AdvancePaymentInput.schema, input);
    const month = parseMonth(parsed.month);
    if (
      !hasRole(viewer, 'regional_admin') &&
      !(hasRole(viewer, 'finance_officer') && viewer.municipalityCode === parsed.municipalityCode)
    ) {
      throw forbidden('Аванс записывает уполномоченный орган своего муниципалитета.');
    }
    const id = await recordAdvancePayment(dataSource, viewer, month, parsed);
    return { ...parsed, id, invoiceId: null };
  }
}

/** Approves or returns an issued invoice (see reviewInvoice). */
async function review(
  { dataSource, viewer }: RequestContext,
  invoiceId: string,
  decision: InvoiceDecision,
  reason: string | null,
): Promise<Invoice> {
  return toInvoice(await reviewInvoice(dataSource, viewer, invoiceId, decision, reason));
}
