import { randomUUID } from 'node:crypto';
import { childChanged, childRegistered, consentWithdrawn, documentAdded, type EventData, type EventOf } from '@pdo/events';
import { buildSubgraph } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type TestDatabase } from '@pdo/service-kit/testing';
import type { Viewer } from '@pdo/service-kit';
import type { GraphQLSchema } from 'graphql';
import { certificatesService } from '../src/certificates.service';
import { upsertChild } from '../src/events/child.handler';
import { terminateOnConsentWithdrawn } from '../src/events/consent-withdrawn.handler';
import { upsertDocument } from '../src/events/document.handler';

export interface Harness {
  db: TestDatabase;
  schema: GraphQLSchema;
  run<T = Record<string, unknown>>(
    viewer: Partial<Viewer>,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T | null; errors?: { message: string; code: unknown }[] }>;
}

export async function startHarness(): Promise<Harness> {
  const db = await createTestDatabase(certificatesService);
  const schema = await buildSubgraph(certificatesService.subgraph);
  return { db, schema, run: (viewer, query, variables) => executeAs(schema, db.dataSource, viewer, query, variables) };
}

export const parent = (userId: string = randomUUID()): Partial<Viewer> => ({ userId, roles: ['parent'], municipalityCode: '07' });
export const operator = (municipalityCode: string): Partial<Viewer> => ({
  userId: randomUUID(),
  roles: ['operator'],
  municipalityCode,
});

/** A birth date that makes the child `years` old today in Novokuznetsk (plus `days` more days). */
export function bornYearsAgo(years: number, days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Novokuznetsk' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** A document of the child, as identity would announce it; returns its id. */
export async function addDocument(
  db: TestDatabase,
  childId: string,
  kind: EventData<typeof documentAdded>['kind'] = 'birth_certificate',
): Promise<string> {
  const documentId = randomUUID();
  const event: EventOf<typeof documentAdded> = {
    id: randomUUID(),
    type: documentAdded.type,
    version: documentAdded.version,
    occurredAt: new Date().toISOString(),
    aggregateId: documentId,
    data: { documentId, childId, kind },
  };
  await db.dataSource.transaction((manager) => upsertDocument(event, manager));
  return documentId;
}

export async function documentOf(db: TestDatabase, childId: string): Promise<string> {
  const [row] = (await db.dataSource.query('SELECT id FROM child_documents WHERE child_id = $1 LIMIT 1', [childId])) as {
    id: string;
  }[];
  if (!row) throw new Error(`child ${childId} has no document`);
  return row.id;
}

/** What identity would publish for a child and its birth certificate; handled the way the consumer does it. */
export async function registerChild(
  db: TestDatabase,
  data: Partial<EventData<typeof childRegistered>> & { parentIds: string[] },
) {
  const event: EventOf<typeof childRegistered> = {
    id: randomUUID(),
    type: childRegistered.type,
    version: childRegistered.version,
    occurredAt: new Date().toISOString(),
    aggregateId: data.childId ?? randomUUID(),
    data: childRegistered.schema.parse({
      childId: randomUUID(),
      birthDate: bornYearsAgo(10),
      municipalityCode: '07',
      attendsSchool: true,
      ...data,
    }),
  };
  await db.dataSource.transaction((manager) => upsertChild(event, manager));
  return { ...event.data, documentId: await addDocument(db, event.data.childId) };
}

/** identity's ChildChanged carrying the whole child, e.g. after a move or a corrected birth date. */
export async function changeChild(db: TestDatabase, data: EventData<typeof childChanged>, occurredAt = new Date().toISOString()) {
  const event: EventOf<typeof childChanged> = {
    id: randomUUID(),
    type: childChanged.type,
    version: childChanged.version,
    occurredAt,
    aggregateId: data.childId,
    data,
  };
  await db.dataSource.transaction((manager) => upsertChild(event, manager));
}

export async function withdrawConsent(db: TestDatabase, childId: string) {
  const event: EventOf<typeof consentWithdrawn> = {
    id: randomUUID(),
    type: consentWithdrawn.type,
    version: consentWithdrawn.version,
    occurredAt: new Date().toISOString(),
    aggregateId: childId,
    data: { childId },
  };
  await db.dataSource.transaction((manager) => terminateOnConsentWithdrawn(event, manager));
}

export async function outbox(db: TestDatabase, type: string): Promise<{ aggregateId: string; data: Record<string, unknown> }[]> {
  const rows = (await db.dataSource.query('SELECT payload FROM outbox WHERE type = $1 ORDER BY seq', [type])) as {
    payload: { aggregateId: string; data: Record<string, unknown> };
  }[];
  return rows.map((row) => row.payload);
}

export async function groupOf(db: TestDatabase, municipalityCode: string): Promise<string> {
  const [{ id }] = (await db.dataSource.query('SELECT id FROM certificate_groups WHERE municipality_code = $1', [
    municipalityCode,
  ])) as [{ id: string }];
  return id;
}

export const APPLY = `mutation ($input: ApplyForCertificateInput!) { applyForCertificate(input: $input) { id applicationNumber status } }`;
export const CONFIRM = `mutation ($token: String!) { confirmEmail(token: $token) { id status } }`;
export const RESEND = `mutation ($id: ID!) { resendConfirmation(applicationId: $id) { id status } }`;
export const ENTER = `mutation ($input: EnterApplicationInput!) { enterApplication(input: $input) { id status applicationNumber } }`;
export const ISSUE = `mutation ($input: IssueCertificateInput!) {
  issueCertificate(input: $input) { id number status statusLabel groupName createdAt applicationNumber municipality { code name } }
}`;
export const ACTIVATE = `mutation ($input: ActivateCertificateInput!) { activateCertificate(input: $input) { id status statusLabel checkedDocuments } }`;

export const tokenFrom = (confirmationUrl: unknown) => new URL(String(confirmationUrl)).searchParams.get('token') as string;
