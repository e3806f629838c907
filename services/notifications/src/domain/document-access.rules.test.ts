import { anonymousViewer, type Viewer } from '@pdo/service-kit/domain';
import { mayDownload, type DocumentKind, type DocumentScope } from './document-access.rules';

const parentId = '0b6f7c1e-8d5a-4f3e-9a2b-1c4d5e6f7a8b';
const providerId = '11111111-2222-4333-8444-555555555555';
const scope: DocumentScope = { ownerUserIds: [parentId], municipalityCode: '07', providerId };
const as = (viewer: Partial<Viewer>): Viewer => ({
  ...anonymousViewer,
  userId: 'a1b2c3d4-0000-4000-8000-000000000001',
  ...viewer,
});
const kinds: DocumentKind[] = ['application_form', 'institutions_list', 'contract', 'invoice'];

describe('mayDownload', () => {
  it('lets the owning parent have any of their documents', () => {
    for (const kind of kinds) expect(mayDownload(as({ userId: parentId, roles: ['parent'] }), kind, scope)).toBe(true);
  });

  it('refuses a guest, another parent, and the owner acting through an API key', () => {
    expect(mayDownload(anonymousViewer, 'application_form', scope)).toBe(false);
    expect(mayDownload(as({ roles: ['parent'] }), 'application_form', scope)).toBe(false);
    expect(mayDownload(as({ userId: parentId, roles: ['parent'], viaApiKey: true }), 'application_form', scope)).toBe(false);
  });

  it('lets an operator of the same municipality in, and not one of another municipality', () => {
    expect(mayDownload(as({ roles: ['operator'], municipalityCode: '07' }), 'application_form', scope)).toBe(true);
    expect(mayDownload(as({ roles: ['operator'], municipalityCode: '01' }), 'application_form', scope)).toBe(false);
    expect(
      mayDownload(as({ roles: ['operator'], municipalityCode: '07' }), 'application_form', { ...scope, municipalityCode: null }),
    ).toBe(false);
  });

  it('lets the finance officer of the municipality have its invoices only', () => {
    const officer = as({ roles: ['finance_officer'], municipalityCode: '07' });
    expect(mayDownload(officer, 'invoice', scope)).toBe(true);
    expect(mayDownload(officer, 'application_form', scope)).toBe(false);
    expect(mayDownload(officer, 'contract', scope)).toBe(false);
  });

  it('lets the provider’s staff and its API key have its contracts and invoices, and no other provider', () => {
    expect(mayDownload(as({ roles: ['provider_staff'], providerId }), 'invoice', scope)).toBe(true);
    expect(mayDownload(as({ userId: null, roles: ['provider_staff'], providerId, viaApiKey: true }), 'contract', scope)).toBe(
      true,
    );
    expect(mayDownload(as({ roles: ['provider_staff'], providerId: parentId }), 'invoice', scope)).toBe(false);
    expect(mayDownload(as({ roles: ['provider_staff'], providerId }), 'application_form', { ...scope, providerId: null })).toBe(
      false,
    );
  });

  it('does not let a regional admin in by role alone', () => {
    expect(mayDownload(as({ roles: ['regional_admin'] }), 'application_form', scope)).toBe(false);
  });
});
