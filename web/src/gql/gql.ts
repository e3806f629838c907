/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PriceFor($programId: ID!, $childId: ID!) {\n    program(id: $programId) {\n      id\n      priceFor(childId: $childId) {\n        certificateId\n        financed\n        balanceKopecks\n        totalPriceKopecks\n        certificateTotalKopecks\n        coPaymentTotalKopecks\n        remainingKopecks\n        perMonth {\n          month\n          certificateKopecks\n          coPaymentKopecks\n        }\n        coPaymentFromMonth\n        coPaymentFromMonthKopecks\n        takesWholeBalance\n        holds {\n          enrollmentId\n          program {\n            id\n            title\n          }\n          programTitle\n          status\n          heldKopecks\n          freedOn\n        }\n      }\n    }\n  }\n": typeof types.PriceForDocument,
    "\n  fragment NormativeFields on Normative {\n    id\n    municipalityCode\n    groupName\n    periodStart\n    amountKopecks\n    quota\n    budgetKopecks\n  }\n": typeof types.NormativeFieldsFragmentDoc,
    "\n  query Normatives($municipalityCode: String!) {\n    normatives(municipalityCode: $municipalityCode) {\n      ...NormativeFields\n    }\n  }\n": typeof types.NormativesDocument,
    "\n  query NormativeHistory($municipalityCode: String!) {\n    normativeHistory(municipalityCode: $municipalityCode) {\n      id\n      groupName\n      periodStart\n      changedBy\n      changedAt\n      effectiveFrom\n      oldAmountKopecks\n      newAmountKopecks\n      oldQuota\n      newQuota\n      oldBudgetKopecks\n      newBudgetKopecks\n    }\n  }\n": typeof types.NormativeHistoryDocument,
    "\n  mutation SetNormative($input: SetNormativeInput!) {\n    setNormative(input: $input) {\n      ...NormativeFields\n    }\n  }\n": typeof types.SetNormativeDocument,
    "\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    providerId\n    municipalityCode\n    month\n    status\n    lineCount\n    totalPriceKopecks\n    certificateTotalKopecks\n    coPaymentTotalKopecks\n    advanceKopecks\n    dueKopecks\n    issuedAt\n    reviewedAt\n    reviewReason\n    provider {\n      id\n      name\n    }\n    programs {\n      program {\n        id\n        title\n      }\n      programTitle\n      childCount\n      lineCount\n      totalPriceKopecks\n      certificateTotalKopecks\n      coPaymentTotalKopecks\n    }\n  }\n": typeof types.InvoiceFieldsFragmentDoc,
    "\n  query MunicipalityInvoices($municipalityCode: String!, $status: String) {\n    municipalityInvoices(municipalityCode: $municipalityCode, status: $status) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.MunicipalityInvoicesDocument,
    "\n  query MunicipalityInvoicesExport($municipalityCode: String!, $status: String, $format: String!) {\n    municipalityInvoicesExport(municipalityCode: $municipalityCode, status: $status, format: $format) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.MunicipalityInvoicesExportDocument,
    "\n  query ProviderInvoices($month: String) {\n    providerInvoices(month: $month) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.ProviderInvoicesDocument,
    "\n  mutation ApproveInvoice($invoiceId: ID!) {\n    approveInvoice(invoiceId: $invoiceId) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.ApproveInvoiceDocument,
    "\n  mutation ReturnInvoice($invoiceId: ID!, $reason: String!) {\n    returnInvoice(invoiceId: $invoiceId, reason: $reason) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.ReturnInvoiceDocument,
    "\n  mutation ReportMonth($input: MonthReportInput!) {\n    reportMonth(input: $input) {\n      invoices\n      charges\n      coPaymentNotices\n      releasedEnrollments\n    }\n  }\n": typeof types.ReportMonthDocument,
    "\n  query MunicipalityBudget($municipalityCode: String!, $periodStart: String) {\n    municipalityBudget(municipalityCode: $municipalityCode, periodStart: $periodStart) {\n      municipalityCode\n      periodStart\n      budgetKopecks\n      quota\n      financedCertificates\n      committedKopecks\n      reservedKopecks\n      chargedKopecks\n      byMonth {\n        month\n        chargedKopecks\n        coPaymentKopecks\n        charges\n      }\n      forecast {\n        status\n        daysElapsed\n        daysInYear\n        paceKopecksPerDay\n        forecastKopecks\n        runsOutOn\n      }\n    }\n  }\n": typeof types.MunicipalityBudgetDocument,
    "\n  query InvoiceLines($invoiceId: ID!) {\n    invoiceLines(invoiceId: $invoiceId) {\n      enrollmentId\n      certificateNumber\n      child {\n        id\n        lastName\n        firstName\n        patronymic\n      }\n      program {\n        id\n      }\n      programTitle\n      priceKopecks\n      certificateKopecks\n      coPaymentKopecks\n    }\n  }\n": typeof types.InvoiceLinesDocument,
    "\n  query MonthReportSheet($month: String!) {\n    monthReportSheet(month: $month) {\n      enrollmentId\n      child {\n        id\n        lastName\n        firstName\n        patronymic\n      }\n      certificateNumber\n      program {\n        id\n        title\n      }\n      group {\n        id\n        teacher\n        daysOfWeek\n        startTime\n        endTime\n      }\n      programTitle\n      chargeable\n      refusalCode\n      refusalMessage\n      reported\n      priceKopecks\n      certificateKopecks\n      coPaymentKopecks\n    }\n  }\n": typeof types.MonthReportSheetDocument,
    "\n  query Municipalities {\n    municipalities {\n      code\n      name\n    }\n  }\n": typeof types.MunicipalitiesDocument,
    "\n  query CertificateGroups($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      certificateGroups {\n        id\n        name\n        minAge\n        maxAge\n      }\n    }\n  }\n": typeof types.CertificateGroupsDocument,
    "\n  fragment ApplicationFields on CertificateApplication {\n    id\n    applicationNumber\n    childId\n    email\n    status\n    createdAt\n  }\n": typeof types.ApplicationFieldsFragmentDoc,
    "\n  query MyApplications {\n    myApplications {\n      ...ApplicationFields\n    }\n  }\n": typeof types.MyApplicationsDocument,
    "\n  mutation ApplyForCertificate($input: ApplyForCertificateInput!) {\n    applyForCertificate(input: $input) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.ApplyForCertificateDocument,
    "\n  mutation EnterApplication($input: EnterApplicationInput!) {\n    enterApplication(input: $input) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.EnterApplicationDocument,
    "\n  mutation ResendConfirmation($applicationId: ID!) {\n    resendConfirmation(applicationId: $applicationId) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.ResendConfirmationDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      id\n      applicationNumber\n      status\n    }\n  }\n": typeof types.ConfirmEmailDocument,
    "\n  fragment CertificateFields on Certificate {\n    id\n    number\n    childId\n    documentId\n    status\n    statusLabel\n    createdAt\n    activatedAt\n    checkedDocuments\n    terminationReason\n    groupName\n    applicationNumber\n    municipality {\n      code\n      name\n    }\n    pendingMove {\n      id\n      toMunicipalityCode\n    }\n  }\n": typeof types.CertificateFieldsFragmentDoc,
    "\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n": typeof types.IssueCertificateDocument,
    "\n  query CertificateByNumber($number: String!) {\n    certificate(number: $number) {\n      ...CertificateFields\n    }\n  }\n": typeof types.CertificateByNumberDocument,
    "\n  query FindCertificates($number: String!) {\n    findCertificates(query: { number: $number }) {\n      ...CertificateFields\n    }\n  }\n": typeof types.FindCertificatesDocument,
    "\n  mutation ActivateCertificate($input: ActivateCertificateInput!) {\n    activateCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n": typeof types.ActivateCertificateDocument,
    "\n  mutation SuspendCertificate($input: ChangeCertificateStatusInput!) {\n    suspendCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n": typeof types.SuspendCertificateDocument,
    "\n  mutation ResumeCertificate($input: ChangeCertificateStatusInput!) {\n    resumeCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n": typeof types.ResumeCertificateDocument,
    "\n  mutation TerminateCertificate($input: ChangeCertificateStatusInput!) {\n    terminateCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n": typeof types.TerminateCertificateDocument,
    "\n  query CertificateBalance($number: String!) {\n    certificate(number: $number) {\n      id\n      balance {\n        balanceKopecks\n        reservedKopecks\n        openedWithKopecks\n        periodStart\n        accountingOnlyReason\n      }\n      movements {\n        id\n        kind\n        amountKopecks\n        enrollmentId\n        createdAt\n      }\n    }\n  }\n": typeof types.CertificateBalanceDocument,
    "\n  query ActivationQueue($first: Int!, $after: String) {\n    activationQueue(first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        id\n        number\n        createdAt\n        statusLabel\n        groupName\n        child {\n          id\n          lastName\n          firstName\n          patronymic\n          birthDate\n        }\n      }\n    }\n  }\n": typeof types.ActivationQueueDocument,
    "\n  query ChildCertificate($id: ID!, $reason: String) {\n    child(id: $id, reason: $reason) {\n      id\n      certificate {\n        id\n        number\n        statusLabel\n      }\n    }\n  }\n": typeof types.ChildCertificateDocument,
    "\n  fragment InstitutionFields on ActivatingInstitution {\n    id\n    name\n    address\n    phone\n    acceptsApplications\n  }\n": typeof types.InstitutionFieldsFragmentDoc,
    "\n  query MunicipalityReference($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      supportCentre {\n        name\n        address\n        phone\n        updatedAt\n      }\n      activatingInstitutions {\n        ...InstitutionFields\n      }\n      certificateGroups {\n        id\n        name\n        minAge\n        maxAge\n      }\n    }\n  }\n": typeof types.MunicipalityReferenceDocument,
    "\n  mutation UpdateSupportCentre($input: UpdateSupportCentreInput!) {\n    updateSupportCentre(input: $input) {\n      name\n      address\n      phone\n      updatedAt\n    }\n  }\n": typeof types.UpdateSupportCentreDocument,
    "\n  mutation AddActivatingInstitution($input: AddActivatingInstitutionInput!) {\n    addActivatingInstitution(input: $input) {\n      ...InstitutionFields\n    }\n  }\n": typeof types.AddActivatingInstitutionDocument,
    "\n  mutation UpdateActivatingInstitution($input: UpdateActivatingInstitutionInput!) {\n    updateActivatingInstitution(input: $input) {\n      ...InstitutionFields\n    }\n  }\n": typeof types.UpdateActivatingInstitutionDocument,
    "\n  mutation RemoveActivatingInstitution($id: ID!) {\n    removeActivatingInstitution(id: $id)\n  }\n": typeof types.RemoveActivatingInstitutionDocument,
    "\n  mutation AddCertificateGroup($input: AddCertificateGroupInput!) {\n    addCertificateGroup(input: $input) {\n      id\n      name\n      minAge\n      maxAge\n    }\n  }\n": typeof types.AddCertificateGroupDocument,
    "\n  mutation UpdateCertificateGroup($input: UpdateCertificateGroupInput!) {\n    updateCertificateGroup(input: $input) {\n      id\n      name\n      minAge\n      maxAge\n    }\n  }\n": typeof types.UpdateCertificateGroupDocument,
    "\n  fragment MoveRequestFields on CertificateMoveRequest {\n    id\n    certificateId\n    certificateNumber\n    fromMunicipalityCode\n    toMunicipalityCode\n    status\n    requestedAt\n  }\n": typeof types.MoveRequestFieldsFragmentDoc,
    "\n  query CertificateMoveRequests {\n    certificateMoveRequests {\n      ...MoveRequestFields\n    }\n  }\n": typeof types.CertificateMoveRequestsDocument,
    "\n  mutation ConfirmCertificateMove($requestId: ID!) {\n    confirmCertificateMove(requestId: $requestId) {\n      ...MoveRequestFields\n    }\n  }\n": typeof types.ConfirmCertificateMoveDocument,
    "\n  mutation RefuseCertificateMove($requestId: ID!, $reason: String!) {\n    refuseCertificateMove(requestId: $requestId, reason: $reason) {\n      ...MoveRequestFields\n    }\n  }\n": typeof types.RefuseCertificateMoveDocument,
    "\n  query ApplicationForm($childId: ID!) {\n    child(id: $childId) {\n      id\n      applicationForm {\n        url\n        fileName\n        expiresAt\n      }\n    }\n  }\n": typeof types.ApplicationFormDocument,
    "\n  query EnrollmentContract($enrollmentId: ID!) {\n    enrollmentContract(enrollmentId: $enrollmentId) {\n      url\n      fileName\n      expiresAt\n    }\n  }\n": typeof types.EnrollmentContractDocument,
    "\n  query InvoiceDocument($invoiceId: ID!) {\n    invoiceDocument(invoiceId: $invoiceId) {\n      url\n      fileName\n      expiresAt\n    }\n  }\n": typeof types.InvoiceDocumentDocument,
    "\n  query InstitutionsList($code: String!) {\n    municipality(code: $code) {\n      code\n      institutionsList {\n        url\n        fileName\n        expiresAt\n      }\n    }\n  }\n": typeof types.InstitutionsListDocument,
    "\n  fragment ChildFields on Child {\n    id\n    lastName\n    firstName\n    patronymic\n    birthDate\n    sex\n    address\n    municipalityCode\n    attendsSchool\n    consentGivenAt\n    documents {\n      id\n      childId\n      kind\n      series\n      number\n      issuedOn\n      issuer\n      divisionCode\n      createdAt\n      scan {\n        fileName\n        contentType\n        sizeBytes\n      }\n    }\n    certificate {\n      id\n      number\n      childId\n      documentId\n      status\n      statusLabel\n      createdAt\n      activatedAt\n      checkedDocuments\n      terminationReason\n      groupName\n      applicationNumber\n      municipality {\n        code\n        name\n      }\n      pendingMove {\n        id\n        toMunicipalityCode\n      }\n    }\n  }\n": typeof types.ChildFieldsFragmentDoc,
    "\n  query MyChildren {\n    myChildren {\n      ...ChildFields\n    }\n  }\n": typeof types.MyChildrenDocument,
    "\n  query Child($id: ID!, $reason: String) {\n    child(id: $id, reason: $reason) {\n      ...ChildFields\n    }\n  }\n": typeof types.ChildDocument,
    "\n  mutation AddChild($input: ChildInput!) {\n    addChild(input: $input) {\n      ...ChildFields\n    }\n  }\n": typeof types.AddChildDocument,
    "\n  mutation UpdateChild($id: ID!, $input: ChildInput!) {\n    updateChild(id: $id, input: $input) {\n      ...ChildFields\n    }\n  }\n": typeof types.UpdateChildDocument,
    "\n  mutation GiveConsent($childId: ID!) {\n    giveConsent(childId: $childId) {\n      id\n      consentGivenAt\n    }\n  }\n": typeof types.GiveConsentDocument,
    "\n  mutation AddDocument($childId: ID!, $input: DocumentInput!) {\n    addDocument(childId: $childId, input: $input) {\n      id\n      childId\n      kind\n      series\n      number\n      issuedOn\n      issuer\n      divisionCode\n      createdAt\n      scan {\n        fileName\n        contentType\n        sizeBytes\n      }\n    }\n  }\n": typeof types.AddDocumentDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    revokedAt\n    lastUsedAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query MyApiKeys {\n    myApiKeys {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.MyApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query SearchChildren($name: String!, $reason: String) {\n    searchChildren(name: $name, reason: $reason) {\n      id\n      fullName\n      birthDate\n      parentNames\n    }\n  }\n": typeof types.SearchChildrenDocument,
    "\n  mutation ExportChildrenLink($format: String!, $reason: String!) {\n    exportChildrenLink(format: $format, reason: $reason) {\n      url\n      fileName\n      expiresAt\n    }\n  }\n": typeof types.ExportChildrenLinkDocument,
    "\n  query SearchUsers($query: String!, $reason: String) {\n    searchUsers(query: $query, reason: $reason) {\n      id\n      displayName\n      login\n      roles\n      childrenNames\n    }\n  }\n": typeof types.SearchUsersDocument,
    "\n  mutation ImportFamilies($csv: String!) {\n    importFamilies(csv: $csv) {\n      accounts {\n        userId\n        login\n        temporaryPassword\n        displayName\n        children\n      }\n      childrenCount\n      credentialsSheet {\n        fileName\n        contentType\n        base64\n      }\n    }\n  }\n": typeof types.ImportFamiliesDocument,
    "\n  fragment ImportProblemFields on ImportProblem {\n    line\n    column\n    code\n    message\n  }\n": typeof types.ImportProblemFieldsFragmentDoc,
    "\n  mutation IssuePupilLogin($input: IssuePupilLoginInput!) {\n    issuePupilLogin(input: $input) {\n      temporaryPassword\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.IssuePupilLoginDocument,
    "\n  query DocumentScan($id: ID!, $reason: String) {\n    document(id: $id, reason: $reason) {\n      id\n      scan {\n        fileName\n        contentType\n        contentBase64\n      }\n    }\n  }\n": typeof types.DocumentScanDocument,
    "\n  fragment ProgramSummary on Program {\n    id\n    title\n    description\n    direction\n    directionLabel\n    registry\n    municipalityCode\n    address\n    format\n    minAge\n    maxAge\n    durationMonths\n    monthlyPriceKopecks\n    status\n    provider {\n      id\n      name\n    }\n  }\n": typeof types.ProgramSummaryFragmentDoc,
    "\n  fragment GroupFields on ProgramGroup {\n    id\n    programId\n    teacher\n    daysOfWeek\n    startTime\n    endTime\n    seats\n    seatsLeft\n    startDate\n    endDate\n  }\n": typeof types.GroupFieldsFragmentDoc,
    "\n  fragment ProgramDetails on Program {\n    ...ProgramSummary\n    providerId\n    hours\n    needsMedicalCertificate\n    suitsDisabilities\n    groups {\n      ...GroupFields\n    }\n  }\n": typeof types.ProgramDetailsFragmentDoc,
    "\n  query SearchPrograms($filter: ProgramSearchFilter!, $sort: String, $first: Int!, $after: String) {\n    searchPrograms(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProgramSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        directions {\n          value\n          label\n          count\n        }\n        municipalities {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchProgramsDocument,
    "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramDetails\n    }\n  }\n": typeof types.ProgramDocument,
    "\n  fragment EnrollmentFields on Enrollment {\n    id\n    childId\n    child {\n      id\n      lastName\n      firstName\n      patronymic\n    }\n    programId\n    groupId\n    status\n    monthlyPriceKopecks\n    months\n    certificateShareKopecks\n    coPaymentKopecks\n    rejectionMessage\n    declineReason\n    endsOn\n    requestedAt\n    consent {\n      method\n      methodLabel\n      givenAt\n    }\n    program {\n      id\n      title\n    }\n  }\n": typeof types.EnrollmentFieldsFragmentDoc,
    "\n  query MyEnrollments {\n    myEnrollments {\n      ...EnrollmentFields\n    }\n  }\n": typeof types.MyEnrollmentsDocument,
    "\n  query ProviderEnrollments($status: String) {\n    providerEnrollments(status: $status) {\n      ...EnrollmentFields\n    }\n  }\n": typeof types.ProviderEnrollmentsDocument,
    "\n  mutation RequestEnrollment($input: EnrollmentRequestInput!) {\n    requestEnrollment(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n": typeof types.RequestEnrollmentDocument,
    "\n  mutation WithdrawEnrollment($id: ID!) {\n    withdrawEnrollment(id: $id) {\n      ...EnrollmentFields\n    }\n  }\n": typeof types.WithdrawEnrollmentDocument,
    "\n  mutation AcceptEnrollment($id: ID!) {\n    acceptEnrollment(id: $id) {\n      ...EnrollmentFields\n    }\n  }\n": typeof types.AcceptEnrollmentDocument,
    "\n  mutation DeclineEnrollment($id: ID!, $reason: String!) {\n    declineEnrollment(id: $id, reason: $reason) {\n      ...EnrollmentFields\n    }\n  }\n": typeof types.DeclineEnrollmentDocument,
    "\n  fragment ProgramWithReviews on Program {\n    ...ProgramDetails\n    certificateValuePerMonthKopecks\n    priceExceedsCertificate\n    reviewHistory {\n      decision\n      remarks\n      reviewerId\n      reviewedAt\n    }\n  }\n": typeof types.ProgramWithReviewsFragmentDoc,
    "\n  query ReviewQueue {\n    reviewQueue {\n      id\n      title\n      description\n      directionLabel\n      address\n      format\n      minAge\n      maxAge\n      durationMonths\n      hours\n      monthlyPriceKopecks\n      provider {\n        id\n        name\n      }\n      groups {\n        id\n        teacher\n        daysOfWeek\n        startTime\n        endTime\n        seats\n        startDate\n        endDate\n      }\n      reviewHistory {\n        decision\n        remarks\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query ProviderPrograms {\n    providerPrograms {\n      id\n      title\n      status\n      monthlyPriceKopecks\n      groups {\n        id\n      }\n    }\n  }\n": typeof types.ProviderProgramsDocument,
    "\n  query ProgramForEdit($id: ID!) {\n    program(id: $id) {\n      ...ProgramWithReviews\n    }\n  }\n": typeof types.ProgramForEditDocument,
    "\n  mutation ApproveProgram($id: ID!) {\n    approveProgram(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveProgramDocument,
    "\n  mutation ReturnProgram($id: ID!, $remarks: String!) {\n    returnProgram(id: $id, remarks: $remarks) {\n      id\n      status\n    }\n  }\n": typeof types.ReturnProgramDocument,
    "\n  mutation CreateProgram($input: ProgramInput!, $idempotencyKey: String) {\n    createProgram(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ProgramWithReviews\n    }\n  }\n": typeof types.CreateProgramDocument,
    "\n  mutation UpdateProgram($id: ID!, $changes: ProgramChangesInput!) {\n    updateProgram(id: $id, changes: $changes) {\n      ...ProgramWithReviews\n    }\n  }\n": typeof types.UpdateProgramDocument,
    "\n  mutation SubmitProgram($id: ID!) {\n    submitProgram(id: $id) {\n      ...ProgramWithReviews\n    }\n  }\n": typeof types.SubmitProgramDocument,
    "\n  mutation ArchiveProgram($id: ID!) {\n    archiveProgram(id: $id) {\n      ...ProgramWithReviews\n    }\n  }\n": typeof types.ArchiveProgramDocument,
    "\n  mutation AddGroup($programId: ID!, $input: GroupInput!, $idempotencyKey: String) {\n    addGroup(programId: $programId, input: $input, idempotencyKey: $idempotencyKey) {\n      ...GroupFields\n    }\n  }\n": typeof types.AddGroupDocument,
    "\n  mutation UpdateGroup($id: ID!, $changes: GroupChangesInput!) {\n    updateGroup(id: $id, changes: $changes) {\n      ...GroupFields\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  query MyNotifications {\n    myNotifications {\n      id\n      email\n      subject\n      body\n      status\n      attempts\n      sentAt\n      createdAt\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  fragment OverviewGroupFields on OverviewGroup {\n    groupId\n    groupName\n    issued\n    activated\n    waiting\n    oldestWaitingSince\n    oldestWaitingDays\n    financing\n    accounting\n  }\n": typeof types.OverviewGroupFieldsFragmentDoc,
    "\n  query SupportCentreOverview($municipalityCode: String!, $days: Int!) {\n    supportCentreOverview(municipalityCode: $municipalityCode, days: $days) {\n      municipalityCode\n      days {\n        day\n        applications\n        issued\n        activated\n      }\n      groups {\n        ...OverviewGroupFields\n      }\n      total {\n        ...OverviewGroupFields\n      }\n    }\n    municipalityBudget(municipalityCode: $municipalityCode) {\n      quota\n      financedCertificates\n    }\n  }\n": typeof types.SupportCentreOverviewDocument,
    "\n  query RegionOverview {\n    regionCertificateOverview {\n      municipalityCode\n      municipalityName\n      issued\n      activated\n      activatedPercent\n      waiting\n      financing\n      accounting\n    }\n    regionMoneyOverview {\n      municipalityCode\n      budgetKopecks\n      quota\n      financedCertificates\n      enrolledFinancedCertificates\n      reservedKopecks\n      chargedKopecks\n    }\n    regionProgramOverview {\n      municipalityCode\n      programs\n      byDirection {\n        direction\n        programs\n      }\n      byRegistry {\n        registry\n        programs\n      }\n      seats\n      seatsTaken\n    }\n  }\n": typeof types.RegionOverviewDocument,
    "\n  fragment ServiceStateFields on ServiceState {\n    service\n    outboxBacklog\n    oldestOutboxSeconds\n    consumerLag {\n      topic\n      lag\n    }\n    kafkaAnswered\n    deadLetterCount\n    deadLetters {\n      id\n      topic\n      eventId\n      eventType\n      error\n      attempts\n      deadLetteredAt\n    }\n  }\n": typeof types.ServiceStateFieldsFragmentDoc,
    "\n  query SystemState {\n    identityState {\n      ...ServiceStateFields\n    }\n    certificatesState {\n      ...ServiceStateFields\n    }\n    navigatorState {\n      ...ServiceStateFields\n    }\n    billingState {\n      ...ServiceStateFields\n    }\n    notificationsState {\n      ...ServiceStateFields\n    }\n  }\n": typeof types.SystemStateDocument,
    "\n    mutation ReplayIdentityDeadLetters {\n      replayIdentityDeadLetters {\n        replayed\n      }\n    }\n  ": typeof types.ReplayIdentityDeadLettersDocument,
    "\n    mutation ReplayCertificatesDeadLetters {\n      replayCertificatesDeadLetters {\n        replayed\n      }\n    }\n  ": typeof types.ReplayCertificatesDeadLettersDocument,
    "\n    mutation ReplayNavigatorDeadLetters {\n      replayNavigatorDeadLetters {\n        replayed\n      }\n    }\n  ": typeof types.ReplayNavigatorDeadLettersDocument,
    "\n    mutation ReplayBillingDeadLetters {\n      replayBillingDeadLetters {\n        replayed\n      }\n    }\n  ": typeof types.ReplayBillingDeadLettersDocument,
    "\n    mutation ReplayNotificationsDeadLetters {\n      replayNotificationsDeadLetters {\n        replayed\n      }\n    }\n  ": typeof types.ReplayNotificationsDeadLettersDocument,
    "\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(input: { login: $login, password: $password }) {\n      accessToken\n      mustChangePassword\n      viewer {\n        id\n        displayName\n        roles\n        municipalityCode\n        providerId\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      roles\n      municipalityCode\n      providerId\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment SessionFields on SignInPayload {\n    accessToken\n    mustChangePassword\n    viewer {\n      id\n      displayName\n      roles\n      municipalityCode\n      providerId\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation RequestPasswordRecovery($loginOrEmail: String!) {\n    requestPasswordRecovery(loginOrEmail: $loginOrEmail)\n  }\n": typeof types.RequestPasswordRecoveryDocument,
    "\n  mutation RecoverPassword($token: String!, $newPassword: String!) {\n    recoverPassword(input: { token: $token, newPassword: $newPassword }) {\n      ...SessionFields\n    }\n  }\n": typeof types.RecoverPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword }) {\n      ...SessionFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query GosuslugiSignInUrl {\n    gosuslugiSignInUrl\n  }\n": typeof types.GosuslugiSignInUrlDocument,
    "\n  mutation CompleteGosuslugiSignIn($input: GosuslugiCallbackInput!) {\n    completeGosuslugiSignIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.CompleteGosuslugiSignInDocument,
};
const documents: Documents = {
    "\n  query PriceFor($programId: ID!, $childId: ID!) {\n    program(id: $programId) {\n      id\n      priceFor(childId: $childId) {\n        certificateId\n        financed\n        balanceKopecks\n        totalPriceKopecks\n        certificateTotalKopecks\n        coPaymentTotalKopecks\n        remainingKopecks\n        perMonth {\n          month\n          certificateKopecks\n          coPaymentKopecks\n        }\n        coPaymentFromMonth\n        coPaymentFromMonthKopecks\n        takesWholeBalance\n        holds {\n          enrollmentId\n          program {\n            id\n            title\n          }\n          programTitle\n          status\n          heldKopecks\n          freedOn\n        }\n      }\n    }\n  }\n": types.PriceForDocument,
    "\n  fragment NormativeFields on Normative {\n    id\n    municipalityCode\n    groupName\n    periodStart\n    amountKopecks\n    quota\n    budgetKopecks\n  }\n": types.NormativeFieldsFragmentDoc,
    "\n  query Normatives($municipalityCode: String!) {\n    normatives(municipalityCode: $municipalityCode) {\n      ...NormativeFields\n    }\n  }\n": types.NormativesDocument,
    "\n  query NormativeHistory($municipalityCode: String!) {\n    normativeHistory(municipalityCode: $municipalityCode) {\n      id\n      groupName\n      periodStart\n      changedBy\n      changedAt\n      effectiveFrom\n      oldAmountKopecks\n      newAmountKopecks\n      oldQuota\n      newQuota\n      oldBudgetKopecks\n      newBudgetKopecks\n    }\n  }\n": types.NormativeHistoryDocument,
    "\n  mutation SetNormative($input: SetNormativeInput!) {\n    setNormative(input: $input) {\n      ...NormativeFields\n    }\n  }\n": types.SetNormativeDocument,
    "\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    providerId\n    municipalityCode\n    month\n    status\n    lineCount\n    totalPriceKopecks\n    certificateTotalKopecks\n    coPaymentTotalKopecks\n    advanceKopecks\n    dueKopecks\n    issuedAt\n    reviewedAt\n    reviewReason\n    provider {\n      id\n      name\n    }\n    programs {\n      program {\n        id\n        title\n      }\n      programTitle\n      childCount\n      lineCount\n      totalPriceKopecks\n      certificateTotalKopecks\n      coPaymentTotalKopecks\n    }\n  }\n": types.InvoiceFieldsFragmentDoc,
    "\n  query MunicipalityInvoices($municipalityCode: String!, $status: String) {\n    municipalityInvoices(municipalityCode: $municipalityCode, status: $status) {\n      ...InvoiceFields\n    }\n  }\n": types.MunicipalityInvoicesDocument,
    "\n  query MunicipalityInvoicesExport($municipalityCode: String!, $status: String, $format: String!) {\n    municipalityInvoicesExport(municipalityCode: $municipalityCode, status: $status, format: $format) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": types.MunicipalityInvoicesExportDocument,
    "\n  query ProviderInvoices($month: String) {\n    providerInvoices(month: $month) {\n      ...InvoiceFields\n    }\n  }\n": types.ProviderInvoicesDocument,
    "\n  mutation ApproveInvoice($invoiceId: ID!) {\n    approveInvoice(invoiceId: $invoiceId) {\n      ...InvoiceFields\n    }\n  }\n": types.ApproveInvoiceDocument,
    "\n  mutation ReturnInvoice($invoiceId: ID!, $reason: String!) {\n    returnInvoice(invoiceId: $invoiceId, reason: $reason) {\n      ...InvoiceFields\n    }\n  }\n": types.ReturnInvoiceDocument,
    "\n  mutation ReportMonth($input: MonthReportInput!) {\n    reportMonth(input: $input) {\n      invoices\n      charges\n      coPaymentNotices\n      releasedEnrollments\n    }\n  }\n": types.ReportMonthDocument,
    "\n  query MunicipalityBudget($municipalityCode: String!, $periodStart: String) {\n    municipalityBudget(municipalityCode: $municipalityCode, periodStart: $periodStart) {\n      municipalityCode\n      periodStart\n      budgetKopecks\n      quota\n      financedCertificates\n      committedKopecks\n      reservedKopecks\n      chargedKopecks\n      byMonth {\n        month\n        chargedKopecks\n        coPaymentKopecks\n        charges\n      }\n      forecast {\n        status\n        daysElapsed\n        daysInYear\n        paceKopecksPerDay\n        forecastKopecks\n        runsOutOn\n      }\n    }\n  }\n": types.MunicipalityBudgetDocument,
    "\n  query InvoiceLines($invoiceId: ID!) {\n    invoiceLines(invoiceId: $invoiceId) {\n      enrollmentId\n      certificateNumber\n      child {\n        id\n        lastName\n        firstName\n        patronymic\n      }\n      program {\n        id\n      }\n      programTitle\n      priceKopecks\n      certificateKopecks\n      coPaymentKopecks\n    }\n  }\n": types.InvoiceLinesDocument,
    "\n  query MonthReportSheet($month: String!) {\n    monthReportSheet(month: $month) {\n      enrollmentId\n      child {\n        id\n        lastName\n        firstName\n        patronymic\n      }\n      certificateNumber\n      program {\n        id\n        title\n      }\n      group {\n        id\n        teacher\n        daysOfWeek\n        startTime\n        endTime\n      }\n      programTitle\n      chargeable\n      refusalCode\n      refusalMessage\n      reported\n      priceKopecks\n      certificateKopecks\n      coPaymentKopecks\n    }\n  }\n": types.MonthReportSheetDocument,
    "\n  query Municipalities {\n    municipalities {\n      code\n      name\n    }\n  }\n": types.MunicipalitiesDocument,
    "\n  query CertificateGroups($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      certificateGroups {\n        id\n        name\n        minAge\n        maxAge\n      }\n    }\n  }\n": types.CertificateGroupsDocument,
    "\n  fragment ApplicationFields on CertificateApplication {\n    id\n    applicationNumber\n    childId\n    email\n    status\n    createdAt\n  }\n": types.ApplicationFieldsFragmentDoc,
    "\n  query MyApplications {\n    myApplications {\n      ...ApplicationFields\n    }\n  }\n": types.MyApplicationsDocument,
    "\n  mutation ApplyForCertificate($input: ApplyForCertificateInput!) {\n    applyForCertificate(input: $input) {\n      ...ApplicationFields\n    }\n  }\n": types.ApplyForCertificateDocument,
    "\n  mutation EnterApplication($input: EnterApplicationInput!) {\n    enterApplication(input: $input) {\n      ...ApplicationFields\n    }\n  }\n": types.EnterApplicationDocument,
    "\n  mutation ResendConfirmation($applicationId: ID!) {\n    resendConfirmation(applicationId: $applicationId) {\n      ...ApplicationFields\n    }\n  }\n": types.ResendConfirmationDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      id\n      applicationNumber\n      status\n    }\n  }\n": types.ConfirmEmailDocument,
    "\n  fragment CertificateFields on Certificate {\n    id\n    number\n    childId\n    documentId\n    status\n    statusLabel\n    createdAt\n    activatedAt\n    checkedDocuments\n    terminationReason\n    groupName\n    applicationNumber\n    municipality {\n      code\n      name\n    }\n    pendingMove {\n      id\n      toMunicipalityCode\n    }\n  }\n": types.CertificateFieldsFragmentDoc,
    "\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n": types.IssueCertificateDocument,
    "\n  query CertificateByNumber($number: String!) {\n    certificate(number: $number) {\n      ...CertificateFields\n    }\n  }\n": types.CertificateByNumberDocument,
    "\n  query FindCertificates($number: String!) {\n    findCertificates(query: { number: $number }) {\n      ...CertificateFields\n    }\n  }\n": types.FindCertificatesDocument,
    "\n  mutation ActivateCertificate($input: ActivateCertificateInput!) {\n    activateCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n": types.ActivateCertificateDocument,
    "\n  mutation SuspendCertificate($input: ChangeCertificateStatusInput!) {\n    suspendCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n": types.SuspendCertificateDocument,
    "\n  mutation ResumeCertificate($input: ChangeCertificateStatusInput!) {\n    resumeCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n": types.ResumeCertificateDocument,
    "\n  mutation TerminateCertificate($input: ChangeCertificateStatusInput!) {\n    terminateCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n": types.TerminateCertificateDocument,
    "\n  query CertificateBalance($number: String!) {\n    certificate(number: $number) {\n      id\n      balance {\n        balanceKopecks\n        reservedKopecks\n        openedWithKopecks\n        periodStart\n        accountingOnlyReason\n      }\n      movements {\n        id\n        kind\n        amountKopecks\n        enrollmentId\n        createdAt\n      }\n    }\n  }\n": types.CertificateBalanceDocument,
    "\n  query ActivationQueue($first: Int!, $after: String) {\n    activationQueue(first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        id\n        number\n        createdAt\n        statusLabel\n        groupName\n        child {\n          id\n          lastName\n          firstName\n          patronymic\n          birthDate\n        }\n      }\n    }\n  }\n": types.ActivationQueueDocument,
    "\n  query ChildCertificate($id: ID!, $reason: String) {\n    child(id: $id, reason: $reason) {\n      id\n      certificate {\n        id\n        number\n        statusLabel\n      }\n    }\n  }\n": types.ChildCertificateDocument,
    "\n  fragment InstitutionFields on ActivatingInstitution {\n    id\n    name\n    address\n    phone\n    acceptsApplications\n  }\n": types.InstitutionFieldsFragmentDoc,
    "\n  query MunicipalityReference($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      supportCentre {\n        name\n        address\n        phone\n        updatedAt\n      }\n      activatingInstitutions {\n        ...InstitutionFields\n      }\n      certificateGroups {\n        id\n        name\n        minAge\n        maxAge\n      }\n    }\n  }\n": types.MunicipalityReferenceDocument,
    "\n  mutation UpdateSupportCentre($input: UpdateSupportCentreInput!) {\n    updateSupportCentre(input: $input) {\n      name\n      address\n      phone\n      updatedAt\n    }\n  }\n": types.UpdateSupportCentreDocument,
    "\n  mutation AddActivatingInstitution($input: AddActivatingInstitutionInput!) {\n    addActivatingInstitution(input: $input) {\n      ...InstitutionFields\n    }\n  }\n": types.AddActivatingInstitutionDocument,
    "\n  mutation UpdateActivatingInstitution($input: UpdateActivatingInstitutionInput!) {\n    updateActivatingInstitution(input: $input) {\n      ...InstitutionFields\n    }\n  }\n": types.UpdateActivatingInstitutionDocument,
    "\n  mutation RemoveActivatingInstitution($id: ID!) {\n    removeActivatingInstitution(id: $id)\n  }\n": types.RemoveActivatingInstitutionDocument,
    "\n  mutation AddCertificateGroup($input: AddCertificateGroupInput!) {\n    addCertificateGroup(input: $input) {\n      id\n      name\n      minAge\n      maxAge\n    }\n  }\n": types.AddCertificateGroupDocument,
    "\n  mutation UpdateCertificateGroup($input: UpdateCertificateGroupInput!) {\n    updateCertificateGroup(input: $input) {\n      id\n      name\n      minAge\n      maxAge\n    }\n  }\n": types.UpdateCertificateGroupDocument,
    "\n  fragment MoveRequestFields on CertificateMoveRequest {\n    id\n    certificateId\n    certificateNumber\n    fromMunicipalityCode\n    toMunicipalityCode\n    status\n    requestedAt\n  }\n": types.MoveRequestFieldsFragmentDoc,
    "\n  query CertificateMoveRequests {\n    certificateMoveRequests {\n      ...MoveRequestFields\n    }\n  }\n": types.CertificateMoveRequestsDocument,
    "\n  mutation ConfirmCertificateMove($requestId: ID!) {\n    confirmCertificateMove(requestId: $requestId) {\n      ...MoveRequestFields\n    }\n  }\n": types.ConfirmCertificateMoveDocument,
    "\n  mutation RefuseCertificateMove($requestId: ID!, $reason: String!) {\n    refuseCertificateMove(requestId: $requestId, reason: $reason) {\n      ...MoveRequestFields\n    }\n  }\n": types.RefuseCertificateMoveDocument,
    "\n  query ApplicationForm($childId: ID!) {\n    child(id: $childId) {\n      id\n      applicationForm {\n        url\n        fileName\n        expiresAt\n      }\n    }\n  }\n": types.ApplicationFormDocument,
    "\n  query EnrollmentContract($enrollmentId: ID!) {\n    enrollmentContract(enrollmentId: $enrollmentId) {\n      url\n      fileName\n      expiresAt\n    }\n  }\n": types.EnrollmentContractDocument,
    "\n  query InvoiceDocument($invoiceId: ID!) {\n    invoiceDocument(invoiceId: $invoiceId) {\n      url\n      fileName\n      expiresAt\n    }\n  }\n": types.InvoiceDocumentDocument,
    "\n  query InstitutionsList($code: String!) {\n    municipality(code: $code) {\n      code\n      institutionsList {\n        url\n        fileName\n        expiresAt\n      }\n    }\n  }\n": types.InstitutionsListDocument,
    "\n  fragment ChildFields on Child {\n    id\n    lastName\n    firstName\n    patronymic\n    birthDate\n    sex\n    address\n    municipalityCode\n    attendsSchool\n    consentGivenAt\n    documents {\n      id\n      childId\n      kind\n      series\n      number\n      issuedOn\n      issuer\n      divisionCode\n      createdAt\n      scan {\n        fileName\n        contentType\n        sizeBytes\n      }\n    }\n    certificate {\n      id\n      number\n      childId\n      documentId\n      status\n      statusLabel\n      createdAt\n      activatedAt\n      checkedDocuments\n      terminationReason\n      groupName\n      applicationNumber\n      municipality {\n        code\n        name\n      }\n      pendingMove {\n        id\n        toMunicipalityCode\n      }\n    }\n  }\n": types.ChildFieldsFragmentDoc,
    "\n  query MyChildren {\n    myChildren {\n      ...ChildFields\n    }\n  }\n": types.MyChildrenDocument,
    "\n  query Child($id: ID!, $reason: String) {\n    child(id: $id, reason: $reason) {\n      ...ChildFields\n    }\n  }\n": types.ChildDocument,
    "\n  mutation AddChild($input: ChildInput!) {\n    addChild(input: $input) {\n      ...ChildFields\n    }\n  }\n": types.AddChildDocument,
    "\n  mutation UpdateChild($id: ID!, $input: ChildInput!) {\n    updateChild(id: $id, input: $input) {\n      ...ChildFields\n    }\n  }\n": types.UpdateChildDocument,
    "\n  mutation GiveConsent($childId: ID!) {\n    giveConsent(childId: $childId) {\n      id\n      consentGivenAt\n    }\n  }\n": types.GiveConsentDocument,
    "\n  mutation AddDocument($childId: ID!, $input: DocumentInput!) {\n    addDocument(childId: $childId, input: $input) {\n      id\n      childId\n      kind\n      series\n      number\n      issuedOn\n      issuer\n      divisionCode\n      createdAt\n      scan {\n        fileName\n        contentType\n        sizeBytes\n      }\n    }\n  }\n": types.AddDocumentDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    revokedAt\n    lastUsedAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query MyApiKeys {\n    myApiKeys {\n      ...ApiKeyFields\n    }\n  }\n": types.MyApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query SearchChildren($name: String!, $reason: String) {\n    searchChildren(name: $name, reason: $reason) {\n      id\n      fullName\n      birthDate\n      parentNames\n    }\n  }\n": types.SearchChildrenDocument,
    "\n  mutation ExportChildrenLink($format: String!, $reason: String!) {\n    exportChildrenLink(format: $format, reason: $reason) {\n      url\n      fileName\n      expiresAt\n    }\n  }\n": types.ExportChildrenLinkDocument,
    "\n  query SearchUsers($query: String!, $reason: String) {\n    searchUsers(query: $query, reason: $reason) {\n      id\n      displayName\n      login\n      roles\n      childrenNames\n    }\n  }\n": types.SearchUsersDocument,
    "\n  mutation ImportFamilies($csv: String!) {\n    importFamilies(csv: $csv) {\n      accounts {\n        userId\n        login\n        temporaryPassword\n        displayName\n        children\n      }\n      childrenCount\n      credentialsSheet {\n        fileName\n        contentType\n        base64\n      }\n    }\n  }\n": types.ImportFamiliesDocument,
    "\n  fragment ImportProblemFields on ImportProblem {\n    line\n    column\n    code\n    message\n  }\n": types.ImportProblemFieldsFragmentDoc,
    "\n  mutation IssuePupilLogin($input: IssuePupilLoginInput!) {\n    issuePupilLogin(input: $input) {\n      temporaryPassword\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.IssuePupilLoginDocument,
    "\n  query DocumentScan($id: ID!, $reason: String) {\n    document(id: $id, reason: $reason) {\n      id\n      scan {\n        fileName\n        contentType\n        contentBase64\n      }\n    }\n  }\n": types.DocumentScanDocument,
    "\n  fragment ProgramSummary on Program {\n    id\n    title\n    description\n    direction\n    directionLabel\n    registry\n    municipalityCode\n    address\n    format\n    minAge\n    maxAge\n    durationMonths\n    monthlyPriceKopecks\n    status\n    provider {\n      id\n      name\n    }\n  }\n": types.ProgramSummaryFragmentDoc,
    "\n  fragment GroupFields on ProgramGroup {\n    id\n    programId\n    teacher\n    daysOfWeek\n    startTime\n    endTime\n    seats\n    seatsLeft\n    startDate\n    endDate\n  }\n": types.GroupFieldsFragmentDoc,
    "\n  fragment ProgramDetails on Program {\n    ...ProgramSummary\n    providerId\n    hours\n    needsMedicalCertificate\n    suitsDisabilities\n    groups {\n      ...GroupFields\n    }\n  }\n": types.ProgramDetailsFragmentDoc,
    "\n  query SearchPrograms($filter: ProgramSearchFilter!, $sort: String, $first: Int!, $after: String) {\n    searchPrograms(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProgramSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        directions {\n          value\n          label\n          count\n        }\n        municipalities {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n": types.SearchProgramsDocument,
    "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramDetails\n    }\n  }\n": types.ProgramDocument,
    "\n  fragment EnrollmentFields on Enrollment {\n    id\n    childId\n    child {\n      id\n      lastName\n      firstName\n      patronymic\n    }\n    programId\n    groupId\n    status\n    monthlyPriceKopecks\n    months\n    certificateShareKopecks\n    coPaymentKopecks\n    rejectionMessage\n    declineReason\n    endsOn\n    requestedAt\n    consent {\n      method\n      methodLabel\n      givenAt\n    }\n    program {\n      id\n      title\n    }\n  }\n": types.EnrollmentFieldsFragmentDoc,
    "\n  query MyEnrollments {\n    myEnrollments {\n      ...EnrollmentFields\n    }\n  }\n": types.MyEnrollmentsDocument,
    "\n  query ProviderEnrollments($status: String) {\n    providerEnrollments(status: $status) {\n      ...EnrollmentFields\n    }\n  }\n": types.ProviderEnrollmentsDocument,
    "\n  mutation RequestEnrollment($input: EnrollmentRequestInput!) {\n    requestEnrollment(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n": types.RequestEnrollmentDocument,
    "\n  mutation WithdrawEnrollment($id: ID!) {\n    withdrawEnrollment(id: $id) {\n      ...EnrollmentFields\n    }\n  }\n": types.WithdrawEnrollmentDocument,
    "\n  mutation AcceptEnrollment($id: ID!) {\n    acceptEnrollment(id: $id) {\n      ...EnrollmentFields\n    }\n  }\n": types.AcceptEnrollmentDocument,
    "\n  mutation DeclineEnrollment($id: ID!, $reason: String!) {\n    declineEnrollment(id: $id, reason: $reason) {\n      ...EnrollmentFields\n    }\n  }\n": types.DeclineEnrollmentDocument,
    "\n  fragment ProgramWithReviews on Program {\n    ...ProgramDetails\n    certificateValuePerMonthKopecks\n    priceExceedsCertificate\n    reviewHistory {\n      decision\n      remarks\n      reviewerId\n      reviewedAt\n    }\n  }\n": types.ProgramWithReviewsFragmentDoc,
    "\n  query ReviewQueue {\n    reviewQueue {\n      id\n      title\n      description\n      directionLabel\n      address\n      format\n      minAge\n      maxAge\n      durationMonths\n      hours\n      monthlyPriceKopecks\n      provider {\n        id\n        name\n      }\n      groups {\n        id\n        teacher\n        daysOfWeek\n        startTime\n        endTime\n        seats\n        startDate\n        endDate\n      }\n      reviewHistory {\n        decision\n        remarks\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query ProviderPrograms {\n    providerPrograms {\n      id\n      title\n      status\n      monthlyPriceKopecks\n      groups {\n        id\n      }\n    }\n  }\n": types.ProviderProgramsDocument,
    "\n  query ProgramForEdit($id: ID!) {\n    program(id: $id) {\n      ...ProgramWithReviews\n    }\n  }\n": types.ProgramForEditDocument,
    "\n  mutation ApproveProgram($id: ID!) {\n    approveProgram(id: $id) {\n      id\n      status\n    }\n  }\n": types.ApproveProgramDocument,
    "\n  mutation ReturnProgram($id: ID!, $remarks: String!) {\n    returnProgram(id: $id, remarks: $remarks) {\n      id\n      status\n    }\n  }\n": types.ReturnProgramDocument,
    "\n  mutation CreateProgram($input: ProgramInput!, $idempotencyKey: String) {\n    createProgram(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ProgramWithReviews\n    }\n  }\n": types.CreateProgramDocument,
    "\n  mutation UpdateProgram($id: ID!, $changes: ProgramChangesInput!) {\n    updateProgram(id: $id, changes: $changes) {\n      ...ProgramWithReviews\n    }\n  }\n": types.UpdateProgramDocument,
    "\n  mutation SubmitProgram($id: ID!) {\n    submitProgram(id: $id) {\n      ...ProgramWithReviews\n    }\n  }\n": types.SubmitProgramDocument,
    "\n  mutation ArchiveProgram($id: ID!) {\n    archiveProgram(id: $id) {\n      ...ProgramWithReviews\n    }\n  }\n": types.ArchiveProgramDocument,
    "\n  mutation AddGroup($programId: ID!, $input: GroupInput!, $idempotencyKey: String) {\n    addGroup(programId: $programId, input: $input, idempotencyKey: $idempotencyKey) {\n      ...GroupFields\n    }\n  }\n": types.AddGroupDocument,
    "\n  mutation UpdateGroup($id: ID!, $changes: GroupChangesInput!) {\n    updateGroup(id: $id, changes: $changes) {\n      ...GroupFields\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  query MyNotifications {\n    myNotifications {\n      id\n      email\n      subject\n      body\n      status\n      attempts\n      sentAt\n      createdAt\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  fragment OverviewGroupFields on OverviewGroup {\n    groupId\n    groupName\n    issued\n    activated\n    waiting\n    oldestWaitingSince\n    oldestWaitingDays\n    financing\n    accounting\n  }\n": types.OverviewGroupFieldsFragmentDoc,
    "\n  query SupportCentreOverview($municipalityCode: String!, $days: Int!) {\n    supportCentreOverview(municipalityCode: $municipalityCode, days: $days) {\n      municipalityCode\n      days {\n        day\n        applications\n        issued\n        activated\n      }\n      groups {\n        ...OverviewGroupFields\n      }\n      total {\n        ...OverviewGroupFields\n      }\n    }\n    municipalityBudget(municipalityCode: $municipalityCode) {\n      quota\n      financedCertificates\n    }\n  }\n": types.SupportCentreOverviewDocument,
    "\n  query RegionOverview {\n    regionCertificateOverview {\n      municipalityCode\n      municipalityName\n      issued\n      activated\n      activatedPercent\n      waiting\n      financing\n      accounting\n    }\n    regionMoneyOverview {\n      municipalityCode\n      budgetKopecks\n      quota\n      financedCertificates\n      enrolledFinancedCertificates\n      reservedKopecks\n      chargedKopecks\n    }\n    regionProgramOverview {\n      municipalityCode\n      programs\n      byDirection {\n        direction\n        programs\n      }\n      byRegistry {\n        registry\n        programs\n      }\n      seats\n      seatsTaken\n    }\n  }\n": types.RegionOverviewDocument,
    "\n  fragment ServiceStateFields on ServiceState {\n    service\n    outboxBacklog\n    oldestOutboxSeconds\n    consumerLag {\n      topic\n      lag\n    }\n    kafkaAnswered\n    deadLetterCount\n    deadLetters {\n      id\n      topic\n      eventId\n      eventType\n      error\n      attempts\n      deadLetteredAt\n    }\n  }\n": types.ServiceStateFieldsFragmentDoc,
    "\n  query SystemState {\n    identityState {\n      ...ServiceStateFields\n    }\n    certificatesState {\n      ...ServiceStateFields\n    }\n    navigatorState {\n      ...ServiceStateFields\n    }\n    billingState {\n      ...ServiceStateFields\n    }\n    notificationsState {\n      ...ServiceStateFields\n    }\n  }\n": types.SystemStateDocument,
    "\n    mutation ReplayIdentityDeadLetters {\n      replayIdentityDeadLetters {\n        replayed\n      }\n    }\n  ": types.ReplayIdentityDeadLettersDocument,
    "\n    mutation ReplayCertificatesDeadLetters {\n      replayCertificatesDeadLetters {\n        replayed\n      }\n    }\n  ": types.ReplayCertificatesDeadLettersDocument,
    "\n    mutation ReplayNavigatorDeadLetters {\n      replayNavigatorDeadLetters {\n        replayed\n      }\n    }\n  ": types.ReplayNavigatorDeadLettersDocument,
    "\n    mutation ReplayBillingDeadLetters {\n      replayBillingDeadLetters {\n        replayed\n      }\n    }\n  ": types.ReplayBillingDeadLettersDocument,
    "\n    mutation ReplayNotificationsDeadLetters {\n      replayNotificationsDeadLetters {\n        replayed\n      }\n    }\n  ": types.ReplayNotificationsDeadLettersDocument,
    "\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(input: { login: $login, password: $password }) {\n      accessToken\n      mustChangePassword\n      viewer {\n        id\n        displayName\n        roles\n        municipalityCode\n        providerId\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      roles\n      municipalityCode\n      providerId\n    }\n  }\n": types.MeDocument,
    "\n  fragment SessionFields on SignInPayload {\n    accessToken\n    mustChangePassword\n    viewer {\n      id\n      displayName\n      roles\n      municipalityCode\n      providerId\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation RequestPasswordRecovery($loginOrEmail: String!) {\n    requestPasswordRecovery(loginOrEmail: $loginOrEmail)\n  }\n": types.RequestPasswordRecoveryDocument,
    "\n  mutation RecoverPassword($token: String!, $newPassword: String!) {\n    recoverPassword(input: { token: $token, newPassword: $newPassword }) {\n      ...SessionFields\n    }\n  }\n": types.RecoverPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword }) {\n      ...SessionFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query GosuslugiSignInUrl {\n    gosuslugiSignInUrl\n  }\n": types.GosuslugiSignInUrlDocument,
    "\n  mutation CompleteGosuslugiSignIn($input: GosuslugiCallbackInput!) {\n    completeGosuslugiSignIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.CompleteGosuslugiSignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceFor($programId: ID!, $childId: ID!) {\n    program(id: $programId) {\n      id\n      priceFor(childId: $childId) {\n        certificateId\n        financed\n        balanceKopecks\n        totalPriceKopecks\n        certificateTotalKopecks\n        coPaymentTotalKopecks\n        remainingKopecks\n        perMonth {\n          month\n          certificateKopecks\n          coPaymentKopecks\n        }\n        coPaymentFromMonth\n        coPaymentFromMonthKopecks\n        takesWholeBalance\n        holds {\n          enrollmentId\n          program {\n            id\n            title\n          }\n          programTitle\n          status\n          heldKopecks\n          freedOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PriceFor($programId: ID!, $childId: ID!) {\n    program(id: $programId) {\n      id\n      priceFor(childId: $childId) {\n        certificateId\n        financed\n        balanceKopecks\n        totalPriceKopecks\n        certificateTotalKopecks\n        coPaymentTotalKopecks\n        remainingKopecks\n        perMonth {\n          month\n          certificateKopecks\n          coPaymentKopecks\n        }\n        coPaymentFromMonth\n        coPaymentFromMonthKopecks\n        takesWholeBalance\n        holds {\n          enrollmentId\n          program {\n            id\n            title\n          }\n          programTitle\n          status\n          heldKopecks\n          freedOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NormativeFields on Normative {\n    id\n    municipalityCode\n    groupName\n    periodStart\n    amountKopecks\n    quota\n    budgetKopecks\n  }\n"): (typeof documents)["\n  fragment NormativeFields on Normative {\n    id\n    municipalityCode\n    groupName\n    periodStart\n    amountKopecks\n    quota\n    budgetKopecks\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Normatives($municipalityCode: String!) {\n    normatives(municipalityCode: $municipalityCode) {\n      ...NormativeFields\n    }\n  }\n"): (typeof documents)["\n  query Normatives($municipalityCode: String!) {\n    normatives(municipalityCode: $municipalityCode) {\n      ...NormativeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NormativeHistory($municipalityCode: String!) {\n    normativeHistory(municipalityCode: $municipalityCode) {\n      id\n      groupName\n      periodStart\n      changedBy\n      changedAt\n      effectiveFrom\n      oldAmountKopecks\n      newAmountKopecks\n      oldQuota\n      newQuota\n      oldBudgetKopecks\n      newBudgetKopecks\n    }\n  }\n"): (typeof documents)["\n  query NormativeHistory($municipalityCode: String!) {\n    normativeHistory(municipalityCode: $municipalityCode) {\n      id\n      groupName\n      periodStart\n      changedBy\n      changedAt\n      effectiveFrom\n      oldAmountKopecks\n      newAmountKopecks\n      oldQuota\n      newQuota\n      oldBudgetKopecks\n      newBudgetKopecks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNormative($input: SetNormativeInput!) {\n    setNormative(input: $input) {\n      ...NormativeFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetNormative($input: SetNormativeInput!) {\n    setNormative(input: $input) {\n      ...NormativeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    providerId\n    municipalityCode\n    month\n    status\n    lineCount\n    totalPriceKopecks\n    certificateTotalKopecks\n    coPaymentTotalKopecks\n    advanceKopecks\n    dueKopecks\n    issuedAt\n    reviewedAt\n    reviewReason\n    provider {\n      id\n      name\n    }\n    programs {\n      program {\n        id\n        title\n      }\n      programTitle\n      childCount\n      lineCount\n      totalPriceKopecks\n      certificateTotalKopecks\n      coPaymentTotalKopecks\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    providerId\n    municipalityCode\n    month\n    status\n    lineCount\n    totalPriceKopecks\n    certificateTotalKopecks\n    coPaymentTotalKopecks\n    advanceKopecks\n    dueKopecks\n    issuedAt\n    reviewedAt\n    reviewReason\n    provider {\n      id\n      name\n    }\n    programs {\n      program {\n        id\n        title\n      }\n      programTitle\n      childCount\n      lineCount\n      totalPriceKopecks\n      certificateTotalKopecks\n      coPaymentTotalKopecks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityInvoices($municipalityCode: String!, $status: String) {\n    municipalityInvoices(municipalityCode: $municipalityCode, status: $status) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityInvoices($municipalityCode: String!, $status: String) {\n    municipalityInvoices(municipalityCode: $municipalityCode, status: $status) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityInvoicesExport($municipalityCode: String!, $status: String, $format: String!) {\n    municipalityInvoicesExport(municipalityCode: $municipalityCode, status: $status, format: $format) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityInvoicesExport($municipalityCode: String!, $status: String, $format: String!) {\n    municipalityInvoicesExport(municipalityCode: $municipalityCode, status: $status, format: $format) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderInvoices($month: String) {\n    providerInvoices(month: $month) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  query ProviderInvoices($month: String) {\n    providerInvoices(month: $month) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveInvoice($invoiceId: ID!) {\n    approveInvoice(invoiceId: $invoiceId) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveInvoice($invoiceId: ID!) {\n    approveInvoice(invoiceId: $invoiceId) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnInvoice($invoiceId: ID!, $reason: String!) {\n    returnInvoice(invoiceId: $invoiceId, reason: $reason) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnInvoice($invoiceId: ID!, $reason: String!) {\n    returnInvoice(invoiceId: $invoiceId, reason: $reason) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportMonth($input: MonthReportInput!) {\n    reportMonth(input: $input) {\n      invoices\n      charges\n      coPaymentNotices\n      releasedEnrollments\n    }\n  }\n"): (typeof documents)["\n  mutation ReportMonth($input: MonthReportInput!) {\n    reportMonth(input: $input) {\n      invoices\n      charges\n      coPaymentNotices\n      releasedEnrollments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityBudget($municipalityCode: String!, $periodStart: String) {\n    municipalityBudget(municipalityCode: $municipalityCode, periodStart: $periodStart) {\n      municipalityCode\n      periodStart\n      budgetKopecks\n      quota\n      financedCertificates\n      committedKopecks\n      reservedKopecks\n      chargedKopecks\n      byMonth {\n        month\n        chargedKopecks\n        coPaymentKopecks\n        charges\n      }\n      forecast {\n        status\n        daysElapsed\n        daysInYear\n        paceKopecksPerDay\n        forecastKopecks\n        runsOutOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityBudget($municipalityCode: String!, $periodStart: String) {\n    municipalityBudget(municipalityCode: $municipalityCode, periodStart: $periodStart) {\n      municipalityCode\n      periodStart\n      budgetKopecks\n      quota\n      financedCertificates\n      committedKopecks\n      reservedKopecks\n      chargedKopecks\n      byMonth {\n        month\n        chargedKopecks\n        coPaymentKopecks\n        charges\n      }\n      forecast {\n        status\n        daysElapsed\n        daysInYear\n        paceKopecksPerDay\n        forecastKopecks\n        runsOutOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceLines($invoiceId: ID!) {\n    invoiceLines(invoiceId: $invoiceId) {\n      enrollmentId\n      certificateNumber\n      child {\n        id\n        lastName\n        firstName\n        patronymic\n      }\n      program {\n        id\n      }\n      programTitle\n      priceKopecks\n      certificateKopecks\n      coPaymentKopecks\n    }\n  }\n"): (typeof documents)["\n  query InvoiceLines($invoiceId: ID!) {\n    invoiceLines(invoiceId: $invoiceId) {\n      enrollmentId\n      certificateNumber\n      child {\n        id\n        lastName\n        firstName\n        patronymic\n      }\n      program {\n        id\n      }\n      programTitle\n      priceKopecks\n      certificateKopecks\n      coPaymentKopecks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthReportSheet($month: String!) {\n    monthReportSheet(month: $month) {\n      enrollmentId\n      child {\n        id\n        lastName\n        firstName\n        patronymic\n      }\n      certificateNumber\n      program {\n        id\n        title\n      }\n      group {\n        id\n        teacher\n        daysOfWeek\n        startTime\n        endTime\n      }\n      programTitle\n      chargeable\n      refusalCode\n      refusalMessage\n      reported\n      priceKopecks\n      certificateKopecks\n      coPaymentKopecks\n    }\n  }\n"): (typeof documents)["\n  query MonthReportSheet($month: String!) {\n    monthReportSheet(month: $month) {\n      enrollmentId\n      child {\n        id\n        lastName\n        firstName\n        patronymic\n      }\n      certificateNumber\n      program {\n        id\n        title\n      }\n      group {\n        id\n        teacher\n        daysOfWeek\n        startTime\n        endTime\n      }\n      programTitle\n      chargeable\n      refusalCode\n      refusalMessage\n      reported\n      priceKopecks\n      certificateKopecks\n      coPaymentKopecks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipalities {\n    municipalities {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Municipalities {\n    municipalities {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificateGroups($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      certificateGroups {\n        id\n        name\n        minAge\n        maxAge\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertificateGroups($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      certificateGroups {\n        id\n        name\n        minAge\n        maxAge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationFields on CertificateApplication {\n    id\n    applicationNumber\n    childId\n    email\n    status\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ApplicationFields on CertificateApplication {\n    id\n    applicationNumber\n    childId\n    email\n    status\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplications {\n    myApplications {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  query MyApplications {\n    myApplications {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForCertificate($input: ApplyForCertificateInput!) {\n    applyForCertificate(input: $input) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyForCertificate($input: ApplyForCertificateInput!) {\n    applyForCertificate(input: $input) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterApplication($input: EnterApplicationInput!) {\n    enterApplication(input: $input) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnterApplication($input: EnterApplicationInput!) {\n    enterApplication(input: $input) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendConfirmation($applicationId: ID!) {\n    resendConfirmation(applicationId: $applicationId) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendConfirmation($applicationId: ID!) {\n    resendConfirmation(applicationId: $applicationId) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      id\n      applicationNumber\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      id\n      applicationNumber\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificateFields on Certificate {\n    id\n    number\n    childId\n    documentId\n    status\n    statusLabel\n    createdAt\n    activatedAt\n    checkedDocuments\n    terminationReason\n    groupName\n    applicationNumber\n    municipality {\n      code\n      name\n    }\n    pendingMove {\n      id\n      toMunicipalityCode\n    }\n  }\n"): (typeof documents)["\n  fragment CertificateFields on Certificate {\n    id\n    number\n    childId\n    documentId\n    status\n    statusLabel\n    createdAt\n    activatedAt\n    checkedDocuments\n    terminationReason\n    groupName\n    applicationNumber\n    municipality {\n      code\n      name\n    }\n    pendingMove {\n      id\n      toMunicipalityCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificateByNumber($number: String!) {\n    certificate(number: $number) {\n      ...CertificateFields\n    }\n  }\n"): (typeof documents)["\n  query CertificateByNumber($number: String!) {\n    certificate(number: $number) {\n      ...CertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindCertificates($number: String!) {\n    findCertificates(query: { number: $number }) {\n      ...CertificateFields\n    }\n  }\n"): (typeof documents)["\n  query FindCertificates($number: String!) {\n    findCertificates(query: { number: $number }) {\n      ...CertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateCertificate($input: ActivateCertificateInput!) {\n    activateCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateCertificate($input: ActivateCertificateInput!) {\n    activateCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendCertificate($input: ChangeCertificateStatusInput!) {\n    suspendCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendCertificate($input: ChangeCertificateStatusInput!) {\n    suspendCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCertificate($input: ChangeCertificateStatusInput!) {\n    resumeCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeCertificate($input: ChangeCertificateStatusInput!) {\n    resumeCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateCertificate($input: ChangeCertificateStatusInput!) {\n    terminateCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n"): (typeof documents)["\n  mutation TerminateCertificate($input: ChangeCertificateStatusInput!) {\n    terminateCertificate(input: $input) {\n      ...CertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificateBalance($number: String!) {\n    certificate(number: $number) {\n      id\n      balance {\n        balanceKopecks\n        reservedKopecks\n        openedWithKopecks\n        periodStart\n        accountingOnlyReason\n      }\n      movements {\n        id\n        kind\n        amountKopecks\n        enrollmentId\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertificateBalance($number: String!) {\n    certificate(number: $number) {\n      id\n      balance {\n        balanceKopecks\n        reservedKopecks\n        openedWithKopecks\n        periodStart\n        accountingOnlyReason\n      }\n      movements {\n        id\n        kind\n        amountKopecks\n        enrollmentId\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivationQueue($first: Int!, $after: String) {\n    activationQueue(first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        id\n        number\n        createdAt\n        statusLabel\n        groupName\n        child {\n          id\n          lastName\n          firstName\n          patronymic\n          birthDate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivationQueue($first: Int!, $after: String) {\n    activationQueue(first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        id\n        number\n        createdAt\n        statusLabel\n        groupName\n        child {\n          id\n          lastName\n          firstName\n          patronymic\n          birthDate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChildCertificate($id: ID!, $reason: String) {\n    child(id: $id, reason: $reason) {\n      id\n      certificate {\n        id\n        number\n        statusLabel\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChildCertificate($id: ID!, $reason: String) {\n    child(id: $id, reason: $reason) {\n      id\n      certificate {\n        id\n        number\n        statusLabel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstitutionFields on ActivatingInstitution {\n    id\n    name\n    address\n    phone\n    acceptsApplications\n  }\n"): (typeof documents)["\n  fragment InstitutionFields on ActivatingInstitution {\n    id\n    name\n    address\n    phone\n    acceptsApplications\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityReference($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      supportCentre {\n        name\n        address\n        phone\n        updatedAt\n      }\n      activatingInstitutions {\n        ...InstitutionFields\n      }\n      certificateGroups {\n        id\n        name\n        minAge\n        maxAge\n      }\n    }\n  }\n"): (typeof documents)["\n  query MunicipalityReference($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      supportCentre {\n        name\n        address\n        phone\n        updatedAt\n      }\n      activatingInstitutions {\n        ...InstitutionFields\n      }\n      certificateGroups {\n        id\n        name\n        minAge\n        maxAge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupportCentre($input: UpdateSupportCentreInput!) {\n    updateSupportCentre(input: $input) {\n      name\n      address\n      phone\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupportCentre($input: UpdateSupportCentreInput!) {\n    updateSupportCentre(input: $input) {\n      name\n      address\n      phone\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActivatingInstitution($input: AddActivatingInstitutionInput!) {\n    addActivatingInstitution(input: $input) {\n      ...InstitutionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddActivatingInstitution($input: AddActivatingInstitutionInput!) {\n    addActivatingInstitution(input: $input) {\n      ...InstitutionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivatingInstitution($input: UpdateActivatingInstitutionInput!) {\n    updateActivatingInstitution(input: $input) {\n      ...InstitutionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivatingInstitution($input: UpdateActivatingInstitutionInput!) {\n    updateActivatingInstitution(input: $input) {\n      ...InstitutionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveActivatingInstitution($id: ID!) {\n    removeActivatingInstitution(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveActivatingInstitution($id: ID!) {\n    removeActivatingInstitution(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCertificateGroup($input: AddCertificateGroupInput!) {\n    addCertificateGroup(input: $input) {\n      id\n      name\n      minAge\n      maxAge\n    }\n  }\n"): (typeof documents)["\n  mutation AddCertificateGroup($input: AddCertificateGroupInput!) {\n    addCertificateGroup(input: $input) {\n      id\n      name\n      minAge\n      maxAge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCertificateGroup($input: UpdateCertificateGroupInput!) {\n    updateCertificateGroup(input: $input) {\n      id\n      name\n      minAge\n      maxAge\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCertificateGroup($input: UpdateCertificateGroupInput!) {\n    updateCertificateGroup(input: $input) {\n      id\n      name\n      minAge\n      maxAge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MoveRequestFields on CertificateMoveRequest {\n    id\n    certificateId\n    certificateNumber\n    fromMunicipalityCode\n    toMunicipalityCode\n    status\n    requestedAt\n  }\n"): (typeof documents)["\n  fragment MoveRequestFields on CertificateMoveRequest {\n    id\n    certificateId\n    certificateNumber\n    fromMunicipalityCode\n    toMunicipalityCode\n    status\n    requestedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificateMoveRequests {\n    certificateMoveRequests {\n      ...MoveRequestFields\n    }\n  }\n"): (typeof documents)["\n  query CertificateMoveRequests {\n    certificateMoveRequests {\n      ...MoveRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmCertificateMove($requestId: ID!) {\n    confirmCertificateMove(requestId: $requestId) {\n      ...MoveRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmCertificateMove($requestId: ID!) {\n    confirmCertificateMove(requestId: $requestId) {\n      ...MoveRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseCertificateMove($requestId: ID!, $reason: String!) {\n    refuseCertificateMove(requestId: $requestId, reason: $reason) {\n      ...MoveRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefuseCertificateMove($requestId: ID!, $reason: String!) {\n    refuseCertificateMove(requestId: $requestId, reason: $reason) {\n      ...MoveRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationForm($childId: ID!) {\n    child(id: $childId) {\n      id\n      applicationForm {\n        url\n        fileName\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationForm($childId: ID!) {\n    child(id: $childId) {\n      id\n      applicationForm {\n        url\n        fileName\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrollmentContract($enrollmentId: ID!) {\n    enrollmentContract(enrollmentId: $enrollmentId) {\n      url\n      fileName\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query EnrollmentContract($enrollmentId: ID!) {\n    enrollmentContract(enrollmentId: $enrollmentId) {\n      url\n      fileName\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceDocument($invoiceId: ID!) {\n    invoiceDocument(invoiceId: $invoiceId) {\n      url\n      fileName\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvoiceDocument($invoiceId: ID!) {\n    invoiceDocument(invoiceId: $invoiceId) {\n      url\n      fileName\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionsList($code: String!) {\n    municipality(code: $code) {\n      code\n      institutionsList {\n        url\n        fileName\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstitutionsList($code: String!) {\n    municipality(code: $code) {\n      code\n      institutionsList {\n        url\n        fileName\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChildFields on Child {\n    id\n    lastName\n    firstName\n    patronymic\n    birthDate\n    sex\n    address\n    municipalityCode\n    attendsSchool\n    consentGivenAt\n    documents {\n      id\n      childId\n      kind\n      series\n      number\n      issuedOn\n      issuer\n      divisionCode\n      createdAt\n      scan {\n        fileName\n        contentType\n        sizeBytes\n      }\n    }\n    certificate {\n      id\n      number\n      childId\n      documentId\n      status\n      statusLabel\n      createdAt\n      activatedAt\n      checkedDocuments\n      terminationReason\n      groupName\n      applicationNumber\n      municipality {\n        code\n        name\n      }\n      pendingMove {\n        id\n        toMunicipalityCode\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ChildFields on Child {\n    id\n    lastName\n    firstName\n    patronymic\n    birthDate\n    sex\n    address\n    municipalityCode\n    attendsSchool\n    consentGivenAt\n    documents {\n      id\n      childId\n      kind\n      series\n      number\n      issuedOn\n      issuer\n      divisionCode\n      createdAt\n      scan {\n        fileName\n        contentType\n        sizeBytes\n      }\n    }\n    certificate {\n      id\n      number\n      childId\n      documentId\n      status\n      statusLabel\n      createdAt\n      activatedAt\n      checkedDocuments\n      terminationReason\n      groupName\n      applicationNumber\n      municipality {\n        code\n        name\n      }\n      pendingMove {\n        id\n        toMunicipalityCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyChildren {\n    myChildren {\n      ...ChildFields\n    }\n  }\n"): (typeof documents)["\n  query MyChildren {\n    myChildren {\n      ...ChildFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Child($id: ID!, $reason: String) {\n    child(id: $id, reason: $reason) {\n      ...ChildFields\n    }\n  }\n"): (typeof documents)["\n  query Child($id: ID!, $reason: String) {\n    child(id: $id, reason: $reason) {\n      ...ChildFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddChild($input: ChildInput!) {\n    addChild(input: $input) {\n      ...ChildFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddChild($input: ChildInput!) {\n    addChild(input: $input) {\n      ...ChildFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChild($id: ID!, $input: ChildInput!) {\n    updateChild(id: $id, input: $input) {\n      ...ChildFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChild($id: ID!, $input: ChildInput!) {\n    updateChild(id: $id, input: $input) {\n      ...ChildFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveConsent($childId: ID!) {\n    giveConsent(childId: $childId) {\n      id\n      consentGivenAt\n    }\n  }\n"): (typeof documents)["\n  mutation GiveConsent($childId: ID!) {\n    giveConsent(childId: $childId) {\n      id\n      consentGivenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDocument($childId: ID!, $input: DocumentInput!) {\n    addDocument(childId: $childId, input: $input) {\n      id\n      childId\n      kind\n      series\n      number\n      issuedOn\n      issuer\n      divisionCode\n      createdAt\n      scan {\n        fileName\n        contentType\n        sizeBytes\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddDocument($childId: ID!, $input: DocumentInput!) {\n    addDocument(childId: $childId, input: $input) {\n      id\n      childId\n      kind\n      series\n      number\n      issuedOn\n      issuer\n      divisionCode\n      createdAt\n      scan {\n        fileName\n        contentType\n        sizeBytes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    revokedAt\n    lastUsedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    revokedAt\n    lastUsedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApiKeys {\n    myApiKeys {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  query MyApiKeys {\n    myApiKeys {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      key\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchChildren($name: String!, $reason: String) {\n    searchChildren(name: $name, reason: $reason) {\n      id\n      fullName\n      birthDate\n      parentNames\n    }\n  }\n"): (typeof documents)["\n  query SearchChildren($name: String!, $reason: String) {\n    searchChildren(name: $name, reason: $reason) {\n      id\n      fullName\n      birthDate\n      parentNames\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportChildrenLink($format: String!, $reason: String!) {\n    exportChildrenLink(format: $format, reason: $reason) {\n      url\n      fileName\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ExportChildrenLink($format: String!, $reason: String!) {\n    exportChildrenLink(format: $format, reason: $reason) {\n      url\n      fileName\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchUsers($query: String!, $reason: String) {\n    searchUsers(query: $query, reason: $reason) {\n      id\n      displayName\n      login\n      roles\n      childrenNames\n    }\n  }\n"): (typeof documents)["\n  query SearchUsers($query: String!, $reason: String) {\n    searchUsers(query: $query, reason: $reason) {\n      id\n      displayName\n      login\n      roles\n      childrenNames\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFamilies($csv: String!) {\n    importFamilies(csv: $csv) {\n      accounts {\n        userId\n        login\n        temporaryPassword\n        displayName\n        children\n      }\n      childrenCount\n      credentialsSheet {\n        fileName\n        contentType\n        base64\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportFamilies($csv: String!) {\n    importFamilies(csv: $csv) {\n      accounts {\n        userId\n        login\n        temporaryPassword\n        displayName\n        children\n      }\n      childrenCount\n      credentialsSheet {\n        fileName\n        contentType\n        base64\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportProblemFields on ImportProblem {\n    line\n    column\n    code\n    message\n  }\n"): (typeof documents)["\n  fragment ImportProblemFields on ImportProblem {\n    line\n    column\n    code\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePupilLogin($input: IssuePupilLoginInput!) {\n    issuePupilLogin(input: $input) {\n      temporaryPassword\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IssuePupilLogin($input: IssuePupilLoginInput!) {\n    issuePupilLogin(input: $input) {\n      temporaryPassword\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentScan($id: ID!, $reason: String) {\n    document(id: $id, reason: $reason) {\n      id\n      scan {\n        fileName\n        contentType\n        contentBase64\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentScan($id: ID!, $reason: String) {\n    document(id: $id, reason: $reason) {\n      id\n      scan {\n        fileName\n        contentType\n        contentBase64\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramSummary on Program {\n    id\n    title\n    description\n    direction\n    directionLabel\n    registry\n    municipalityCode\n    address\n    format\n    minAge\n    maxAge\n    durationMonths\n    monthlyPriceKopecks\n    status\n    provider {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProgramSummary on Program {\n    id\n    title\n    description\n    direction\n    directionLabel\n    registry\n    municipalityCode\n    address\n    format\n    minAge\n    maxAge\n    durationMonths\n    monthlyPriceKopecks\n    status\n    provider {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupFields on ProgramGroup {\n    id\n    programId\n    teacher\n    daysOfWeek\n    startTime\n    endTime\n    seats\n    seatsLeft\n    startDate\n    endDate\n  }\n"): (typeof documents)["\n  fragment GroupFields on ProgramGroup {\n    id\n    programId\n    teacher\n    daysOfWeek\n    startTime\n    endTime\n    seats\n    seatsLeft\n    startDate\n    endDate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramDetails on Program {\n    ...ProgramSummary\n    providerId\n    hours\n    needsMedicalCertificate\n    suitsDisabilities\n    groups {\n      ...GroupFields\n    }\n  }\n"): (typeof documents)["\n  fragment ProgramDetails on Program {\n    ...ProgramSummary\n    providerId\n    hours\n    needsMedicalCertificate\n    suitsDisabilities\n    groups {\n      ...GroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPrograms($filter: ProgramSearchFilter!, $sort: String, $first: Int!, $after: String) {\n    searchPrograms(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProgramSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        directions {\n          value\n          label\n          count\n        }\n        municipalities {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPrograms($filter: ProgramSearchFilter!, $sort: String, $first: Int!, $after: String) {\n    searchPrograms(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProgramSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        directions {\n          value\n          label\n          count\n        }\n        municipalities {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramDetails\n    }\n  }\n"): (typeof documents)["\n  query Program($id: ID!) {\n    program(id: $id) {\n      ...ProgramDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrollmentFields on Enrollment {\n    id\n    childId\n    child {\n      id\n      lastName\n      firstName\n      patronymic\n    }\n    programId\n    groupId\n    status\n    monthlyPriceKopecks\n    months\n    certificateShareKopecks\n    coPaymentKopecks\n    rejectionMessage\n    declineReason\n    endsOn\n    requestedAt\n    consent {\n      method\n      methodLabel\n      givenAt\n    }\n    program {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment EnrollmentFields on Enrollment {\n    id\n    childId\n    child {\n      id\n      lastName\n      firstName\n      patronymic\n    }\n    programId\n    groupId\n    status\n    monthlyPriceKopecks\n    months\n    certificateShareKopecks\n    coPaymentKopecks\n    rejectionMessage\n    declineReason\n    endsOn\n    requestedAt\n    consent {\n      method\n      methodLabel\n      givenAt\n    }\n    program {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEnrollments {\n    myEnrollments {\n      ...EnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  query MyEnrollments {\n    myEnrollments {\n      ...EnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderEnrollments($status: String) {\n    providerEnrollments(status: $status) {\n      ...EnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  query ProviderEnrollments($status: String) {\n    providerEnrollments(status: $status) {\n      ...EnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEnrollment($input: EnrollmentRequestInput!) {\n    requestEnrollment(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestEnrollment($input: EnrollmentRequestInput!) {\n    requestEnrollment(input: $input) {\n      ...EnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawEnrollment($id: ID!) {\n    withdrawEnrollment(id: $id) {\n      ...EnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawEnrollment($id: ID!) {\n    withdrawEnrollment(id: $id) {\n      ...EnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptEnrollment($id: ID!) {\n    acceptEnrollment(id: $id) {\n      ...EnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptEnrollment($id: ID!) {\n    acceptEnrollment(id: $id) {\n      ...EnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineEnrollment($id: ID!, $reason: String!) {\n    declineEnrollment(id: $id, reason: $reason) {\n      ...EnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineEnrollment($id: ID!, $reason: String!) {\n    declineEnrollment(id: $id, reason: $reason) {\n      ...EnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramWithReviews on Program {\n    ...ProgramDetails\n    certificateValuePerMonthKopecks\n    priceExceedsCertificate\n    reviewHistory {\n      decision\n      remarks\n      reviewerId\n      reviewedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ProgramWithReviews on Program {\n    ...ProgramDetails\n    certificateValuePerMonthKopecks\n    priceExceedsCertificate\n    reviewHistory {\n      decision\n      remarks\n      reviewerId\n      reviewedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue {\n    reviewQueue {\n      id\n      title\n      description\n      directionLabel\n      address\n      format\n      minAge\n      maxAge\n      durationMonths\n      hours\n      monthlyPriceKopecks\n      provider {\n        id\n        name\n      }\n      groups {\n        id\n        teacher\n        daysOfWeek\n        startTime\n        endTime\n        seats\n        startDate\n        endDate\n      }\n      reviewHistory {\n        decision\n        remarks\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue {\n    reviewQueue {\n      id\n      title\n      description\n      directionLabel\n      address\n      format\n      minAge\n      maxAge\n      durationMonths\n      hours\n      monthlyPriceKopecks\n      provider {\n        id\n        name\n      }\n      groups {\n        id\n        teacher\n        daysOfWeek\n        startTime\n        endTime\n        seats\n        startDate\n        endDate\n      }\n      reviewHistory {\n        decision\n        remarks\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderPrograms {\n    providerPrograms {\n      id\n      title\n      status\n      monthlyPriceKopecks\n      groups {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProviderPrograms {\n    providerPrograms {\n      id\n      title\n      status\n      monthlyPriceKopecks\n      groups {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramForEdit($id: ID!) {\n    program(id: $id) {\n      ...ProgramWithReviews\n    }\n  }\n"): (typeof documents)["\n  query ProgramForEdit($id: ID!) {\n    program(id: $id) {\n      ...ProgramWithReviews\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveProgram($id: ID!) {\n    approveProgram(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveProgram($id: ID!) {\n    approveProgram(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnProgram($id: ID!, $remarks: String!) {\n    returnProgram(id: $id, remarks: $remarks) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnProgram($id: ID!, $remarks: String!) {\n    returnProgram(id: $id, remarks: $remarks) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgram($input: ProgramInput!, $idempotencyKey: String) {\n    createProgram(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ProgramWithReviews\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgram($input: ProgramInput!, $idempotencyKey: String) {\n    createProgram(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ProgramWithReviews\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgram($id: ID!, $changes: ProgramChangesInput!) {\n    updateProgram(id: $id, changes: $changes) {\n      ...ProgramWithReviews\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgram($id: ID!, $changes: ProgramChangesInput!) {\n    updateProgram(id: $id, changes: $changes) {\n      ...ProgramWithReviews\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProgram($id: ID!) {\n    submitProgram(id: $id) {\n      ...ProgramWithReviews\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProgram($id: ID!) {\n    submitProgram(id: $id) {\n      ...ProgramWithReviews\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveProgram($id: ID!) {\n    archiveProgram(id: $id) {\n      ...ProgramWithReviews\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveProgram($id: ID!) {\n    archiveProgram(id: $id) {\n      ...ProgramWithReviews\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGroup($programId: ID!, $input: GroupInput!, $idempotencyKey: String) {\n    addGroup(programId: $programId, input: $input, idempotencyKey: $idempotencyKey) {\n      ...GroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddGroup($programId: ID!, $input: GroupInput!, $idempotencyKey: String) {\n    addGroup(programId: $programId, input: $input, idempotencyKey: $idempotencyKey) {\n      ...GroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($id: ID!, $changes: GroupChangesInput!) {\n    updateGroup(id: $id, changes: $changes) {\n      ...GroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($id: ID!, $changes: GroupChangesInput!) {\n    updateGroup(id: $id, changes: $changes) {\n      ...GroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications {\n    myNotifications {\n      id\n      email\n      subject\n      body\n      status\n      attempts\n      sentAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications {\n    myNotifications {\n      id\n      email\n      subject\n      body\n      status\n      attempts\n      sentAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverviewGroupFields on OverviewGroup {\n    groupId\n    groupName\n    issued\n    activated\n    waiting\n    oldestWaitingSince\n    oldestWaitingDays\n    financing\n    accounting\n  }\n"): (typeof documents)["\n  fragment OverviewGroupFields on OverviewGroup {\n    groupId\n    groupName\n    issued\n    activated\n    waiting\n    oldestWaitingSince\n    oldestWaitingDays\n    financing\n    accounting\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportCentreOverview($municipalityCode: String!, $days: Int!) {\n    supportCentreOverview(municipalityCode: $municipalityCode, days: $days) {\n      municipalityCode\n      days {\n        day\n        applications\n        issued\n        activated\n      }\n      groups {\n        ...OverviewGroupFields\n      }\n      total {\n        ...OverviewGroupFields\n      }\n    }\n    municipalityBudget(municipalityCode: $municipalityCode) {\n      quota\n      financedCertificates\n    }\n  }\n"): (typeof documents)["\n  query SupportCentreOverview($municipalityCode: String!, $days: Int!) {\n    supportCentreOverview(municipalityCode: $municipalityCode, days: $days) {\n      municipalityCode\n      days {\n        day\n        applications\n        issued\n        activated\n      }\n      groups {\n        ...OverviewGroupFields\n      }\n      total {\n        ...OverviewGroupFields\n      }\n    }\n    municipalityBudget(municipalityCode: $municipalityCode) {\n      quota\n      financedCertificates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionOverview {\n    regionCertificateOverview {\n      municipalityCode\n      municipalityName\n      issued\n      activated\n      activatedPercent\n      waiting\n      financing\n      accounting\n    }\n    regionMoneyOverview {\n      municipalityCode\n      budgetKopecks\n      quota\n      financedCertificates\n      enrolledFinancedCertificates\n      reservedKopecks\n      chargedKopecks\n    }\n    regionProgramOverview {\n      municipalityCode\n      programs\n      byDirection {\n        direction\n        programs\n      }\n      byRegistry {\n        registry\n        programs\n      }\n      seats\n      seatsTaken\n    }\n  }\n"): (typeof documents)["\n  query RegionOverview {\n    regionCertificateOverview {\n      municipalityCode\n      municipalityName\n      issued\n      activated\n      activatedPercent\n      waiting\n      financing\n      accounting\n    }\n    regionMoneyOverview {\n      municipalityCode\n      budgetKopecks\n      quota\n      financedCertificates\n      enrolledFinancedCertificates\n      reservedKopecks\n      chargedKopecks\n    }\n    regionProgramOverview {\n      municipalityCode\n      programs\n      byDirection {\n        direction\n        programs\n      }\n      byRegistry {\n        registry\n        programs\n      }\n      seats\n      seatsTaken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceStateFields on ServiceState {\n    service\n    outboxBacklog\n    oldestOutboxSeconds\n    consumerLag {\n      topic\n      lag\n    }\n    kafkaAnswered\n    deadLetterCount\n    deadLetters {\n      id\n      topic\n      eventId\n      eventType\n      error\n      attempts\n      deadLetteredAt\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceStateFields on ServiceState {\n    service\n    outboxBacklog\n    oldestOutboxSeconds\n    consumerLag {\n      topic\n      lag\n    }\n    kafkaAnswered\n    deadLetterCount\n    deadLetters {\n      id\n      topic\n      eventId\n      eventType\n      error\n      attempts\n      deadLetteredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemState {\n    identityState {\n      ...ServiceStateFields\n    }\n    certificatesState {\n      ...ServiceStateFields\n    }\n    navigatorState {\n      ...ServiceStateFields\n    }\n    billingState {\n      ...ServiceStateFields\n    }\n    notificationsState {\n      ...ServiceStateFields\n    }\n  }\n"): (typeof documents)["\n  query SystemState {\n    identityState {\n      ...ServiceStateFields\n    }\n    certificatesState {\n      ...ServiceStateFields\n    }\n    navigatorState {\n      ...ServiceStateFields\n    }\n    billingState {\n      ...ServiceStateFields\n    }\n    notificationsState {\n      ...ServiceStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReplayIdentityDeadLetters {\n      replayIdentityDeadLetters {\n        replayed\n      }\n    }\n  "): (typeof documents)["\n    mutation ReplayIdentityDeadLetters {\n      replayIdentityDeadLetters {\n        replayed\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReplayCertificatesDeadLetters {\n      replayCertificatesDeadLetters {\n        replayed\n      }\n    }\n  "): (typeof documents)["\n    mutation ReplayCertificatesDeadLetters {\n      replayCertificatesDeadLetters {\n        replayed\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReplayNavigatorDeadLetters {\n      replayNavigatorDeadLetters {\n        replayed\n      }\n    }\n  "): (typeof documents)["\n    mutation ReplayNavigatorDeadLetters {\n      replayNavigatorDeadLetters {\n        replayed\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReplayBillingDeadLetters {\n      replayBillingDeadLetters {\n        replayed\n      }\n    }\n  "): (typeof documents)["\n    mutation ReplayBillingDeadLetters {\n      replayBillingDeadLetters {\n        replayed\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReplayNotificationsDeadLetters {\n      replayNotificationsDeadLetters {\n        replayed\n      }\n    }\n  "): (typeof documents)["\n    mutation ReplayNotificationsDeadLetters {\n      replayNotificationsDeadLetters {\n        replayed\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(input: { login: $login, password: $password }) {\n      accessToken\n      mustChangePassword\n      viewer {\n        id\n        displayName\n        roles\n        municipalityCode\n        providerId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(input: { login: $login, password: $password }) {\n      accessToken\n      mustChangePassword\n      viewer {\n        id\n        displayName\n        roles\n        municipalityCode\n        providerId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      roles\n      municipalityCode\n      providerId\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      roles\n      municipalityCode\n      providerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on SignInPayload {\n    accessToken\n    mustChangePassword\n    viewer {\n      id\n      displayName\n      roles\n      municipalityCode\n      providerId\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on SignInPayload {\n    accessToken\n    mustChangePassword\n    viewer {\n      id\n      displayName\n      roles\n      municipalityCode\n      providerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordRecovery($loginOrEmail: String!) {\n    requestPasswordRecovery(loginOrEmail: $loginOrEmail)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordRecovery($loginOrEmail: String!) {\n    requestPasswordRecovery(loginOrEmail: $loginOrEmail)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecoverPassword($token: String!, $newPassword: String!) {\n    recoverPassword(input: { token: $token, newPassword: $newPassword }) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecoverPassword($token: String!, $newPassword: String!) {\n    recoverPassword(input: { token: $token, newPassword: $newPassword }) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword }) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword }) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GosuslugiSignInUrl {\n    gosuslugiSignInUrl\n  }\n"): (typeof documents)["\n  query GosuslugiSignInUrl {\n    gosuslugiSignInUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteGosuslugiSignIn($input: GosuslugiCallbackInput!) {\n    completeGosuslugiSignIn(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteGosuslugiSignIn($input: GosuslugiCallbackInput!) {\n    completeGosuslugiSignIn(input: $input) {\n      ...SessionFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;