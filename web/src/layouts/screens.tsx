import type { ComponentType } from 'react';
import type { Role } from '../auth/viewer';
import { paths, type RoutePath } from '../routes';
import { AdditionalEducationPage } from '../parent/additional-education-page';
import { ApiKeysPage } from '../provider/api-keys-page';
import { AssistedApplicationPage } from '../operator/assisted-application-page';
import { BudgetPage } from '../finance/budget-page';
import { CertificateGroupsPage } from '../admin/certificate-groups-page';
import { ChildFormPage } from '../parent/child-form-page';
import { ChildrenPage } from '../parent/children-page';
import { DocumentFormPage } from '../parent/document-form-page';
import { EnrollmentsPage } from '../parent/enrollments-page';
import { FamilyImportPage } from '../operator/family-import-page';
import { InvoicesPage } from '../finance/invoices-page';
import { MailPage } from '../parent/mail-page';
import { MunicipalitiesPage } from '../admin/municipalities-page';
import { NormativesPage } from '../finance/normatives-page';
import { OperatorCertificatePage } from '../operator/operator-certificate-page';
import { OperatorCertificatesPage } from '../operator/operator-certificates-page';
import { ProgramReviewsPage } from '../pages/program-reviews-page';
import { ProviderEnrollmentsPage } from '../provider/provider-enrollments-page';
import { ProviderProgramNewPage } from '../provider/provider-program-new-page';
import { ProviderProgramPage } from '../provider/provider-program-page';
import { ProviderProgramsPage } from '../provider/provider-programs-page';
import { ProviderReportsPage } from '../provider/provider-reports-page';
import { RegionOverviewPage } from '../admin/region-overview-page';
import { SupportCentreOverviewPage } from '../operator/support-centre-overview-page';
import { SystemStatePage } from '../admin/system-state-page';

/** Cabinet sections that have their own screen, by their full path; the rest show their empty state. */
export const sectionScreens: Readonly<Partial<Record<RoutePath, ComponentType>>> = {
  [paths.additionalEducation]: AdditionalEducationPage,
  [paths.enrollments]: EnrollmentsPage,
  [paths.children]: ChildrenPage,
  [paths.mail]: MailPage,
  [paths.supportCentreOverview]: SupportCentreOverviewPage,
  [paths.operatorCertificates]: OperatorCertificatesPage,
  [paths.assistedApplication]: AssistedApplicationPage,
  [paths.familiesImport]: FamilyImportPage,
  [paths.operatorProgramReviews]: ProgramReviewsPage,
  [paths.regionOverview]: RegionOverviewPage,
  [paths.municipalities]: MunicipalitiesPage,
  [paths.certificateGroups]: CertificateGroupsPage,
  [paths.regionProgramReviews]: ProgramReviewsPage,
  [paths.systemState]: SystemStatePage,
  [paths.providerPrograms]: ProviderProgramsPage,
  [paths.providerEnrollments]: ProviderEnrollmentsPage,
  [paths.providerReports]: ProviderReportsPage,
  [paths.apiKeys]: ApiKeysPage,
  [paths.normatives]: NormativesPage,
  [paths.budget]: BudgetPage,
  [paths.invoices]: InvoicesPage,
};

export interface SubScreen {
  path: RoutePath;
  roles: readonly Role[];
  Screen: ComponentType;
}

/** Screens reached from a section (forms, a record's page), by cabinet base path. */
export const subScreens: Readonly<Partial<Record<RoutePath, readonly SubScreen[]>>> = {
  [paths.parentCabinet]: [
    { path: paths.newChild, roles: ['parent'], Screen: ChildFormPage },
    { path: paths.editChild, roles: ['parent'], Screen: ChildFormPage },
    { path: paths.newDocument, roles: ['parent', 'child'], Screen: DocumentFormPage },
  ],
  [paths.operatorCabinet]: [{ path: paths.operatorCertificate, roles: ['operator'], Screen: OperatorCertificatePage }],
  [paths.providerCabinet]: [
    { path: paths.newProviderProgram, roles: ['provider_staff'], Screen: ProviderProgramNewPage },
    { path: paths.providerProgram, roles: ['provider_staff'], Screen: ProviderProgramPage },
  ],
};
