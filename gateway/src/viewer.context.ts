import { anonymousViewer, DomainError, verifyAccessToken, type Viewer } from '@pdo/service-kit';
import type { ApiKeyExchange } from './api-key.exchange';

const unauthenticated = (message: string) => new DomainError('UNAUTHENTICATED', message, { http: { status: 401 } });

/**
 * Authorization header → viewer. No header means a guest; a bad or expired token is refused, never downgraded.
 * `Bearer <access token>` is a person; `ApiKey <key>` is a provider's system, exchanged with identity first.
 */
export async function viewerFromAuthorization(
  header: string | undefined,
  publicKeyPem: string,
  exchangeApiKey: ApiKeyExchange,
): Promise<Viewer> {
  if (!header) return anonymousViewer;
  const [scheme, credential] = header.split(' ');
  if ((scheme !== 'Bearer' && scheme !== 'ApiKey') || !credential) throw unauthenticated('Неверный заголовок авторизации.');
  const token = scheme === 'ApiKey' ? await exchangeApiKey(credential) : credential;
  let viewer: Viewer;
  try {
    viewer = await verifyAccessToken(token, publicKeyPem);
  } catch {
    throw unauthenticated(
      scheme === 'ApiKey' ? 'API-ключ недействителен или отозван.' : 'Сеанс истёк или недействителен. Войдите снова.',
    );
  }
  if (scheme === 'ApiKey' && !viewer.viaApiKey) throw unauthenticated('API-ключ недействителен или отозван.');
  return viewer;
}
