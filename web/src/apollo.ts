import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { OperationTypeNode } from 'graphql';
import { getAccessToken } from './auth/access-token';

const authorization = new SetContextLink((prevContext) => {
  const token = getAccessToken();
  return token === null ? {} : { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } };
});

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A visitor's queries (the catalogue, a program, the reference data) go by GET, which the gateway lets the Ingress
 * keep for a second: a campaign morning's crowd then reads one answer. They are persisted queries, sent by their
 * hash (the gateway learns the text on its first miss), so a URL is short and one search is one cache key. A
 * signed-in person's go by POST, so their variables (a name searched, a child's id) never stand in a URL in an
 * access log; mutations always by POST.
 */
const byGet = new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(
  new HttpLink({ uri: '/graphql', useGETForQueries: true }),
);
const byPost = new HttpLink({ uri: '/graphql' });

const isPublicRead = (operation: ApolloLink.Operation) =>
  operation.operationType === OperationTypeNode.QUERY && getAccessToken() === null;

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([authorization, ApolloLink.split(isPublicRead, byGet, byPost)]),
    cache: new InMemoryCache(),
  });
}
