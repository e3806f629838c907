import { DomainError } from '@pdo/service-kit/domain';
import { innLength, isValidInn, isValidOgrn, ogrnLength, type TaxpayerKind } from './tax-ids';

export type ProviderType = 'state' | 'municipal' | 'private' | 'entrepreneur';
export type ProviderStatus = 'pending' | 'approved';
export const providerTypes: readonly ProviderType[] = ['state', 'municipal', 'private', 'entrepreneur'];

const taxpayerKind = (type: ProviderType): TaxpayerKind => (type === 'entrepreneur' ? 'entrepreneur' : 'organization');

/** An entrepreneur registers with a 12-digit ИНН and an ОГРНИП; every organization with a 10-digit ИНН and an ОГРН. */
export function checkTaxIds(type: ProviderType, inn: string, ogrn: string): void {
  const kind = taxpayerKind(type);
  const who = kind === 'entrepreneur' ? 'индивидуального предпринимателя' : 'организации';
  if (!isValidInn(inn, kind)) {
    throw new DomainError(
      'INVALID_INN',
      `ИНН ${who} — это ${innLength(kind)} цифр с верными контрольными цифрами. Проверьте номер по свидетельству.`,
      { field: 'inn' },
    );
  }
  if (!isValidOgrn(ogrn, kind)) {
    const name = kind === 'entrepreneur' ? 'ОГРНИП' : 'ОГРН';
    throw new DomainError(
      'INVALID_OGRN',
      `${name} — это ${ogrnLength(kind)} цифр с верной контрольной цифрой. Проверьте номер по выписке из реестра.`,
      { field: 'ogrn' },
    );
  }
}
