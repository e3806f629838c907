import { anonymousViewer, type Viewer } from '@pdo/service-kit/domain';
import { canManageNormatives } from './normative.access';

const viewer = (patch: Partial<Viewer>): Viewer => ({ ...anonymousViewer, userId: 'u', ...patch });

describe('canManageNormatives', () => {
  it('lets a finance officer manage only their own municipality', () => {
    expect(canManageNormatives(viewer({ roles: ['finance_officer'], municipalityCode: '07' }), '07')).toBe(true);
    expect(canManageNormatives(viewer({ roles: ['finance_officer'], municipalityCode: '07' }), '08')).toBe(false);
  });

  it('lets the regional admin manage any municipality and nobody else manage one', () => {
    expect(canManageNormatives(viewer({ roles: ['regional_admin'] }), '15')).toBe(true);
    expect(canManageNormatives(viewer({ roles: ['operator'], municipalityCode: '07' }), '07')).toBe(false);
    expect(canManageNormatives(viewer({ roles: ['parent'], municipalityCode: '07' }), '07')).toBe(false);
  });
});
