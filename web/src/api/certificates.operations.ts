import { gql, type TypedDocumentNode } from '@apollo/client';

export interface CertificateGroup {
  id: string;
  name: string;
  minAge: number;
  maxAge: number;
}

export interface Municipality {
  code: string;
  name: string;
}

export const MUNICIPALITIES: TypedDocumentNode<{ municipalities: Municipality[] }, Record<string, never>> = gql`
  query Municipalities {
    municipalities {
      code
      name
    }
  }
`;

export const CERTIFICATE_GROUPS: TypedDocumentNode<
  { municipality: (Municipality & { certificateGroups: CertificateGroup[] }) | null },
  { code: string }
> = gql`
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
`;

export type ApplicationStatus = 'email_pending' | 'email_confirmed' | 'certificate_issued';

export interface CertificateApplication {
  id: string;
  applicationNumber: number;
  childId: string;
  email: string | null;
  status: ApplicationStatus;
  createdAt: string;
}

const APPLICATION_FIELDS = gql`
  fragment ApplicationFields on CertificateApplication {
    id
    applicationNumber
    childId
    email
    status
    createdAt
  }
`;

export const MY_APPLICATIONS: TypedDocumentNode<{ myApplications: CertificateApplication[] }, Record<string, never>> = gql`
  query MyApplications {
    myApplications {
      ...ApplicationFields
    }
  }
  ${APPLICATION_FIELDS}
`;

export const APPLY_FOR_CERTIFICATE: TypedDocumentNode<
  { applyForCertificate: CertificateApplication },
  { input: { childId: string; email: string } }
> = gql`
  mutation ApplyForCertificate($input: ApplyForCertificateInput!) {
    applyForCertificate(input: $input) {
      ...ApplicationFields
    }
  }
  ${APPLICATION_FIELDS}
`;

export const ENTER_APPLICATION: TypedDocumentNode<
  { enterApplication: CertificateApplication },
  { input: { childId: string; parentUserId: string; email: string | null } }
> = gql`
  mutation EnterApplication($input: EnterApplicationInput!) {
    enterApplication(input: $input) {
      ...ApplicationFields
    }
  }
  ${APPLICATION_FIELDS}
`;

export const RESEND_CONFIRMATION: TypedDocumentNode<{ resendConfirmation: CertificateApplication }, { applicationId: string }> =
  gql`
    mutation ResendConfirmation($applicationId: ID!) {
      resendConfirmation(applicationId: $applicationId) {
        ...ApplicationFields
      }
    }
    ${APPLICATION_FIELDS}
  `;

/** All the link holder learns: the application, without the e-mail or the child. */
export interface EmailConfirmation {
  id: string;
  applicationNumber: number;
  status: CertificateApplication['status'];
}

export const CONFIRM_EMAIL: TypedDocumentNode<{ confirmEmail: EmailConfirmation }, { token: string }> = gql`
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token) {
      id
      applicationNumber
      status
    }
  }
`;

export type CertificateStatus = 'inactive' | 'active' | 'suspended' | 'terminated';

export interface AccountMovement {
  id: string;
  kind: string;
  amountKopecks: number;
  enrollmentId: string | null;
  createdAt: string;
}

export interface Certificate {
  id: string;
  number: string;
  childId: string;
  documentId: string;
  status: CertificateStatus;
  statusLabel: string;
  createdAt: string;
  activatedAt: string | null;
  checkedDocuments: string[] | null;
  terminationReason: string | null;
  groupName: string;
  applicationNumber: number;
  municipality: Municipality;
  /** a move the new municipality's МОЦ has yet to confirm */
  pendingMove: { id: string; toMunicipalityCode: string } | null;
}

const CERTIFICATE_FIELDS = gql`
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
`;

export const ISSUE_CERTIFICATE: TypedDocumentNode<
  { issueCertificate: Certificate },
  { input: { applicationId: string; groupId: string; documentId: string } }
> = gql`
  mutation IssueCertificate($input: IssueCertificateInput!) {
    issueCertificate(input: $input) {
      ...CertificateFields
    }
  }
  ${CERTIFICATE_FIELDS}
`;

