import fc from 'fast-check';
import { anonymousViewer, type Viewer } from '@pdo/service-kit/domain';
import { assertMayReview, isMunicipalityStaff, canReviewInvoices, settleAdvance } from './invoice.rules';

const viewer = (patch: Partial<Viewer>): Viewer => ({ ...anonymousViewer, userId: 'officer', ...patch });
const code = (run: () => unknown) => {
  try {
    run();
    return 'OK';
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
};
const issued = { municipalityCode: '07', status: 'issued' as const, issuedBy: 'provider-user' };

describe('invoice review', () => {
  const roles = ['finance_officer', 'operator', 'regional_admin', 'provider_staff', 'parent'] as const;

  it('is read by the paying municipality and the regional admin', () => {
    for (const role of roles) {
      for (const own of ['07', '08']) {
        const expected = role === 'regional_admin' || ((role === 'finance_officer' || role === 'operator') && own === '07');
        expect(isMunicipalityStaff(viewer({ roles: [role], municipalityCode: own }), '07')).toBe(expected);
      }
    }
  });

  it('is approved or returned only by the finance officer of the paying municipality', () => {
    for (const role of roles) {
      for (const own of ['07', '08']) {
        const expected = role === 'finance_officer' && own === '07';
        expect(canReviewInvoices(viewer({ roles: [role], municipalityCode: own }), '07')).toBe(expected);
      }
    }
    expect(code(() => assertMayReview(viewer({ roles: ['operator'], municipalityCode: '07' }), issued))).toBe('FORBIDDEN');
    expect(code(() => assertMayReview(viewer({ roles: ['regional_admin'] }), issued))).toBe('FORBIDDEN');
  });

  it('refuses approving one’s own invoice, another municipality’s and a second review', () => {
    const officer = viewer({ roles: ['finance_officer'], municipalityCode: '07' });
    expect(code(() => assertMayReview(officer, issued))).toBe('OK');
    expect(code(() => assertMayReview(viewer({ ...officer, userId: 'provider-user' }), issued))).toBe('OWN_INVOICE');
    expect(code(() => assertMayReview(viewer({ roles: ['finance_officer'], municipalityCode: '08' }), issued))).toBe('FORBIDDEN');
    expect(code(() => assertMayReview(officer, { ...issued, status: 'approved' }))).toBe('INVOICE_ALREADY_REVIEWED');
  });
});

describe('settleAdvance', () => {
  it('never settles more than is owed and owes the rest', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (total, advance) => {
        const settled = settleAdvance(total, advance);
        expect(settled.advanceKopecks + settled.dueKopecks).toBe(total);
        expect(settled.advanceKopecks).toBeLessThanOrEqual(advance);
        expect(settled.dueKopecks).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
