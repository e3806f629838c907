import type * as OpenId from 'openid-client';
import { DomainError } from '@pdo/service-kit';
import type { GosuslugiClaims } from '../domain/gosuslugi.rules';
import { identityConfig } from '../identity.config';

/** The one error the web shows as «Госуслуги недоступны»: not configured, unreachable, or answering nonsense. */
export const gosuslugiUnavailable = () =>
  new DomainError(
    'GOSUSLUGI_UNAVAILABLE',
    'Вход через Госуслуги сейчас недоступен. Попробуйте позже или войдите по логину и паролю.',
  );

export const gosuslugiSignInFailed = () =>
  new DomainError('GOSUSLUGI_SIGN_IN_FAILED', 'Не удалось завершить вход через Госуслуги. Начните вход заново.');

interface Provider {
  openId: typeof OpenId;
  configuration: OpenId.Configuration;
  redirectUri: string;
  scope: string;
}

const REQUEST_TIMEOUT_SECONDS = 10;
let discovered: { issuer: string; configuration: Promise<OpenId.Configuration> } | undefined;

/**
 * openid-client is an ES module: it is loaded on first use, so the service (and tests that never reach
 * Gosuslugi) start without it. Discovery is kept once it succeeds and retried after a failure.
 */
async function provider(): Promise<Provider> {
  const config = identityConfig();
  const { ESIA_ISSUER: issuer, ESIA_CLIENT_ID: clientId, ESIA_CLIENT_SECRET: clientSecret } = config;
  if (!issuer || !clientId || !clientSecret) throw gosuslugiUnavailable();
  const openId = await import('openid-client');
  if (discovered?.issuer !== issuer) {
    // plain HTTP only for a local provider outside production (tests, development)
    const insecure = new URL(issuer).protocol === 'http:' && config.NODE_ENV !== 'production';
    const configuration = openId.discovery(new URL(issuer), clientId, undefined, openId.ClientSecretPost(clientSecret), {
      timeout: REQUEST_TIMEOUT_SECONDS,
      ...(insecure ? { execute: [openId.allowInsecureRequests] } : {}),
    });
    discovered = { issuer, configuration };
    configuration.catch(() => {
      if (discovered?.configuration === configuration) discovered = undefined;
    });
  }
  const configuration = await discovered.configuration.catch(() => {
    throw gosuslugiUnavailable();
  });
  configuration.timeout = REQUEST_TIMEOUT_SECONDS;
  const redirectUri = config.ESIA_REDIRECT_URI ?? new URL('/gosuslugi/callback', config.PUBLIC_WEB_URL).toString();
  return { openId, configuration, redirectUri, scope: config.ESIA_SCOPE };
}

export interface StartedSignIn {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** An authorization URL with a fresh state, nonce and PKCE (S256) challenge; the caller stores the secrets. */
export async function startGosuslugiSignIn(): Promise<StartedSignIn> {
  const { openId, configuration, redirectUri, scope } = await provider();
  const state = openId.randomState();
  const nonce = openId.randomNonce();
  const codeVerifier = openId.randomPKCECodeVerifier();
  const url = openId.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope,
    state,
    nonce,
    code_challenge: await openId.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url: url.toString(), state, nonce, codeVerifier };
}

export interface Callback {
  code: string;
  state: string;
  iss: string | null;
}

/**
 * Exchanges the code, checking state, nonce and the PKCE verifier, and returns the ID token's claims joined
 * with UserInfo. A refused exchange is the person's failed sign-in; a network failure is Gosuslugi's.
 */
export async function finishGosuslugiSignIn(
  callback: Callback,
  expected: { state: string; nonce: string; codeVerifier: string },
): Promise<GosuslugiClaims> {
  const { openId, configuration, redirectUri } = await provider();
  const url = new URL(redirectUri);
  url.searchParams.set('code', callback.code);
  url.searchParams.set('state', callback.state);
  if (callback.iss) url.searchParams.set('iss', callback.iss);
  try {
    const tokens = await openId.authorizationCodeGrant(configuration, url, {
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      pkceCodeVerifier: expected.codeVerifier,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw gosuslugiSignInFailed();
    const userInfo = await openId.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    return { ...userInfo, ...claims, sub: claims.sub };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if (error instanceof openId.ResponseBodyError || error instanceof openId.AuthorizationResponseError) {
      throw gosuslugiSignInFailed();
    }
    if (error instanceof TypeError || (error as { name?: string }).name === 'TimeoutError') throw gosuslugiUnavailable();
    throw gosuslugiSignInFailed();
  }
}
