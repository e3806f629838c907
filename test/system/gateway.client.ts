import { requiredTestEnv } from '@pdo/service-kit/testing';

// A tiny GraphQL client for system tests: posts to the gateway exactly as the web client does.
export interface GraphQLResult<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** `token` is an access token, or a provider's API key as `ApiKey pdo_…`. */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  url = requiredTestEnv('GATEWAY_URL'),
): Promise<GraphQLResult<T>> {
  const authorization = token ? (token.startsWith('ApiKey ') ? token : `Bearer ${token}`) : undefined;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResult<T>, 'status'>;
  return { status: response.status, ...body };
}

export const errorCodes = (result: GraphQLResult<unknown>) => (result.errors ?? []).map((e) => e.extensions?.code);

export async function signIn(login: string, password = requiredTestEnv('DEMO_PASSWORD')): Promise<string> {
  const result = await graphql<{ signIn: { accessToken: string } }>(
    'mutation ($login: String!, $password: String!) { signIn(input: { login: $login, password: $password }) { accessToken } }',
    { login, password },
  );
  const token = result.data?.signIn.accessToken;
  if (!token) throw new Error(`sign-in as ${login} failed: ${JSON.stringify(result.errors)}`);
  return token;
}
