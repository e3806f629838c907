// QUALITY.md's access matrix: every operation and entity field of gateway/supergraph.graphql × every actor ×
// the actor's own record and another's, through the gateway. Expectations are access-matrix.table.ts; an
// operation without a row fails here. The matrix is written to .data/test/results/access-matrix.md.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  parse,
  print,
  type TypeNode,
} from 'graphql';
import { accessTable, type Actor, type Audience, type Relation, type Row, type Target } from './access-matrix.table';
import { graphql, signIn, type GraphQLResult } from './gateway.client';
import { activeCertificateFor, childWithActiveCertificate, eventually, programInput, publishedProgram } from './family.fixture';

const root = join(__dirname, '..', '..');
const supergraph = parse(readFileSync(join(root, 'gateway', 'supergraph.graphql'), 'utf8'));
const objectTypes = new Map(
  supergraph.definitions
    .filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
    .map((d) => [d.name.value, d]),
);

const graphOf = (field: FieldDefinitionNode) =>
  field.directives
    ?.filter((d) => d.name.value === 'join__field')
    .filter((d) => !d.arguments?.some((a) => a.name.value === 'external' && print(a.value) === 'true'))
    .map((d) => print(d.arguments!.find((a) => a.name.value === 'graph')!.value))[0];

/** Fields an entity gets from a subgraph other than the one that holds most of it: reached only through the entity. */
function entityExtensionFields(): string[] {
  const found: string[] = [];
  for (const type of objectTypes.values()) {
    const isEntity = type.directives?.some(
      (d) => d.name.value === 'join__type' && d.arguments?.some((a) => a.name.value === 'key'),
    );
    if (!isEntity || !type.fields) continue;
    const counts = new Map<string, number>();
    for (const field of type.fields) {
      const graph = graphOf(field);
      if (graph) counts.set(graph, (counts.get(graph) ?? 0) + 1);
    }
    const owner = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    for (const field of type.fields) {
      const graph = graphOf(field);
      if (graph && graph !== owner) found.push(`${type.name.value}.${field.name.value}`);
    }
  }
  return found;
}

const operationsOf = (typeName: 'Query' | 'Mutation') =>
  (objectTypes.get(typeName)?.fields ?? []).map((field) => `${typeName}.${field.name.value}`);

const schemaOperations = [...operationsOf('Query'), ...operationsOf('Mutation'), ...entityExtensionFields()];

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/** The operation's text from the schema: every argument given as a variable, `__typename` and `id` selected. */
function operationText(name: string, variables: Record<string, unknown>): string {
  const [typeName, fieldName] = name.split('.') as ['Query' | 'Mutation', string];
  const field = objectTypes.get(typeName)!.fields!.find((f) => f.name.value === fieldName)!;
  const given = (field.arguments ?? []).filter((a: InputValueDefinitionNode) => a.name.value in variables);
  const declared = given.map((a) => `$${a.name.value}: ${print(a.type)}`).join(', ');
  const passed = given.map((a) => `${a.name.value}: $${a.name.value}`).join(', ');
  const returned = objectTypes.get(namedType(field.type));
  const selection = returned
    ? ` { __typename${returned.fields?.some((f) => f.name.value === 'id' && !f.arguments?.length) ? ' id' : ''} }`
    : '';
  const keyword = typeName === 'Query' ? 'query' : 'mutation';
  return `${keyword}${declared ? ` (${declared})` : ''} { ${fieldName}${passed ? `(${passed})` : ''}${selection} }`;
}

interface ActorProfile {
  token: string | undefined;
  login: string | null;
  roles: readonly string[];
  municipalityCode: string | null;
  providerId: string | null;
  viaApiKey: boolean;
}

const PROVIDER_A = '00000000-0000-4000-8000-0000000000a1';
const PROVIDER_B = '00000000-0000-4000-8000-0000000000a2';
const actorLogins: Record<Exclude<Actor, 'anonymous' | 'apiKey'>, string> = {
  parent: 'parent',
  pupil: 'child14',
  operator: 'operator',
  operatorElsewhere: 'operator01',
  admin: 'admin',
  finance: 'finance',
  financeElsewhere: 'finance01',
  provider: 'provider',
  otherProvider: 'provider2',
};
const actors = ['anonymous', ...Object.keys(actorLogins), 'apiKey'] as Actor[];

interface World extends Target {
  parentLogin: string;
  pupilLogin: string | null;
}

