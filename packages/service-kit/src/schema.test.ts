import { Authorized, Query, Resolver } from 'type-graphql';
import { executeAs } from './testing/execute';
import { buildSubgraph } from './schema';
import type { DataSource } from 'typeorm';

@Resolver()
class GuardedResolver {
  @Query(() => String)
  open(): string {
    return 'всем';
  }

  @Authorized()
  @Query(() => String)
  signedIn(): string {
    return 'вошедшим';
  }

  @Authorized('operator', 'regional_admin')
  @Query(() => String)
  staff(): string {
    return 'сотрудникам';
  }
}

const noDatabase = {} as DataSource;
const parent = { userId: 'u1', roles: ['parent' as const] };
const operator = { userId: 'u2', roles: ['operator' as const], municipalityCode: '07' };

describe('authorization in a subgraph', () => {
  const schema = buildSubgraph({ resolvers: [GuardedResolver] });

  it('lets guests read open fields only', async () => {
    const s = await schema;
    expect((await executeAs(s, noDatabase, {}, '{ open }')).data).toEqual({ open: 'всем' });
    const guest = await executeAs(s, noDatabase, {}, '{ signedIn }');
    expect(guest.errors).toEqual([{ code: 'UNAUTHENTICATED', message: 'Войдите в личный кабинет, чтобы продолжить.' }]);
  });

  it('refuses a role that is not listed with FORBIDDEN and a Russian message', async () => {
    const s = await schema;
    expect((await executeAs(s, noDatabase, parent, '{ signedIn }')).data).toEqual({ signedIn: 'вошедшим' });
    const refused = await executeAs(s, noDatabase, parent, '{ staff }');
    expect(refused.errors).toEqual([{ code: 'FORBIDDEN', message: 'Недостаточно прав для этого действия.' }]);
    expect((await executeAs(s, noDatabase, operator, '{ staff }')).data).toEqual({ staff: 'сотрудникам' });
  });
});
