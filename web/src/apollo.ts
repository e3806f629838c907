import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { OperationTypeNode } from 'graphql';
import { getAccessToken } from './auth/access-token';

const authorization = new SetContextLink((prevContext) => {
  const token = getAccessToken();
  return token === null ? {} : { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } };
});

/**
 * A visitor's queries (the catalogue, a program, the reference data) go by GET, which the gateway lets the Ingress
 * keep for a second: a campaign morning's crowd then reads one answer. A signed-in person's go by POST, so their
 * variables (a name searched, a child's id) never stand in a URL in an access log; mutations always by POST.
 */
const byGet = new HttpLink({ uri: '/graphql', useGETForQueries: true });
const byPost = new HttpLink({ uri: '/graphql' });

const isPublicRead = (operation: ApolloLink.Operation) =>
  operation.operationType === OperationTypeNode.QUERY && getAccessToken() === null;

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([authorization, ApolloLink.split(isPublicRead, byGet, byPost)]),
    cache: new InMemoryCache(),
  });
}
