import { anonymousViewer, type Viewer } from '@pdo/service-kit/domain';
import { assertReviewerFor, assertStaffOf, isReviewerFor, isStaffOf } from './access.rules';

const PROVIDER = '00000000-0000-4000-8000-0000000000a1';
const viewer = (patch: Partial<Viewer>): Viewer => ({
  ...anonymousViewer,
  userId: '00000000-0000-4000-8000-000000000001',
  ...patch,
});

describe('isStaffOf', () => {
  it('admits the provider’s staff, in person or by API key', () => {
    expect(isStaffOf(viewer({ roles: ['provider_staff'], providerId: PROVIDER }), PROVIDER)).toBe(true);
    expect(isStaffOf(viewer({ roles: ['provider_staff'], providerId: PROVIDER, viaApiKey: true }), PROVIDER)).toBe(true);
  });

  it('refuses another provider, a missing provider, other roles and guests', () => {
    expect(isStaffOf(viewer({ roles: ['provider_staff'], providerId: '00000000-0000-4000-8000-0000000000a2' }), PROVIDER)).toBe(
      false,
    );
    expect(isStaffOf(viewer({ roles: ['provider_staff'] }), PROVIDER)).toBe(false);
    expect(isStaffOf(viewer({ roles: ['operator'], providerId: PROVIDER }), PROVIDER)).toBe(false);
    expect(isStaffOf(anonymousViewer, PROVIDER)).toBe(false);
    expect(() => assertStaffOf(anonymousViewer, PROVIDER)).toThrow('Изменять программу может только её организация.');
  });
});

describe('isReviewerFor', () => {
  it('admits the regional admin anywhere and an operator in their municipality only', () => {
    expect(isReviewerFor(viewer({ roles: ['regional_admin'] }), '07')).toBe(true);
    expect(isReviewerFor(viewer({ roles: ['operator'], municipalityCode: '07' }), '07')).toBe(true);
    expect(isReviewerFor(viewer({ roles: ['operator'], municipalityCode: '01' }), '07')).toBe(false);
    expect(isReviewerFor(viewer({ roles: ['provider_staff', 'finance_officer'], municipalityCode: '07' }), '07')).toBe(false);
    expect(() => assertReviewerFor(viewer({ roles: ['parent'] }), '07')).toThrow(
      expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }),
    );
  });
});
