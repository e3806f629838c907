import { gql, type TypedDocumentNode } from '@apollo/client';

export interface OverviewDay {
  day: string;
  applications: number;
  issued: number;
  activated: number;
}

export interface OverviewGroup {
  groupId: string | null;
  groupName: string;
  issued: number;
  activated: number;
  waiting: number;
  oldestWaitingSince: string | null;
  oldestWaitingDays: number | null;
  financing: number;
  accounting: number;
}

export interface SupportCentreOverview {
  municipalityCode: string;
  days: OverviewDay[];
  groups: OverviewGroup[];
  total: OverviewGroup;
}

const GROUP_FIELDS = `groupId groupName issued activated waiting oldestWaitingSince oldestWaitingDays financing accounting`;

/** The МОЦ's overview (certificates) with its quota (billing), in one request through the gateway. */
export const SUPPORT_CENTRE_OVERVIEW: TypedDocumentNode<
  {
    supportCentreOverview: SupportCentreOverview;
    municipalityBudget: { quota: number; financedCertificates: number };
  },
  { municipalityCode: string; days: number }
> = gql`
  query SupportCentreOverview($municipalityCode: String!, $days: Int!) {
    supportCentreOverview(municipalityCode: $municipalityCode, days: $days) {
      municipalityCode
      days {
        day
        applications
        issued
        activated
      }
      groups { ${GROUP_FIELDS} }
      total { ${GROUP_FIELDS} }
    }
    municipalityBudget(municipalityCode: $municipalityCode) {
      quota
      financedCertificates
    }
  }
`;

export interface MunicipalityCertificateOverview {
  municipalityCode: string;
  municipalityName: string;
  issued: number;
  activated: number;
  activatedPercent: number;
  waiting: number;
  financing: number;
  accounting: number;
}

export interface MunicipalityMoneyOverview {
  municipalityCode: string;
  budgetKopecks: number;
  quota: number;
  financedCertificates: number;
  enrolledFinancedCertificates: number;
  reservedKopecks: number;
  chargedKopecks: number;
}

export interface MunicipalityProgramOverview {
  municipalityCode: string;
  programs: number;
  byDirection: { direction: string; programs: number }[];
  byRegistry: { registry: string; programs: number }[];
  seats: number;
  seatsTaken: number;
}

/** The region side by side: certificates, billing and navigator each answer their part; the page joins them by code. */
export const REGION_OVERVIEW: TypedDocumentNode<
  {
    regionCertificateOverview: MunicipalityCertificateOverview[];
    regionMoneyOverview: MunicipalityMoneyOverview[];
    regionProgramOverview: MunicipalityProgramOverview[];
  },
  Record<string, never>
> = gql`
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
`;
