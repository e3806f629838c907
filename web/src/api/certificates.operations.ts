import { graphql } from '../gql';
import type {
  ActivationQueueQuery,
  AddActivatingInstitutionInput,
  ApplicationFieldsFragment,
  CertificateFieldsFragment,
  CertificateGroupsQuery,
  InstitutionFieldsFragment,
  MoveRequestFieldsFragment,
  MunicipalityReferenceQuery,
} from '../gql/graphql';

export type CertificateGroup = NonNullable<CertificateGroupsQuery['municipality']>['certificateGroups'][number];

export const MUNICIPALITIES = graphql(`
  query Municipalities {
    municipalities {
      code
      name
    }
  }
`);

export const CERTIFICATE_GROUPS = graphql(`
  query CertificateGroups($code: String!) {
    municipality(code: $code) {
      code
      name
      certificateGroups {
        id
        name
        minAge
        maxAge
      }
    }
  }
`);

export type CertificateApplication = ApplicationFieldsFragment;

// Spread by the documents below; codegen includes it in each of them.
graphql(`
  fragment ApplicationFields on CertificateApplication {
    id
    applicationNumber
    childId
    email
    status
    createdAt
  }
`);

export const MY_APPLICATIONS = graphql(`
  query MyApplications {
    myApplications {
      ...ApplicationFields
    }
  }
`);

export const APPLY_FOR_CERTIFICATE = graphql(`
  mutation ApplyForCertificate($input: ApplyForCertificateInput!) {
    applyForCertificate(input: $input) {
      ...ApplicationFields
    }
  }
`);

export const ENTER_APPLICATION = graphql(`
  mutation EnterApplication($input: EnterApplicationInput!) {
    enterApplication(input: $input) {
      ...ApplicationFields
    }
  }
`);

export const RESEND_CONFIRMATION = graphql(`
  mutation ResendConfirmation($applicationId: ID!) {
    resendConfirmation(applicationId: $applicationId) {
      ...ApplicationFields
    }
  }
`);

/** All the link holder learns: the application, without the e-mail or the child. */
export const CONFIRM_EMAIL = graphql(`
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token) {
      id
      applicationNumber
      status
    }
  }
`);

export type Certificate = CertificateFieldsFragment;

// Spread by the documents below; codegen includes it in each of them.
graphql(`
  fragment CertificateFields on Certificate {
    id
    number
    childId
    documentId
    status
    statusLabel
    createdAt
    activatedAt
    checkedDocuments
    terminationReason
    groupName
    applicationNumber
    municipality {
      code
      name
    }
    pendingMove {
      id
      toMunicipalityCode
    }
  }
`);

export const ISSUE_CERTIFICATE = graphql(`
  mutation IssueCertificate($input: IssueCertificateInput!) {
    issueCertificate(input: $input) {
      ...CertificateFields
    }
  }
`);

export const CERTIFICATE_BY_NUMBER = graphql(`
  query CertificateByNumber($number: String!) {
    certificate(number: $number) {
      ...CertificateFields
    }
  }
`);

export const FIND_CERTIFICATES = graphql(`
  query FindCertificates($number: String!) {
    findCertificates(query: { number: $number }) {
      ...CertificateFields
    }
  }
`);

export const ACTIVATE_CERTIFICATE = graphql(`
  mutation ActivateCertificate($input: ActivateCertificateInput!) {
    activateCertificate(input: $input) {
      ...CertificateFields
    }
  }
`);

export const SUSPEND_CERTIFICATE = graphql(`
  mutation SuspendCertificate($input: ChangeCertificateStatusInput!) {
    suspendCertificate(input: $input) {
      ...CertificateFields
    }
  }
`);

export const RESUME_CERTIFICATE = graphql(`
  mutation ResumeCertificate($input: ChangeCertificateStatusInput!) {
    resumeCertificate(input: $input) {
      ...CertificateFields
    }
  }
`);

export const TERMINATE_CERTIFICATE = graphql(`
  mutation TerminateCertificate($input: ChangeCertificateStatusInput!) {
    terminateCertificate(input: $input) {
      ...CertificateFields
    }
  }
`);

export const BALANCE = graphql(`
  query CertificateBalance($number: String!) {
    certificate(number: $number) {
      id
      balance {
        balanceKopecks
        reservedKopecks
        openedWithKopecks
        periodStart
        accountingOnlyReason
      }
      movements {
        id
        kind
        amountKopecks
        enrollmentId
        createdAt
      }
    }
  }
`);

export const movementLabels: Record<string, string> = {
  opening: 'Начисление норматива',
  reservation: 'Резерв под заявку на обучение',
  release: 'Снятие резерва',
  charge: 'Оплата занятий',
  period_close: 'Закрытие учебного года',
};

