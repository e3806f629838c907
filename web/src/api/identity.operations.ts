import { graphql } from '../gql';
import type {
  DocumentScanQuery,
  ApiKeyFieldsFragment,
  ChildFieldsFragment,
  ImportProblemFieldsFragment,
  ChildInput,
  DocumentKind,
  SearchChildrenQuery,
  SearchUsersQuery,
} from '../gql/graphql';

export type { ChildInput, DocumentKind } from '../gql/graphql';

export const documentKindLabels: Record<DocumentKind, string> = {
  BIRTH_CERTIFICATE: 'свидетельство о рождении',
  PASSPORT: 'паспорт',
};

export type IdentityDocument = Child['documents'][number];

export type Child = ChildFieldsFragment;

// Spread by the documents below; codegen includes it in each of them.
graphql(`
  fragment ChildFields on Child {
    id
    lastName
    firstName
    patronymic
    birthDate
    sex
    address
    municipalityCode
    attendsSchool
    consentGivenAt
    documents {
      id
      childId
      kind
      series
      number
      issuedOn
      issuer
      divisionCode
      createdAt
      scan {
        fileName
        contentType
        sizeBytes
      }
    }
    certificate {
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
  }
`);

export const MY_CHILDREN = graphql(`
  query MyChildren {
    myChildren {
      ...ChildFields
    }
  }
`);

export const CHILD = graphql(`
  query Child($id: ID!, $reason: String) {
    child(id: $id, reason: $reason) {
      ...ChildFields
    }
  }
`);

export const ADD_CHILD = graphql(`
  mutation AddChild($input: ChildInput!) {
    addChild(input: $input) {
      ...ChildFields
    }
  }
`);

export const UPDATE_CHILD = graphql(`
  mutation UpdateChild($id: ID!, $input: ChildInput!) {
    updateChild(id: $id, input: $input) {
      ...ChildFields
    }
  }
`);

export const GIVE_CONSENT = graphql(`
  mutation GiveConsent($childId: ID!) {
    giveConsent(childId: $childId) {
      id
      consentGivenAt
    }
  }
`);

export const ADD_DOCUMENT = graphql(`
  mutation AddDocument($childId: ID!, $input: DocumentInput!) {
    addDocument(childId: $childId, input: $input) {
      id
      childId
      kind
      series
      number
      issuedOn
      issuer
      divisionCode
      createdAt
      scan {
        fileName
        contentType
        sizeBytes
      }
    }
  }
`);

export function childFullName(child: Pick<ChildInput, 'lastName' | 'firstName' | 'patronymic'>): string {
  return [child.lastName, child.firstName, child.patronymic].filter(Boolean).join(' ');
}

export function documentLabel(document: Pick<IdentityDocument, 'kind' | 'series' | 'number'>): string {
  return `${documentKindLabels[document.kind]} серия ${document.series} № ${document.number}`;
}

export type ApiKey = ApiKeyFieldsFragment;

// Spread by the documents below; codegen includes it in each of them.
graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    createdAt
    revokedAt
    lastUsedAt
  }
`);

export const MY_API_KEYS = graphql(`
  query MyApiKeys {
    myApiKeys {
      ...ApiKeyFields
    }
  }
`);

export const CREATE_API_KEY = graphql(`
  mutation CreateApiKey($name: String!) {
    createApiKey(name: $name) {
      key
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

export const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyFields
    }
  }
`);

export type FoundChild = SearchChildrenQuery['searchChildren'][number];

export const SEARCH_CHILDREN = graphql(`
  query SearchChildren($name: String!, $reason: String) {
    searchChildren(name: $name, reason: $reason) {
      id
      fullName
      birthDate
      parentNames
    }
  }
`);

// A link, not the file: a municipality's register is megabytes, the region's a hundred; the browser streams it.
export const EXPORT_CHILDREN_LINK = graphql(`
  mutation ExportChildrenLink($format: String!, $reason: String!) {
    exportChildrenLink(format: $format, reason: $reason) {
      url
      fileName
      expiresAt
    }
  }
`);

export type FoundUser = SearchUsersQuery['searchUsers'][number];

export const SEARCH_USERS = graphql(`
  query SearchUsers($query: String!, $reason: String) {
    searchUsers(query: $query, reason: $reason) {
      id
      displayName
      login
      roles
      childrenNames
    }
  }
`);

export const IMPORT_FAMILIES = graphql(`
  mutation ImportFamilies($csv: String!) {
    importFamilies(csv: $csv) {
      accounts {
        userId
        login
        temporaryPassword
        displayName
        children
      }
      childrenCount
      credentialsSheet {
        fileName
        contentType
        base64
      }
    }
  }
`);

// No answer holds it: IMPORT_REJECTED lists these in extensions.problems, and the schema gives their type.
graphql(`
  fragment ImportProblemFields on ImportProblem {
    line
    column
    code
    message
  }
`);

/** One line of a refused family file. */
export type ImportProblem = ImportProblemFieldsFragment;

export const ISSUE_PUPIL_LOGIN = graphql(`
  mutation IssuePupilLogin($input: IssuePupilLoginInput!) {
    issuePupilLogin(input: $input) {
      temporaryPassword
      user {
        id
        displayName
      }
    }
  }
`);

export type DocumentScanContent = NonNullable<NonNullable<DocumentScanQuery['document']>['scan']>;

/** A scan opened by staff: identity journals the read with the reason given here. */
export const DOCUMENT_SCAN = graphql(`
  query DocumentScan($id: ID!, $reason: String) {
    document(id: $id, reason: $reason) {
      id
      scan {
        fileName
        contentType
        contentBase64
      }
    }
  }
`);
