import type { ComponentType } from 'react';
import type { Role } from '../auth/viewer';
import { paths, type RoutePath } from '../routes';
import { AdditionalEducationPage } from '../pages/additional-education-page';
import { ApiKeysPage } from '../pages/api-keys-page';
import { AssistedApplicationPage } from '../pages/assisted-application-page';
import { BudgetPage } from '../pages/budget-page';
import { CertificateGroupsPage } from '../pages/certificate-groups-page';
import { ChildFormPage } from '../pages/child-form-page';
import { ChildrenPage } from '../pages/children-page';
import { DocumentFormPage } from '../pages/document-form-page';
import { EnrollmentsPage } from '../pages/enrollments-page';
import { FamilyImportPage } from '../pages/family-import-page';
import { InvoicesPage } from '../pages/invoices-page';
import { MailPage } from '../pages/mail-page';
import { MunicipalitiesPage } from '../pages/municipalities-page';
import { NormativesPage } from '../pages/normatives-page';
import { OperatorCertificatePage } from '../pages/operator-certificate-page';
import { OperatorCertificatesPage } from '../pages/operator-certificates-page';
import { ProgramReviewsPage } from '../pages/program-reviews-page';
import { ProviderEnrollmentsPage } from '../pages/provider-enrollments-page';
import { ProviderProgramNewPage } from '../pages/provider-program-new-page';
import { ProviderProgramPage } from '../pages/provider-program-page';
import { ProviderProgramsPage } from '../pages/provider-programs-page';
import { ProviderReportsPage } from '../pages/provider-reports-page';
import { RegionOverviewPage } from '../pages/region-overview-page';
import { SupportCentreOverviewPage } from '../pages/support-centre-overview-page';
import { SystemStatePage } from '../pages/system-state-page';

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
