// Generated bad input (QUALITY.md): every mutation and every query with arguments in gateway/supergraph.graphql,
// each sent through the gateway as an actor it is meant for, with fast-check varying one position of otherwise
// plausible variables: wrong types, boundary numbers, empty, huge, look-alike and control-character strings,
// null anywhere, missing and unknown fields, deep and huge values. Every answer must be a refusal with a stable
// code and a Russian message (never a 5xx, INTERNAL_SERVER_ERROR, a stack or a path), and a batch of refusals
// must leave every table of the five databases as it was. BAD_INPUT_RUNS sets the inputs per operation.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { counterContentQuery, type CounterTable } from '@pdo/service-kit';
import { requiredTestEnv } from '@pdo/service-kit/testing';
import { DataSource } from 'typeorm';
import { MUNICIPALITY_COUNTER_TABLES } from '../../services/billing/src/operations/region-overview.operations';
import { CERTIFICATE_COUNTER_TABLES } from '../../services/certificates/src/operations/overview.operations';
import { signIn } from './gateway.client';

const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 10);
const SEED = Number(process.env.BAD_INPUT_SEED ?? 20261204);
const DATABASES = ['identity', 'certificates', 'navigator', 'billing', 'notifications'] as const;
/** Tables a refusal writes to on purpose: failed sign-ins feed the throttle, staff reads go to the audit log. */
const WRITTEN_ON_REFUSAL = new Set(['identity.sign_in_failures', 'identity.audit_log']);
/** Counter tables are folded every minute in the background: what they count is compared, not their rows. */
const COUNTER_TABLES = new Map<string, CounterTable>([
  ...MUNICIPALITY_COUNTER_TABLES.map((table) => [`billing.${table.table}`, table] as const),
  ...CERTIFICATE_COUNTER_TABLES.map((table) => [`certificates.${table.table}`, table] as const),
]);
/**
 * Tried in this order for each operation. Demo users other tests do not follow (parent2, operator01 and its
 * municipality 01) take what is accepted, so the journeys' own data stays as they expect it.
 */
const ACTORS = ['parent2', 'child14', 'operator01', 'finance', 'provider', 'admin'] as const;
type Actor = (typeof ACTORS)[number] | 'anonymous';

const CYRILLIC = /[\u0400-\u04ff]/;
const LEAK = /node_modules|\/work\/|\/app\/|\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|stacktrace/i;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const schema = buildASTSchema(parse(readFileSync(join(__dirname, '..', '..', 'gateway', 'supergraph.graphql'), 'utf8')), {
  assumeValidSDL: true,
});

// ---------- plausible values, so that the one bad position is what gets judged ----------

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/**
 * Valid strings by field name, so a change is judged past the first rule; `month` stays invalid on purpose
 * (a valid one would run the month-end billing of the whole region).
 */
const STRINGS: Record<string, string> = {
  lastName: 'Иванов',
  firstName: 'Пётр',
  patronymic: 'Сергеевич',
  birthDate: '2016-02-11',
  issuedOn: '2016-03-01',
  startDate: '2026-09-01',
  endDate: '2027-05-31',
  periodStart: '2026-09-01',
  effectiveFrom: '2026-09-01',
  consentGivenAt: '2026-09-01T10:00:00+07:00',
  municipalityCode: '01',
  email: 'bad-input@example.org',
  series: 'III-ЛО',
  number: '123456',
  issuer: 'Отдел ЗАГС г. Киселевска',
  fileName: 'скан.png',
  contentBase64: PNG_BASE64,
  address: 'г. Киселевск, ул. Ленина, д. 1',
  phone: '+7 384 642-00-00',
  startTime: '15:00',
  endTime: '16:30',
  login: 'no-such-login',
  // a valid export format, so the reason and the municipality of an export are judged too
  format: 'xlsx',
  password: 'неверный-пароль',
};