function holds(relation: Relation, actor: ActorProfile, world: World): boolean {
  switch (relation) {
    case 'family':
      return actor.login === world.parentLogin;
    case 'pupil':
      return world.pupilLogin !== null && actor.login === world.pupilLogin;
    case 'operator':
      return actor.roles.includes('operator') && actor.municipalityCode === world.municipalityCode;
    case 'finance':
      return actor.roles.includes('finance_officer') && actor.municipalityCode === world.municipalityCode;
    case 'admin':
      return actor.roles.includes('regional_admin');
    case 'provider':
      return actor.roles.includes('provider_staff') && !actor.viaApiKey && actor.providerId === world.providerId;
    case 'apiKey':
      return actor.viaApiKey && actor.providerId === world.providerId;
  }
}

const audienceRoles: Record<Exclude<Audience, 'anyone' | 'signedIn' | 'providerPerson' | 'person'>, string> = {
  parentRole: 'parent',
  pupilRole: 'child',
  operatorRole: 'operator',
  financeRole: 'finance_officer',
  providerRole: 'provider_staff',
};

function admits(allow: readonly (Relation | Audience)[], actor: ActorProfile, world: World): boolean {
  return allow.some((rule) => {
    if (rule === 'anyone') return true;
    if (rule === 'signedIn') return actor.token !== undefined;
    if (rule === 'providerPerson') return actor.roles.includes('provider_staff') && !actor.viaApiKey;
    if (rule === 'person') return actor.token !== undefined && !actor.viaApiKey;
    if (rule in audienceRoles) return actor.roles.includes(audienceRoles[rule as keyof typeof audienceRoles]);
    return holds(rule as Relation, actor, world);
  });
}

/** Which records of a target may appear in an answer to this actor: those the row lets it reach by relation. */
const mayShow = (row: Exclude<Row, { public: string }>, actor: ActorProfile, world: World) =>
  [...row.allow, ...(row.sees ?? [])].some(
    (rule) =>
      !(rule in audienceRoles) &&
      rule !== 'anyone' &&
      rule !== 'signedIn' &&
      rule !== 'providerPerson' &&
      rule !== 'person' &&
      holds(rule as Relation, actor, world),
  );

const markersOf = (world: World) => [
  world.childId,
  world.documentId,
  world.certificateId,
  world.certificateNumber,
  world.applicationId,
  world.enrollmentId,
  world.draftProgramId,
];

const ACCESS_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

type Outcome = 'allowed' | 'refused' | 'not sent';
interface Cell {
  operation: string;
  actor: Actor;
  whose: Target['whose'];
  expected: Outcome;
  got: Outcome | 'wrong';
  detail: string;
}

const at = (data: unknown, path: readonly string[]) =>
  path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );

function judge(
  result: GraphQLResult<unknown>,
  path: readonly string[],
  refusedAsNull: boolean,
): { got: Outcome | 'wrong'; detail: string } {
  const codes = (result.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
  if (result.status >= 500) return { got: 'wrong', detail: `HTTP ${result.status}` };
  if (codes.some((code) => ACCESS_CODES.has(code))) return { got: 'refused', detail: codes.join(',') };
  if (codes.length > 0) return { got: 'wrong', detail: `${codes.join(',')}: ${result.errors?.[0]?.message}` };
  const value = at(result.data, path);
  const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0);
  if (empty && refusedAsNull) return { got: 'refused', detail: JSON.stringify(value ?? null) };
  if (value === null || value === undefined) return { got: 'wrong', detail: 'null' };
  return { got: 'allowed', detail: '' };
}

/** A published program with one group and a draft, of one provider (the API key works for the demo provider only). */
async function programsOf(staff: string) {
  const program = { title: `Проверка доступа ${randomUUID().slice(0, 8)}`, direction: 'social', hours: 72 };
  const { programId, groupId } = await publishedProgram(staff, program, { startDate: '2027-09-01', endDate: '2028-05-31' });
  const draft = await graphql<{ createProgram: { id: string } }>(
    'mutation ($input: ProgramInput!) { createProgram(input: $input) { id } }',
    { input: programInput({ ...program, title: `${program.title} (черновик)` }) },
    staff,
  );
  expect(draft.errors).toBeUndefined();
  return { programId, draftProgramId: draft.data!.createProgram.id, groupId };
}

