import { forbidden, unauthenticated } from '../../shared/errors.js';
import { isAuthenticated, type Viewer } from '../auth/viewer.js';

/**
 * The operator at the server's command line (`cli api-key create`, `admin grant`): whoever can run
 * it can already reach the database, so no policy applies; the trail records the channel instead
 * of a person.
 */
export const COMMAND_LINE = { commandLine: true } as const;

/** The server acting on its own (the webhook relay pausing a failing endpoint): no person, no policy. */
export const SYSTEM = { system: true } as const;

/** Who makes an administrative change: a viewer through the API, the command line, or the server. */
export type AdminActor = Viewer | typeof COMMAND_LINE | typeof SYSTEM;

export const isCommandLine = (actor: AdminActor): actor is typeof COMMAND_LINE => 'commandLine' in actor;
export const isSystem = (actor: AdminActor): actor is typeof SYSTEM => 'system' in actor;

/** Like `authorize`, for use cases the command line may also call. */
export function authorizeAdmin(actor: AdminActor, policy: (viewer: Viewer) => boolean, action: string): void {
  if (isCommandLine(actor) || isSystem(actor)) return;
  if (!isAuthenticated(actor)) throw unauthenticated();
  if (!policy(actor)) throw forbidden(action);
}
