import { z } from 'zod';
import { defineTableExport } from './table-exports.route';

// The finance officer's pages: «Бюджет» (web/src/finance/budget-page.tsx) and «Нормативы»
// (web/src/finance/normatives-page.tsx); their tables, from the queries those pages send.

const ofMunicipality = z.object({
  municipalityCode: z.string('Укажите код муниципалитета.').regex(/^\d{2}$/, 'Код муниципалитета — две цифры.'),
});
type OfMunicipality = z.infer<typeof ofMunicipality>;
const municipalityVariables = ({ municipalityCode }: OfMunicipality) => ({ municipalityCode });

interface MunicipalityBudget {
  municipalityBudget: {
    periodStart: string;
    byMonth: { month: string; chargedKopecks: number; coPaymentKopecks: number; charges: number }[];
  };
}

export const budgetMonthsExport = defineTableExport({
  query: `query MunicipalityBudgetExport($municipalityCode: String!) {
    municipalityBudget(municipalityCode: $municipalityCode) {
      periodStart
      byMonth { month chargedKopecks coPaymentKopecks charges }
    }
  }`,
  params: ofMunicipality,
  variables: municipalityVariables,
  rows: (data: MunicipalityBudget) => data.municipalityBudget.byMonth,
  table: {
    title: 'Списания по месяцам',
    columns: [
      { heading: 'Месяц', width: 10, value: (row) => row.month },
      { heading: 'Оплачено сертификатами, руб.', kind: 'kopecks', value: (row) => row.chargedKopecks },
      { heading: 'Доплаты родителей, руб.', kind: 'kopecks', value: (row) => row.coPaymentKopecks },
      { heading: 'Оплаченных месяцев обучения', kind: 'integer', value: (row) => row.charges },
    ],
  },
  baseName: ({ municipalityCode }) => `списания-по-месяцам-${municipalityCode}`,
});

interface Normatives {
  normatives: { groupName: string; periodStart: string; amountKopecks: number; quota: number; budgetKopecks: number }[];
}

export const normativesExport = defineTableExport({
  query: `query NormativesExport($municipalityCode: String!) {
    normatives(municipalityCode: $municipalityCode) { groupName periodStart amountKopecks quota budgetKopecks }
  }`,
  params: ofMunicipality,
  variables: municipalityVariables,
  rows: (data: Normatives) => data.normatives,
  table: {
    title: 'Действующие нормативы',
    columns: [
      { heading: 'Группа сертификата', width: 40, value: (row) => row.groupName },
      { heading: 'Учебный год с', kind: 'date', value: (row) => row.periodStart },
      { heading: 'Норматив в год, руб.', kind: 'kopecks', value: (row) => row.amountKopecks },
      { heading: 'Сертификатов', kind: 'integer', value: (row) => row.quota },
      { heading: 'Бюджет, руб.', kind: 'kopecks', value: (row) => row.budgetKopecks },
    ],
  },
  baseName: ({ municipalityCode }) => `нормативы-${municipalityCode}`,
});

interface NormativeHistory {
  normativeHistory: {
    groupName: string;
    periodStart: string;
    changedAt: string;
    effectiveFrom: string;
    oldAmountKopecks: number | null;
    newAmountKopecks: number;
    oldQuota: number | null;
    newQuota: number;
    oldBudgetKopecks: number | null;
    newBudgetKopecks: number;
  }[];
}

export const normativeHistoryExport = defineTableExport({
  query: `query NormativeHistoryExport($municipalityCode: String!) {
    normativeHistory(municipalityCode: $municipalityCode) {
      groupName periodStart changedAt effectiveFrom
      oldAmountKopecks newAmountKopecks oldQuota newQuota oldBudgetKopecks newBudgetKopecks
    }
  }`,
  params: ofMunicipality,
  variables: municipalityVariables,
  rows: (data: NormativeHistory) => data.normativeHistory,
  // the page's «было → стало» as two columns each, so a spreadsheet can compute with them
  table: {
    title: 'История изменений нормативов',
    columns: [
      { heading: 'Когда', kind: 'datetime', width: 17, value: (row) => row.changedAt },
      { heading: 'Группа сертификата', width: 40, value: (row) => row.groupName },
      { heading: 'Учебный год с', kind: 'date', value: (row) => row.periodStart },
      { heading: 'Действует с', kind: 'date', value: (row) => row.effectiveFrom },
      { heading: 'Норматив был, руб.', kind: 'kopecks', value: (row) => row.oldAmountKopecks },
      { heading: 'Норматив стал, руб.', kind: 'kopecks', value: (row) => row.newAmountKopecks },
      { heading: 'Сертификатов было', kind: 'integer', value: (row) => row.oldQuota },
      { heading: 'Сертификатов стало', kind: 'integer', value: (row) => row.newQuota },
      { heading: 'Бюджет был, руб.', kind: 'kopecks', value: (row) => row.oldBudgetKopecks },
      { heading: 'Бюджет стал, руб.', kind: 'kopecks', value: (row) => row.newBudgetKopecks },
    ],
  },
  baseName: ({ municipalityCode }) => `история-нормативов-${municipalityCode}`,
});
