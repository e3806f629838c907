import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Viewer } from './viewer';

export interface SignInData {
  signIn: { accessToken: string; mustChangePassword: boolean; viewer: Viewer };
}

export interface SignInVariables {
  login: string;
  password: string;
}

export interface MeData {
  me: Viewer | null;
}

export const SIGN_IN: TypedDocumentNode<SignInData, SignInVariables> = gql`
  mutation SignIn($login: String!, $password: String!) {
    signIn(input: { login: $login, password: $password }) {
      accessToken
      mustChangePassword
      viewer {
        id
        displayName
        roles
        municipalityCode
        providerId
      }
    }
  }
`;

export const ME: TypedDocumentNode<MeData, Record<string, never>> = gql`
  query Me {
    me {
      id
      displayName
      roles
      municipalityCode
      providerId
    }
  }
`;

const SESSION_FIELDS = gql`
  fragment SessionFields on SignInPayload {
    accessToken
    mustChangePassword
    viewer {
      id
      displayName
      roles
      municipalityCode
      providerId
    }
  }
`;

export interface Session {
  accessToken: string;
  mustChangePassword: boolean;
  viewer: Viewer;
}

/** The refresh token travels in the httpOnly cookie, so the browser never names it. */
export const REFRESH_SESSION: TypedDocumentNode<{ refreshSession: Session }, Record<string, never>> = gql`
  mutation RefreshSession {
    refreshSession {
      ...SessionFields
    }
  }
  ${SESSION_FIELDS}
`;

export const SIGN_OUT: TypedDocumentNode<{ signOut: boolean }, Record<string, never>> = gql`
  mutation SignOut {
    signOut
  }
`;

export const REQUEST_PASSWORD_RECOVERY: TypedDocumentNode<{ requestPasswordRecovery: boolean }, { loginOrEmail: string }> = gql`
  mutation RequestPasswordRecovery($loginOrEmail: String!) {
    requestPasswordRecovery(loginOrEmail: $loginOrEmail)
  }
`;

export const RECOVER_PASSWORD: TypedDocumentNode<{ recoverPassword: Session }, { token: string; newPassword: string }> = gql`
  mutation RecoverPassword($token: String!, $newPassword: String!) {
    recoverPassword(input: { token: $token, newPassword: $newPassword }) {
      ...SessionFields
    }
  }
  ${SESSION_FIELDS}
`;

export const CHANGE_PASSWORD: TypedDocumentNode<{ changePassword: Session }, { currentPassword: string; newPassword: string }> =
  gql`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
      changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword }) {
        ...SessionFields
      }
    }
    ${SESSION_FIELDS}
  `;

export const GOSUSLUGI_SIGN_IN_URL: TypedDocumentNode<{ gosuslugiSignInUrl: string }, Record<string, never>> = gql`
  query GosuslugiSignInUrl {
    gosuslugiSignInUrl
  }
`;

export const COMPLETE_GOSUSLUGI_SIGN_IN: TypedDocumentNode<
  { completeGosuslugiSignIn: Session },
  { input: { code: string; state: string; iss: string | null } }
> = gql`
  mutation CompleteGosuslugiSignIn($input: GosuslugiCallbackInput!) {
    completeGosuslugiSignIn(input: $input) {
      ...SessionFields
    }
  }
  ${SESSION_FIELDS}
`;