async function enrolAndAccept(parentToken: string, staff: string, childId: string, groupId: string) {
  const requested = await eventually(
    () =>
      graphql<{ requestEnrollment: { id: string } }>(
        'mutation ($input: EnrollmentRequestInput!) { requestEnrollment(input: $input) { id } }',
        { input: { childId, groupId, idempotencyKey: randomUUID(), offerAccepted: true } },
        parentToken,
      ),
    (r) => Boolean(r.data?.requestEnrollment),
  );
  expect(requested.errors).toBeUndefined();
  const enrollmentId = requested.data!.requestEnrollment.id;
  const accepted = await eventually(
    () =>
      graphql<{ acceptEnrollment: { id: string } }>(
        'mutation ($id: ID!) { acceptEnrollment(id: $id) { id } }',
        { id: enrollmentId },
        staff,
      ),
    (r) => Boolean(r.data?.acceptEnrollment),
  );
  expect(accepted.errors).toBeUndefined();
  // the contract is made by notifications from the acceptance event
  await eventually(
    () => graphql('query ($id: ID!) { enrollmentContract(enrollmentId: $id) { url } }', { id: enrollmentId }, parentToken),
    (r) => !r.errors,
  );
  return enrollmentId;
}

const cellMark = (cell: Cell | undefined) => {
  if (!cell) return '—';
  if (cell.got === 'not sent') return '✓·';
  const mark = cell.expected === 'allowed' ? '✓' : '✗';
  return cell.got === cell.expected ? mark : `**${mark}≠${cell.got}**`;
};

function markdown(cells: Cell[], rows: string[], seconds: number): string {
  const header = `| операция | ${actors.flatMap((a) => [`${a} свой`, `${a} чужой`]).join(' | ')} |`;
  const line = `|---|${actors.flatMap(() => ['---', '---']).join('|')}|`;
  const body = rows.map((operation) => {
    const row = accessTable[operation]!;
    if ('public' in row) return `| ${operation} | ${actors.flatMap(() => ['откр.', 'откр.']).join(' | ')} |`;
    const marks = actors.flatMap((actor) =>
      (['own', 'other'] as const).map((whose) =>
        cellMark(cells.find((c) => c.operation === operation && c.actor === actor && c.whose === whose)),
      ),
    );
    return `| ${operation} | ${marks.join(' | ')} |`;
  });
  const sent = cells.filter((c) => c.got !== 'not sent');
  return [
    '# Матрица доступа',
    '',
    `Проверено ячеек: ${sent.length} (ещё ${cells.length - sent.length} разрешённых изменений не отправлялись, чтобы не менять общие данные); операций и полей сущностей: ${rows.length}, из них открытых: ${rows.filter((r) => 'public' in accessTable[r]!).length}; время: ${seconds.toFixed(0)} с.`,
    '',
    '✓ — разрешено и ответ получен; ✗ — отказ (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND или null, как для несуществующей записи); ✓· — разрешено, изменение не отправлялось; откр. — открытая операция.',
    '«Свой» — записи семьи parent и поставщика provider (ДДТ), «чужой» — другой семьи и другого поставщика; оба в Киселевске (07), operatorElsewhere и financeElsewhere — Кемерово (01).',
    '',
    header,
    line,
    ...body,
    '',
    ...rows.flatMap((operation) => {
      const row = accessTable[operation]!;
      return 'absent' in row && row.absent ? [`- ${operation}: записи нет — ${row.absent}; все ответы должны быть отказом.`] : [];
    }),
    '',
  ].join('\n');
}

