import { randomUUID } from 'node:crypto';
import { DomainError } from '@pdo/service-kit';
import { decodeCursor, encodeCursor, type SearchPosition } from './search-cursor';

const id = randomUUID();
const positions: SearchPosition[] = [
  { sort: 'relevance', rank: '0.6079271', title: 'Робототехника для начинающих', id },
  { sort: 'relevance', rank: '1.2e-7', title: 'Шахматы', id },
  { sort: 'price', priceKopecks: 150_000, title: 'Изостудия «Радуга»', id },
  { sort: 'title', title: 'Футбол', id },
];

describe('search cursors', () => {
  it.each(positions)('read back the position they were made from ($sort)', (position) => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[\w-]+$/);
    expect(decodeCursor(cursor, position.sort)).toEqual(position);
  });

  it('take any uuid PostgreSQL stores, not only random (version 4) ones', () => {
    const position: SearchPosition = { sort: 'title', title: 'Футбол', id: 'c4ca4238-a0b9-3382-8dcc-509a6f75849b' };
    expect(decodeCursor(encodeCursor(position), 'title')).toEqual(position);
  });

  it('refuse a cursor made for another order', () => {
    const cursor = encodeCursor({ sort: 'price', priceKopecks: 0, title: 'Футбол', id });
    expect(() => decodeCursor(cursor, 'title')).toThrow(DomainError);
    expect(() => decodeCursor(cursor, 'relevance')).toThrow('Неверный курсор страницы.');
  });

  it.each([
    'garbage',
    '',
    Buffer.from('p:10').toString('base64url'),
    Buffer.from(JSON.stringify(['title', 'Футбол', 'not-an-id'])).toString('base64url'),
    Buffer.from(JSON.stringify(['price', -1, 'Футбол', id])).toString('base64url'),
    Buffer.from(JSON.stringify(['relevance', '1; DROP TABLE programs', 'Футбол', id])).toString('base64url'),
  ])('refuse what no search made: %s', (cursor) => {
    expect(() => decodeCursor(cursor, 'title')).toThrow(DomainError);
    expect(() => decodeCursor(cursor, 'relevance')).toThrow(DomainError);
    expect(() => decodeCursor(cursor, 'price')).toThrow(DomainError);
  });
});
