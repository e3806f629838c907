import { childChanged, childRegistered, consentWithdrawn, publish } from '@pdo/events';
import { DomainError, kuzbassDate, parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsNull, type EntityManager } from 'typeorm';
import { childAccess } from '../domain/child-access.rules';
import { childViolations, type ChildFields } from '../domain/child.rules';
import { ChildConsentEntity } from '../entities/child-consent.entity';
import { ChildParentEntity } from '../entities/child-parent.entity';
import { ChildEntity } from '../entities/child.entity';
import { IdentityDocumentEntity } from '../entities/identity-document.entity';
import { loadChild, loadChildForChange, parentIdsOf, reasonOf, rejectViolations, toChild } from './child.access';
import { ChildInput, childInputSchema } from './child.input';
import { Child } from './child.type';
import { toDocument } from './identity-document.access';
import { IdentityDocument } from './identity-document.type';

function validChild(input: ChildInput): ChildFields {
  const fields = parseInput(childInputSchema, input);
  rejectViolations(childViolations(fields, kuzbassDate(new Date())));
  return fields;
}

const eventData = (child: ChildEntity, parentIds: string[]) => ({
  childId: child.id,
  parentIds,
  birthDate: child.birthDate,
  municipalityCode: child.municipalityCode,
  attendsSchool: child.attendsSchool,
  firstName: child.firstName,
});

async function reload(manager: EntityManager, context: RequestContext, childId: string): Promise<Child> {
  return toChild(await loadChild(manager, context.viewer, childId));
}

@Resolver(() => Child)
export class ChildResolver {
  @Authorized('parent', 'child')
  @Query(() => [Child], { description: 'Дети, чьи карточки ведёт пользователь (для обучающегося 14+ — его собственная)' })
  async myChildren(@Ctx() { viewer, dataSource }: RequestContext): Promise<Child[]> {
    const entities = await dataSource
      .getRepository(ChildEntity)
      .createQueryBuilder('child')
      .where('child.id IN (SELECT child_id FROM child_parents WHERE parent_id = :userId) OR child.child_user_id = :userId', {
        userId: viewer.userId,
      })
      .orderBy('child.birth_date', 'ASC')
      .addOrderBy('child.id', 'ASC')
      .getMany();
    const today = kuzbassDate(new Date());
    const children: Child[] = [];
    for (const entity of entities) {
      const parentIds = await parentIdsOf(dataSource.manager, entity.id);
      const access = childAccess(viewer, { ...entity, parentIds }, today);
      if (access) children.push(toChild({ entity, parentIds, access }));
    }
    return children;
  }

  @Authorized()
  @Query(() => Child, { description: 'Карточка ребёнка. Сотрудник МОЦ может указать причину обращения — она попадёт в журнал' })
  async child(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<Child> {
    return toChild(await loadChild(dataSource.manager, viewer, id), reasonOf(reason));
  }

  @Authorized('parent')
  @Mutation(() => Child, { description: 'Добавить ребёнка; добавивший родитель становится его законным представителем' })
  async addChild(@Arg('input', () => ChildInput) input: ChildInput, @Ctx() context: RequestContext): Promise<Child> {
    const fields = validChild(input);
    const parentId = context.viewer.userId as string;
    return context.dataSource.transaction(async (manager) => {
      const child = await manager.save(ChildEntity, manager.create(ChildEntity, { ...fields, childUserId: null }));
      await manager.insert(ChildParentEntity, { childId: child.id, parentId });
      await publish(manager, childRegistered, child.id, eventData(child, [parentId]));
      return reload(manager, context, child.id);
    });
  }

  @Authorized('parent')
  @Mutation(() => Child, { description: 'Изменить карточку ребёнка (все поля)' })
  async updateChild(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ChildInput) input: ChildInput,
    @Ctx() context: RequestContext,
  ): Promise<Child> {
    const fields = validChild(input);
    return context.dataSource.transaction(async (manager) => {
      const { entity, parentIds, access } = await loadChildForChange(manager, context.viewer, id);
      if (access !== 'parent') throw new DomainError('FORBIDDEN', 'Изменять карточку ребёнка могут только его родители.');
      await manager.update(ChildEntity, { id }, fields);
      await publish(manager, childChanged, id, eventData({ ...entity, ...fields }, parentIds));
      return reload(manager, context, id);
    });
  }

  @Authorized('parent', 'child')
  @Mutation(() => Child, {
    description: 'Дать согласие на обработку персональных данных ребёнка (повторный вызов ничего не меняет)',
  })
  async giveConsent(@Arg('childId', () => ID) childId: string, @Ctx() context: RequestContext): Promise<Child> {
    return context.dataSource.transaction(async (manager) => {
      await loadChildForChange(manager, context.viewer, childId);
      // At most one consent in force per child: the partial unique index turns a repeat into nothing.
      await manager.query(
        `INSERT INTO child_consents (child_id, given_by) VALUES ($1, $2) ON CONFLICT (child_id) WHERE withdrawn_at IS NULL DO NOTHING`,
        [childId, context.viewer.userId],
      );
      return reload(manager, context, childId);
    });
  }

  @Authorized('parent', 'child')
  @Mutation(() => Child, {
    description: 'Отозвать согласие на обработку персональных данных; сертификат ребёнка будет прекращён',
  })
  async withdrawConsent(@Arg('childId', () => ID) childId: string, @Ctx() context: RequestContext): Promise<Child> {
    return context.dataSource.transaction(async (manager) => {
      await loadChildForChange(manager, context.viewer, childId);
      const result = await manager
        .createQueryBuilder()
        .update(ChildConsentEntity)
        .set({ withdrawnAt: () => 'now()', withdrawnBy: context.viewer.userId })
        .where('child_id = :childId AND withdrawn_at IS NULL', { childId })
        .execute();
      if (!result.affected)
        throw new DomainError('CONSENT_NOT_GIVEN', 'Согласие на обработку персональных данных не было дано или уже отозвано.');
      await publish(manager, consentWithdrawn, childId, { childId });
      return reload(manager, context, childId);
    });
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'Когда дано действующее согласие на обработку персональных данных; null — согласия нет',
  })
  async consentGivenAt(@Root() child: Child, @Ctx() { dataSource }: RequestContext): Promise<Date | null> {
    const consent = await dataSource.getRepository(ChildConsentEntity).findOneBy({ childId: child.id, withdrawnAt: IsNull() });
    return consent?.givenAt ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Логин собственного входа обучающегося 14+; null — входа нет (его выдаёт МОЦ)',
  })
  async ownLogin(@Root() child: Child, @Ctx() { dataSource }: RequestContext): Promise<string | null> {
    const [row] = (await dataSource.query(
      'SELECT u.login FROM children c JOIN users u ON u.id = c.child_user_id WHERE c.id = $1',
      [child.id],
    )) as { login: string }[];
    return row?.login ?? null;
  }

  @FieldResolver(() => [IdentityDocument])
  async documents(@Root() child: Child, @Ctx() { dataSource }: RequestContext): Promise<IdentityDocument[]> {
    const documents = await dataSource
      .getRepository(IdentityDocumentEntity)
      .find({ where: { childId: child.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    return documents.map((document) => toDocument(document, child.scope));
  }
}
