import { graphql } from '../gql';
import type { SessionFieldsFragment } from '../gql/graphql';

export const SIGN_IN = graphql(`
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
`);

export const ME = graphql(`
  query Me {
    me {
      id
      displayName
      roles
      municipalityCode
      providerId
    }
  }
`);

// Spread by the documents below; codegen includes it in each of them.
graphql(`
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
`);

export type Session = SessionFieldsFragment;

/** The refresh token travels in the httpOnly cookie, so the browser never names it. */
export const REFRESH_SESSION = graphql(`
  mutation RefreshSession {
    refreshSession {
      ...SessionFields
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const REQUEST_PASSWORD_RECOVERY = graphql(`
  mutation RequestPasswordRecovery($loginOrEmail: String!) {
    requestPasswordRecovery(loginOrEmail: $loginOrEmail)
  }
`);

export const RECOVER_PASSWORD = graphql(`
  mutation RecoverPassword($token: String!, $newPassword: String!) {
    recoverPassword(input: { token: $token, newPassword: $newPassword }) {
      ...SessionFields
    }
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword }) {
      ...SessionFields
    }
  }
`);

export const GOSUSLUGI_SIGN_IN_URL = graphql(`
  query GosuslugiSignInUrl {
    gosuslugiSignInUrl
  }
`);

export const COMPLETE_GOSUSLUGI_SIGN_IN = graphql(`
  mutation CompleteGosuslugiSignIn($input: GosuslugiCallbackInput!) {
    completeGosuslugiSignIn(input: $input) {
      ...SessionFields
    }
  }
`);
