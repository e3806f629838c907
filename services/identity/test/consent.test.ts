import type { Viewer } from '@pdo/service-kit';
import { addUser, startIdentity, type IdentityHarness } from './identity.fixture';

const GIVE = 'mutation ($id: ID!) { giveConsent(childId: $id) { id consentGivenAt } }';
const WITHDRAW = 'mutation ($id: ID!) { withdrawConsent(childId: $id) { id consentGivenAt } }';

interface OutboxRow {
  type: string;
  key: string;
  topic: string;
  payload: { type: string; aggregateId: string; data: Record<string, unknown> };
}

describe('consent to personal-data processing', () => {
  let h: IdentityHarness;
  let parent: Viewer;
  let childId: string;

  beforeAll(async () => {
    h = await startIdentity();
    parent = await addUser(h, 'parent', ['parent'], '07');
    const { addChild } = await h.run<{ addChild: { id: string } }>(
      parent,
      'mutation ($input: ChildInput!) { addChild(input: $input) { id } }',
      {
        input: {
          lastName: 'Петрова',
          firstName: 'Анна',
          birthDate: '2017-06-01',
          sex: 'FEMALE',
          address: 'г. Киселевск, ул. Гагарина, д. 5',
          municipalityCode: '07',
          attendsSchool: true,
        },
      },
    );
    childId = addChild.id;
  });
  afterAll(() => h.db.drop());

  const withdrawnEvents = async () =>
    (await h.db.dataSource.query(
      `SELECT type, key, topic, payload FROM outbox WHERE type = 'identity.ConsentWithdrawn'`,
    )) as OutboxRow[];

  it('records consent with its date; giving it again keeps the first date', async () => {
    const before = Date.now();
    const { giveConsent } = await h.run<{ giveConsent: { consentGivenAt: string } }>(parent, GIVE, { id: childId });
    const givenAt = Date.parse(giveConsent.consentGivenAt);
    expect(givenAt).toBeGreaterThanOrEqual(before - 5_000);
    expect(givenAt).toBeLessThanOrEqual(Date.now() + 5_000);
    const again = await h.run<{ giveConsent: { consentGivenAt: string } }>(parent, GIVE, { id: childId });
    expect(again.giveConsent.consentGivenAt).toBe(giveConsent.consentGivenAt);
    expect(await h.count('child_consents')).toBe(1);
  });

  it('withdrawing publishes identity.ConsentWithdrawn to the outbox in the same transaction', async () => {
    const { withdrawConsent } = await h.run<{ withdrawConsent: { consentGivenAt: string | null } }>(parent, WITHDRAW, {
      id: childId,
    });
    expect(withdrawConsent.consentGivenAt).toBeNull();
    const events = await withdrawnEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'identity.ConsentWithdrawn',
      key: childId,
      topic: 'identity.events',
      payload: { type: 'identity.ConsentWithdrawn', aggregateId: childId, data: { childId } },
    });
    const [consent] = (await h.db.dataSource.query('SELECT withdrawn_by, withdrawn_at FROM child_consents')) as {
      withdrawn_by: string;
      withdrawn_at: Date;
    }[];
    expect(consent.withdrawn_by).toBe(parent.userId);
    expect(consent.withdrawn_at).toBeInstanceOf(Date);
  });

  it('withdrawing what is not in force is refused and publishes nothing', async () => {
    const error = await h.errorOf(parent, WITHDRAW, { id: childId });
    expect(error).toEqual({
      code: 'CONSENT_NOT_GIVEN',
      message: 'Согласие на обработку персональных данных не было дано или уже отозвано.',
    });
    expect(await withdrawnEvents()).toHaveLength(1);
  });

  it('can be given anew after withdrawal, keeping the history', async () => {
    const { giveConsent } = await h.run<{ giveConsent: { consentGivenAt: string | null } }>(parent, GIVE, { id: childId });
    expect(giveConsent.consentGivenAt).not.toBeNull();
    expect(await h.count('child_consents')).toBe(2);
  });

  it("another parent can neither give nor withdraw this child's consent", async () => {
    const stranger = await addUser(h, 'stranger', ['parent'], '07');
    for (const mutation of [GIVE, WITHDRAW])
      expect((await h.errorOf(stranger, mutation, { id: childId })).code).toBe('FORBIDDEN');
    expect(await withdrawnEvents()).toHaveLength(1);
  });
});
