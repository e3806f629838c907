import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { getAccessToken } from '../auth/access-token';
import type { BlobFile } from '../components/save-file';

/** The gateway's table exports (gateway/src/table-exports.catalogue.ts): each one's name and what it is asked with. */
export interface GatewayTables {
  'support-centre-days': { municipalityCode: string; days: number };
  'support-centre-groups': { municipalityCode: string; days: number };
  'region-overview': Record<string, never>;
  'budget-months': { municipalityCode: string };
  normatives: { municipalityCode: string };
  'normative-history': { municipalityCode: string };
}

/** The name the server gave the file: RFC 5987's `filename*=UTF-8''…` of its Content-Disposition. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (!encoded) return fallback;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return fallback;
  }
}

/**
 * One of the gateway's table exports, built from the page's own query as the signed-in person. Fetched, not
 * followed as a link, because it needs the Authorization header; its tables are small. A refusal arrives in the
 * GraphQL shape and is thrown as Apollo's error, so the page shows it as it shows its query's.
 */
export async function fetchGatewayTable<Name extends keyof GatewayTables>(
  name: Name,
  params: GatewayTables[Name],
  format: 'xlsx' | 'csv',
): Promise<BlobFile> {
  const search = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(params)) search.set(key, String(value));
  const token = getAccessToken();
  const response = await fetch(`/exports/tables/${name}?${search.toString()}`, {
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: GraphQLFormattedError[] } | null;
    if (body?.errors?.length) throw new CombinedGraphQLErrors({ errors: body.errors });
    throw new Error(`table export answered ${response.status}`);
  }
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition'), `${name}.${format}`) };
}
