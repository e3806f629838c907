import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { getAccessToken } from './auth/access-token';

const authorization = new SetContextLink((prevContext) => {
  const token = getAccessToken();
  return token === null ? {} : { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } };
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([authorization, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
  });
}