function plausible(type: GraphQLInputType, depth = 0, name = ''): Json {
  if (isNonNullType(type)) return plausible(type.ofType, depth, name);
  if (isListType(type)) return [plausible(type.ofType, depth, name)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    if (depth > 4) return null;
    return Object.fromEntries(
      Object.values(type.getFields()).map((field) => [field.name, plausible(field.type, depth + 1, field.name)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'Kopecks':
        return 10000;
      case 'DateTimeISO':
        return '2026-09-01T00:00:00.000Z';
      default:
        return STRINGS[name] ?? 'тест';
    }
  }
  return null;
}

const variableName = (arg: GraphQLArgument) => arg.name;

interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  text: string;
  args: readonly GraphQLArgument[];
}

function operationOf(kind: Operation['kind'], field: GraphQLField<unknown, unknown>): Operation {
  const declarations = field.args.map((arg) => `$${variableName(arg)}: ${arg.type.toString()}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${variableName(arg)}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return {
    kind,
    name: field.name,
    text: `${kind} (${declarations}) { ${field.name}(${passed})${selection} }`,
    args: field.args,
  };
}

const operations: Operation[] = [
  ...Object.values(schema.getMutationType()!.getFields())
    .filter((field) => field.args.length > 0)
    .map((f) => operationOf('mutation', f)),
  ...Object.values(schema.getQueryType()!.getFields())
    .filter((field) => field.args.length > 0 && !field.name.startsWith('_'))
    .map((f) => operationOf('query', f)),
];

// ---------- bad values ----------

const HUGE = 'я'.repeat(1 << 19);
let nested: Json = 'x';
for (let i = 0; i < 40; i++) nested = [nested];

const badValue: fc.Arbitrary<Json> = fc.oneof(
  // wrong types and boundary numbers
  fc.constantFrom<Json>(0, -1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, -(2 ** 53) - 2, 100.5, 1e308, -0.000001, true, false),
  fc.constantFrom<Json>('NaN', 'Infinity', '-0', '1e309', '0x10', '100.5', '9007199254740993', '-1', ' 1 '),
  // empty, blank, huge, look-alikes, control and format characters, markup
  fc.constantFrom<Json>('', ' ', '\t\n', HUGE, 'x'.repeat(70_000)),
  fc.constantFrom<Json>('раrеnt', 'АВС-ЕКМ', 'ＩＩＩ－ЛО', '１２３４５６', 'Ⅲ-ЛО', 'ё̈', 'e\u0301', '٣٤٥'),
  fc.constantFrom<Json>(
    '\u0000',
    'a\u0000b',
    '\u202eabc',
    '\u200b',
    '\ufeff',
    '\ud800',
    '\udfff',
    '\u0007\u001b[31m',
    '😀'.repeat(50),
  ),
  fc.constantFrom<Json>("' OR 1=1 --", '<img src=x onerror=alert(1)>', '../../etc/passwd', '%00', '${7*7}', '{{7*7}}'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  // null, structures where scalars belong and the reverse, deep and huge
  fc.constant<Json>(null),
  fc.constantFrom<Json>({}, [], [null], { x: 1 }, ['a', 'b'], nested),
  fc.constant<Json>(Array.from({ length: 5000 }, (_, i) => i)),
  fc.constant<Json>(Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i]))),
);

type Change = { kind: 'replace'; value: Json } | { kind: 'remove' } | { kind: 'unknown field'; value: Json };

const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 8, arbitrary: badValue.map((value) => ({ kind: 'replace' as const, value })) },
  { weight: 1, arbitrary: fc.constant<Change>({ kind: 'remove' }) },
  { weight: 1, arbitrary: badValue.map((value) => ({ kind: 'unknown field' as const, value })) },
);

/** Every position in the variables: the variables themselves, their fields, list items. */
function positions(value: Json, path: Path = []): Path[] {
  const own = path.length > 0 ? [path] : [];
  if (Array.isArray(value)) return [...own, ...value.flatMap((item, i) => positions(item, [...path, i]))];
  if (value !== null && typeof value === 'object')
    return [...own, ...Object.entries(value).flatMap(([key, item]) => positions(item, [...path, key]))];
  return own;
}

function applyChange(variables: Json, path: Path, what: Change): Json {
  const copy = structuredClone(variables) as Record<string, Json>;
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key];
  const last = path[path.length - 1];
  const holder = parent as Record<string | number, Json>;
  if (what.kind === 'replace') holder[last] = what.value;
  else if (what.kind === 'remove') {
    if (Array.isArray(holder)) holder.splice(Number(last), 1);
    else delete holder[last];
  } else {
    const target = holder[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) target.unexpectedField = what.value;
    else holder[last] = { unexpectedField: what.value };
  }
  return copy;
}

const summary = (value: Json): string => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 160 ? `${text.slice(0, 150)}…(${text.length} chars)` : text;
};

// ---------- sending and judging ----------

interface Answer {
  status: number;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | null;
}

let sent = 0;

async function send(operation: Operation, variables: Json, token: string | null): Promise<Answer> {
  sent += 1;
  // Each request from its own address (the gateway trusts loopback's X-Forwarded-For), so failed sign-ins
  // here never reach the per-address throttle that the other tests' sign-ins from 127.0.0.1 go through.
  const address = `198.51.${(sent >> 8) & 0xff}.${sent & 0xff}`;
  const response = await fetch(requiredTestEnv('GATEWAY_URL'), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: operation.text, variables }),
  });
  const text = await response.text();
  let body: Answer['body'] = null;
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = null;
  }
  return { status: response.status, text, body };
}

/** What is wrong with an answer, or null when it is a proper refusal or a proper answer. */
function defectOf(answer: Answer): string | null {
  if (answer.status >= 500) return `HTTP ${answer.status}`;
  if (!answer.body) return `not JSON: ${answer.text.slice(0, 120)}`;
  if (answer.text.includes('INTERNAL_SERVER_ERROR')) return 'INTERNAL_SERVER_ERROR';
  if (LEAK.test(answer.text)) return `stack or path: ${LEAK.exec(answer.text)?.[0]}`;
  for (const error of answer.body.errors ?? []) {
    if (typeof error.extensions?.code !== 'string') return `no code: ${String(error.message).slice(0, 120)}`;
    if (typeof error.message !== 'string' || !CYRILLIC.test(error.message))
      return `not Russian (${error.extensions.code}): ${String(error.message).slice(0, 120)}`;
  }
  return null;
}

const refused = (answer: Answer) => (answer.body?.errors?.length ?? 0) > 0 && !answer.body?.data;
const codesOf = (answer: Answer) => (answer.body?.errors ?? []).map((e) => String(e.extensions?.code));

// ---------- table states ----------

const connections = new Map<string, DataSource>();

/** Each table's row count, or for a counter table a digest of what it counts. */
async function tableStates(): Promise<Map<string, number | string>> {
  const states = new Map<string, number | string>();
  for (const database of DATABASES) {
    const source = connections.get(database)!;
    const tables = (await source.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    )) as { table_name: string }[];
    const names = tables.map((t) => t.table_name).filter((name) => !WRITTEN_ON_REFUSAL.has(`${database}.${name}`));
    if (names.length === 0) continue;
    const counted = names.filter((name) => !COUNTER_TABLES.has(`${database}.${name}`));
    if (counted.length > 0) {
      const [row] = (await source.query(
        `SELECT ${counted.map((name, i) => `(SELECT count(*) FROM "${name}")::int AS c${i}`).join(', ')}`,
      )) as Record<string, number>[];
      counted.forEach((name, i) => states.set(`${database}.${name}`, row[`c${i}`]));
    }
    for (const name of names.filter((name) => COUNTER_TABLES.has(`${database}.${name}`))) {
      const [{ content }] = (await source.query(counterContentQuery(COUNTER_TABLES.get(`${database}.${name}`)!))) as {
        content: string;
      }[];
      states.set(`${database}.${name}`, content.slice(0, 8));
    }
  }
  return states;
}

const differences = (before: Map<string, number | string>, after: Map<string, number | string>) =>
  [...after]
    .filter(([table, state]) => before.get(table) !== state)
    .map(([table, state]) => `${table}: ${before.get(table)} → ${state}`);

/** Events of earlier steps may still be on their way into read models: wait until nothing changes for a while. */
async function settledStates(): Promise<Map<string, number | string>> {
  let previous = await tableStates();
  for (let i = 0; i < 40; i++) {
    await new Promise((resolve) => setTimeout(resolve, 750));
    const next = await tableStates();
    if (differences(previous, next).length === 0) return next;
    previous = next;
  }
  return previous;
}

describe('generated bad input through the gateway', () => {
  const tokens = new Map<Actor, string | null>([['anonymous', null]]);

  beforeAll(async () => {
    for (const actor of ACTORS) tokens.set(actor, await signIn(actor));
    for (const database of DATABASES) {
      const url = new URL(requiredTestEnv('DATABASE_URL'));
      url.pathname = `/${database}`;
      const source = new DataSource({ type: 'postgres', url: url.toString() });
      await source.initialize();
      connections.set(database, source);
    }
  });
  afterAll(() => Promise.all([...connections.values()].map((source) => source.destroy())));

  it('answers every operation × input with a coded Russian refusal and writes nothing', async () => {
    const started = Date.now();
    // Who the operation is for: the first actor whose plausible call is not refused for who they are.
    const actorOf = new Map<string, Actor>();
    for (const operation of operations) {
      const variables = Object.fromEntries(operation.args.map((arg) => [variableName(arg), plausible(arg.type, 0, arg.name)]));
      let chosen: Actor = 'parent2';
      for (const actor of [...ACTORS, 'anonymous'] as const) {
        const codes = codesOf(await send(operation, variables, tokens.get(actor) ?? null));
        if (!codes.includes('UNAUTHENTICATED') && !codes.includes('FORBIDDEN')) {
          chosen = actor;
          break;
        }
      }
      actorOf.set(operation.name, chosen);
    }

    const defects: string[] = [];
    const writes: string[] = [];
    const rows: string[] = [];
    let requests = 0;
    let accepted = 0;
    let before = await settledStates();
    for (const operation of operations) {
      const base = Object.fromEntries(operation.args.map((arg) => [variableName(arg), plausible(arg.type, 0, arg.name)])) as Json;
      const places = positions(base);
      const token = tokens.get(actorOf.get(operation.name)!) ?? null;
      const samples = fc.sample(fc.tuple(fc.nat(places.length - 1), change), { numRuns: RUNS, seed: SEED + requests });
      let allRefused = true;
      const codes = new Map<string, number>();
      for (const [index, what] of samples) {
        const variables = applyChange(base, places[index], what);
        const answer = await send(operation, variables, token);
        requests += 1;
        const defect = defectOf(answer);
        if (defect)
          defects.push(
            `${operation.name} as ${actorOf.get(operation.name)} at ${places[index].join('.')} ${what.kind} ${'value' in what ? summary(what.value) : ''}: ${defect}`,
          );
        if (!refused(answer)) {
          allRefused = false;
          accepted += 1;
        }
        const code = refused(answer) ? codesOf(answer)[0] : 'принят';
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
      rows.push(
        `| ${operation.kind} ${operation.name} | ${actorOf.get(operation.name)} | ${[...codes].map(([code, n]) => `${code} ${n}`).join(', ')} |`,
      );
      if (allRefused) {
        const after = await tableStates();
        const changed = differences(before, after);
        if (changed.length > 0) writes.push(`${operation.name}: ${changed.join(', ')}`);
        before = after;
      } else if (operation.kind === 'mutation') {
        // An accepted mutation writes, and its events reach other services later: start the next batch from rest.
        before = await settledStates();
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    const results = join(__dirname, '..', '..', '.data', 'test', 'results');
    mkdirSync(results, { recursive: true });
    writeFileSync(
      join(results, 'bad-input.md'),
      [
        `# Плохой ввод: ${operations.length} операций × ${RUNS} входов = ${requests} запросов, ${seconds} с`,
        '',
        `Дефектов: ${defects.length}; пакетов отказов с записью в базу: ${writes.length}.`,
        '',
        '| операция | от чьего имени | ответы (код × число) |',
        '| --- | --- | --- |',
        ...rows,
        '',
        ...defects.map((line) => `- дефект: ${line}`),
        ...writes.map((line) => `- запись при отказе: ${line}`),
        '',
      ].join('\n'),
    );
    console.log(
      `bad input: ${operations.length} operations × ${RUNS} inputs = ${requests} requests (${accepted} accepted), ` +
        `${defects.length} defects, ${writes.length} refused batches that wrote, ${seconds} s`,
      ...defects.slice(0, 40).map((line) => `\n  ${line}`),
      ...writes.map((line) => `\n  wrote: ${line}`),
    );
    expect(defects).toEqual([]);
    expect(writes).toEqual([]);
  });
});
