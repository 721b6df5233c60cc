# One image for every Node service of the registry; docker-compose.yml picks the entry point.
FROM node:24-bookworm-slim
WORKDIR /app
COPY . .
RUN npm ci --omit=dev --no-audit --no-fund
USER node
