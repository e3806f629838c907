import fc from 'fast-check';
import { anonymousViewer, type Viewer } from '@pdo/service-kit';
import { assertMayReview, canReviewInvoices, settleAdvance } from './invoice.rules';

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
  it('belongs to the paying municipality and the regional admin', () => {
    expect(canReviewInvoices(viewer({ roles: ['finance_officer'], municipalityCode: '07' }), '07')).toBe(true);
    expect(canReviewInvoices(viewer({ roles: ['operator'], municipalityCode: '07' }), '07')).toBe(true);
    expect(canReviewInvoices(viewer({ roles: ['finance_officer'], municipalityCode: '08' }), '07')).toBe(false);
    expect(canReviewInvoices(viewer({ roles: ['provider_staff'], municipalityCode: '07' }), '07')).toBe(false);
    expect(canReviewInvoices(viewer({ roles: ['regional_admin'] }), '07')).toBe(true);
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
