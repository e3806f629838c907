import { randomUUID } from 'node:crypto';
import {
  groupOf,
  ISSUE,
  ENTER,
  operator,
  parent,
  registerChild,
  startHarness,
  bornYearsAgo,
  type Harness,
} from './certificates.fixture';

const admin = (userId: string = randomUUID()) => ({ userId, roles: ['regional_admin' as const] });

const MUNICIPALITY = `query ($code: String!) {
  municipality(code: $code) {
    code name
    supportCentre { name address phone }
    activatingInstitutions { id name address phone acceptsApplications }
    certificateGroups { id name minAge maxAge }
  }
}`;
const UPDATE_CENTRE = `mutation ($input: UpdateSupportCentreInput!) { updateSupportCentre(input: $input) { name address phone updatedAt } }`;
const ADD = `mutation ($input: AddActivatingInstitutionInput!) {
  addActivatingInstitution(input: $input) { id name address phone acceptsApplications }
}`;
const UPDATE = `mutation ($input: UpdateActivatingInstitutionInput!) {
  updateActivatingInstitution(input: $input) { id name address phone acceptsApplications }
}`;
const REMOVE = `mutation ($id: ID!) { removeActivatingInstitution(id: $id) }`;
const ADD_GROUP = `mutation ($input: AddCertificateGroupInput!) { addCertificateGroup(input: $input) { id name minAge maxAge } }`;
const UPDATE_GROUP = `mutation ($input: UpdateCertificateGroupInput!) { updateCertificateGroup(input: $input) { id name minAge maxAge } }`;

type Institution = { id: string; name: string; address: string; phone: string | null; acceptsApplications: boolean };
type MunicipalityData = {
  municipality: {
    name: string;
    supportCentre: { name: string; address: string; phone: string } | null;
    activatingInstitutions: Institution[];
    certificateGroups: { id: string; name: string; minAge: number; maxAge: number }[];
  };
};