export const CERTIFICATE_BY_NUMBER: TypedDocumentNode<{ certificate: Certificate | null }, { number: string }> = gql`
  query CertificateByNumber($number: String!) {
    certificate(number: $number) {
      ...CertificateFields
    }
  }
  ${CERTIFICATE_FIELDS}
`;

export const FIND_CERTIFICATES: TypedDocumentNode<{ findCertificates: Certificate[] }, { number: string }> = gql`
  query FindCertificates($number: String!) {
    findCertificates(query: { number: $number }) {
      ...CertificateFields
    }
  }
  ${CERTIFICATE_FIELDS}
`;

export const ACTIVATE_CERTIFICATE: TypedDocumentNode<
  { activateCertificate: Certificate },
  { input: { certificateId: string; checkedDocuments: string[] } }
> = gql`
  mutation ActivateCertificate($input: ActivateCertificateInput!) {
    activateCertificate(input: $input) {
      ...CertificateFields
    }
  }
  ${CERTIFICATE_FIELDS}
`;

type StatusChange = TypedDocumentNode<Record<string, Certificate>, { input: { certificateId: string; reason: string | null } }>;

export const SUSPEND_CERTIFICATE: StatusChange = gql`
  mutation SuspendCertificate($input: ChangeCertificateStatusInput!) {
    suspendCertificate(input: $input) {
      ...CertificateFields
    }
  }
  ${CERTIFICATE_FIELDS}
`;

export const RESUME_CERTIFICATE: StatusChange = gql`
  mutation ResumeCertificate($input: ChangeCertificateStatusInput!) {
    resumeCertificate(input: $input) {
      ...CertificateFields
    }
  }
  ${CERTIFICATE_FIELDS}
`;

export const TERMINATE_CERTIFICATE: StatusChange = gql`
  mutation TerminateCertificate($input: ChangeCertificateStatusInput!) {
    terminateCertificate(input: $input) {
      ...CertificateFields
    }
  }
  ${CERTIFICATE_FIELDS}
`;

export const BALANCE: TypedDocumentNode<
  {
    certificate: {
      id: string;
      balance: {
        balanceKopecks: number;
        reservedKopecks: number;
        openedWithKopecks: number;
        periodStart: string;
        accountingOnlyReason: string | null;
      } | null;
      movements: AccountMovement[];
    } | null;
  },
  { number: string }
> = gql`
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
`;

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

export interface ActivationQueue {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  items: {
    id: string;
    number: string;
    createdAt: string;
    statusLabel: string;
    groupName: string;
    child: { id: string; lastName: string; firstName: string; patronymic: string | null; birthDate: string };
  }[];
}

export const ACTIVATION_QUEUE: TypedDocumentNode<{ activationQueue: ActivationQueue }, { first: number; after?: string | null }> =
  gql`
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
  `;

export const CHILD_CERTIFICATE: TypedDocumentNode<
  { child: { id: string; certificate: { id: string; number: string; statusLabel: string } | null } },
  { id: string; reason: string }
> = gql`
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
`;

export interface SupportCentre {
  name: string;
  address: string;
  phone: string;
  updatedAt: string;
}

export interface ActivatingInstitution {
  id: string;
  name: string;
  address: string;
  phone: string | null;
  acceptsApplications: boolean;
}

export interface MunicipalityReference extends Municipality {
  supportCentre: SupportCentre | null;
  activatingInstitutions: ActivatingInstitution[];
  certificateGroups: CertificateGroup[];
}

const INSTITUTION_FIELDS = gql`
  fragment InstitutionFields on ActivatingInstitution {
    id
    name
    address
    phone
    acceptsApplications
  }
`;

export const MUNICIPALITY_REFERENCE: TypedDocumentNode<{ municipality: MunicipalityReference | null }, { code: string }> = gql`
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
  ${INSTITUTION_FIELDS}
`;

export const UPDATE_SUPPORT_CENTRE: TypedDocumentNode<
  { updateSupportCentre: SupportCentre },
  { input: { municipalityCode: string; name: string; address: string; phone: string } }
