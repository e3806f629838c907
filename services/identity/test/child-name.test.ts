import { randomUUID } from 'node:crypto';
import { enrollmentRequested, type EventOf } from '@pdo/events';
import { kuzbassDate, type Viewer } from '@pdo/service-kit';
import { onEnrollmentRequested } from '../src/events/enrollment.handler';
import { addUser, startIdentity, type IdentityHarness } from './identity.fixture';

const ADD_CHILD = `mutation ($input: ChildInput!) { addChild(input: $input) { id } }`;
const NAME = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on ChildName { id lastName firstName patronymic } }
}`;

const birthDate = `${Number(kuzbassDate(new Date()).slice(0, 4)) - 9}-03-01`;

describe('a child’s name for the provider the child applied to', () => {
  let h: IdentityHarness;
  let parent: Viewer;
  let childId: string;
  const providerId = randomUUID();

  beforeAll(async () => {
    h = await startIdentity();
    parent = await addUser(h, 'parent', ['parent'], '07');
    const { addChild } = await h.run<{ addChild: { id: string } }>(parent, ADD_CHILD, {
      input: {
        lastName: 'Иванов',
        firstName: 'Пётр',
        patronymic: 'Сергеевич',
        birthDate,
        sex: 'MALE',
        address: 'г. Киселевск, ул. Ленина, д. 1, кв. 2',
        municipalityCode: '07',
        attendsSchool: true,
      },
    });
    childId = addChild.id;
  });
  afterAll(() => h.db.drop());

  const staffOf = async (login: string, provider: string | null, roles: Viewer['roles'] = ['provider_staff']) => ({
    ...(await addUser(h, login, roles, '07')),
    providerId: provider,
  });
  const nameAs = async (viewer: Viewer) =>
    (
      await h.run<{ _entities: (Record<string, unknown> | null)[] }>(viewer, NAME, {
        representations: [{ __typename: 'ChildName', id: childId }],
      })
    )._entities[0];
  const request = (): EventOf<typeof enrollmentRequested> => {
    const enrollmentId = randomUUID();
    return {
      id: randomUUID(),
      type: enrollmentRequested.type,
      version: enrollmentRequested.version,
      occurredAt: new Date().toISOString(),
      aggregateId: enrollmentId,
      data: {
        enrollmentId,
        childId,
        certificateId: randomUUID(),
        programId: randomUUID(),
        groupId: randomUUID(),
        providerId,
        municipalityCode: '07',
        monthlyPriceKopecks: 100_000,
        months: 9,
      },
    };
  };

  it('is hidden from a provider until the child applies to it, then shown to its staff only, and each read is audited', async () => {
    const staff = await staffOf('provider-staff', providerId);
    expect(await nameAs(staff)).toBeNull();

    const event = request();
    await h.db.dataSource.transaction((manager) => onEnrollmentRequested(event, manager));
    await h.db.dataSource.transaction((manager) => onEnrollmentRequested(event, manager));
    expect(await h.count('provider_enrollments')).toBe(1);

    expect(await nameAs(staff)).toEqual({ id: childId, lastName: 'Иванов', firstName: 'Пётр', patronymic: 'Сергеевич' });
    const audit: { record_type: string; field: string }[] = await h.db.dataSource.query(
      'SELECT record_type, field FROM audit_log WHERE actor_user_id = $1 AND record_id = $2',
      [staff.userId, childId],
    );
    expect(audit).toEqual([{ record_type: 'child', field: 'name' }]);

    expect(await nameAs(await staffOf('other-provider', randomUUID()))).toBeNull();
    expect(await nameAs(await staffOf('finance', null, ['finance_officer']))).toBeNull();
    expect(await nameAs({ ...staff, viaApiKey: true })).toBeNull();
    expect(await nameAs(parent)).toMatchObject({ lastName: 'Иванов' });
  });
});
