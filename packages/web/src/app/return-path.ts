/**
 * Only a path of this app: the return path comes back from the provider in the OIDC state and must
 * never send the browser to another site (`//evil.example`, `https://…`); anything else opens `/`.
 */
export function safeReturnPath(path: string | undefined | null): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return '/';
  return path;
}
