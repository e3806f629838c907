import { buildSubgraph, parseCookies, type ForwardedHttp, type Role, type Viewer } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type Executed, type TestDatabase } from '@pdo/service-kit/testing';
import type { GraphQLSchema } from 'graphql';
import { UserEntity } from '../src/entities/user.entity';
import { identityService } from '../src/identity.service';

export interface IdentityHarness {
  db: TestDatabase;
  schema: GraphQLSchema;
  /** runs an operation as the viewer; fails the test on errors unless `expectErrors` is used */
  run<T>(viewer: Partial<Viewer>, query: string, variables?: Record<string, unknown>): Promise<T>;
  errorOf(
    viewer: Partial<Viewer>,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ code: unknown; message: string }>;
  count(table: string): Promise<number>;
  /** runs an operation as it would arrive through the gateway from a browser with this cookie jar */
  browse<T>(jar: CookieJar, query: string, variables?: Record<string, unknown>, viewer?: Partial<Viewer>): Promise<Executed<T>>;
}

/** What a browser keeps between requests: cookies set by earlier answers, sent with the next ones. */
export interface CookieJar {
  cookies: Record<string, string>;
  /** every Set-Cookie header received, oldest first */
  received: string[];
  clientAddress: string | null;
}

export const cookieJar = (clientAddress: string | null = null): CookieJar => ({ cookies: {}, received: [], clientAddress });

const httpOf = (jar: CookieJar): ForwardedHttp => ({
  clientAddress: jar.clientAddress,
  cookies: { ...jar.cookies },
  setCookie(header: string) {
    jar.received.push(header);
    const [name, value] = Object.entries(parseCookies(header.split(';')[0]))[0];
    if (value === '') delete jar.cookies[name];
    else jar.cookies[name] = value;
  },
});

export async function startIdentity(): Promise<IdentityHarness> {
  const db = await createTestDatabase(identityService);
  const schema = await buildSubgraph(identityService.subgraph);
  return {
    db,
    schema,
    async run<T>(viewer: Partial<Viewer>, query: string, variables: Record<string, unknown> = {}) {
      const result = await executeAs<T>(schema, db.dataSource, viewer, query, variables);
      if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
      return result.data as T;
    },
    async errorOf(viewer: Partial<Viewer>, query: string, variables: Record<string, unknown> = {}) {
      const result = await executeAs(schema, db.dataSource, viewer, query, variables);
      if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
      return result.errors[0];
    },
    browse<T>(jar: CookieJar, query: string, variables: Record<string, unknown> = {}, viewer: Partial<Viewer> = {}) {
      return executeAs<T>(schema, db.dataSource, viewer, query, variables, httpOf(jar));
    },
    async count(table: string) {
      const [row] = (await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
      return row.n;
    },
  };
}

/** A user row and the viewer the gateway would forward for them. */
export async function addUser(
  harness: IdentityHarness,
  login: string,
  roles: Role[],
  municipalityCode: string | null = null,
  passwordHash = 'not-a-hash',
): Promise<Viewer> {
  const user = await harness.db.dataSource
    .getRepository(UserEntity)
    .save({ login, passwordHash, displayName: login, roles, municipalityCode, providerId: null });
  return { userId: user.id, roles, municipalityCode, providerId: null, viaApiKey: false };
}
