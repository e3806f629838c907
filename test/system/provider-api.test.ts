// A provider's own system publishes a program through the gateway with an API key; the operator
// certifies it; it is found in the public catalogue under a typo and under filters.
import { randomBytes } from 'node:crypto';
import { errorCodes, graphql, signIn } from './gateway.client';

const program = {
  title: `Робототехника и программирование ${randomBytes(2).toString('hex')}`,
  description: 'Конструируем и программируем роботов, готовимся к соревнованиям.',
  direction: 'technical',
  registry: 'certified',
  municipalityCode: '07',
  address: 'г. Киселевск, ул. Ленина, 30',
  format: 'in_person',
  minAge: 8,
  maxAge: 14,
  durationMonths: 9,
  hours: 144,
  monthlyPriceKopecks: 180000,
};
const group = (teacher: string, daysOfWeek: number[]) => ({
  teacher,
  daysOfWeek,
  startTime: '15:00',
  endTime: '16:30',
  seats: 10,
  startDate: '2027-09-01',
  endDate: '2028-05-31',
});

describe('a provider system with an API key', () => {
  it('creates a program with two groups and submits it; the operator approves; search finds it', async () => {
    const staff = await signIn('provider');
    const created = await graphql<{ createApiKey: { key: string } }>(
      'mutation { createApiKey(name: "Учётная система ДДТ") { key } }',
      {},
      staff,
    );
    expect(created.errors).toBeUndefined();
    const apiKey = `ApiKey ${created.data!.createApiKey.key}`;

    const made = await graphql<{ createProgram: { id: string; status: string } }>(
      'mutation ($input: ProgramInput!) { createProgram(input: $input) { id status } }',
      { input: program },
      apiKey,
    );
    expect(made.errors).toBeUndefined();
    const programId = made.data!.createProgram.id;
    const addGroup = 'mutation ($id: ID!, $input: GroupInput!) { addGroup(programId: $id, input: $input) { id } }';
    for (const input of [group('Петров И. С.', [2, 4]), group('Сидорова А. В.', [6])]) {
      expect((await graphql(addGroup, { id: programId, input }, apiKey)).errors).toBeUndefined();
    }
    const submitted = await graphql<{ submitProgram: { status: string } }>(
      'mutation ($id: ID!) { submitProgram(id: $id) { status } }',
      { id: programId },
      apiKey,
    );
    expect(submitted.data?.submitProgram.status).toBe('on_review');

    // The key is no way into the operator's work.
    expect(
      errorCodes(await graphql('mutation ($id: ID!) { approveProgram(id: $id) { id } }', { id: programId }, apiKey)),
    ).toEqual(['FORBIDDEN']);
    const approved = await graphql<{ approveProgram: { status: string } }>(
      'mutation ($id: ID!) { approveProgram(id: $id) { status } }',
      { id: programId },
      await signIn('operator'),
    );
    expect(approved.data?.approveProgram.status).toBe('published');

    const search =
      'query ($filter: ProgramSearchFilter!) { searchPrograms(filter: $filter, first: 50) { totalCount edges { node { id } } } }';
    const found = async (filter: Record<string, unknown>) =>
      (
        (await graphql<{ searchPrograms: { edges: { node: { id: string } }[] } }>(search, { filter })).data?.searchPrograms
          .edges ?? []
      ).map((e) => e.node.id);
    expect(await found({ text: 'роботехника' })).toContain(programId);
    expect(
      await found({ text: 'роботехника', municipalityCode: '07', direction: 'technical', childAge: 10, maxPriceKopecks: 200000 }),
    ).toContain(programId);
    expect(await found({ text: 'роботехника', childAge: 16 })).not.toContain(programId);
    expect(await found({ text: 'роботехника', maxPriceKopecks: 100000 })).not.toContain(programId);
  });

  it('refuses a revoked or made-up key', async () => {
    const result = await graphql('{ myApiKeys { id } }', {}, 'ApiKey pdo_not-a-real-key');
    expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
  });
});
