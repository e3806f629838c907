// Published programs with groups, made through the gateway as a provider and an operator would, so that every
// service (billing's prices, navigator's seats) knows them from the events.
import { graphql, signIn, type BenchContext } from './harness.ts';

const CREATE_PROGRAM = 'mutation ($input: ProgramInput!) { createProgram(input: $input) { id } }';
const ADD_GROUP = 'mutation ($id: ID!, $input: GroupInput!) { addGroup(programId: $id, input: $input) { id } }';
const SUBMIT = 'mutation ($id: ID!) { submitProgram(id: $id) { status } }';
const APPROVE = 'mutation ($id: ID!) { approveProgram(id: $id) { status } }';

/** Published programs of the demo provider with their groups, made as a provider and an operator would. */
export async function publishGroups(
  ctx: BenchContext,
  programs: number,
  groupsPerProgram: number,
  seats: number,
): Promise<string[]> {
  const provider = await signIn(ctx, 'provider');
  const operator = await signIn(ctx, 'operator');
  const year = new Date().getUTCFullYear() + 1;
  const groupIds: string[] = [];
  for (let p = 0; p < programs; p += 1) {
    const { createProgram } = await graphql<{ createProgram: { id: string } }>(
      ctx.gatewayUrl,
      CREATE_PROGRAM,
      {
        input: {
          title: `Робототехника, поток ${p + 1}`,
          description: 'Собираем и программируем роботов.',
          direction: 'technical',
          registry: 'certified',
          municipalityCode: '07',
          address: 'г. Киселевск, ул. Ленина, 30',
          format: 'in_person',
          minAge: 5,
          maxAge: 18,
          durationMonths: 9,
          hours: 144,
          monthlyPriceKopecks: 150_000,
        },
      },
      provider,
    );
    for (let g = 0; g < groupsPerProgram; g += 1) {
      const { addGroup } = await graphql<{ addGroup: { id: string } }>(
        ctx.gatewayUrl,
        ADD_GROUP,
        {
          id: createProgram.id,
          input: {
            teacher: `Преподаватель ${g + 1}`,
            daysOfWeek: [(g % 6) + 1],
            startTime: '15:00',
            endTime: '16:30',
            seats,
            startDate: `${year}-09-01`,
            endDate: `${year + 1}-05-31`,
          },
        },
        provider,
      );
      groupIds.push(addGroup.id);
    }
    await graphql(ctx.gatewayUrl, SUBMIT, { id: createProgram.id }, provider);
    await graphql(ctx.gatewayUrl, APPROVE, { id: createProgram.id }, operator);
  }
  return groupIds;
}