/** Documents the parent brings for activation (seed, step 14). */
export const activationDocuments = [
  { value: 'application_form', label: 'Заявление и согласие на обработку персональных данных (заполненные и распечатанные)' },
  { value: 'applicant_passport', label: 'Паспорт заявителя' },
  { value: 'child_document', label: 'Свидетельство о рождении ребёнка (паспорт ребёнка с 14 лет)' },
  { value: 'residence_proof', label: 'Документ, подтверждающий прописку ребёнка на территории муниципального образования' },
] as const;

export type ActivationQueue = ActivationQueueQuery['activationQueue'];

export const ACTIVATION_QUEUE = graphql(`
  query ActivationQueue($first: Int!, $after: String) {
    activationQueue(first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      items {
        id
        number
        createdAt
        statusLabel
        groupName
        child {
          id
          lastName
          firstName
          patronymic
          birthDate
        }
      }
    }
  }
`);

export const CHILD_CERTIFICATE = graphql(`
  query ChildCertificate($id: ID!, $reason: String) {
    child(id: $id, reason: $reason) {
      id
      certificate {
        id
        number
        statusLabel
      }
    }
  }
`);

export type SupportCentre = NonNullable<NonNullable<MunicipalityReferenceQuery['municipality']>['supportCentre']>;

export type ActivatingInstitution = InstitutionFieldsFragment;

// Spread by the documents below; codegen includes it in each of them.
graphql(`
  fragment InstitutionFields on ActivatingInstitution {
    id
    name
    address
    phone
    acceptsApplications
  }
`);

export const MUNICIPALITY_REFERENCE = graphql(`
  query MunicipalityReference($code: String!) {
    municipality(code: $code) {
      code
      name
      supportCentre {
        name
        address
        phone
        updatedAt
      }
      activatingInstitutions {
        ...InstitutionFields
      }
      certificateGroups {
        id
        name
        minAge
        maxAge
      }
    }
  }
`);

export const UPDATE_SUPPORT_CENTRE = graphql(`
  mutation UpdateSupportCentre($input: UpdateSupportCentreInput!) {
    updateSupportCentre(input: $input) {
      name
      address
      phone
      updatedAt
    }
  }
`);

export type InstitutionInput = Omit<AddActivatingInstitutionInput, 'municipalityCode'>;

export const ADD_ACTIVATING_INSTITUTION = graphql(`
  mutation AddActivatingInstitution($input: AddActivatingInstitutionInput!) {
    addActivatingInstitution(input: $input) {
      ...InstitutionFields
    }
  }
`);

export const UPDATE_ACTIVATING_INSTITUTION = graphql(`
  mutation UpdateActivatingInstitution($input: UpdateActivatingInstitutionInput!) {
    updateActivatingInstitution(input: $input) {
      ...InstitutionFields
    }
  }
`);

export const REMOVE_ACTIVATING_INSTITUTION = graphql(`
  mutation RemoveActivatingInstitution($id: ID!) {
    removeActivatingInstitution(id: $id)
  }
`);

export const ADD_CERTIFICATE_GROUP = graphql(`
  mutation AddCertificateGroup($input: AddCertificateGroupInput!) {
    addCertificateGroup(input: $input) {
      id
      name
      minAge
      maxAge
    }
  }
`);

export const UPDATE_CERTIFICATE_GROUP = graphql(`
  mutation UpdateCertificateGroup($input: UpdateCertificateGroupInput!) {
    updateCertificateGroup(input: $input) {
      id
      name
      minAge
      maxAge
    }
  }
`);

export type CertificateMoveRequest = MoveRequestFieldsFragment;

// Spread by the documents below; codegen includes it in each of them.
graphql(`
  fragment MoveRequestFields on CertificateMoveRequest {
    id
    certificateId
    certificateNumber
    fromMunicipalityCode
    toMunicipalityCode
    status
    requestedAt
  }
`);

export const CERTIFICATE_MOVE_REQUESTS = graphql(`
  query CertificateMoveRequests {
    certificateMoveRequests {
      ...MoveRequestFields
    }
  }
`);

export const CONFIRM_CERTIFICATE_MOVE = graphql(`
  mutation ConfirmCertificateMove($requestId: ID!) {
    confirmCertificateMove(requestId: $requestId) {
      ...MoveRequestFields
    }
  }
`);

export const REFUSE_CERTIFICATE_MOVE = graphql(`
  mutation RefuseCertificateMove($requestId: ID!, $reason: String!) {
    refuseCertificateMove(requestId: $requestId, reason: $reason) {
      ...MoveRequestFields
    }
  }
`);
