import { budgetMonthsExport, normativeHistoryExport, normativesExport } from './finance.exports';
import { regionOverviewExport, supportCentreDaysExport, supportCentreGroupsExport } from './overview.exports';
import type { TableExport } from './table-exports.route';

/**
 * The staff tables the gateway exports from their pages' own queries, by the name in `/exports/tables/<name>`
 * (the web's `GatewayTable` lists the same names). Tables with personal data are not here: identity streams
 * those from a one-use link and journals each export.
 */
export const tableExports = {
  'support-centre-days': supportCentreDaysExport,
  'support-centre-groups': supportCentreGroupsExport,
  'region-overview': regionOverviewExport,
  'budget-months': budgetMonthsExport,
  normatives: normativesExport,
  'normative-history': normativeHistoryExport,
} satisfies Record<string, TableExport>;

export type TableExportName = keyof typeof tableExports;
