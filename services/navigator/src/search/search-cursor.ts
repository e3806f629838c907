import { badInput } from '@pdo/service-kit';
import { z } from 'zod';

export const searchSorts = ['relevance', 'price', 'title'] as const;
export type SearchSort = (typeof searchSorts)[number];

/**
 * The sort keys of the last program a client saw, in the order the catalogue is sorted by. Each order
 * ends with title and id, so no two programs share a position and a page never repeats or skips one.
 * `rank` is the text of a PostgreSQL `real`, so it reads back to exactly the same value.
 */
export type SearchPosition =
  | { sort: 'relevance'; rank: string; title: string; id: string }
  | { sort: 'price'; priceKopecks: number; title: string; id: string }
  | { sort: 'title'; title: string; id: string };

// Any uuid PostgreSQL stores, not only RFC 4122 versions.
const id = z.guid();
const title = z.string();
const positionSchema = z.union([
  z.tuple([z.literal('relevance'), z.string().regex(/^-?\d+(\.\d+)?(e-?\d+)?$/), title, id]),
  z.tuple([z.literal('price'), z.number().int().nonnegative(), title, id]),
  z.tuple([z.literal('title'), title, id]),
]);

function keysOf(position: SearchPosition): z.infer<typeof positionSchema> {
  switch (position.sort) {
    case 'relevance':
      return ['relevance', position.rank, position.title, position.id];
    case 'price':
      return ['price', position.priceKopecks, position.title, position.id];
    case 'title':
      return ['title', position.title, position.id];
  }
}

/** Opaque to clients: they only hand it back as `after`. */
export const encodeCursor = (position: SearchPosition) => Buffer.from(JSON.stringify(keysOf(position))).toString('base64url');

/** A cursor made for another order (or not made by us at all) is refused rather than misread. */
export function decodeCursor(cursor: string, sort: SearchSort): SearchPosition {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    json = null;
  }
  const parsed = positionSchema.safeParse(json);
  if (!parsed.success || parsed.data[0] !== sort) throw badInput('Неверный курсор страницы.', 'after');
  const keys = parsed.data;
  switch (keys[0]) {
    case 'relevance':
      return { sort: keys[0], rank: keys[1], title: keys[2], id: keys[3] };
    case 'price':
      return { sort: keys[0], priceKopecks: keys[1], title: keys[2], id: keys[3] };
    case 'title':
      return { sort: keys[0], title: keys[1], id: keys[2] };
  }
}