describe("access matrix: every operation × every actor × own and another's record", () => {
  it('has a row in the table for every query, mutation and entity field of the supergraph, and none for what is gone', () => {
    expect(schemaOperations.filter((name) => !(name in accessTable))).toEqual([]);
    expect(Object.keys(accessTable).filter((name) => !schemaOperations.includes(name))).toEqual([]);
  });

  it("answers every cell as the table says, and never shows another family's or provider's records", async () => {
    const started = Date.now();
    const profiles = new Map<Actor, ActorProfile>();
    profiles.set('anonymous', {
      token: undefined,
      login: null,
      roles: [],
      municipalityCode: null,
      providerId: null,
      viaApiKey: false,
    });
    for (const [actor, login] of Object.entries(actorLogins) as [Actor, string][]) {
      const token = await signIn(login);
      const me = await graphql<{ me: { roles: string[]; municipalityCode: string | null; providerId: string | null } }>(
        '{ me { roles municipalityCode providerId } }',
        {},
        token,
      );
      profiles.set(actor, { token, login, ...me.data!.me, viaApiKey: false });
    }
    const providerToken = profiles.get('provider')!.token!;
    const key = await graphql<{ createApiKey: { key: string } }>(
      'mutation { createApiKey(name: "Матрица доступа") { key } }',
      {},
      providerToken,
    );
    profiles.set('apiKey', {
      token: `ApiKey ${key.data!.createApiKey.key}`,
      login: null,
      roles: ['provider_staff'],
      municipalityCode: '07',
      providerId: PROVIDER_A,
      viaApiKey: true,
    });

    // own: the demo family's pupil (Иванов Артём, passport) and the demo provider; other: another family and provider
    const parent = profiles.get('parent')!.token!;
    const parent2 = await signIn('parent2');
    const otherStaff = profiles.get('otherProvider')!.token!;
    const ownChild = '00000000-0000-4000-8000-0000000000d1';
    const ownDocument = '00000000-0000-4000-8000-0000000000e1';
    const { number: certificateNumber, ...ownCertificate } = await activeCertificateFor(
      parent,
      `matrix-${randomUUID()}@pdo.example.ru`,
      { childId: ownChild, documentId: ownDocument },
    );
    const other = await childWithActiveCertificate(parent2, `matrix-${randomUUID()}@pdo.example.ru`, {
      lastName: 'Чужов',
      firstName: 'Глеб',
      patronymic: 'Ильич',
      sex: 'MALE',
      age: 10,
    });
    const otherApplication = await graphql<{ myApplications: { id: string; childId: string }[] }>(
      '{ myApplications { id childId } }',
      {},
      parent2,
    );
    const otherDocuments = await graphql<{ child: { documents: { id: string }[] } }>(
      'query ($id: ID!) { child(id: $id) { documents { id } } }',
      { id: other.childId },
      parent2,
    );
    const ownPrograms = await programsOf(providerToken);
    const otherPrograms = await programsOf(otherStaff);
    const worlds: World[] = [
      {
        whose: 'own',
        parentLogin: 'parent',
        pupilLogin: 'child14',
        childId: ownChild,
        documentId: ownDocument,
        ...ownCertificate,
        certificateNumber,
        parentUserId: '00000000-0000-4000-8000-000000000001',
        enrollmentId: await enrolAndAccept(parent, providerToken, ownChild, ownPrograms.groupId),
        ...ownPrograms,
        providerId: PROVIDER_A,
        municipalityCode: '07',
      },
      {
        whose: 'other',
        parentLogin: 'parent2',
        pupilLogin: null,
        childId: other.childId,
        documentId: otherDocuments.data!.child.documents[0]!.id,
        certificateId: other.certificateId,
        certificateNumber: other.number,
        applicationId: otherApplication.data!.myApplications.find((a) => a.childId === other.childId)!.id,
        parentUserId: '00000000-0000-4000-8000-000000000007',
        enrollmentId: await enrolAndAccept(parent2, otherStaff, other.childId, otherPrograms.groupId),
        ...otherPrograms,
        providerId: PROVIDER_B,
        municipalityCode: '07',
      },
    ];

    const rows = [...schemaOperations].sort();
    const cells: Cell[] = [];
    for (const operation of rows) {
      const row = accessTable[operation]!;
      if ('public' in row) continue;
      await Promise.all(
        actors.flatMap((actor) =>
          worlds.map(async (world) => {
            const profile = profiles.get(actor)!;
            const expected: Outcome = !row.absent && admits(row.allow, profile, world) ? 'allowed' : 'refused';
            const cell = { operation, actor, whose: world.whose, expected };
            if (row.mutates && expected === 'allowed') {
              cells.push({ ...cell, got: 'not sent', detail: '' });
              return;
            }
            const variables = row.query ? row.query.variables(world) : (row.args?.(world) ?? {});
            const text = row.query ? row.query.text : operationText(operation, variables);
            const path = row.query ? row.query.path : [operation.split('.')[1]!];
            const result = await graphql(text, variables, profile.token);
            const verdict = judge(result, path, row.refusedAsNull === true);
            // only the data: a refusal may quote the id the caller itself sent
            const answer = JSON.stringify(result.data ?? null);
            const leaked = mayShow(row, profile, world) ? [] : markersOf(world).filter((marker) => answer.includes(marker));
            cells.push({
              ...cell,
              ...(leaked.length > 0 ? { got: 'wrong' as const, detail: `shows ${leaked.join(', ')}` } : verdict),
            });
          }),
        ),
      );
    }
    const seconds = (Date.now() - started) / 1000;
    const resultsDir = join(root, '.data', 'test', 'results');
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, 'access-matrix.md'), markdown(cells, rows, seconds));
    const sent = cells.filter((c) => c.got !== 'not sent').length;
    process.stdout.write(
      `access matrix: ${sent} cells checked, ${rows.length} operations and entity fields, ${actors.length} actors, ${seconds.toFixed(0)} s\n`,
    );
    const wrong = cells.filter((c) => c.got !== 'not sent' && c.got !== c.expected);
    expect(wrong.map((c) => `${c.operation} ${c.actor} ${c.whose}: expected ${c.expected}, got ${c.got} ${c.detail}`)).toEqual(
      [],
    );
  });
});
