import { subgraphRefusal } from './subgraph.refusal';

describe('a subgraph refusal', () => {
  it('keeps the subgraph’s code and Russian message', () => {
    const error = subgraphRefusal(400, {
      errors: [{ message: 'Сумма указывается целым числом копеек.', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(error?.message).toBe('Сумма указывается целым числом копеек.');
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('leaves server failures and bodies without a code to the gateway’s own handling', () => {
    expect(subgraphRefusal(500, { errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] })).toBeNull();
    expect(subgraphRefusal(400, '<html>')).toBeNull();
    expect(subgraphRefusal(400, { errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })).toBeNull();
  });
});
