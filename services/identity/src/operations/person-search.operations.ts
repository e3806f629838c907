import type { Viewer } from '@pdo/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { likePatterns, SEARCH_LIMIT } from '../domain/person-search.rules';
import { AuditLogEntity } from '../entities/audit-log.entity';

export interface PersonQuery {
  municipalityCode: string;
  terms: readonly string[];
  reason: string | null;
}

export interface FoundChildRow {
  id: string;
  fullName: string;
  birthDate: string;
  parentNames: string[];
}

export interface FoundUserRow {
  id: string;
  displayName: string;
  login: string;
  roles: string[];
  childrenNames: string[];
}

/** Operators restore access for families only, so only families are found (as in resetPassword). */
const FAMILY_ROLES = ['parent', 'child'];

type MatchMode = 'prefix' | 'typo';

/**
 * Every term must start a word of the name or, in typo mode, may instead be close to a word (pg_trgm's `<%`).
 * The `%term%` LIKE is there for the trigram index; the word-start LIKE then keeps only real prefixes.
 */
function nameMatches(column: string, terms: readonly string[], firstParameter: number, mode: MatchMode) {
  const parameters: string[] = [];
  const conditions: string[] = [];
  const rank: string[] = [];
  for (const term of terms) {
    const at = firstParameter + parameters.length;
    const { anywhere, wordStart } = likePatterns(term);
    parameters.push(term, anywhere, wordStart);
    const prefix = `(${column} LIKE $${at + 1} AND ' ' || ${column} LIKE $${at + 2})`;
    conditions.push(mode === 'prefix' ? prefix : `(${prefix} OR $${at}::text <% ${column})`);
    // exact words rank a name that starts with them first; typos rank by how close they come
    rank.push(mode === 'prefix' ? `starts_with(${column}, $${at}::text)::int` : `word_similarity($${at}::text, ${column})`);
  }
  return { parameters, where: conditions.join(' AND '), score: rank.join(' + ') };
}

/** What the operator typed, if it starts words of names; only when that finds nothing, names a typo away. */
async function exactOrWithTypos<T>(find: (mode: MatchMode) => Promise<T[]>): Promise<T[]> {
  const exact = await find('prefix');
  return exact.length > 0 ? exact : find('typo');
}

/** Below pg_trgm's default 0.6 so one wrong letter in a short surname («Иванав») still finds it. */
const lowerSimilarityThreshold = (manager: EntityManager) =>
  manager.query("SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true)");

/** A staff search shows names: each record shown is audited in the same transaction, like document reads. */
async function auditSearch(
  manager: EntityManager,
  viewer: Viewer,
  recordType: 'child' | 'user',
  ids: readonly string[],
  reason: string | null,
) {
  if (ids.length === 0) return;
  await manager.insert(
    AuditLogEntity,
    ids.map((recordId) => ({
      actorUserId: viewer.userId as string,
      actorRoles: viewer.roles,
      recordType,
      recordId,
      field: 'search' as const,
      reason,
    })),
  );
}

/** Children of the operator's municipality by name; each one shown is audited. */
export function searchChildren(dataSource: DataSource, viewer: Viewer, query: PersonQuery): Promise<FoundChildRow[]> {
  return dataSource.transaction(async (manager) => {
    await lowerSimilarityThreshold(manager);
    const found = await exactOrWithTypos(async (mode) => {
      const match = nameMatches('c.search_name', query.terms, 2, mode);
      return (await manager.query(
        // the page is chosen first, so parents are looked up for the 50 shown, not for every match
        `SELECT c.id,
            concat_ws(' ', c.last_name, c.first_name, c.patronymic) AS "fullName",
            c.birth_date::text AS "birthDate",
            coalesce(
              (SELECT array_agg(u.display_name ORDER BY u.display_name)
                 FROM child_parents cp JOIN users u ON u.id = cp.parent_id
                WHERE cp.child_id = c.id),
              '{}') AS "parentNames"
       FROM children c
      WHERE c.municipality_code = $1 AND ${match.where}
      ORDER BY ${match.score} DESC, c.search_name, c.birth_date, c.id
      LIMIT ${SEARCH_LIMIT}`,
        [query.municipalityCode, ...match.parameters],
      )) as FoundChildRow[];
    });
    await auditSearch(
      manager,
      viewer,
      'child',
      found.map((child) => child.id),
      query.reason,
    );
    return found;
  });
}

/** Parents and pupils of the operator's municipality by name, login or e-mail; each one shown is audited. */
export function searchUsers(dataSource: DataSource, viewer: Viewer, query: PersonQuery): Promise<FoundUserRow[]> {
  return dataSource.transaction(async (manager) => {
    await lowerSimilarityThreshold(manager);
    const found = await exactOrWithTypos(async (mode) => {
      const match = nameMatches('u.search_name', query.terms, 3, mode);
      return (await manager.query(
        `SELECT u.id, u.display_name AS "displayName", u.login, u.roles,
            coalesce(
              (SELECT array_agg(c.last_name || ' ' || c.first_name ORDER BY c.last_name, c.first_name)
                 FROM child_parents cp JOIN children c ON c.id = cp.child_id
                WHERE cp.parent_id = u.id),
              '{}') AS "childrenNames"
       FROM users u
      WHERE u.municipality_code = $1 AND u.roles <@ $2::text[] AND ${match.where}
      ORDER BY ${match.score} DESC, u.search_name, u.id
      LIMIT ${SEARCH_LIMIT}`,
        [query.municipalityCode, FAMILY_ROLES, ...match.parameters],
      )) as FoundUserRow[];
    });
    await auditSearch(
      manager,
      viewer,
      'user',
      found.map((user) => user.id),
      query.reason,
    );
    return found;
  });
}