describe('reference data: МОЦ, activating institutions and certificate groups', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.db.drop();
  });

  const changes = (subjectId: string) =>
    h.db.dataSource.query(
      'SELECT action, old_values, new_values, changed_by, changed_at FROM reference_data_changes WHERE subject_id = $1 ORDER BY id',
      [subjectId],
    ) as Promise<
      { action: string; old_values: object | null; new_values: object | null; changed_by: string; changed_at: Date }[]
    >;

  it('seeds a МОЦ for every one of the 34 municipalities, and institutions for Кемерово and Киселевск, readable by anyone', async () => {
    const all = await h.run<{
      municipalities: { code: string; supportCentre: { name: string; address: string; phone: string } | null }[];
    }>({}, '{ municipalities { code supportCentre { name address phone } } }');
    expect(all.errors).toBeUndefined();
    expect(all.data!.municipalities).toHaveLength(34);
    for (const m of all.data!.municipalities) {
      expect(m.supportCentre?.name).toMatch(/^МОЦ /);
      expect(m.supportCentre?.phone).toMatch(/^\+7 \(\d{4,5}\) [\d-]+$/);
    }
    for (const code of ['01', '07']) {
      const { data, errors } = await h.run<MunicipalityData>({}, MUNICIPALITY, { code });
      expect(errors).toBeUndefined();
      expect(data!.municipality.activatingInstitutions.length).toBeGreaterThanOrEqual(2);
      expect(data!.municipality.activatingInstitutions.some((i) => i.acceptsApplications)).toBe(true);
    }
    const kiselevsk = await h.run<MunicipalityData>({}, MUNICIPALITY, { code: '07' });
    expect(kiselevsk.data!.municipality.supportCentre!.address).toBe('г. Киселевск, ул. Советская, д. 5');
  });

  it('lets the regional admin edit the МОЦ, recording who changed it, when, and what it was', async () => {
    const who = admin();
    const before = new Date();
    const input = {
      municipalityCode: '33',
      name: '  МОЦ Яйского   муниципального округа ',
      address: 'пгт Яя, ул. Школьная, д. 3',
      phone: '8 (38441) 2-11-00',
    };
    const { data, errors } = await h.run<{ updateSupportCentre: { name: string; phone: string } }>(who, UPDATE_CENTRE, { input });
    expect(errors).toBeUndefined();
    expect(data!.updateSupportCentre).toMatchObject({ name: 'МОЦ Яйского муниципального округа', phone: '8 (38441) 2-11-00' });
    const read = await h.run<MunicipalityData>({}, MUNICIPALITY, { code: '33' });
    expect(read.data!.municipality.supportCentre).toEqual({
      name: 'МОЦ Яйского муниципального округа',
      address: 'пгт Яя, ул. Школьная, д. 3',
      phone: '8 (38441) 2-11-00',
    });
    const [change] = await changes('33');
    expect(change).toMatchObject({
      action: 'updated',
      changed_by: who.userId,
      old_values: { address: 'пгт Яя, ул. Советская, д. 17' },
      new_values: { address: 'пгт Яя, ул. Школьная, д. 3' },
    });
    expect(change!.changed_at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it('adds, updates and removes an institution, each change audited', async () => {
    const who = admin();
    const added = await h.run<{ addActivatingInstitution: Institution }>(who, ADD, {
      input: {
        municipalityCode: '15',
        name: 'МБОУ «Основная общеобразовательная школа № 3»',
        address: 'г. Тайга, ул. Молодёжная, д. 4',
        phone: null,
        acceptsApplications: false,
      },
    });
    expect(added.errors).toBeUndefined();
    const { id } = added.data!.addActivatingInstitution;
    const updated = await h.run<{ updateActivatingInstitution: Institution }>(who, UPDATE, {
      input: {
        id,
        name: 'МБОУ «Основная общеобразовательная школа № 3»',
        address: 'г. Тайга, ул. Молодёжная, д. 4',
        phone: '+7 (38448) 2-40-15',
        acceptsApplications: true,
      },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateActivatingInstitution).toMatchObject({ phone: '+7 (38448) 2-40-15', acceptsApplications: true });
    let read = await h.run<MunicipalityData>({}, MUNICIPALITY, { code: '15' });
    expect(read.data!.municipality.activatingInstitutions).toEqual([updated.data!.updateActivatingInstitution]);

    const removed = await h.run<{ removeActivatingInstitution: string }>(who, REMOVE, { id });
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeActivatingInstitution).toBe(id);
    read = await h.run<MunicipalityData>({}, MUNICIPALITY, { code: '15' });
    expect(read.data!.municipality.activatingInstitutions).toEqual([]);

    const log = await changes(id);
    expect(log.map((c) => c.action)).toEqual(['created', 'updated', 'removed']);
    expect(log.every((c) => c.changed_by === who.userId)).toBe(true);
    expect(log[2]).toMatchObject({ old_values: { phone: '+7 (38448) 2-40-15', acceptsApplications: true }, new_values: null });

    const again = await h.run(who, REMOVE, { id });
    expect(again.errors?.[0]?.code).toBe('NOT_FOUND');
  });

  it('refuses a second institution of the same name in the municipality, whatever the case', async () => {
    const { errors } = await h.run(admin(), ADD, {
      input: {
        municipalityCode: '07',
        name: 'мбу до «центр детского творчества»',
        address: 'г. Киселевск, ул. Ленина, д. 1',
        acceptsApplications: true,
      },
    });
    expect(errors?.[0]).toMatchObject({ code: 'INSTITUTION_ALREADY_LISTED', message: expect.stringContaining('уже есть') });
    const read = await h.run<MunicipalityData>({}, MUNICIPALITY, { code: '07' });
    expect(read.data!.municipality.activatingInstitutions).toHaveLength(3);
  });

  it.each([
    ['phone without enough digits', { phone: '+7 (38464) 2-11' }, 'Телефон — 11 цифр'],
    ['a foreign phone', { phone: '+1 202 555 0100' }, 'Телефон — 11 цифр'],
    ['an empty name', { name: '   ' }, 'Укажите название МОЦ.'],
    ['an empty address', { address: '' }, 'Укажите адрес МОЦ.'],
    ['a malformed municipality code', { municipalityCode: '7' }, 'Код муниципалитета — две цифры.'],
  ])('refuses %s with BAD_USER_INPUT and a Russian message, changing nothing', async (_what, wrong, message) => {
    const input = {
      municipalityCode: '11',
      name: 'МОЦ г. Мыски',
      address: 'г. Мыски, ул. Мира, д. 1',
      phone: '+7 (38474) 2-00-00',
      ...wrong,
    };
    const { errors } = await h.run(admin(), UPDATE_CENTRE, { input });
    expect(errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining(message) });
    const read = await h.run<MunicipalityData>({}, MUNICIPALITY, { code: '11' });
    expect(read.data!.municipality.supportCentre!.address).toBe('г. Мыски, ул. Первомайская, д. 11');
  });

  it('refuses an unknown municipality with NOT_FOUND', async () => {
    const input = { municipalityCode: '99', name: 'МОЦ', address: 'г. Кемерово', phone: '+7 (3842) 00-00-00' };
    const { errors } = await h.run(admin(), UPDATE_CENTRE, { input });
    expect(errors?.[0]?.code).toBe('NOT_FOUND');
  });

  it('lets only the regional admin edit: operators, parents and anonymous visitors are refused', async () => {
    const input = { municipalityCode: '07', name: 'МОЦ', address: 'г. Киселевск', phone: '+7 (38464) 2-00-00' };
    for (const viewer of [
      operator('07'),
      parent(),
      { userId: randomUUID(), roles: ['finance_officer' as const], municipalityCode: '07' },
    ]) {
      expect((await h.run(viewer, UPDATE_CENTRE, { input })).errors?.[0]?.code).toBe('FORBIDDEN');
      const institution = { municipalityCode: '07', name: 'Новое', address: 'г. Киселевск', acceptsApplications: true };
      expect((await h.run(viewer, ADD, { input: institution })).errors?.[0]?.code).toBe('FORBIDDEN');
      expect((await h.run(viewer, REMOVE, { id: randomUUID() })).errors?.[0]?.code).toBe('FORBIDDEN');
    }
    expect((await h.run({}, UPDATE_CENTRE, { input })).errors?.[0]?.code).toBe('UNAUTHENTICATED');
    const read = await h.run<MunicipalityData>({}, MUNICIPALITY, { code: '07' });
    expect(read.data!.municipality.supportCentre!.name).toMatch(/^МОЦ Киселевского/);
  });

  describe('certificate groups', () => {
    it('adds a group with an age range and narrows one; issue then follows the new range', async () => {
      const who = admin();
      const added = await h.run<{ addCertificateGroup: { id: string; name: string } }>(who, ADD_GROUP, {
        input: { municipalityCode: '05', name: 'Дети в возрасте от 14 до 18 лет', minAge: 14, maxAge: 18 },
      });
      expect(added.errors).toBeUndefined();
      const read = await h.run<MunicipalityData>({}, MUNICIPALITY, { code: '05' });
      expect(read.data!.municipality.certificateGroups.map((g) => g.name)).toEqual([
        'Дети в возрасте от 14 до 18 лет',
        'Дети в возрасте от 5 до 18 лет',
      ]);
      const defaultGroup = read.data!.municipality.certificateGroups[1]!.id;
      const narrowed = await h.run<{ updateCertificateGroup: { minAge: number; maxAge: number; name: string } }>(
        who,
        UPDATE_GROUP,
        { input: { id: defaultGroup, minAge: 5, maxAge: 10 } },
      );
      expect(narrowed.errors).toBeUndefined();
      expect(narrowed.data!.updateCertificateGroup).toMatchObject({
        minAge: 5,
        maxAge: 10,
        name: 'Дети в возрасте от 5 до 18 лет',
      });
      expect((await changes(defaultGroup))[0]).toMatchObject({
        action: 'updated',
        changed_by: who.userId,
        old_values: { minAge: 5, maxAge: 18 },
        new_values: { minAge: 5, maxAge: 10 },
      });

      const father = parent();
      const child = await registerChild(h.db, {
        parentIds: [father.userId as string],
        municipalityCode: '05',
        birthDate: bornYearsAgo(12),
      });
      const entered = await h.run<{ enterApplication: { id: string } }>(operator('05'), ENTER, {
        input: { childId: child.childId, parentUserId: father.userId },
      });
      const issue = await h.run(father, ISSUE, {
        input: { applicationId: entered.data!.enterApplication.id, groupId: defaultGroup, documentId: child.documentId },
      });
      expect(issue.errors?.[0]?.code).toBe('AGE_OUT_OF_RANGE');
    });

    it.each([
      [4, 18],
      [5, 19],
      [10, 10],
      [12, 7],
    ])('refuses the range %i..%i with BAD_USER_INPUT', async (minAge, maxAge) => {
      const id = await groupOf(h.db, '06');
      const { errors } = await h.run(admin(), UPDATE_GROUP, { input: { id, minAge, maxAge } });
      expect(errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('от 5 до 18') });
      const added = await h.run(admin(), ADD_GROUP, { input: { municipalityCode: '06', name: 'Группа', minAge, maxAge } });
      expect(added.errors?.[0]?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a duplicate group name and an operator', async () => {
      const input = { municipalityCode: '06', name: 'Дети в возрасте от 5 до 18 лет', minAge: 5, maxAge: 18 };
      expect((await h.run(admin(), ADD_GROUP, { input })).errors?.[0]?.code).toBe('CERTIFICATE_GROUP_EXISTS');
      expect((await h.run(operator('06'), ADD_GROUP, { input })).errors?.[0]?.code).toBe('FORBIDDEN');
      const id = await groupOf(h.db, '06');
      expect((await h.run(operator('06'), UPDATE_GROUP, { input: { id, minAge: 6, maxAge: 18 } })).errors?.[0]?.code).toBe(
        'FORBIDDEN',
      );
    });
  });
});
