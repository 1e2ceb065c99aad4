# One image for the API, the worker and the migration job; docker-compose.yml picks the command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Exactly the lock file, and no install scripts: the image needs none (native parts ship prebuilt in optional
# packages; embedded Postgres is for `npm start` only), and npm 10 here would run every one allowScripts denies.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps apps
COPY libs libs
COPY workflows workflows
# The pages' static files sit beside the compiled controller, the only place the image has them; the console's
# build goes to dist/console.
RUN npx tsc -p tsconfig.build.json && node dist/apps/worker/src/bundle-workflows.js dist/workflow-bundle.js \
  && cp -r apps/api/src/pages/static dist/apps/api/src/pages/static \
  && cp -r libs/accounts/src/data dist/libs/accounts/src/data \
  && npx vite build --config apps/console/vite.config.mts \
  && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
