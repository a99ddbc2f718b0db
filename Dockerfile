# SEK service image: the HTTP API, the widget bundles, the management app and the demo pages.
# PostgreSQL and Meilisearch run as their own containers (see docker-compose.yml); the embedded
# binaries are not installed (--no-optional): set DATABASE_URL and MEILI_URL.
FROM node:20-bookworm-slim AS build
RUN npm install -g pnpm@10
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY service/package.json service/
COPY service/contract/package.json service/contract/
COPY widget/package.json widget/
COPY demo/package.json demo/
COPY tests/package.json tests/
RUN pnpm install --frozen-lockfile --no-optional
COPY tsconfig.json tsconfig.base.json rollup.config.mjs ./
COPY service service
COPY widget widget
RUN pnpm build

FROM node:20-bookworm-slim
RUN npm install -g pnpm@10
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY service/package.json service/
COPY service/contract/package.json service/contract/
COPY widget/package.json widget/
COPY demo/package.json demo/
COPY tests/package.json tests/
RUN pnpm install --frozen-lockfile --prod --no-optional --filter @sek/service... && pnpm store prune
COPY --from=build /app/service/contract/dist service/contract/dist
COPY --from=build /app/service/dist service/dist
COPY --from=build /app/service/data service/data
COPY --from=build /app/widget/dist widget/dist
COPY widget/beheer widget/beheer
COPY demo demo
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080 SEK_LOAD_DEMO_DATA=never
USER node
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:8080/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "service/dist/main.js"]
