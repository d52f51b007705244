import { forbidden, unauthenticated } from '../../shared/errors.js';
import { isAuthenticated, type Viewer } from '../auth/viewer.js';

/**
 * The operator at the server's command line (`cli api-key create`, `admin grant`): whoever can run
 * it can already reach the database, so no policy applies; the trail records the channel instead
 * of a person.
 */
export const COMMAND_LINE = { commandLine: true } as const;

/** Who makes an administrative change: a viewer through the API, or the command line. */
export type AdminActor = Viewer | typeof COMMAND_LINE;

export const isCommandLine = (actor: AdminActor): actor is typeof COMMAND_LINE => 'commandLine' in actor;

/** Like `authorize`, for use cases the command line may also call. */
export function authorizeAdmin(actor: AdminActor, policy: (viewer: Viewer) => boolean, action: string): void {
  if (isCommandLine(actor)) return;
  if (!isAuthenticated(actor)) throw unauthenticated();
  if (!policy(actor)) throw forbidden(action);
}
