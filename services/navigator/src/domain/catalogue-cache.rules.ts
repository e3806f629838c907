/**
 * How long a public catalogue answer may be kept by anyone downstream (the gateway, the Ingress, a browser):
 * with the version read at most once a second, a change shows everywhere within about two seconds.
 */
export const PUBLIC_CATALOGUE_MAX_AGE_SECONDS = 1;

/** How long a process trusts the catalogue version it read, before it reads it again. */
export const VERSION_TRUST_MS = 1000;

/**
 * The popular searches (the first pages, the usual filters) fit many times over; a page holds up to 100
 * programs of a kilobyte or two, so the cache stays within tens of megabytes. The least recently used goes first.
 */
export const CATALOGUE_CACHE_ENTRIES = 500;

/**
 * What the catalogue's answers depend on: the programs, groups and providers (`catalogue`, with the day, as groups
 * that have ended drop out at midnight), and apart from them the seats taken (`seats`), which move with every
 * enrolment but change only the answers of searches for free seats.
 */
export interface CatalogueVersion {
  catalogue: string;
  seats: string;
}

/**
 * One key per distinct search: filters in a fixed order, absent ones left out, so equal searches share it. A
 * search that depends on the seats taken carries their version: a seat taken retires only such answers.
 */
export function searchKey(
  search: { filter: object; sort: string; after: unknown; limit: number },
  seats: string | null = null,
): string {
  const filter = Object.entries(search.filter)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([filter, search.sort, search.after ?? null, search.limit, seats]);
}

/**
 * Answers of the public catalogue, valid for one catalogue version. The version is read before the answer's
 * own query, so an answer is never older than the version it is kept under; a new catalogue version drops them
 * all, a new seats version none (the answers that depend on seats are keyed by it and age out of use).
 */
export class CatalogueCache<T> {
  private version: CatalogueVersion | null = null;
  private readAt = Number.NEGATIVE_INFINITY;
  private distrustedAt = Number.NEGATIVE_INFINITY;
  private readonly answers = new Map<string, T>();

  constructor(
    private readonly maxEntries = CATALOGUE_CACHE_ENTRIES,
    private readonly trustMs = VERSION_TRUST_MS,
  ) {}

  /** The version to answer under at `now`, or null when it must be read again first. */
  trustedVersion(now: number): CatalogueVersion | null {
    return now - this.readAt < this.trustMs ? this.version : null;
  }

  /**
   * The version a read begun at `startedAt` found; answers of any other version are dropped. A read begun
   * before this process last changed the catalogue may have missed that change, so it is not trusted on.
   */
  versionRead(version: CatalogueVersion, startedAt: number): void {
    if (version.catalogue !== this.version?.catalogue) this.answers.clear();
    this.version = version;
    this.readAt = this.trustsReadBegunAt(startedAt) ? startedAt : Number.NEGATIVE_INFINITY;
  }

  /** Whether a version read begun at `startedAt` can have seen this process's last change. */
  trustsReadBegunAt(startedAt: number): boolean {
    return startedAt >= this.distrustedAt;
  }

  /** This process has just committed a change to the catalogue: the next search reads the version again. */
  distrust(now: number): void {
    this.readAt = Number.NEGATIVE_INFINITY;
    this.distrustedAt = now;
  }

  get(version: CatalogueVersion, key: string): T | undefined {
    if (version.catalogue !== this.version?.catalogue) return undefined;
    const answer = this.answers.get(key);
    if (answer !== undefined) {
      // Map keeps insertion order: moving the key to the end makes the first key the least recently used.
      this.answers.delete(key);
      this.answers.set(key, answer);
    }
    return answer;
  }

  /** Keeps an answer computed under `version`, unless the catalogue has moved on since. */
  set(version: CatalogueVersion, key: string, answer: T): void {
    if (version.catalogue !== this.version?.catalogue) return;
    this.answers.delete(key);
    if (this.answers.size >= this.maxEntries) this.answers.delete(this.answers.keys().next().value as string);
    this.answers.set(key, answer);
  }

  get size(): number {
    return this.answers.size;
  }
}
