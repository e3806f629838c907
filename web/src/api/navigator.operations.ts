import { graphql } from '../gql';
import type {
  EnrollmentFieldsFragment,
  GroupFieldsFragment,
  ProgramDetailsFragment,
  ProgramSummaryFragment,
  ProgramWithReviewsFragment,
  ReviewQueueQuery,
} from '../gql/graphql';

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

export type ProgramGroup = GroupFieldsFragment;

export type ProgramSummary = ProgramSummaryFragment;

export type ProgramReview = ProgramWithReviews['reviewHistory'][number];

export type ProgramDetails = ProgramDetailsFragment;

export type { GroupInput, ProgramInput } from '../gql/graphql';

// Spread by the documents below; codegen includes it in each of them.
graphql(`
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
`);

// Spread by the documents below; codegen includes it in each of them.
graphql(`
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
`);

// Spread by the documents below; codegen includes it in each of them.
graphql(`
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
`);

export const SEARCH_PROGRAMS = graphql(`
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
`);

export const PROGRAM = graphql(`
  query Program($id: ID!) {
    program(id: $id) {
      ...ProgramDetails
    }
  }
`);

export type Enrollment = EnrollmentFieldsFragment;

// Spread by the documents below; codegen includes it in each of them.
graphql(`
  fragment EnrollmentFields on Enrollment {
    id
    childId
    child {
      id
      lastName
      firstName
      patronymic
    }
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
    consent {
      method
      methodLabel
      givenAt
    }
    program {
      id
      title
    }
  }
`);

export const MY_ENROLLMENTS = graphql(`
  query MyEnrollments {
    myEnrollments {
      ...EnrollmentFields
    }
  }
`);

export const PROVIDER_ENROLLMENTS = graphql(`
  query ProviderEnrollments($status: String) {
    providerEnrollments(status: $status) {
      ...EnrollmentFields
    }
  }
`);

export const REQUEST_ENROLLMENT = graphql(`
  mutation RequestEnrollment($input: EnrollmentRequestInput!) {
    requestEnrollment(input: $input) {
      ...EnrollmentFields
    }
  }
`);

export const WITHDRAW_ENROLLMENT = graphql(`
  mutation WithdrawEnrollment($id: ID!) {
    withdrawEnrollment(id: $id) {
      ...EnrollmentFields
    }
  }
`);

export const ACCEPT_ENROLLMENT = graphql(`
  mutation AcceptEnrollment($id: ID!) {
    acceptEnrollment(id: $id) {
      ...EnrollmentFields
    }
  }
`);

export const DECLINE_ENROLLMENT = graphql(`
  mutation DeclineEnrollment($id: ID!, $reason: String!) {
    declineEnrollment(id: $id, reason: $reason) {
      ...EnrollmentFields
    }
  }
`);

export type ProgramWithReviews = ProgramWithReviewsFragment;

// Spread by the documents below; codegen includes it in each of them.
graphql(`
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
`);

/** Lists multiply their fields in the gateway's cost limit, so list queries ask only for what they show. */
export type ReviewQueueProgram = ReviewQueueQuery['reviewQueue'][number];

export const REVIEW_QUEUE = graphql(`
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
`);

export const PROVIDER_PROGRAMS = graphql(`
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
`);

export const PROGRAM_FOR_EDIT = graphql(`
  query ProgramForEdit($id: ID!) {
    program(id: $id) {
      ...ProgramWithReviews
    }
  }
`);

export const APPROVE_PROGRAM = graphql(`
  mutation ApproveProgram($id: ID!) {
    approveProgram(id: $id) {
      id
      status
    }
  }
`);

export const RETURN_PROGRAM = graphql(`
  mutation ReturnProgram($id: ID!, $remarks: String!) {
    returnProgram(id: $id, remarks: $remarks) {
      id
      status
    }
  }
`);

export const CREATE_PROGRAM = graphql(`
  mutation CreateProgram($input: ProgramInput!, $idempotencyKey: String) {
    createProgram(input: $input, idempotencyKey: $idempotencyKey) {
      ...ProgramWithReviews
    }
  }
`);

export const UPDATE_PROGRAM = graphql(`
  mutation UpdateProgram($id: ID!, $changes: ProgramChangesInput!) {
    updateProgram(id: $id, changes: $changes) {
      ...ProgramWithReviews
    }
  }
`);

export const SUBMIT_PROGRAM = graphql(`
  mutation SubmitProgram($id: ID!) {
    submitProgram(id: $id) {
      ...ProgramWithReviews
    }
  }
`);

export const ARCHIVE_PROGRAM = graphql(`
  mutation ArchiveProgram($id: ID!) {
    archiveProgram(id: $id) {
      ...ProgramWithReviews
    }
  }
`);

export const ADD_GROUP = graphql(`
  mutation AddGroup($programId: ID!, $input: GroupInput!, $idempotencyKey: String) {
    addGroup(programId: $programId, input: $input, idempotencyKey: $idempotencyKey) {
      ...GroupFields
    }
  }
`);

export const UPDATE_GROUP = graphql(`
  mutation UpdateGroup($id: ID!, $changes: GroupChangesInput!) {
    updateGroup(id: $id, changes: $changes) {
      ...GroupFields
    }
  }
`);
