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
    }
  }
`;
