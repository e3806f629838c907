import { forbidden, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { SEARCH_LIMIT, searchTerms } from '../domain/person-search.rules';
import { rejectViolations } from '../domain/violation';
import { searchChildren, searchUsers } from '../operations/person-search.operations';
import { reasonOf } from './child.access';
import { FoundChild, FoundUser } from './person-search.type';

function municipalityOf({ viewer }: RequestContext): string {
  if (!viewer.municipalityCode) throw forbidden('Искать может оператор МОЦ муниципалитета.');
  return viewer.municipalityCode;
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
    return searchChildren(context.dataSource, context.viewer, { municipalityCode, terms, reason: why });
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
    return searchUsers(context.dataSource, context.viewer, { municipalityCode, terms, reason: why });
  }
}
