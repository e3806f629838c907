// The access matrix's one table: who may call each operation of the supergraph, on their own record and on
// another's. access-matrix.test.ts fails for any operation or entity field of the schema without a row here.

/** Who asks. `apiKey` is the demo provider's own system; the others are the demo logins of the README. */
export type Actor =
  | 'anonymous'
  | 'parent'
  | 'pupil'
  | 'operator'
  | 'operatorElsewhere'
  | 'admin'
  | 'finance'
  | 'financeElsewhere'
  | 'provider'
  | 'otherProvider'
  | 'apiKey';

/** The records a cell is about: `own` belongs to the demo family and provider, `other` to another family and provider. */
export interface Target {
  whose: 'own' | 'other';
  childId: string;
  documentId: string;
  certificateId: string;
  certificateNumber: string;
  applicationId: string;
  parentUserId: string;
  enrollmentId: string;
  programId: string;
  draftProgramId: string;
  groupId: string;
  providerId: string;
  /** the municipality both worlds live in; the "elsewhere" staff are of Кемерово (01) */
  municipalityCode: string;
}

/**
 * How an actor stands to a target: its family (the parent), the pupil himself, staff over its municipality,
 * the regional admin, staff of its provider (a person, or the provider's API key).
 */
export type Relation = 'family' | 'pupil' | 'operator' | 'finance' | 'admin' | 'provider' | 'apiKey';
/** Not about a record: anyone, anyone signed in, or holders of a role (an API key holds provider_staff). */
export type Audience =
  | 'anyone'
  | 'signedIn'
  | 'parentRole'
  | 'pupilRole'
  | 'operatorRole'
  | 'financeRole'
  | 'providerRole'
  /** provider staff signed in as a person, not through an API key */
  | 'providerPerson'
  /** any person signed in with a password or Gosuslugi, not a provider's system */
  | 'person';

export type Row =
  /** open by design (sign-in, the catalogue, links from e-mails); listed so a new operation is still noticed */
  | { public: string }
  | {
      allow: readonly (Relation | Audience)[];
      /** variables for the operation's own arguments; the query is built from the schema */
      args?: (t: Target) => Record<string, unknown>;
      /** for entity fields: the whole query and the path to the field in the answer */
      query?: { text: string; variables: (t: Target) => Record<string, unknown>; path: readonly string[] };
      /** a write: only refusals are sent, so allowed actors change nothing in the shared system */
      mutates?: true;
      /** a refusal may look like null or an empty list instead of an error (existing and foreign records look alike) */
      refusedAsNull?: true;
      /** no such record exists in the shared system (no invoice is made): every actor must get a refusal */
      absent?: string;
      /** for lists: whose records an allowed actor may find in the answer (nobody else's may appear) */
      sees?: readonly Relation[];
    };

const staffOfMunicipality: readonly Relation[] = ['operator', 'finance', 'admin'];
// DOMAIN.md: the child's card and documents — the parent, the pupil himself and the МОЦ of the child's municipality
const familyAndStaff: readonly Relation[] = ['family', 'pupil', 'operator'];
const ofProvider: readonly Relation[] = ['provider', 'apiKey'];
const reviewers: readonly Relation[] = ['operator', 'admin'];
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const program = {
  title: 'Шахматы',
  description: 'Дебюты, эндшпиль и турниры.',
  direction: 'social',
  registry: 'certified',
  municipalityCode: '07',
  address: 'г. Киселевск, ул. Ленина, 30',
  format: 'in_person',
  minAge: 5,
  maxAge: 18,
  durationMonths: 9,
  hours: 72,
  monthlyPriceKopecks: 100000,
  needsMedicalCertificate: false,
  suitsDisabilities: true,
};
const group = {
  teacher: 'Смирнов Олег Петрович',
  daysOfWeek: [3],
  startTime: '17:00',
  endTime: '18:00',
  seats: 5,
  startDate: '2027-09-01',
  endDate: '2028-05-31',
};
const child = {
  lastName: 'Проверкин',
  firstName: 'Иван',
  patronymic: null,
  birthDate: '2016-05-05',
  sex: 'MALE',
  address: 'г. Киселевск, ул. Ленина, д. 1',
  municipalityCode: '07',
  attendsSchool: true,
};
const provider = {
  name: 'ИП Проверкин',
  type: 'entrepreneur',
  inn: '500100732259',
  ogrn: '304500116000157',
  municipalityCode: '07',
  addresses: ['г. Киселевск, ул. Мира, 1'],
  phone: '+7 38464 2-00-00',
  email: 'proverkin@example.ru',
};

