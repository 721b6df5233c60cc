/**
 * How a long-running service stops: on SIGINT or SIGTERM (Ctrl-C, `docker stop`, `npm start`'s
 * shutdown) it runs `steps` in order (stop taking requests, then flush what is buffered, such as the
 * access log) and exits. Each signal is handled once; a second one finds Node's default and kills.
 */
export const exitOnSignal = (...steps: ReadonlyArray<() => Promise<unknown>>): void => {
  const shutdown = async () => {
    for (const step of steps) await step();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
};
