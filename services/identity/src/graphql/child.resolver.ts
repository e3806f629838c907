import { kuzbassDate, parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { childViolations, type ChildFields } from '../domain/child.rules';
import { rejectViolations } from '../domain/violation';
import {
  addChild,
  consentGivenAt,
  documentsOf,
  giveConsent,
  myChildren,
  ownLogin,
  readChild,
  updateChild,
  withdrawConsent,
} from '../operations/child.operations';
import { reasonOf, toChild } from './child.access';
import { ChildInput } from './child.input';
import { Child } from './child.type';
import { toDocument } from './identity-document.access';
import { IdentityDocument } from './identity-document.type';

function validChild(input: ChildInput): ChildFields {
  const fields = parseInput(ChildInput.schema, input);
  rejectViolations(childViolations(fields, kuzbassDate(new Date())));
  return fields;
}

@Resolver(() => Child)
export class ChildResolver {
  @Authorized('parent', 'child')
  @Query(() => [Child], { description: 'Дети, чьи карточки ведёт пользователь (для обучающегося 14+ — его собственная)' })
  async myChildren(@Ctx() { viewer, dataSource }: RequestContext): Promise<Child[]> {
    return (await myChildren(dataSource, viewer)).map((loaded) => toChild(loaded));
  }

  @Authorized()
  @Query(() => Child, { description: 'Карточка ребёнка. Сотрудник МОЦ может указать причину обращения — она попадёт в журнал' })
  async child(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<Child> {
    return toChild(await readChild(dataSource, viewer, id), reasonOf(reason));
  }

  @Authorized('parent')
  @Mutation(() => Child, { description: 'Добавить ребёнка; добавивший родитель становится его законным представителем' })
  async addChild(@Arg('input', () => ChildInput) input: ChildInput, @Ctx() context: RequestContext): Promise<Child> {
    const fields = validChild(input);
    return toChild(await addChild(context.dataSource, context.viewer, fields));
  }

  @Authorized('parent')
  @Mutation(() => Child, { description: 'Изменить карточку ребёнка (все поля)' })
  async updateChild(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ChildInput) input: ChildInput,
    @Ctx() context: RequestContext,
  ): Promise<Child> {
    const fields = validChild(input);
    return toChild(await updateChild(context.dataSource, context.viewer, id, fields));
  }

  @Authorized('parent', 'child')
  @Mutation(() => Child, {
    description: 'Дать согласие на обработку персональных данных ребёнка (повторный вызов ничего не меняет)',
  })
  async giveConsent(@Arg('childId', () => ID) childId: string, @Ctx() context: RequestContext): Promise<Child> {
    return toChild(await giveConsent(context.dataSource, context.viewer, childId));
  }

  @Authorized('parent', 'child')
  @Mutation(() => Child, {
    description: 'Отозвать согласие на обработку персональных данных; сертификат ребёнка будет прекращён',
  })
  async withdrawConsent(@Arg('childId', () => ID) childId: string, @Ctx() context: RequestContext): Promise<Child> {
    return toChild(await withdrawConsent(context.dataSource, context.viewer, childId));
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'Когда дано действующее согласие на обработку персональных данных; null — согласия нет',
  })
  async consentGivenAt(@Root() child: Child, @Ctx() { dataSource }: RequestContext): Promise<Date | null> {
    return consentGivenAt(dataSource, child.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Логин собственного входа обучающегося 14+; null — входа нет (его выдаёт МОЦ)',
  })
  async ownLogin(@Root() child: Child, @Ctx() { dataSource }: RequestContext): Promise<string | null> {
    return ownLogin(dataSource, child.id);
  }

  @FieldResolver(() => [IdentityDocument])
  async documents(@Root() child: Child, @Ctx() { dataSource }: RequestContext): Promise<IdentityDocument[]> {
    return (await documentsOf(dataSource, child.id)).map((document) => toDocument(document, child.scope));
  }
}
