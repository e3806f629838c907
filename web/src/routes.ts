/**
 * Every path of the app, declared once. The router is built from these (with the cabinets' sections and the
 * screens that refer to them), and links and redirects are made from them: `generatePath(paths.program, { programId })`.
 */
export const paths = {
  home: '/',
  passwordRecovery: '/password-recovery',
  catalogue: '/navigator',
  program: '/navigator/programs/:programId',
  confirmEmail: '/confirm-email',
  gosuslugiCallback: '/gosuslugi/callback',

  parentCabinet: '/cabinet',
  additionalEducation: '/cabinet/services/additional-education',
  enrollments: '/cabinet/services/enrollments',
  children: '/cabinet/children',
  newChild: '/cabinet/children/new',
  editChild: '/cabinet/children/:childId/edit',
  newDocument: '/cabinet/children/:childId/documents/new',
  mail: '/cabinet/mail',

  operatorCabinet: '/operator',
  supportCentreOverview: '/operator/overview',
  operatorCertificates: '/operator/certificates',
  operatorCertificate: '/operator/certificates/:number',
  assistedApplication: '/operator/applications',
  familiesImport: '/operator/families-import',
  operatorProgramReviews: '/operator/program-reviews',

  providerCabinet: '/provider',
  providerPrograms: '/provider/programs',
  newProviderProgram: '/provider/programs/new',
  providerProgram: '/provider/programs/:programId',
  providerEnrollments: '/provider/enrollments',
  providerReports: '/provider/reports',
  apiKeys: '/provider/api-keys',

  regionCabinet: '/region',
  regionOverview: '/region/overview',
  municipalities: '/region/municipalities',
  certificateGroups: '/region/certificate-groups',
  regionProgramReviews: '/region/program-reviews',
  systemState: '/region/system-state',

  financeCabinet: '/finance',
  normatives: '/finance/normatives',
  budget: '/finance/budget',
  invoices: '/finance/invoices',
} as const;

export type RoutePath = (typeof paths)[keyof typeof paths];
