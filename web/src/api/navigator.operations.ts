import { gql, type TypedDocumentNode } from '@apollo/client';

export type Direction = 'technical' | 'science' | 'sports' | 'arts' | 'tourism' | 'social';

export const directionOptions: { value: Direction; label: string }[] = [
  { value: 'technical', label: 'техническая' },
  { value: 'science', label: 'естественнонаучная' },
  { value: 'sports', label: 'физкультурно-спортивная' },
  { value: 'arts', label: 'художественная' },
  { value: 'tourism', label: 'туристско-краеведческая' },
  { value: 'social', label: 'социально-гуманитарная' },
];

export const registryLabels: Record<string, string> = {
  certified: 'сертифицированная',
  significant: 'значимая',
  pre_professional: 'предпрофессиональная',
  other: 'иная',
};

export const formatLabels: Record<string, string> = { in_person: 'очно', remote: 'дистанционно' };

export const programStatusLabels: Record<string, string> = {
  draft: 'Черновик',
  on_review: 'На проверке',
  published: 'Опубликована',
  returned: 'Возвращена на доработку',
  archived: 'В архиве',
};

export const enrollmentStatusLabels: Record<string, string> = {
  awaiting_funds: 'Резервируются средства сертификата',
  pending_provider: 'Ждёт ответа организации',
  accepted: 'Зачислен',
  rejected: 'Средства не зарезервированы',
  declined: 'Отклонена организацией',
  withdrawn: 'Отозвана',
  expired: 'Истёк срок ответа',
};

export interface ProgramGroup {
  id: string;
  programId: string;
  teacher: string;
  daysOfWeek: number[];
  startTime: string;
  endTime: string;
  seats: number;
  seatsLeft: number;
  startDate: string;
  endDate: string;
}

export interface ProgramSummary {
  id: string;
  title: string;
  description: string;
  direction: string;
  directionLabel: string;
  registry: string;
  municipalityCode: string;
  address: string;
  format: string;
  minAge: number;
  maxAge: number;
  durationMonths: number;
  monthlyPriceKopecks: number;
  status: string;
  provider: { id: string; name: string } | null;
}

export interface ProgramReview {
  decision: string;
  remarks: string | null;
  reviewerId: string;
  reviewedAt: string;
}

