# syntax=docker/dockerfile:1
# Production image: built with pnpm in a build stage, run as the unprivileged `node` user.
# The runtime stage holds the compiled server (dist), its production dependencies only (no embedded
# PostgreSQL, no demo-data generator: those are dev dependencies) and the built web app.
# Operator commands run in the container: `docker compose exec app node dist/cli.js --help`.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
RUN npm install --global --no-fund --no-audit pnpm@10.34.9
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json ./
COPY packages/domain/package.json packages/domain/
COPY packages/server/package.json packages/server/
# Every workspace package's manifest, so the install covers the whole workspace (vite for the web
# build; @klankbord/test-support, a workspace dev dependency the server's `pnpm deploy` resolves).
# scripts/production-check.sh rehearses these steps outside Docker.
COPY packages/web/package.json packages/web/
COPY packages/test-support/package.json packages/test-support/
RUN pnpm install --frozen-lockfile
COPY packages ./packages
# The image serves the web app: a missing web build must fail the image build, not ship without it.
RUN pnpm -r build \
 && pnpm --filter @klankbord/server deploy --prod --legacy /out \
 && cp -r packages/web/dist /out/web-dist

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    WEB_DIST_DIR=/app/web-dist
WORKDIR /app
COPY --from=build --chown=node:node /out ./
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node receives SIGTERM directly (no shell in between) and shuts down gracefully. It applies
# pending migrations before it listens, so an upgrade is: new image, restart.
CMD ["node", "dist/main.js"]
