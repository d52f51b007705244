import type { Role } from '../gql/graphql';

/** Who is signed in: the bearer token and a little about the person, kept for this browser tab. */
export interface Session {
  token: string;
  personId: string;
  displayName: string;
  roles: Role[];
}

const KEY = 'klankbord.session';
const listeners = new Set<() => void>();

let cachedRaw: string | null = null;
let cached: Session | null = null;

/** The current session, or null. The same object until it changes (useSyncExternalStore needs that). */
export function readSession(): Session | null {
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
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore. */
export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