export const accessTable: Record<string, Row> = {
  // billing
  'Query.priceSplit': {
    allow: ['family', 'pupil', ...staffOfMunicipality],
    args: (t) => ({ certificateId: t.certificateId, monthlyPriceKopecks: 100000, months: 9 }),
  },
  'Query.enrollmentPayment': {
    allow: ['family', 'pupil', ...staffOfMunicipality, ...ofProvider],
    args: (t) => ({ enrollmentId: t.enrollmentId }),
  },
  'Query.providerInvoices': { allow: ['providerRole'], sees: ofProvider },
  'Query.municipalityInvoices': { allow: staffOfMunicipality, args: (t) => ({ municipalityCode: t.municipalityCode }) },
  'Query.municipalityInvoicesExport': {
    allow: staffOfMunicipality,
    args: (t) => ({ municipalityCode: t.municipalityCode, format: 'csv' }),
  },
  'Query.invoiceLines': {
    allow: [...staffOfMunicipality, ...ofProvider],
    args: () => ({ invoiceId: '00000000-0000-4000-8000-00000000f001' }),
    absent: 'счёт: матрица не выставляет счетов (их права проверяет billing-journey)',
  },
  'Query.municipalityBudget': { allow: staffOfMunicipality, args: (t) => ({ municipalityCode: t.municipalityCode }) },
  'Query.normatives': { public: 'нормативы — открытые сведения' },
  'Query.allNormatives': { allow: ['admin'] },
  'Query.normativeHistory': { allow: ['finance', 'admin'], args: (t) => ({ municipalityCode: t.municipalityCode }) },
  'Query.monthReportSheet': { allow: ['providerRole'], args: () => ({ month: '2026-11' }), sees: ofProvider },
  'Mutation.reportMonth': {
    allow: ofProvider,
    args: (t) => ({ input: { month: '2026-11', enrollmentIds: [t.enrollmentId] } }),
    mutates: true,
  },
  'Mutation.runMonthEnd': { allow: ['admin'], args: () => ({ month: '2027-10' }), mutates: true },
  // DOMAIN.md: only the finance officer of the paying municipality approves or returns its invoices
  'Mutation.approveInvoice': {
    allow: ['finance'],
    args: () => ({ invoiceId: '00000000-0000-4000-8000-00000000f001' }),
    mutates: true,
  },
  'Mutation.returnInvoice': {
    allow: ['finance'],
    args: () => ({ invoiceId: '00000000-0000-4000-8000-00000000f001', reason: 'Проверка' }),
    mutates: true,
  },
  'Mutation.recordAdvancePayment': {
    allow: ['finance', 'admin'],
    args: (t) => ({
      input: { providerId: t.providerId, municipalityCode: t.municipalityCode, month: '2027-10', amountKopecks: 100 },
    }),
    mutates: true,
  },
  'Mutation.setNormative': {
    allow: ['finance', 'admin'],
    args: (t) => ({
      input: {
        municipalityCode: t.municipalityCode,
        groupName: 'Дети в возрасте от 5 до 18 лет',
        periodStart: '2027-09-01',
        amountKopecks: 1_160_900,
        quota: 100,
        budgetKopecks: 116_090_000,
      },
    }),
    mutates: true,
  },
  // reached only through certificate(number), so no wider than it
  'Certificate.balance': {
    allow: ['family', 'pupil', 'operator'],
    query: {
      text: 'query ($number: String!) { certificate(number: $number) { balance { balanceKopecks } } }',
      variables: (t) => ({ number: t.certificateNumber }),
      path: ['certificate', 'balance'],
    },
    refusedAsNull: true,
  },
  'Certificate.movements': {
    allow: ['family', 'pupil', 'operator'],
    query: {
      text: 'query ($number: String!) { certificate(number: $number) { movements { kind } } }',
      variables: (t) => ({ number: t.certificateNumber }),
      path: ['certificate', 'movements'],
    },
    refusedAsNull: true,
  },
  'Program.priceFor': {
    allow: ['family', 'pupil'],
    query: {
      text: 'query ($programId: ID!, $childId: ID!) { program(id: $programId) { priceFor(childId: $childId) { balanceKopecks } } }',
      variables: (t) => ({ programId: t.programId, childId: t.childId }),
      path: ['program', 'priceFor'],
    },
  },

  // certificates
  'Query.myApplications': { allow: ['signedIn'], sees: ['family'] },
  'Query.certificate': {
    allow: ['family', 'pupil', 'operator'],
    args: (t) => ({ number: t.certificateNumber }),
    refusedAsNull: true,
  },
  'Query.findCertificates': {
    allow: ['operator'],
    args: (t) => ({ query: { number: t.certificateNumber } }),
    refusedAsNull: true,
  },
  'Query.activationQueue': { allow: ['operatorRole'], sees: ['operator'] },
  'Query.certificateMoveRequests': { allow: ['operatorRole'], sees: ['operator'] },
  // only the МОЦ of the municipality the child moves to decides (lifecycle.test.ts, money-rules.test.ts)
  'Mutation.confirmCertificateMove': {
    allow: ['operator'],
    args: () => ({ requestId: '00000000-0000-4000-8000-00000000f003' }),
    mutates: true,
  },
  'Mutation.refuseCertificateMove': {
    allow: ['operator'],
    args: () => ({ requestId: '00000000-0000-4000-8000-00000000f003', reason: 'Проверка' }),
    mutates: true,
  },
  'Query.municipalities': { public: 'справочник муниципалитетов' },
  'Query.municipality': { public: 'справочник: группы сертификата, МОЦ и учреждения' },
  'Mutation.applyForCertificate': {
    allow: ['family', 'pupil'],
    args: (t) => ({ input: { childId: t.childId, email: 'matrix@pdo.example.ru' } }),
    mutates: true,
  },
  'Mutation.resendConfirmation': { allow: ['family'], args: (t) => ({ applicationId: t.applicationId }), mutates: true },
  'Mutation.confirmEmail': { public: 'ссылка из письма; сама ссылка и есть доступ (проверяется в access-defects)' },
  'Mutation.enterApplication': {
    allow: ['operator'],
    args: (t) => ({ input: { childId: t.childId, parentUserId: t.parentUserId, email: null } }),
    mutates: true,
  },
  'Mutation.issueCertificate': {
    allow: ['family'],
    args: (t) => ({
      input: { applicationId: t.applicationId, groupId: '00000000-0000-4000-8000-00000000f002', documentId: t.documentId },
    }),
    mutates: true,
  },
  'Mutation.activateCertificate': {
    allow: ['operator'],
    args: (t) => ({ input: { certificateId: t.certificateId, checkedDocuments: ['applicant_passport'] } }),
    mutates: true,
  },
  'Mutation.suspendCertificate': {
    allow: ['operator'],
    args: (t) => ({ input: { certificateId: t.certificateId, reason: 'Проверка' } }),
    mutates: true,
  },
  'Mutation.resumeCertificate': {
    allow: ['operator'],
    args: (t) => ({ input: { certificateId: t.certificateId } }),
    mutates: true,
  },
  'Mutation.terminateCertificate': {
    allow: ['operator'],
    args: (t) => ({ input: { certificateId: t.certificateId, reason: 'Проверка' } }),
    mutates: true,
  },
  'Mutation.updateSupportCentre': {
    allow: ['operator', 'admin'],
    args: (t) => ({
      input: {
        municipalityCode: t.municipalityCode,
        name: 'МОЦ',
        address: 'г. Киселевск, ул. Ленина, 1',
        phone: '+7 38464 2-00-01',
      },
    }),
    mutates: true,
  },
  'Mutation.addActivatingInstitution': {
    allow: ['operator', 'admin'],
    args: (t) => ({
      input: { municipalityCode: t.municipalityCode, name: 'Школа № 1', address: 'ул. Ленина, 2', acceptsApplications: true },
    }),
    mutates: true,
  },
  'Mutation.updateActivatingInstitution': {
    allow: ['operator', 'admin'],
    args: () => ({
      input: {
        id: '00000000-0000-4000-8000-00000000f003',
        name: 'Школа № 1',
        address: 'ул. Ленина, 2',
        acceptsApplications: true,
      },
    }),
    mutates: true,
  },
  'Mutation.removeActivatingInstitution': {
    allow: ['operator', 'admin'],
    args: () => ({ id: '00000000-0000-4000-8000-00000000f003' }),
    mutates: true,
  },
  'Mutation.addCertificateGroup': {
    allow: ['admin'],
    args: (t) => ({ input: { municipalityCode: t.municipalityCode, name: 'Проверка', minAge: 5, maxAge: 18 } }),
    mutates: true,
  },
  'Mutation.updateCertificateGroup': {
    allow: ['admin'],
    args: () => ({ input: { id: '00000000-0000-4000-8000-00000000f002', minAge: 5, maxAge: 18 } }),
    mutates: true,
  },
  'Child.certificate': {
    allow: ['family', 'pupil', 'operator'],
    query: {
      text: 'query ($id: ID!) { child(id: $id) { certificate { id } } }',
      variables: (t) => ({ id: t.childId }),
      path: ['child', 'certificate'],
    },
  },

  // identity
  'Query.myApiKeys': { allow: ['providerPerson'] },
  'Query.auditLog': { allow: ['admin'], sees: ['admin'] },
  'Query.me': { public: 'кто я: гостю — null' },
  'Query.gosuslugiSignInUrl': { public: 'начало входа через Госуслуги' },
  'Query.searchChildren': { allow: ['operatorRole'], args: () => ({ name: 'Иванов' }), sees: ['operator'] },
  'Query.searchUsers': { allow: ['operatorRole'], args: () => ({ query: 'Петрова' }), sees: ['operator'] },
  'Query.document': { allow: familyAndStaff, args: (t) => ({ id: t.documentId }) },
  'Query.myChildren': { allow: ['parentRole', 'pupilRole'], sees: ['family', 'pupil'] },
  'Query.child': { allow: familyAndStaff, args: (t) => ({ id: t.childId }) },
  'Query.documentConflicts': { allow: ['operatorRole', 'admin'], sees: reviewers },
  // personal data of the municipality's children: its МОЦ, and the РМЦ over the region (each export is journaled)
  'Mutation.exportChildren': {
    allow: ['operator', 'admin'],
    args: (t) => ({ municipalityCode: t.municipalityCode, format: 'csv', reason: 'Проверка' }),
  },
  // the same export as a one-use link (nothing is read or journaled until it is used)
  'Mutation.exportChildrenLink': {
    allow: ['operator', 'admin'],
    args: (t) => ({ municipalityCode: t.municipalityCode, format: 'csv', reason: 'Проверка' }),
  },
  'Mutation.createApiKey': { allow: ['providerPerson'], args: () => ({ name: 'Проверка' }), mutates: true },
  'Mutation.revokeApiKey': {
    allow: ['providerPerson'],
    args: () => ({ id: '00000000-0000-4000-8000-00000000f004' }),
    mutates: true,
  },
  'Mutation.exchangeApiKey': { public: 'обмен ключа на токен — сам ключ и есть доступ' },
  'Mutation.signIn': { public: 'вход' },
  'Mutation.importFamilies': {
    allow: ['operatorRole'],
    args: () => ({ csv: 'Фамилия родителя;Имя родителя\n' }),
    mutates: true,
  },
  'Mutation.completeGosuslugiSignIn': { public: 'возврат с Госуслуг' },
  'Mutation.resetPassword': { allow: ['operator'], args: (t) => ({ userId: t.parentUserId }), mutates: true },
  'Mutation.issuePupilLogin': {
    allow: ['operator'],
    args: (t) => ({ input: { childId: t.childId, login: 'matrix-pupil' } }),
    mutates: true,
  },
  'Mutation.changePassword': {
    allow: ['person'],
    args: () => ({ input: { currentPassword: 'не-тот-пароль-2026', newPassword: 'Новый-пароль-для-матрицы-2026' } }),
    mutates: true,
  },
  'Mutation.requestPasswordRecovery': { public: 'восстановление пароля: ответ всегда true' },
  'Mutation.recoverPassword': { public: 'ссылка из письма' },
  'Mutation.addDocument': {
    allow: ['family', 'pupil'],
    args: (t) => ({
      childId: t.childId,
      input: {
        kind: 'BIRTH_CERTIFICATE',
        series: 'I-ЛО',
        number: '000001',
        issuedOn: '2016-05-20',
        issuer: 'ЗАГС',
        scan: { fileName: 'скан.png', contentBase64: PNG },
      },
    }),
    mutates: true,
  },
  'Mutation.updateDocument': {
    allow: ['family', 'pupil'],
    args: (t) => ({
      id: t.documentId,
      input: { kind: 'BIRTH_CERTIFICATE', series: 'I-ЛО', number: '000002', issuedOn: '2016-05-20', issuer: 'ЗАГС' },
    }),
    mutates: true,
  },
  'Mutation.addChild': { allow: ['parentRole'], args: () => ({ input: child }), mutates: true },
  'Mutation.updateChild': { allow: ['family', 'pupil'], args: (t) => ({ id: t.childId, input: child }), mutates: true },
  'Mutation.giveConsent': { allow: ['family', 'pupil'], args: (t) => ({ childId: t.childId }), mutates: true },
  'Mutation.withdrawConsent': { allow: ['family', 'pupil'], args: (t) => ({ childId: t.childId }), mutates: true },
  'Mutation.refreshSession': { public: 'токен обновления и есть доступ' },
  'Mutation.signOut': { public: 'выход по своему токену обновления' },
  'Mutation.signOutEverywhere': { allow: ['person'], mutates: true },

  // navigator
  'Query.searchPrograms': { public: 'каталог навигатора' },
  'Query.openDataCatalogue': { public: 'открытые данные: каталог без персональных данных' },
  'Query.myEnrollments': { allow: ['parentRole', 'pupilRole'], sees: ['family', 'pupil'] },
  'Query.providerEnrollments': { allow: ['providerRole'], sees: ofProvider },
  'Query.programs': { public: 'опубликованные программы' },
  'Query.program': {
    // a draft: its provider and the reviewers; published programs are public
    allow: [...ofProvider, ...reviewers],
    args: (t) => ({ id: t.draftProgramId }),
    refusedAsNull: true,
  },
  'Query.providerPrograms': { allow: ['providerRole'], sees: ofProvider },
  'Query.reviewQueue': { allow: ['operatorRole', 'admin'], sees: reviewers },
  'Query.provider': { public: 'сведения об одобренном поставщике открыты; заявку видят проверяющие' },
  'Query.providerApplications': { allow: ['operatorRole', 'admin'], sees: reviewers },
  'Mutation.requestEnrollment': {
    allow: ['family', 'pupil'],
    args: (t) => ({ input: { childId: t.childId, groupId: t.groupId, offerAccepted: true } }),
    mutates: true,
  },
  'Mutation.enrollOnBehalf': {
    allow: ['operator', 'admin', ...ofProvider],
    args: (t) => ({
      input: {
        childId: t.childId,
        groupId: t.groupId,
        parentUserId: t.parentUserId,
        consentMethod: 'written',
        consentGivenAt: new Date().toISOString(),
      },
    }),
    mutates: true,
  },
  'Mutation.acceptEnrollment': { allow: ofProvider, args: (t) => ({ id: t.enrollmentId }), mutates: true },
  'Mutation.declineEnrollment': {
    allow: ofProvider,
    args: (t) => ({ id: t.enrollmentId, reason: 'Проверка' }),
    mutates: true,
  },
  'Mutation.withdrawEnrollment': { allow: ['family', 'pupil'], args: (t) => ({ id: t.enrollmentId }), mutates: true },
  'Mutation.createProgram': { allow: ['providerRole'], args: () => ({ input: program }), mutates: true },
  'Mutation.updateProgram': {
    allow: ofProvider,
    args: (t) => ({ id: t.draftProgramId, changes: { hours: 80 } }),
    mutates: true,
  },
  'Mutation.submitProgram': { allow: ofProvider, args: (t) => ({ id: t.draftProgramId }), mutates: true },
  'Mutation.archiveProgram': { allow: ofProvider, args: (t) => ({ id: t.draftProgramId }), mutates: true },
  'Mutation.approveProgram': { allow: reviewers, args: (t) => ({ id: t.draftProgramId }), mutates: true },
  'Mutation.returnProgram': {
    allow: reviewers,
    args: (t) => ({ id: t.draftProgramId, remarks: 'Проверка' }),
    mutates: true,
  },
  'Mutation.addGroup': { allow: ofProvider, args: (t) => ({ programId: t.draftProgramId, input: group }), mutates: true },
  'Mutation.updateGroup': { allow: ofProvider, args: (t) => ({ id: t.groupId, changes: { seats: 6 } }), mutates: true },
  'Mutation.registerProvider': { allow: ['operatorRole', 'admin'], args: () => ({ input: provider }), mutates: true },
  'Mutation.applyAsProvider': { public: 'заявка поставщика на участие; её проверяет МОЦ' },
  'Mutation.approveProvider': {
    allow: reviewers,
    args: (t) => ({ id: t.providerId }),
    mutates: true,
  },
  // the card is reached through child(id); navigator shows enrolments to the parents and the pupil himself
  'Child.enrollments': {
    allow: ['family', 'pupil'],
    query: {
      text: 'query ($id: ID!) { child(id: $id) { enrollments { id } } }',
      variables: (t) => ({ id: t.childId }),
      path: ['child', 'enrollments'],
    },
  },

  // notifications
  // notifications keeps the parents as a document's owners, not the pupil: his contract goes through them
  'Query.enrollmentContract': {
    allow: ['family', 'operator', ...ofProvider],
    args: (t) => ({ enrollmentId: t.enrollmentId }),
  },
  'Query.invoiceDocument': {
    allow: [...staffOfMunicipality, ...ofProvider],
    args: () => ({ invoiceId: '00000000-0000-4000-8000-00000000f001' }),
    absent: 'счёт: матрица не выставляет счетов (их права проверяет billing-journey)',
  },
  'Query.myNotifications': { allow: ['signedIn'], sees: ['family'] },
  'Child.applicationForm': {
    allow: ['family', 'pupil', 'operator'],
    query: {
      text: 'query ($id: ID!) { child(id: $id) { applicationForm { fileName } } }',
      variables: (t) => ({ id: t.childId }),
      path: ['child', 'applicationForm'],
    },
  },
  'Municipality.institutionsList': { public: 'список учреждений, активирующих сертификаты' },
  // «Состояние системы»: every service answers for its outbox, consumer and dead letters
  'Query.identityState': { allow: ['admin'] },
  'Mutation.replayIdentityDeadLetters': { allow: ['admin'], mutates: true },
  // issue 14: the МОЦ sees its own municipality's overview, the regional admin any and the region side by side
  'Query.supportCentreOverview': { allow: ['operator', 'admin'], args: (t) => ({ municipalityCode: t.municipalityCode }) },
  'Query.regionCertificateOverview': { allow: ['admin'] },
  'Query.regionMoneyOverview': { allow: ['admin'] },
  'Query.regionProgramOverview': { allow: ['admin'] },
  'Query.certificatesState': { allow: ['admin'] },
  'Mutation.replayCertificatesDeadLetters': { allow: ['admin'], mutates: true },
  'Query.navigatorState': { allow: ['admin'] },
  'Mutation.replayNavigatorDeadLetters': { allow: ['admin'], mutates: true },
  'Query.billingState': { allow: ['admin'] },
  'Mutation.replayBillingDeadLetters': { allow: ['admin'], mutates: true },
  'Query.notificationsState': { allow: ['admin'] },
  'Mutation.replayNotificationsDeadLetters': { allow: ['admin'], mutates: true },
};
