# One image for the API, the worker and the migration job; docker-compose.yml picks the command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps apps
COPY libs libs
COPY workflows workflows
# The pages' static files sit beside the compiled controller, the only place the image has them.
RUN npx tsc -p tsconfig.build.json && node dist/apps/worker/src/bundle-workflows.js dist/workflow-bundle.js \
  && cp -r apps/api/src/pages/static dist/apps/api/src/pages/static \
  && cp -r libs/accounts/src/data dist/libs/accounts/src/data \
  && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
