import { graphql } from '../gql';
import type { RegionOverviewQuery } from '../gql/graphql';

// Spread by the documents below; codegen includes it in each of them.
graphql(`
  fragment OverviewGroupFields on OverviewGroup {
    groupId
    groupName
    issued
    activated
    waiting
    oldestWaitingSince
    oldestWaitingDays
    financing
    accounting
  }
`);

/** The МОЦ's overview (certificates) with its quota (billing), in one request through the gateway. */
export const SUPPORT_CENTRE_OVERVIEW = graphql(`
  query SupportCentreOverview($municipalityCode: String!, $days: Int!) {
    supportCentreOverview(municipalityCode: $municipalityCode, days: $days) {
      municipalityCode
      days {
        day
        applications
        issued
        activated
      }
      groups {
        ...OverviewGroupFields
      }
      total {
        ...OverviewGroupFields
      }
    }
    municipalityBudget(municipalityCode: $municipalityCode) {
      quota
      financedCertificates
    }
  }
`);

export type MunicipalityMoneyOverview = RegionOverviewQuery['regionMoneyOverview'][number];

export type MunicipalityProgramOverview = RegionOverviewQuery['regionProgramOverview'][number];

/** The region side by side: certificates, billing and navigator each answer their part; the page joins them by code. */
export const REGION_OVERVIEW = graphql(`
  query RegionOverview {
    regionCertificateOverview {
      municipalityCode
      municipalityName
      issued
      activated
      activatedPercent
      waiting
      financing
      accounting
    }
    regionMoneyOverview {
      municipalityCode
      budgetKopecks
      quota
      financedCertificates
      enrolledFinancedCertificates
      reservedKopecks
      chargedKopecks
    }
    regionProgramOverview {
      municipalityCode
      programs
      byDirection {
        direction
        programs
      }
      byRegistry {
        registry
        programs
      }
      seats
      seatsTaken
    }
  }
`);
