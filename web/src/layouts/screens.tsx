import type { ComponentType } from 'react';
import type { Role } from '../auth/viewer';
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
export const sectionScreens: Readonly<Record<string, ComponentType>> = {
  '/cabinet/services/additional-education': AdditionalEducationPage,
  '/cabinet/services/enrollments': EnrollmentsPage,
  '/cabinet/children': ChildrenPage,
  '/cabinet/mail': MailPage,
  '/operator/overview': SupportCentreOverviewPage,
  '/operator/certificates': OperatorCertificatesPage,
  '/operator/applications': AssistedApplicationPage,
  '/operator/families-import': FamilyImportPage,
  '/operator/program-reviews': ProgramReviewsPage,
  '/region/overview': RegionOverviewPage,
  '/region/municipalities': MunicipalitiesPage,
  '/region/certificate-groups': CertificateGroupsPage,
  '/region/program-reviews': ProgramReviewsPage,
  '/region/system-state': SystemStatePage,
  '/provider/programs': ProviderProgramsPage,
  '/provider/enrollments': ProviderEnrollmentsPage,
  '/provider/reports': ProviderReportsPage,
  '/provider/api-keys': ApiKeysPage,
  '/finance/normatives': NormativesPage,
  '/finance/budget': BudgetPage,
  '/finance/invoices': InvoicesPage,
};

export interface SubScreen {
  /** Relative to the cabinet's base path. */
  path: string;
  roles: readonly Role[];
  Screen: ComponentType;
}

/** Screens reached from a section (forms, a record's page), by cabinet base path. */
export const subScreens: Readonly<Record<string, readonly SubScreen[]>> = {
  '/cabinet': [
    { path: 'children/new', roles: ['parent'], Screen: ChildFormPage },
    { path: 'children/:childId/edit', roles: ['parent'], Screen: ChildFormPage },
    { path: 'children/:childId/documents/new', roles: ['parent', 'child'], Screen: DocumentFormPage },
  ],
  '/operator': [{ path: 'certificates/:number', roles: ['operator'], Screen: OperatorCertificatePage }],
  '/provider': [
    { path: 'programs/new', roles: ['provider_staff'], Screen: ProviderProgramNewPage },
    { path: 'programs/:programId', roles: ['provider_staff'], Screen: ProviderProgramPage },
  ],
};
