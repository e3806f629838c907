import { gql, type TypedDocumentNode } from '@apollo/client';

export interface PriceSplit {
  certificateId: string;
  financed: boolean;
  balanceKopecks: number;
  totalPriceKopecks: number;
  certificateTotalKopecks: number;
  coPaymentTotalKopecks: number;
  remainingKopecks: number;
  perMonth: { month: number; certificateKopecks: number; coPaymentKopecks: number }[];
  coPaymentFromMonth: number | null;
  coPaymentFromMonthKopecks: number;
  takesWholeBalance: boolean;
  holds: CertificateHold[] | null;
}

/** Another request or enrolment that holds part of the certificate's balance. */
export interface CertificateHold {
  enrollmentId: string;
  program: { id: string; title: string } | null;
  programTitle: string | null;
  status: 'requested' | 'accepted';
  heldKopecks: number;
  freedOn: string | null;
}

/** Billing's split for the child's certificate, federated onto the program (the same arithmetic as the charge). */
export const PRICE_FOR: TypedDocumentNode<
  { program: { id: string; priceFor: PriceSplit | null } | null },
  { programId: string; childId: string }
> = gql`
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
`;

export interface Normative {
  id: string;
  municipalityCode: string;
  groupName: string;
  periodStart: string;
  amountKopecks: number;
  quota: number;
  budgetKopecks: number;
}

const NORMATIVE_FIELDS = gql`
  fragment NormativeFields on Normative {
    id
    municipalityCode
    groupName
    periodStart
    amountKopecks
    quota
    budgetKopecks
  }
`;

export const NORMATIVES: TypedDocumentNode<{ normatives: Normative[] }, { municipalityCode: string }> = gql`
  query Normatives($municipalityCode: String!) {
    normatives(municipalityCode: $municipalityCode) {
      ...NormativeFields
    }
  }
  ${NORMATIVE_FIELDS}
`;

export interface NormativeVersion {
  id: string;
  groupName: string;
  periodStart: string;
  changedBy: string;
  changedAt: string;
  effectiveFrom: string;
  oldAmountKopecks: number | null;
  newAmountKopecks: number;
  oldQuota: number | null;
  newQuota: number;
  oldBudgetKopecks: number | null;
  newBudgetKopecks: number;
}

export const NORMATIVE_HISTORY: TypedDocumentNode<{ normativeHistory: NormativeVersion[] }, { municipalityCode: string }> = gql`
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
`;

export interface SetNormativeInput {
  municipalityCode: string;
  groupName: string;
  periodStart: string;
  amountKopecks: number;
  quota: number;
  budgetKopecks: number;
  effectiveFrom: string | null;
}

export const SET_NORMATIVE: TypedDocumentNode<{ setNormative: Normative }, { input: SetNormativeInput }> = gql`
  mutation SetNormative($input: SetNormativeInput!) {
    setNormative(input: $input) {
      ...NormativeFields
    }
  }
  ${NORMATIVE_FIELDS}
`;

export interface Invoice {
  id: string;
  number: string;
  providerId: string;
  municipalityCode: string;
  month: string;
  status: string;
  lineCount: number;
  totalPriceKopecks: number;
  certificateTotalKopecks: number;
  coPaymentTotalKopecks: number;
  advanceKopecks: number;
  dueKopecks: number;
  issuedAt: string;
  reviewedAt: string | null;
  reviewReason: string | null;
  provider: { id: string; name: string } | null;
  programs: InvoiceProgramTotal[];
}

/** An invoice's sum for one program: how many children and months, and the money. */
export interface InvoiceProgramTotal {
  program: { id: string; title: string } | null;
  programTitle: string | null;
  childCount: number;
  lineCount: number;
  totalPriceKopecks: number;
  certificateTotalKopecks: number;
  coPaymentTotalKopecks: number;
}

export const invoiceStatusLabels: Record<string, string> = {
  issued: 'Выставлен',
  approved: 'Принят к оплате',
  returned: 'Возвращён',
};

const INVOICE_FIELDS = gql`
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
`;

export const MUNICIPALITY_INVOICES: TypedDocumentNode<
  { municipalityInvoices: Invoice[] },
  { municipalityCode: string; status?: string | null }
> = gql`
  query MunicipalityInvoices($municipalityCode: String!, $status: String) {
    municipalityInvoices(municipalityCode: $municipalityCode, status: $status) {
      ...InvoiceFields
    }
  }
  ${INVOICE_FIELDS}
`;

