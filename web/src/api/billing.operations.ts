import { graphql } from '../gql';
import type {
  InvoiceFieldsFragment,
  InvoiceLinesQuery,
  MonthReportSheetQuery,
  MunicipalityBudgetQuery,
  PriceForQuery,
} from '../gql/graphql';

export type PriceSplit = NonNullable<NonNullable<PriceForQuery['program']>['priceFor']>;

/** Another request or enrolment that holds part of the certificate's balance. */
export type CertificateHold = NonNullable<PriceSplit['holds']>[number];

/** Billing's split for the child's certificate, federated onto the program (the same arithmetic as the charge). */
export const PRICE_FOR = graphql(`
  query PriceFor($programId: ID!, $childId: ID!) {
    program(id: $programId) {
      id
      priceFor(childId: $childId) {
        certificateId
        financed
        balanceKopecks
        totalPriceKopecks
        certificateTotalKopecks
        coPaymentTotalKopecks
        remainingKopecks
        perMonth {
          month
          certificateKopecks
          coPaymentKopecks
        }
        coPaymentFromMonth
        coPaymentFromMonthKopecks
        takesWholeBalance
        holds {
          enrollmentId
          program {
            id
            title
          }
          programTitle
          status
          heldKopecks
          freedOn
        }
      }
    }
  }
`);

// Spread by the documents below; codegen includes it in each of them.
graphql(`
  fragment NormativeFields on Normative {
    id
    municipalityCode
    groupName
    periodStart
    amountKopecks
    quota
    budgetKopecks
  }
`);

export const NORMATIVES = graphql(`
  query Normatives($municipalityCode: String!) {
    normatives(municipalityCode: $municipalityCode) {
      ...NormativeFields
    }
  }
`);

export const NORMATIVE_HISTORY = graphql(`
  query NormativeHistory($municipalityCode: String!) {
    normativeHistory(municipalityCode: $municipalityCode) {
      id
      groupName
      periodStart
      changedBy
      changedAt
      effectiveFrom
      oldAmountKopecks
      newAmountKopecks
      oldQuota
      newQuota
      oldBudgetKopecks
      newBudgetKopecks
    }
  }
`);

export const SET_NORMATIVE = graphql(`
  mutation SetNormative($input: SetNormativeInput!) {
    setNormative(input: $input) {
      ...NormativeFields
    }
  }
`);

export type Invoice = InvoiceFieldsFragment;

/** An invoice's sum for one program: how many children and months, and the money. */
export type InvoiceProgramTotal = Invoice['programs'][number];

export const invoiceStatusLabels: Record<string, string> = {
  issued: 'Выставлен',
  approved: 'Принят к оплате',
  returned: 'Возвращён',
};

// Spread by the documents below; codegen includes it in each of them.
graphql(`
  fragment InvoiceFields on Invoice {
    id
    number
    providerId
    municipalityCode
    month
    status
    lineCount
    totalPriceKopecks
    certificateTotalKopecks
    coPaymentTotalKopecks
    advanceKopecks
    dueKopecks
    issuedAt
    reviewedAt
    reviewReason
    provider {
      id
      name
    }
    programs {
      program {
        id
        title
      }
      programTitle
      childCount
      lineCount
      totalPriceKopecks
      certificateTotalKopecks
      coPaymentTotalKopecks
    }
  }
`);

export const MUNICIPALITY_INVOICES = graphql(`
  query MunicipalityInvoices($municipalityCode: String!, $status: String) {
    municipalityInvoices(municipalityCode: $municipalityCode, status: $status) {
      ...InvoiceFields
    }
  }
`);

export const MUNICIPALITY_INVOICES_EXPORT = graphql(`
  query MunicipalityInvoicesExport($municipalityCode: String!, $status: String, $format: String!) {
    municipalityInvoicesExport(municipalityCode: $municipalityCode, status: $status, format: $format) {
      fileName
      contentType
      contentBase64
    }
  }
`);

export const PROVIDER_INVOICES = graphql(`
  query ProviderInvoices($month: String) {
    providerInvoices(month: $month) {
      ...InvoiceFields
    }
  }
`);

export const APPROVE_INVOICE = graphql(`
  mutation ApproveInvoice($invoiceId: ID!) {
    approveInvoice(invoiceId: $invoiceId) {
      ...InvoiceFields
    }
  }
`);

export const RETURN_INVOICE = graphql(`
  mutation ReturnInvoice($invoiceId: ID!, $reason: String!) {
    returnInvoice(invoiceId: $invoiceId, reason: $reason) {
      ...InvoiceFields
    }
  }
`);

export const REPORT_MONTH = graphql(`
  mutation ReportMonth($input: MonthReportInput!) {
    reportMonth(input: $input) {
      invoices
      charges
      coPaymentNotices
      releasedEnrollments
    }
  }
`);

export type BudgetMonth = MunicipalityBudgetQuery['municipalityBudget']['byMonth'][number];

export type BudgetForecast = MunicipalityBudgetQuery['municipalityBudget']['forecast'];

export const MUNICIPALITY_BUDGET = graphql(`
  query MunicipalityBudget($municipalityCode: String!, $periodStart: String) {
    municipalityBudget(municipalityCode: $municipalityCode, periodStart: $periodStart) {
      municipalityCode
      periodStart
      budgetKopecks
      quota
      financedCertificates
      committedKopecks
      reservedKopecks
      chargedKopecks
      byMonth {
        month
        chargedKopecks
        coPaymentKopecks
        charges
      }
      forecast {
        status
        daysElapsed
        daysInYear
        paceKopecksPerDay
        forecastKopecks
        runsOutOn
      }
    }
  }
`);

export type ChildName = NonNullable<InvoiceLinesQuery['invoiceLines'][number]['child']>;

/** The lines behind an invoice's sums; a child's name shows only to those identity lets see it. */
export const INVOICE_LINES = graphql(`
  query InvoiceLines($invoiceId: ID!) {
    invoiceLines(invoiceId: $invoiceId) {
      enrollmentId
      certificateNumber
      child {
        id
        lastName
        firstName
        patronymic
      }
      program {
        id
      }
      programTitle
      priceKopecks
      certificateKopecks
      coPaymentKopecks
    }
  }
`);

export type MonthReportLine = MonthReportSheetQuery['monthReportSheet'][number];

/** The provider's attendance sheet for a month: who may be reported and what each line charges. */
export const MONTH_REPORT_SHEET = graphql(`
  query MonthReportSheet($month: String!) {
    monthReportSheet(month: $month) {
      enrollmentId
      child {
        id
        lastName
        firstName
        patronymic
      }
      certificateNumber
      program {
        id
        title
      }
      group {
        id
        teacher
        daysOfWeek
        startTime
        endTime
      }
      programTitle
      chargeable
      refusalCode
      refusalMessage
      reported
      priceKopecks
      certificateKopecks
      coPaymentKopecks
    }
  }
`);
