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

export const PRICE_SPLIT: TypedDocumentNode<
  { priceSplit: PriceSplit },
  { certificateId: string; months: number; monthlyPriceKopecks: number }
> = gql`
  query PriceSplit($certificateId: ID!, $months: Int!, $monthlyPriceKopecks: Kopecks!) {
    priceSplit(certificateId: $certificateId, months: $months, monthlyPriceKopecks: $monthlyPriceKopecks) {
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
