import { parseInput } from '@pdo/service-kit';
import { providerInputSchema } from './provider.input';

const provider = {
  name: 'МБУ ДО «Дом детского творчества»',
  type: 'municipal',
  inn: '4211004636',
  ogrn: '1024200895124',
  licenceNumber: 'Л035-01216-42/00212345',
  municipalityCode: '07',
  addresses: ['г. Киселевск, ул. Ленина, 30'],
  phone: '+7 38464 2-11-34',
  email: 'ddt@example.ru',
};

const refusal = (input: unknown) => {
  try {
    parseInput(providerInputSchema, input);
    return null;
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
};

describe('providerInputSchema', () => {
  it('accepts an organization with a licence and an entrepreneur without one', () => {
    expect(refusal(provider)).toBeNull();
    expect(refusal({ ...provider, type: 'entrepreneur', licenceNumber: null })).toBeNull();
  });

  it('requires a licence from an organization', () => {
    expect(refusal({ ...provider, licenceNumber: null })).toEqual({ code: 'BAD_USER_INPUT', field: 'licenceNumber' });
  });

  it('refuses an unknown type, no address, a foreign municipality and a malformed e-mail', () => {
    expect(refusal({ ...provider, type: 'ngo' })).toEqual({ code: 'BAD_USER_INPUT', field: 'type' });
    expect(refusal({ ...provider, addresses: [] })).toEqual({ code: 'BAD_USER_INPUT', field: 'addresses' });
    expect(refusal({ ...provider, municipalityCode: '77' })).toEqual({ code: 'BAD_USER_INPUT', field: 'municipalityCode' });
    expect(refusal({ ...provider, email: 'ddt' })).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
  });
});
