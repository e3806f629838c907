import { anonymousViewer, DomainError, type Viewer } from '@pdo/service-kit/domain';
import { checkScanReadReason, childAccess, childNameAccess, mayChange, type ChildScope } from './child-access.rules';

const today = '2026-11-21';
const parentId = '00000000-0000-4000-8000-000000000001';
const childUserId = '00000000-0000-4000-8000-000000000002';
const child: ChildScope = { parentIds: [parentId], childUserId, birthDate: '2011-03-05', municipalityCode: '07' };
const as = (viewer: Partial<Viewer>) => childAccess({ ...anonymousViewer, ...viewer }, child, today);
const other = '00000000-0000-4000-8000-0000000000ff';

describe('who may see a child', () => {
  it('lets the linked parent in as parent, the linked child of 14+ as self, an operator of the municipality as staff', () => {
    expect(as({ userId: parentId, roles: ['parent'] })).toBe('parent');
    expect(as({ userId: childUserId, roles: ['child'] })).toBe('self');
    expect(as({ userId: other, roles: ['operator'], municipalityCode: '07' })).toBe('staff');
  });

  it('refuses everyone else', () => {
    expect(as({})).toBeNull();
    expect(as({ userId: other, roles: ['parent'] })).toBeNull();
    expect(as({ userId: other, roles: ['child'] })).toBeNull();
    expect(as({ userId: other, roles: ['operator'], municipalityCode: '01' })).toBeNull();
    expect(as({ userId: other, roles: ['operator'], municipalityCode: null })).toBeNull();
    expect(
      as({ userId: other, roles: ['regional_admin', 'finance_officer', 'provider_staff'], municipalityCode: '07' }),
    ).toBeNull();
    expect(as({ userId: parentId, roles: ['parent'], viaApiKey: true })).toBeNull();
  });

  it('needs the matching role, not just the id', () => {
    expect(as({ userId: parentId, roles: ['operator'], municipalityCode: '01' })).toBeNull();
    expect(as({ userId: childUserId, roles: ['parent'] })).toBeNull();
  });

  it('lets the linked child in only from the 14th birthday', () => {
    const viewer = { ...anonymousViewer, userId: childUserId, roles: ['child' as const] };
    expect(childAccess(viewer, { ...child, birthDate: '2012-11-22' }, today)).toBeNull();
    expect(childAccess(viewer, { ...child, birthDate: '2012-11-21' }, today)).toBe('self');
  });

  it('lets parents and the child change the card, staff only read', () => {
    expect([mayChange('parent'), mayChange('self'), mayChange('staff'), mayChange(null)]).toEqual([true, true, false, false]);
  });
});

describe('who may see only a child’s name', () => {
  const providerId = '00000000-0000-4000-8000-0000000000aa';
  const named = { ...child, providerIds: [providerId] };
  const nameAs = (viewer: Partial<Viewer>) => childNameAccess({ ...anonymousViewer, ...viewer }, named, today);

  it('lets staff of a provider the child applied to read the name, and whoever reads the card', () => {
    expect(nameAs({ userId: other, roles: ['provider_staff'], providerId })).toBe('provider');
    expect(nameAs({ userId: parentId, roles: ['parent'] })).toBe('parent');
    expect(nameAs({ userId: other, roles: ['operator'], municipalityCode: '07' })).toBe('staff');
  });

  it('refuses another provider, a provider system with an API key, and the finance officer', () => {
    expect(nameAs({ userId: other, roles: ['provider_staff'], providerId: other })).toBeNull();
    expect(nameAs({ userId: other, roles: ['provider_staff'], providerId: null })).toBeNull();
    expect(nameAs({ userId: other, roles: ['provider_staff'], providerId, viaApiKey: true })).toBeNull();
    expect(nameAs({ userId: other, roles: ['finance_officer'], municipalityCode: '07' })).toBeNull();
  });
});

describe('a reason to open a scan', () => {
  it('is required of staff, with its own code naming the field', () => {
    let error: unknown;
    try {
      checkScanReadReason('staff', null);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).extensions).toMatchObject({ code: 'ACCESS_REASON_REQUIRED', field: 'reason' });
  });

  it('is taken from staff as given, and not asked of the family', () => {
    expect(() => checkScanReadReason('staff', 'Проверка документов')).not.toThrow();
    expect(() => checkScanReadReason('parent', null)).not.toThrow();
    expect(() => checkScanReadReason('self', null)).not.toThrow();
  });
});
