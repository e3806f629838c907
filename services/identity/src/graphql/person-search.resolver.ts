import { forbidden, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { likePatterns, SEARCH_LIMIT, searchTerms } from '../domain/person-search.rules';
import { AuditLogEntity } from '../entities/audit-log.entity';
import { reasonOf, rejectViolations } from './child.access';
import { FoundChild, FoundUser } from './person-search.type';

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

function municipalityOf({ viewer }: RequestContext): string {
  if (!viewer.municipalityCode) throw forbidden('Искать может оператор МОЦ муниципалитета.');
  return viewer.municipalityCode;
}

/** A staff search shows names: each record shown is audited in the same transaction, like document reads. */
async function auditSearch(
  manager: EntityManager,
  { viewer }: RequestContext,
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

const termsOf = (query: string) => {
  const terms = searchTerms(query);
  if (!Array.isArray(terms)) rejectViolations([terms]);
  return terms as string[];
};

@Resolver()
export class PersonSearchResolver {
  @Authorized('operator')
  @Query(() => [FoundChild], {
    description: `Найти детей своего муниципалитета по фамилии, имени, отчеству (начало слова, допускается опечатка); не более ${SEARCH_LIMIT}. Каждый показ записывается в журнал доступа`,
  })
  async searchChildren(
    @Arg('name', () => String) name: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() context: RequestContext,
  ): Promise<FoundChild[]> {
    const municipalityCode = municipalityOf(context);
    const terms = termsOf(name);
    const why = reasonOf(reason);
    return context.dataSource.transaction(async (manager) => {
      await lowerSimilarityThreshold(manager);
      const found = await exactOrWithTypos(async (mode) => {
        const match = nameMatches('c.search_name', terms, 2, mode);
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
          [municipalityCode, ...match.parameters],
        )) as FoundChild[];
      });
      await auditSearch(
        manager,
        context,
        'child',
        found.map((child) => child.id),
        why,
      );
      return found;
    });
  }

  @Authorized('operator')
  @Query(() => [FoundUser], {
    description: `Найти родителя или обучающегося своего муниципалитета по ФИО, логину или e-mail (например, чтобы сбросить пароль); не более ${SEARCH_LIMIT}. Каждый показ записывается в журнал доступа`,
  })
  async searchUsers(
    @Arg('query', () => String) query: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() context: RequestContext,
  ): Promise<FoundUser[]> {
    const municipalityCode = municipalityOf(context);
    const terms = termsOf(query);
    const why = reasonOf(reason);
    return context.dataSource.transaction(async (manager) => {
      await lowerSimilarityThreshold(manager);
      const found = await exactOrWithTypos(async (mode) => {
        const match = nameMatches('u.search_name', terms, 3, mode);
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
          [municipalityCode, FAMILY_ROLES, ...match.parameters],
        )) as FoundUser[];
      });
      await auditSearch(
        manager,
        context,
        'user',
        found.map((user) => user.id),
        why,
      );
      return found;
    });
  }
}
