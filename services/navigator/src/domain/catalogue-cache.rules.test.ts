import { CatalogueCache, searchKey, VERSION_TRUST_MS } from './catalogue-cache.rules';

/** A catalogue version with the seats at their first version. */
const v = (catalogue: string, seats = '1') => ({ catalogue, seats });

describe('the catalogue cache', () => {
  it('trusts a version for a second after reading it, then asks for it again', () => {
    const cache = new CatalogueCache<string>();
    expect(cache.trustedVersion(0)).toBeNull();
    cache.versionRead(v('7:2026-12-05'), 1000);
    expect(cache.trustedVersion(1000)).toEqual(v('7:2026-12-05'));
    expect(cache.trustedVersion(1000 + VERSION_TRUST_MS - 1)).toEqual(v('7:2026-12-05'));
    expect(cache.trustedVersion(1000 + VERSION_TRUST_MS)).toBeNull();
  });

  it("reads the version again at once after this process's own change, and not on a read begun before it", () => {
    const cache = new CatalogueCache<string>();
    cache.versionRead(v('7'), 0);
    cache.distrust(100);
    expect(cache.trustedVersion(101)).toBeNull();
    cache.versionRead(v('7'), 50);
    expect(cache.trustedVersion(102)).toBeNull();
    cache.versionRead(v('8'), 100);
    expect(cache.trustedVersion(102)).toEqual(v('8'));
    expect(cache.trustsReadBegunAt(99)).toBe(false);
    expect(cache.trustsReadBegunAt(100)).toBe(true);
  });

  it('answers only under the version the answer was kept under', () => {
    const cache = new CatalogueCache<string>();
    cache.versionRead(v('7'), 0);
    cache.set(v('7'), 'k', 'page');
    expect(cache.get(v('7'), 'k')).toBe('page');
    expect(cache.get(v('8'), 'k')).toBeUndefined();
  });

  it('drops every answer when the catalogue changes, and keeps them when it does not', () => {
    const cache = new CatalogueCache<string>();
    cache.versionRead(v('7'), 0);
    cache.set(v('7'), 'k', 'page');
    cache.versionRead(v('7'), 1000);
    expect(cache.get(v('7'), 'k')).toBe('page');
    cache.versionRead(v('8'), 2000);
    expect(cache.size).toBe(0);
    // an old version read again (never happens with one read at a time) finds nothing either
    expect(cache.get(v('7'), 'k')).toBeUndefined();
  });

  it('keeps every answer when only seats are taken or freed: those that depend on seats are keyed by them', () => {
    const cache = new CatalogueCache<string>();
    const search = { filter: { municipalityCode: '07' }, sort: 'title', after: null, limit: 20 };
    const free = { ...search, filter: { ...search.filter, freeSeatsOnly: true } };
    cache.versionRead(v('7', '1'), 0);
    cache.set(v('7', '1'), searchKey(search), 'page');
    cache.set(v('7', '1'), searchKey(free, '1'), 'free page');
    cache.versionRead(v('7', '2'), 1000);
    expect(cache.get(v('7', '2'), searchKey(search))).toBe('page');
    expect(cache.get(v('7', '2'), searchKey(free, '2'))).toBeUndefined();
    expect(cache.trustedVersion(1000)).toEqual(v('7', '2'));
  });

  it('does not keep an answer computed under a version the catalogue has since left', () => {
    const cache = new CatalogueCache<string>();
    cache.versionRead(v('7'), 0);
    cache.versionRead(v('8'), 1000);
    cache.set(v('7'), 'k', 'stale page');
    expect(cache.get(v('8'), 'k')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('forgets the least recently used answer when full', () => {
    const cache = new CatalogueCache<string>(2);
    cache.versionRead(v('7'), 0);
    cache.set(v('7'), 'a', 'A');
    cache.set(v('7'), 'b', 'B');
    expect(cache.get(v('7'), 'a')).toBe('A');
    cache.set(v('7'), 'c', 'C');
    expect([cache.get(v('7'), 'a'), cache.get(v('7'), 'b'), cache.get(v('7'), 'c')]).toEqual(['A', undefined, 'C']);
  });
});

describe('search keys', () => {
  const search = { filter: { text: 'шахматы', municipalityCode: '07' }, sort: 'relevance', after: null, limit: 20 };

  it('are the same for the same search whatever the order of its filters or absent ones', () => {
    expect(searchKey(search)).toBe(
      searchKey({ ...search, filter: { municipalityCode: '07', childAge: undefined, text: 'шахматы' } }),
    );
  });

  it.each([
    { ...search, filter: { text: 'шахматы', municipalityCode: '01' } },
    { ...search, filter: { text: 'шахматы' } },
    { ...search, sort: 'title' },
    { ...search, after: { sort: 'relevance', rank: '0.5', title: 'Шахматы', id: 'x' } },
    { ...search, limit: 21 },
  ])('differ for a different search: %j', (other) => {
    expect(searchKey(other)).not.toBe(searchKey(search));
  });
});