export interface ProgramDetails extends ProgramSummary {
  providerId: string;
  hours: number;
  needsMedicalCertificate: boolean;
  suitsDisabilities: boolean;
  groups: ProgramGroup[];
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface ProgramSearchFilter {
  text?: string;
  municipalityCode?: string;
  direction?: string;
  childAge?: number;
  dayOfWeek?: number;
  maxPriceKopecks?: number;
  freeSeatsOnly?: boolean;
  payableByCertificate?: boolean;
}

export interface SearchProgramsData {
  searchPrograms: {
    totalCount: number;
    edges: { cursor: string; node: ProgramSummary }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets: { directions: FacetCount[]; municipalities: FacetCount[] };
  };
}

const PROGRAM_SUMMARY = gql`
  fragment ProgramSummary on Program {
    id
    title
    description
    direction
    directionLabel
    registry
    municipalityCode
    address
    format
    minAge
    maxAge
    durationMonths
    monthlyPriceKopecks
    status
    provider {
      id
      name
    }
  }
`;

const GROUP_FIELDS = gql`
  fragment GroupFields on ProgramGroup {
    id
    programId
    teacher
    daysOfWeek
    startTime
    endTime
    seats
    seatsLeft
    startDate
    endDate
  }
`;

const PROGRAM_DETAILS = gql`
  fragment ProgramDetails on Program {
    ...ProgramSummary
    providerId
    hours
    needsMedicalCertificate
    suitsDisabilities
    groups {
      ...GroupFields
    }
  }
  ${PROGRAM_SUMMARY}
  ${GROUP_FIELDS}
`;

export const SEARCH_PROGRAMS: TypedDocumentNode<
  SearchProgramsData,
  { filter: ProgramSearchFilter; sort?: string | null; first: number; after?: string | null }
> = gql`
  query SearchPrograms($filter: ProgramSearchFilter!, $sort: String, $first: Int!, $after: String) {
    searchPrograms(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ProgramSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        directions {
          value
          label
          count
        }
        municipalities {
          value
          label
          count
        }
      }
    }
  }
  ${PROGRAM_SUMMARY}
`;

export const PROGRAM: TypedDocumentNode<{ program: ProgramDetails | null }, { id: string }> = gql`
  query Program($id: ID!) {
    program(id: $id) {
      ...ProgramDetails
    }
  }
  ${PROGRAM_DETAILS}
`;

export interface Enrollment {
  id: string;
  childId: string;
  programId: string;
  groupId: string;
  status: string;
  monthlyPriceKopecks: number;
  months: number;
  certificateShareKopecks: number | null;
  coPaymentKopecks: number | null;
  rejectionMessage: string | null;
  declineReason: string | null;
  endsOn: string | null;
  requestedAt: string;
  program: { id: string; title: string } | null;
}

const ENROLLMENT_FIELDS = gql`
  fragment EnrollmentFields on Enrollment {
    id
    childId
    programId
    groupId
    status
    monthlyPriceKopecks
    months
    certificateShareKopecks
    coPaymentKopecks
    rejectionMessage
    declineReason
    endsOn
    requestedAt
    program {
      id
      title
    }
  }
`;

export const MY_ENROLLMENTS: TypedDocumentNode<{ myEnrollments: Enrollment[] }, Record<string, never>> = gql`
  query MyEnrollments {
    myEnrollments {
      ...EnrollmentFields
    }
  }
  ${ENROLLMENT_FIELDS}
`;

export const PROVIDER_ENROLLMENTS: TypedDocumentNode<{ providerEnrollments: Enrollment[] }, { status?: string | null }> = gql`
  query ProviderEnrollments($status: String) {
    providerEnrollments(status: $status) {
      ...EnrollmentFields
    }
  }
  ${ENROLLMENT_FIELDS}
`;

export const REQUEST_ENROLLMENT: TypedDocumentNode<
  { requestEnrollment: Enrollment },
  { input: { childId: string; groupId: string; idempotencyKey: string; offerAccepted: true } }
> = gql`
  mutation RequestEnrollment($input: EnrollmentRequestInput!) {
    requestEnrollment(input: $input) {
      ...EnrollmentFields
    }
  }
  ${ENROLLMENT_FIELDS}
`;

export const WITHDRAW_ENROLLMENT: TypedDocumentNode<{ withdrawEnrollment: Enrollment }, { id: string }> = gql`
  mutation WithdrawEnrollment($id: ID!) {
    withdrawEnrollment(id: $id) {
      ...EnrollmentFields
    }
  }
  ${ENROLLMENT_FIELDS}
`;

export const ACCEPT_ENROLLMENT: TypedDocumentNode<{ acceptEnrollment: Enrollment }, { id: string }> = gql`
  mutation AcceptEnrollment($id: ID!) {
    acceptEnrollment(id: $id) {
      ...EnrollmentFields
    }
  }
  ${ENROLLMENT_FIELDS}
`;

export const DECLINE_ENROLLMENT: TypedDocumentNode<{ declineEnrollment: Enrollment }, { id: string; reason: string }> = gql`
  mutation DeclineEnrollment($id: ID!, $reason: String!) {
    declineEnrollment(id: $id, reason: $reason) {
      ...EnrollmentFields
    }
  }
  ${ENROLLMENT_FIELDS}
`;

export interface ProgramWithReviews extends ProgramDetails {
  reviewHistory: ProgramReview[];
  certificateValuePerMonthKopecks: number | null;
  priceExceedsCertificate: boolean;
}

const PROGRAM_WITH_REVIEWS = gql`
  fragment ProgramWithReviews on Program {
    ...ProgramDetails
    certificateValuePerMonthKopecks
    priceExceedsCertificate
    reviewHistory {
      decision
      remarks
      reviewerId
      reviewedAt
    }
  }
  ${PROGRAM_DETAILS}
`;

/** Lists multiply their fields in the gateway's cost limit, so list queries ask only for what they show. */
export interface ReviewQueueProgram {
  id: string;
  title: string;
  description: string;
  directionLabel: string;
  address: string;
  format: string;
  minAge: number;
  maxAge: number;
  durationMonths: number;
  hours: number;
  monthlyPriceKopecks: number;
  provider: { id: string; name: string } | null;
  groups: Omit<ProgramGroup, 'programId' | 'seatsLeft'>[];
  reviewHistory: Pick<ProgramReview, 'decision' | 'remarks'>[];
}

export const REVIEW_QUEUE: TypedDocumentNode<{ reviewQueue: ReviewQueueProgram[] }, Record<string, never>> = gql`
  query ReviewQueue {
    reviewQueue {
      id
      title
      description
      directionLabel
      address
      format
      minAge
      maxAge
      durationMonths
      hours
      monthlyPriceKopecks
      provider {
        id
        name
      }
      groups {
        id
        teacher
        daysOfWeek
        startTime
        endTime
        seats
        startDate
        endDate
      }
      reviewHistory {
        decision
        remarks
      }
    }
  }
`;

export interface ProviderProgramRow {
  id: string;
  title: string;
  status: string;
  monthlyPriceKopecks: number;
  groups: { id: string }[];
}

export const PROVIDER_PROGRAMS: TypedDocumentNode<{ providerPrograms: ProviderProgramRow[] }, Record<string, never>> = gql`
  query ProviderPrograms {
    providerPrograms {
      id
      title
      status
      monthlyPriceKopecks
      groups {
        id
      }
    }
  }
`;

export const PROGRAM_FOR_EDIT: TypedDocumentNode<{ program: ProgramWithReviews | null }, { id: string }> = gql`
  query ProgramForEdit($id: ID!) {
    program(id: $id) {
      ...ProgramWithReviews
    }
  }
  ${PROGRAM_WITH_REVIEWS}
`;

export const APPROVE_PROGRAM: TypedDocumentNode<{ approveProgram: { id: string; status: string } }, { id: string }> = gql`
  mutation ApproveProgram($id: ID!) {
    approveProgram(id: $id) {
      id
      status
    }
  }
`;

export const RETURN_PROGRAM: TypedDocumentNode<
  { returnProgram: { id: string; status: string } },
  { id: string; remarks: string }
> = gql`
  mutation ReturnProgram($id: ID!, $remarks: String!) {
    returnProgram(id: $id, remarks: $remarks) {
      id
      status
    }
  }
`;

export interface ProgramInput {
  title: string;
  description: string;
  direction: string;
  registry: string;
  municipalityCode: string;
  address: string;
  format: string;
  minAge: number;
  maxAge: number;
  durationMonths: number;
  hours: number;
  monthlyPriceKopecks: number;
  needsMedicalCertificate: boolean;
  suitsDisabilities: boolean;
}

export const CREATE_PROGRAM: TypedDocumentNode<
  { createProgram: ProgramWithReviews },
  { input: ProgramInput; idempotencyKey: string }
> = gql`
  mutation CreateProgram($input: ProgramInput!, $idempotencyKey: String) {
    createProgram(input: $input, idempotencyKey: $idempotencyKey) {
      ...ProgramWithReviews
    }
  }
  ${PROGRAM_WITH_REVIEWS}
`;

export const UPDATE_PROGRAM: TypedDocumentNode<
  { updateProgram: ProgramWithReviews },
  { id: string; changes: Partial<ProgramInput> }
> = gql`
  mutation UpdateProgram($id: ID!, $changes: ProgramChangesInput!) {
    updateProgram(id: $id, changes: $changes) {
      ...ProgramWithReviews
    }
  }
  ${PROGRAM_WITH_REVIEWS}
`;

export const SUBMIT_PROGRAM: TypedDocumentNode<{ submitProgram: ProgramWithReviews }, { id: string }> = gql`
  mutation SubmitProgram($id: ID!) {
    submitProgram(id: $id) {
      ...ProgramWithReviews
    }
  }
  ${PROGRAM_WITH_REVIEWS}
`;

export const ARCHIVE_PROGRAM: TypedDocumentNode<{ archiveProgram: ProgramWithReviews }, { id: string }> = gql`
  mutation ArchiveProgram($id: ID!) {
    archiveProgram(id: $id) {
      ...ProgramWithReviews
    }
  }
  ${PROGRAM_WITH_REVIEWS}
`;

export interface GroupInput {
  teacher: string;
  daysOfWeek: number[];
  startTime: string;
  endTime: string;
  seats: number;
  startDate: string;
  endDate: string;
}

export const ADD_GROUP: TypedDocumentNode<
  { addGroup: ProgramGroup },
  { programId: string; input: GroupInput; idempotencyKey: string }
> = gql`
  mutation AddGroup($programId: ID!, $input: GroupInput!, $idempotencyKey: String) {
    addGroup(programId: $programId, input: $input, idempotencyKey: $idempotencyKey) {
      ...GroupFields
    }
  }
  ${GROUP_FIELDS}
`;

export const UPDATE_GROUP: TypedDocumentNode<{ updateGroup: ProgramGroup }, { id: string; changes: Partial<GroupInput> }> = gql`
  mutation UpdateGroup($id: ID!, $changes: GroupChangesInput!) {
    updateGroup(id: $id, changes: $changes) {
      ...GroupFields
    }
  }
  ${GROUP_FIELDS}
`;
