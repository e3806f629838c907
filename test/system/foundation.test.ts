import { requiredTestEnv } from '@pdo/service-kit/testing';
import { errorCodes, graphql, signIn } from './gateway.client';

describe('the federation through the gateway', () => {
  it('serves reference data to a guest: the 34 municipalities with Киселевск at 07', async () => {
    const result = await graphql<{
      municipalities: { code: string; name: string; certificateGroups: { name: string; minAge: number; maxAge: number }[] }[];
    }>('{ municipalities { code name certificateGroups { name minAge maxAge } } }');
    expect(result.errors).toBeUndefined();
    const municipalities = result.data!.municipalities;
    expect(municipalities).toHaveLength(34);
    const kiselevsk = municipalities.find((m) => m.code === '07');
    expect(kiselevsk?.name).toBe('г. Киселевск');
    expect(kiselevsk?.certificateGroups).toEqual([{ name: 'Дети в возрасте от 5 до 18 лет', minAge: 5, maxAge: 18 }]);
  });

  // Municipality 16's seeded normative: the billing journey changes Киселевск's.
  it('plans one request across subgraphs: navigator programs and billing normatives', async () => {
    const result = await graphql<{
      programs: { title: string; monthlyPriceKopecks: number }[];
      normatives: { amountKopecks: number }[];
    }>('{ programs(first: 10) { title monthlyPriceKopecks } normatives(municipalityCode: "16") { amountKopecks } }');
    expect(result.errors).toBeUndefined();
    // the demo catalogue publishes three; other tests publish more, so which ten come first depends on what ran before
    expect(result.data!.programs.length).toBeGreaterThanOrEqual(3);
    expect(result.data!.programs.length).toBeLessThanOrEqual(10);
    for (const program of result.data!.programs) {
      expect(program.title.trim()).not.toBe('');
      expect(Number.isInteger(program.monthlyPriceKopecks) && program.monthlyPriceKopecks >= 0).toBe(true);
    }
    expect(result.data!.normatives[0]?.amountKopecks).toBe(1160900);
  });

  it('signs in every demo role and forwards the viewer to the subgraphs', async () => {
    for (const [login, role] of [
      ['parent', 'parent'],
      ['operator', 'operator'],
      ['admin', 'regional_admin'],
      ['finance', 'finance_officer'],
      ['provider', 'provider_staff'],
      ['child14', 'child'],
    ]) {
      const token = await signIn(login);
      const me = await graphql<{ me: { roles: string[] } }>('{ me { roles } }', {}, token);
      expect(me.data?.me.roles).toEqual([role]);
    }
  });

  it('says nothing about which logins exist when sign-in fails', async () => {
    const wrongPassword = await graphql('mutation { signIn(input: { login: "parent", password: "wrong" }) { accessToken } }');
    const unknownLogin = await graphql('mutation { signIn(input: { login: "nobody-here", password: "wrong" }) { accessToken } }');
    expect(errorCodes(wrongPassword)).toEqual(['INVALID_CREDENTIALS']);
    expect(errorCodes(unknownLogin)).toEqual(['INVALID_CREDENTIALS']);
    expect(wrongPassword.errors?.[0]?.message).toBe('Ваш логин/пароль не подходит.');
    expect(unknownLogin.errors?.[0]?.message).toBe(wrongPassword.errors?.[0]?.message);
  });

  it('rejects empty sign-in input with BAD_USER_INPUT and a Russian message', async () => {
    const result = await graphql('mutation { signIn(input: { login: "  ", password: "x" }) { accessToken } }');
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toBe('Введите логин.');
  });

  it('refuses a forged or malformed token instead of treating the caller as a guest', async () => {
    const forged = await graphql('{ me { id } }', {}, 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    expect(forged.status).toBe(401);
    expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);
  });

  it('asks for sign-in where a query needs a person', async () => {
    const result = await graphql('{ myNotifications { id } }');
    expect(errorCodes(result)).toContain('UNAUTHENTICATED');
  });

  it('bounds aliases and cost', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `m${i}: municipalities { code }`).join(' ');
    expect(errorCodes(await graphql(`{ ${aliases} }`))).toContain('QUERY_TOO_COMPLEX');
    expect(errorCodes(await graphql('{ programs(first: 100) { title } municipalities { certificateGroups { name } } }'))).toEqual(
      [],
    );
  });

  it('subgraphs refuse requests that did not come through the gateway', async () => {
    const gateway = new URL(requiredTestEnv('GATEWAY_URL'));
    const identity = `http://127.0.0.1:${Number(gateway.port) + 1}/graphql`;
    const direct = await graphql('{ me { id } }', {}, undefined, identity);
    expect(direct.status).toBe(401);
    expect(errorCodes(direct)).toEqual(['UNAUTHENTICATED']);
  });
});