export const MUNICIPALITY_INVOICES_EXPORT: TypedDocumentNode<
  { municipalityInvoicesExport: { fileName: string; contentType: string; contentBase64: string } },
  { municipalityCode: string; status?: string | null; format: string }
> = gql`
  query MunicipalityInvoicesExport($municipalityCode: String!, $status: String, $format: String!) {
    municipalityInvoicesExport(municipalityCode: $municipalityCode, status: $status, format: $format) {
      fileName
      contentType
      contentBase64
    }
  }
`;

export const PROVIDER_INVOICES: TypedDocumentNode<{ providerInvoices: Invoice[] }, { month?: string | null }> = gql`
  query ProviderInvoices($month: String) {
    providerInvoices(month: $month) {
      ...InvoiceFields
    }
  }
  ${INVOICE_FIELDS}
`;

export const APPROVE_INVOICE: TypedDocumentNode<{ approveInvoice: Invoice }, { invoiceId: string }> = gql`
  mutation ApproveInvoice($invoiceId: ID!) {
    approveInvoice(invoiceId: $invoiceId) {
      ...InvoiceFields
    }
  }
  ${INVOICE_FIELDS}
`;

export const RETURN_INVOICE: TypedDocumentNode<{ returnInvoice: Invoice }, { invoiceId: string; reason: string }> = gql`
  mutation ReturnInvoice($invoiceId: ID!, $reason: String!) {
    returnInvoice(invoiceId: $invoiceId, reason: $reason) {
      ...InvoiceFields
    }
  }
  ${INVOICE_FIELDS}
`;

export interface MonthEndSummary {
  invoices: number;
  charges: number;
  coPaymentNotices: number;
  releasedEnrollments: number;
}

export const REPORT_MONTH: TypedDocumentNode<
  { reportMonth: MonthEndSummary },
  { input: { month: string; enrollmentIds: string[] } }
> = gql`
  mutation ReportMonth($input: MonthReportInput!) {
    reportMonth(input: $input) {
      invoices
      charges
      coPaymentNotices
      releasedEnrollments
    }
  }
`;

export interface BudgetMonth {
  month: string;
  chargedKopecks: number;
  coPaymentKopecks: number;
  charges: number;
}

export interface MunicipalityBudget {
  municipalityCode: string;
  periodStart: string;
  budgetKopecks: number;
  quota: number;
  financedCertificates: number;
  committedKopecks: number;
  reservedKopecks: number;
  chargedKopecks: number;
  byMonth: BudgetMonth[];
  forecast: BudgetForecast;
}

export type BudgetForecastStatus = 'not_started' | 'no_spending' | 'within_budget' | 'runs_out' | 'exhausted' | 'year_over';

export interface BudgetForecast {
  status: BudgetForecastStatus;
  daysElapsed: number;
  daysInYear: number;
  paceKopecksPerDay: number;
  forecastKopecks: number;
  runsOutOn: string | null;
}

export const MUNICIPALITY_BUDGET: TypedDocumentNode<
  { municipalityBudget: MunicipalityBudget },
  { municipalityCode: string; periodStart?: string | null }
> = gql`
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
`;

export interface InvoiceLine {
  enrollmentId: string;
  certificateNumber: string | null;
  child: ChildName | null;
  program: { id: string } | null;
  programTitle: string | null;
  priceKopecks: number;
  certificateKopecks: number;
  coPaymentKopecks: number;
}

export interface ChildName {
  id: string;
  lastName: string;
  firstName: string;
  patronymic: string | null;
}

/** The lines behind an invoice's sums; a child's name shows only to those identity lets see it. */
export const INVOICE_LINES: TypedDocumentNode<{ invoiceLines: InvoiceLine[] }, { invoiceId: string }> = gql`
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
`;

export interface MonthReportLine {
  enrollmentId: string;
  child: ChildName | null;
  certificateNumber: string | null;
  program: { id: string; title: string } | null;
  group: { id: string; teacher: string; daysOfWeek: number[]; startTime: string; endTime: string } | null;
  programTitle: string | null;
  chargeable: boolean;
  refusalCode: string | null;
  refusalMessage: string | null;
  reported: boolean;
  priceKopecks: number;
  certificateKopecks: number;
  coPaymentKopecks: number;
}

/** The provider's attendance sheet for a month: who may be reported and what each line charges. */
export const MONTH_REPORT_SHEET: TypedDocumentNode<{ monthReportSheet: MonthReportLine[] }, { month: string }> = gql`
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
`;
