import { generateKeyPairSync } from 'node:crypto';
import { testRuntime } from '@pdo/service-kit/testing';
import pino from 'pino';
import { identityService } from '../src/identity.service';
import { demoChildren } from '../src/seed/demo-children.seed';
import { demoUsers } from '../src/seed/demo-users.seed';
import { startIdentity, type IdentityHarness } from './identity.fixture';

describe('demo data', () => {
  let h: IdentityHarness;
  beforeAll(async () => {
    h = await startIdentity();
  });
  afterAll(() => h.db.drop());

  it('seeds the demo parent’s children once, with documents, consent, ChildRegistered and DocumentAdded events', async () => {
    process.env.DEMO_PASSWORD = 'kuzbass-demo';
    const runtime = testRuntime(identityService, h.db, pino({ level: 'silent' }), {
      JWT_PRIVATE_KEY: generateKeyPairSync('ec', { namedCurve: 'P-256' })
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString(),
    });
    await identityService.seed?.(runtime);
    await identityService.seed?.(runtime);

    const [parent, child14] = demoUsers;
    const viewer = (user: (typeof demoUsers)[number]) => ({
      userId: user.id,
      roles: [...user.roles],
      municipalityCode: user.municipalityCode,
    });
    const { myChildren } = await h.run<{
      myChildren: { id: string; consentGivenAt: string | null; documents: { number: string }[] }[];
    }>(viewer(parent), '{ myChildren { id consentGivenAt documents { number } } }');
    expect(myChildren.map((c) => c.id)).toEqual(demoChildren.map(({ child }) => child.id));
    expect(myChildren.every((c) => c.consentGivenAt !== null && c.documents.length === 1)).toBe(true);
    expect(await h.run(viewer(child14), '{ myChildren { id } }')).toEqual({ myChildren: [{ id: demoChildren[0].child.id }] });
    const events = (await h.db.dataSource.query('SELECT type, key FROM outbox ORDER BY key')) as { type: string; key: string }[];
    expect(events).toEqual(
      [
        ...demoChildren.map(({ child }) => ({ type: 'identity.ChildRegistered', key: child.id })),
        ...demoChildren.map(({ document }) => ({ type: 'identity.DocumentAdded', key: document.id })),
      ].sort((a, b) => a.key.localeCompare(b.key)),
    );
  });
});
