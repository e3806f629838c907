// The campaign morning's browsing for catalog-search: thousands of distinct searches asked with Zipf frequencies
// (a few very often, a long tail rarely), 80 % without text and 60 % on the first page.
import { kuzbassMunicipalities } from '@pdo/service-kit';
import { directions } from '../../services/navigator/src/domain/program.rules.ts';
import type { SearchSort } from '../../services/navigator/src/search/search-cursor.ts';
import type { SearchFilter } from '../../services/navigator/src/search/search.sql.ts';

export type ZipfSearch = { filter: SearchFilter; sort: SearchSort | null; page: 1 | 2 };

/** mulberry32: the same seed gives the same searches and the same order in every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const oneOf = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** A letter dropped, as a hurried parent types. */
const typo = (random: () => number, word: string) => {
  const at = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, at) + word.slice(at + 1);
};

/** `count` distinct searches, the most asked first; `words` are what a parent types in the search box. */
export function zipfSearches(count: number, words: readonly string[], random: () => number): ZipfSearch[] {
  const codes = kuzbassMunicipalities.map((m) => m.code);
  const seen = new Set<string>();
  const searches: ZipfSearch[] = [];
  while (searches.length < count) {
    const filter: SearchFilter = {};
    if (random() < 0.2) {
      const word = oneOf(random, words);
      filter.text = random() < 0.3 ? typo(random, word) : word;
    }
    if (random() < 0.6) filter.municipalityCode = oneOf(random, codes);
    if (random() < 0.4) filter.direction = oneOf(random, directions);
    if (random() < 0.4) filter.childAge = 5 + Math.floor(random() * 14);
    if (random() < 0.1) filter.dayOfWeek = 1 + Math.floor(random() * 7);
    if (random() < 0.15) filter.freeSeatsOnly = true;
    if (random() < 0.1) filter.payableByCertificate = true;
    const sort = random() < 0.2 ? oneOf(random, ['price', 'title'] as const) : null;
    const search: ZipfSearch = { filter, sort, page: random() < 0.6 ? 1 : 2 };
    const key = JSON.stringify(search);
    if (seen.has(key)) continue;
    seen.add(key);
    searches.push(search);
  }
  return searches;
}

/** Picks a rank from 0 to count − 1 with probability in proportion to 1 / (rank + 1) (Zipf, s = 1). */
export function zipfPicker(count: number, random: () => number): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= count; rank += 1) cumulative.push((sum += 1 / rank));
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** Programs on a page of the catalogue screen. */
export const SEARCH_PAGE = 20;

/** What the catalogue screen asks for (web/src/api/navigator.operations.ts). */
export const SEARCH_PROGRAMS = `query SearchPrograms($filter: ProgramSearchFilter!, $first: Int!, $after: String, $sort: String) {
  searchPrograms(filter: $filter, first: $first, after: $after, sort: $sort) {
    totalCount
    edges { cursor node { id title description direction directionLabel registry municipalityCode address format
                          minAge maxAge durationMonths monthlyPriceKopecks status provider { id name } } }
    pageInfo { hasNextPage endCursor }
    facets { directions { value label count } municipalities { value label count } }
  }
}`;
export type SearchAnswer = {
  searchPrograms: { totalCount: number; pageInfo: { endCursor: string | null }; edges: { node: { id: string } }[] };
};

export type SearchSend = (variables: Record<string, unknown>) => Promise<SearchAnswer>;

/**
 * Asks the Zipf searches as visitors do, the next one at each call: a second page only after its first page was
 * seen once (whose end cursor is then reused), so the first request for a second page is a first page.
 */
export function zipfAsker(searches: readonly ZipfSearch[]): (send: SearchSend) => Promise<void> {
  const pick = zipfPicker(searches.length, seededRandom(7));
  const cursors = new Map<number, string | null>();
  return async (send) => {
    const rank = pick();
    const { filter, sort, page } = searches[rank] as ZipfSearch;
    const variables: Record<string, unknown> = { filter, first: SEARCH_PAGE, sort };
    const cursor = cursors.get(rank);
    if (page === 2 && cursor) {
      await send({ ...variables, after: cursor });
      return;
    }
    const first = await send(variables);
    if (page === 2) cursors.set(rank, first.searchPrograms.pageInfo.endCursor);
  };
}