> = gql`
  mutation UpdateSupportCentre($input: UpdateSupportCentreInput!) {
    updateSupportCentre(input: $input) {
      name
      address
      phone
      updatedAt
    }
  }
`;

export interface InstitutionInput {
  name: string;
  address: string;
  phone: string | null;
  acceptsApplications: boolean;
}

export const ADD_ACTIVATING_INSTITUTION: TypedDocumentNode<
  { addActivatingInstitution: ActivatingInstitution },
  { input: InstitutionInput & { municipalityCode: string } }
> = gql`
  mutation AddActivatingInstitution($input: AddActivatingInstitutionInput!) {
    addActivatingInstitution(input: $input) {
      ...InstitutionFields
    }
  }
  ${INSTITUTION_FIELDS}
`;

export const UPDATE_ACTIVATING_INSTITUTION: TypedDocumentNode<
  { updateActivatingInstitution: ActivatingInstitution },
  { input: InstitutionInput & { id: string } }
> = gql`
  mutation UpdateActivatingInstitution($input: UpdateActivatingInstitutionInput!) {
    updateActivatingInstitution(input: $input) {
      ...InstitutionFields
    }
  }
  ${INSTITUTION_FIELDS}
`;

export const REMOVE_ACTIVATING_INSTITUTION: TypedDocumentNode<{ removeActivatingInstitution: string }, { id: string }> = gql`
  mutation RemoveActivatingInstitution($id: ID!) {
    removeActivatingInstitution(id: $id)
  }
`;

export const ADD_CERTIFICATE_GROUP: TypedDocumentNode<
  { addCertificateGroup: CertificateGroup },
  { input: { municipalityCode: string; name: string; minAge: number; maxAge: number } }
> = gql`
  mutation AddCertificateGroup($input: AddCertificateGroupInput!) {
    addCertificateGroup(input: $input) {
      id
      name
      minAge
      maxAge
    }
  }
`;

export const UPDATE_CERTIFICATE_GROUP: TypedDocumentNode<
  { updateCertificateGroup: CertificateGroup },
  { input: { id: string; minAge: number; maxAge: number } }
> = gql`
  mutation UpdateCertificateGroup($input: UpdateCertificateGroupInput!) {
    updateCertificateGroup(input: $input) {
      id
      name
      minAge
      maxAge
    }
  }
`;

export interface CertificateMoveRequest {
  id: string;
  certificateId: string;
  certificateNumber: string;
  fromMunicipalityCode: string;
  toMunicipalityCode: string;
  status: 'pending' | 'confirmed' | 'refused' | 'withdrawn';
  requestedAt: string;
}

const MOVE_REQUEST_FIELDS = gql`
  fragment MoveRequestFields on CertificateMoveRequest {
    id
    certificateId
    certificateNumber
    fromMunicipalityCode
    toMunicipalityCode
    status
    requestedAt
  }
`;

export const CERTIFICATE_MOVE_REQUESTS: TypedDocumentNode<
  { certificateMoveRequests: CertificateMoveRequest[] },
  Record<string, never>
> = gql`
  query CertificateMoveRequests {
    certificateMoveRequests {
      ...MoveRequestFields
    }
  }
  ${MOVE_REQUEST_FIELDS}
`;

export const CONFIRM_CERTIFICATE_MOVE: TypedDocumentNode<
  { confirmCertificateMove: CertificateMoveRequest },
  { requestId: string }
> = gql`
  mutation ConfirmCertificateMove($requestId: ID!) {
    confirmCertificateMove(requestId: $requestId) {
      ...MoveRequestFields
    }
  }
  ${MOVE_REQUEST_FIELDS}
`;

export const REFUSE_CERTIFICATE_MOVE: TypedDocumentNode<
  { refuseCertificateMove: CertificateMoveRequest },
  { requestId: string; reason: string }
> = gql`
  mutation RefuseCertificateMove($requestId: ID!, $reason: String!) {
    refuseCertificateMove(requestId: $requestId, reason: $reason) {
      ...MoveRequestFields
    }
  }
  ${MOVE_REQUEST_FIELDS}
`;
