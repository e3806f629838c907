import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Certificate } from './certificates.operations';

export type Sex = 'MALE' | 'FEMALE';
export type DocumentKind = 'BIRTH_CERTIFICATE' | 'PASSPORT';

export const documentKindLabels: Record<DocumentKind, string> = {
  BIRTH_CERTIFICATE: 'свидетельство о рождении',
  PASSPORT: 'паспорт',
};

export interface IdentityDocument {
  id: string;
  childId: string;
  kind: DocumentKind;
  series: string;
  number: string;
  issuedOn: string;
  issuer: string;
  divisionCode: string | null;
  createdAt: string;
  scan: { fileName: string; contentType: string; sizeBytes: number } | null;
}

export interface ChildInput {
  lastName: string;
  firstName: string;
  patronymic: string | null;
  birthDate: string;
  sex: Sex;
  address: string;
  municipalityCode: string;
  attendsSchool: boolean;
}

export interface Child extends ChildInput {
  id: string;
  consentGivenAt: string | null;
  documents: IdentityDocument[];
  certificate: Certificate | null;
}

const CHILD_FIELDS = gql`
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
    }
  }
`;

export const MY_CHILDREN: TypedDocumentNode<{ myChildren: Child[] }, Record<string, never>> = gql`
  query MyChildren {
    myChildren {
      ...ChildFields
    }
  }
  ${CHILD_FIELDS}
`;

export const CHILD: TypedDocumentNode<{ child: Child }, { id: string; reason?: string | null }> = gql`
  query Child($id: ID!, $reason: String) {
    child(id: $id, reason: $reason) {
      ...ChildFields
    }
  }
  ${CHILD_FIELDS}
`;

export const ADD_CHILD: TypedDocumentNode<{ addChild: Child }, { input: ChildInput }> = gql`
  mutation AddChild($input: ChildInput!) {
    addChild(input: $input) {
      ...ChildFields
    }
  }
  ${CHILD_FIELDS}
`;

export const UPDATE_CHILD: TypedDocumentNode<{ updateChild: Child }, { id: string; input: ChildInput }> = gql`
  mutation UpdateChild($id: ID!, $input: ChildInput!) {
    updateChild(id: $id, input: $input) {
      ...ChildFields
    }
  }
  ${CHILD_FIELDS}
`;

export const GIVE_CONSENT: TypedDocumentNode<
  { giveConsent: { id: string; consentGivenAt: string | null } },
  { childId: string }
> = gql`
  mutation GiveConsent($childId: ID!) {
    giveConsent(childId: $childId) {
      id
      consentGivenAt
    }
  }
`;

export interface DocumentInput {
  kind: DocumentKind;
  series: string;
  number: string;
  issuedOn: string;
  issuer: string;
  divisionCode: string | null;
  scan: { fileName: string; contentBase64: string };
}

export const ADD_DOCUMENT: TypedDocumentNode<{ addDocument: IdentityDocument }, { childId: string; input: DocumentInput }> = gql`
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
`;

export function childFullName(child: Pick<ChildInput, 'lastName' | 'firstName' | 'patronymic'>): string {
  return [child.lastName, child.firstName, child.patronymic].filter(Boolean).join(' ');
}

export function documentLabel(document: Pick<IdentityDocument, 'kind' | 'series' | 'number'>): string {
  return `${documentKindLabels[document.kind]} серия ${document.series} № ${document.number}`;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

const API_KEY_FIELDS = gql`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    createdAt
    revokedAt
    lastUsedAt
  }
`;

export const MY_API_KEYS: TypedDocumentNode<{ myApiKeys: ApiKey[] }, Record<string, never>> = gql`
  query MyApiKeys {
    myApiKeys {
      ...ApiKeyFields
    }
  }
  ${API_KEY_FIELDS}
`;

export const CREATE_API_KEY: TypedDocumentNode<{ createApiKey: { key: string; apiKey: ApiKey } }, { name: string }> = gql`
  mutation CreateApiKey($name: String!) {
    createApiKey(name: $name) {
      key
      apiKey {
        ...ApiKeyFields
      }
    }
  }
  ${API_KEY_FIELDS}
`;

export const REVOKE_API_KEY: TypedDocumentNode<{ revokeApiKey: ApiKey }, { id: string }> = gql`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyFields
    }
  }
  ${API_KEY_FIELDS}
`;

export interface FoundChild {
  id: string;
  fullName: string;
  birthDate: string;
  parentNames: string[];
}

export const SEARCH_CHILDREN: TypedDocumentNode<{ searchChildren: FoundChild[] }, { name: string; reason: string }> = gql`
  query SearchChildren($name: String!, $reason: String) {
    searchChildren(name: $name, reason: $reason) {
      id
      fullName
      birthDate
      parentNames
    }
  }
`;

export interface FoundUser {
  id: string;
  displayName: string;
  login: string;
  roles: string[];
  childrenNames: string[];
}

export const SEARCH_USERS: TypedDocumentNode<{ searchUsers: FoundUser[] }, { query: string; reason: string }> = gql`
  query SearchUsers($query: String!, $reason: String) {
    searchUsers(query: $query, reason: $reason) {
      id
      displayName
      login
      roles
      childrenNames
    }
  }
`;

export interface ImportedAccount {
  userId: string;
  login: string;
  temporaryPassword: string;
  displayName: string;
  children: string[];
}

export interface FamilyImport {
  accounts: ImportedAccount[];
  childrenCount: number;
  credentialsSheet: { fileName: string; contentType: string; base64: string };
}

export const IMPORT_FAMILIES: TypedDocumentNode<{ importFamilies: FamilyImport }, { csv: string }> = gql`
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
`;

/** One line of a refused family file, as IMPORT_REJECTED lists them in extensions.problems. */
export interface ImportProblem {
  line: number;
  column: string | null;
  code: string;
  message: string;
}

export const ISSUE_PUPIL_LOGIN: TypedDocumentNode<
  { issuePupilLogin: { temporaryPassword: string; user: { id: string; displayName: string } } },
  { input: { childId: string; login: string } }
> = gql`
  mutation IssuePupilLogin($input: IssuePupilLoginInput!) {
    issuePupilLogin(input: $input) {
      temporaryPassword
      user {
        id
        displayName
      }
    }
  }
`;

export interface DocumentScanContent {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

/** A scan opened by staff: identity journals the read with the reason given here. */
export const DOCUMENT_SCAN: TypedDocumentNode<
  { document: { id: string; scan: DocumentScanContent | null } },
  { id: string; reason: string }
> = gql`
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
`;
