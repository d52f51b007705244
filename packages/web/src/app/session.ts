import type { Role } from '../gql/graphql';

/** Who is signed in: the bearer token and a little about the person. */
export interface Session {
  token: string;
  personId: string;
  displayName: string;
  roles: Role[];
  /**
   * How they signed in. A dev session (fictional demo people) is kept for this browser tab so a
   * reload keeps it; an organisation session (OpenID Connect) is kept in memory only, so its
   * tokens are never in web storage where any script on the origin could read them later.
   */
  via: 'dev' | 'oidc';
}

const KEY = 'klankbord.session';
const listeners = new Set<() => void>();

let inMemory: Session | null = null;
let cachedRaw: string | null = null;
let cached: Session | null = null;

/** The current session, or null. The same object until it changes (useSyncExternalStore needs that). */
export function readSession(): Session | null {
  if (inMemory) return inMemory;
  const raw = sessionStorage.getItem(KEY);
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    try {
      cached = raw ? (JSON.parse(raw) as Session) : null;
    } catch {
      cached = null;
    }
  }
  return cached;
}

/** Signs in (or out, with null) and tells every subscriber. */
export function writeSession(session: Session | null): void {
  inMemory = session?.via === 'oidc' ? session : null;
  if (session?.via === 'dev') sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
  notify();
}

/** Swaps in a renewed access token (OpenID Connect sessions renew theirs before it expires). */
export function renewSessionToken(token: string): void {
  if (!inMemory || inMemory.token === token) return;
  inMemory = { ...inMemory, token };
  notify();
}

/** For useSyncExternalStore. */
export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify() {
  for (const listener of listeners) listener();
}
