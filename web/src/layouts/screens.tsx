import type { ComponentType } from 'react';
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

/**
 * Cabinet screens by their full path: every sub-screen of `cabinets`, and the sections that have their own screen
 * (the rest show their empty state).
 */
export const screens: Readonly<Partial<Record<RoutePath, ComponentType>>> = {
  [paths.additionalEducation]: AdditionalEducationPage,
  [paths.enrollments]: EnrollmentsPage,
  [paths.children]: ChildrenPage,
  [paths.newChild]: ChildFormPage,
  [paths.editChild]: ChildFormPage,
  [paths.newDocument]: DocumentFormPage,
  [paths.mail]: MailPage,
  [paths.supportCentreOverview]: SupportCentreOverviewPage,
  [paths.operatorCertificates]: OperatorCertificatesPage,
  [paths.operatorCertificate]: OperatorCertificatePage,
  [paths.assistedApplication]: AssistedApplicationPage,
  [paths.familiesImport]: FamilyImportPage,
  [paths.operatorProgramReviews]: ProgramReviewsPage,
  [paths.regionOverview]: RegionOverviewPage,
  [paths.municipalities]: MunicipalitiesPage,
  [paths.certificateGroups]: CertificateGroupsPage,
  [paths.regionProgramReviews]: ProgramReviewsPage,
  [paths.systemState]: SystemStatePage,
  [paths.providerPrograms]: ProviderProgramsPage,
  [paths.newProviderProgram]: ProviderProgramNewPage,
  [paths.providerProgram]: ProviderProgramPage,
  [paths.providerEnrollments]: ProviderEnrollmentsPage,
  [paths.providerReports]: ProviderReportsPage,
  [paths.apiKeys]: ApiKeysPage,
  [paths.normatives]: NormativesPage,
  [paths.budget]: BudgetPage,
  [paths.invoices]: InvoicesPage,
};
