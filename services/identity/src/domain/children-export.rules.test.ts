import type { Viewer } from '@pdo/service-kit/domain';
import {
  childrenExportScope,
  documentText,
  EXPORT_LINK_TTL_MS,
  exportLinkRefusal,
  isExportToken,
  requireExportReason,
} from './children-export.rules';

const viewer = (roles: Viewer['roles'], municipalityCode: string | null = '07', extra: Partial<Viewer> = {}): Viewer => ({
  userId: '00000000-0000-4000-8000-000000000001',
  roles,
  municipalityCode,
  providerId: null,
  viaApiKey: false,
  ...extra,
});

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
  return 'none';
};

describe('childrenExportScope', () => {
  it('gives the МОЦ operator his own municipality with documents in full, and nothing else', () => {
    expect(childrenExportScope(viewer(['operator']), null)).toEqual({ municipalityCode: '07', documents: 'full' });
    expect(childrenExportScope(viewer(['operator']), '07')).toEqual({ municipalityCode: '07', documents: 'full' });
    expect(codeOf(() => childrenExportScope(viewer(['operator']), '01'))).toBe('FORBIDDEN');
    expect(codeOf(() => childrenExportScope(viewer(['operator'], null), null))).toBe('FORBIDDEN');
  });

  it('gives the regional admin any municipality or the region, documents by kind only', () => {
    expect(childrenExportScope(viewer(['regional_admin'], null), null)).toEqual({ municipalityCode: null, documents: 'kind' });
    expect(childrenExportScope(viewer(['regional_admin'], null), '01')).toEqual({ municipalityCode: '01', documents: 'kind' });
  });

  it('refuses families, providers, finance officers, API keys and visitors', () => {
    for (const refused of [
      viewer(['parent']),
      viewer(['child']),
      viewer(['provider_staff']),
      viewer(['finance_officer']),
      viewer(['operator'], '07', { viaApiKey: true }),
      viewer([], null, { userId: null }),
    ]) {
      expect(codeOf(() => childrenExportScope(refused, null))).toBe('FORBIDDEN');
    }
  });

  it('names a municipality code that is not Kuzbass as bad input', () => {
    expect(codeOf(() => childrenExportScope(viewer(['regional_admin']), '99'))).toBe('BAD_USER_INPUT');
  });
});

describe('requireExportReason', () => {
  it('refuses a missing reason with its own code', () => {
    expect(codeOf(() => requireExportReason(null))).toBe('ACCESS_REASON_REQUIRED');
    expect(requireExportReason('Отчёт в управление образования')).toBe('Отчёт в управление образования');
  });
});

describe('documentText', () => {
  const passport = { kind: 'passport' as const, series: '3216', number: '123456' };
  it('shows the number to whom it may, the kind alone to others', () => {
    expect(documentText(passport, 'full')).toBe('паспорт 3216 123456');
    expect(documentText(passport, 'kind')).toBe('паспорт');
    expect(documentText(null, 'full')).toBeNull();
  });
});

describe('exportLinkRefusal', () => {
  const issuedAt = new Date('2027-10-01T03:00:00Z');
  const link = {
    userId: viewer(['operator']).userId!,
    expiresAt: new Date(issuedAt.getTime() + EXPORT_LINK_TTL_MS),
    usedAt: null,
  };
  const anonymous = viewer([], null, { userId: null });

  it('lets the link serve its holder once, within its minute, signed in or not', () => {
    expect(exportLinkRefusal(link, anonymous, issuedAt)).toBeNull();
    expect(exportLinkRefusal(link, viewer(['operator']), new Date(issuedAt.getTime() + EXPORT_LINK_TTL_MS - 1))).toBeNull();
  });

  it('refuses an unknown, used or expired link, and another person signed in', () => {
    expect(exportLinkRefusal(null, anonymous, issuedAt)).toBe('unknown');
    expect(exportLinkRefusal({ ...link, usedAt: issuedAt }, anonymous, issuedAt)).toBe('used');
    expect(exportLinkRefusal(link, anonymous, link.expiresAt)).toBe('expired');
    expect(
      exportLinkRefusal(link, viewer(['operator'], '07', { userId: '00000000-0000-4000-8000-000000000002' }), issuedAt),
    ).toBe('notYours');
  });
});

describe('isExportToken', () => {
  it('takes 32 bytes in base64url and nothing else', () => {
    expect(isExportToken('A'.repeat(42) + '_')).toBe(true);
    expect(isExportToken('A'.repeat(42))).toBe(false);
    expect(isExportToken('A'.repeat(42) + '=')).toBe(false);
    expect(isExportToken('../../etc/passwd' + 'A'.repeat(27))).toBe(false);
  });
});
