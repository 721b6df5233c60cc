# One image for every Node service of the registry; docker-compose.yml gives each its script.
FROM node:24-bookworm-slim
WORKDIR /app
COPY . .
RUN npm ci --omit=dev --no-audit --no-fund
USER node
# Every service runs Node with the flags of shared/src/config/node-flags.ts (SERVICE_NODE_FLAGS, why
# and the figures there; test/docker-compose.test.ts keeps the two equal); docker-compose.yml gives the script.
ENTRYPOINT ["node", "--min-semi-space-size=64", "--max-semi-space-size=64"]
