# syntax=docker/dockerfile:1
# The image recipe of every deployable. The gateway and the five subgraphs differ only in the workspace
# they run; the web client is the `web` target. Build from the repository root, e.g.
#   docker build --build-arg WORKSPACE=services/identity -t pdo/identity .
#   docker build --build-arg WORKSPACE=gateway -t pdo/gateway .
#   docker build --target web -t pdo/web .
ARG WORKSPACE

# The lockfile covers every workspace, so npm needs every workspace's package.json to install any.
FROM node:24-bookworm-slim AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/events/package.json packages/events/
COPY packages/pdf/package.json packages/pdf/
COPY packages/table-export/package.json packages/table-export/
COPY packages/service-kit/package.json packages/service-kit/
COPY services/identity/package.json services/identity/
COPY services/certificates/package.json services/certificates/
COPY services/navigator/package.json services/navigator/
COPY services/billing/package.json services/billing/
COPY services/notifications/package.json services/notifications/
COPY gateway/package.json gateway/
COPY web/package.json web/
COPY bench/package.json bench/

# Compiles the workspace and the packages it depends on. `npm install` rather than `npm ci`: the lockfile
# lacks other platforms' optional binaries (see .ci/run); it still installs exactly the locked versions.
# Scripts stay off: the root's `node` package would fetch a second Node binary, and the build needs none.
FROM manifests AS build
ARG WORKSPACE
ENV TURBO_TELEMETRY_DISABLED=1
RUN npm install --no-audit --no-fund --ignore-scripts --include-workspace-root -w "$WORKSPACE" -w packages/service-kit -w packages/events -w packages/pdf -w packages/table-export
COPY tsconfig.base.json turbo.json ./
COPY packages packages
COPY ${WORKSPACE} ${WORKSPACE}
RUN npx turbo run build --filter="./${WORKSPACE}..." \
  && mkdir -p "/out/$WORKSPACE" \
  && cp -r "$WORKSPACE/package.json" "$WORKSPACE/dist" "/out/$WORKSPACE/" \
  && (cp "$WORKSPACE"/*.graphql "/out/$WORKSPACE/" 2>/dev/null || true) \
  && for p in events pdf service-kit table-export; do if [ -d "packages/$p/dist" ]; then mkdir -p "/out/packages/$p" && cp -r "packages/$p/package.json" "packages/$p/dist" "/out/packages/$p/"; fi; done

# Production dependencies only (no root devDependencies: no second Node, no test tooling).
FROM manifests AS deps
ARG WORKSPACE
RUN npm install --no-audit --no-fund --omit=dev -w "$WORKSPACE" -w packages/service-kit -w packages/events -w packages/pdf -w packages/table-export && npm cache clean --force

# The React client (target `web`): a static Vite build, served by unprivileged nginx on port 8080. In
# Kubernetes the Ingress sends /graphql, /files, /exports and /open-data to the gateway on the same host.
FROM manifests AS web-build
RUN npm install --no-audit --no-fund --ignore-scripts -w @pdo/web
COPY tsconfig.base.json ./
COPY web web
RUN npm run build -w @pdo/web

# Only the files: no Node, no node_modules in the image that serves them.
FROM nginxinc/nginx-unprivileged:1.29-alpine AS web
COPY <<'NGINX' /etc/nginx/conf.d/default.conf
server {
  listen 8080;
  server_tokens off;
  root /usr/share/nginx/html;

  location = /health { access_log off; default_type text/plain; return 200 "ok\n"; }
  location = /ready { access_log off; default_type text/plain; return 200 "ok\n"; }

  # Vite puts a content hash in every asset name, so assets never change under one URL.
  location /assets/ {
    try_files $uri =404;
    add_header Cache-Control "public, max-age=31536000, immutable";
  }

  # Client-side routes fall back to the app; index.html is revalidated so a release shows at once.
  location / {
    try_files $uri /index.html;
    add_header Cache-Control "no-cache";
  }
}
NGINX
COPY --from=web-build /app/web/dist /usr/share/nginx/html
# The image's unprivileged nginx user (uid 101), the uid the Kubernetes manifests run it as.
USER 101
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --retries=3 CMD wget -q -O /dev/null http://127.0.0.1:8080/health || exit 1

# The default target: a Node deployable.
FROM node:24-bookworm-slim
ARG WORKSPACE
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules node_modules
COPY --from=deps /app/package.json package.json
COPY --from=build /out/ ./
# The official image's unprivileged user (uid 1000), the uid the Kubernetes manifests run it as.
USER node
WORKDIR /app/${WORKSPACE}
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--disable-warning=TimeoutNegativeWarning", "dist/main.js"]
