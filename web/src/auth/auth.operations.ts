import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Viewer } from './viewer';

export interface SignInData {
  signIn: { accessToken: string; viewer: Viewer };
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
