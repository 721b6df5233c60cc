import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { requestEntityManager } from './request-em.ts';

/** A root EntityManager that only counts its forks: what requestEntityManager may do with it. */
const countingRoot = () => {
  const forks: object[] = [];
  const root = { fork: () => forks[forks.push({ fork: forks.length + 1 }) - 1] } as unknown as EntityManager;
  return { root, forks };
};

describe('a request’s EntityManager', () => {
  it('is not forked by a request that only reads plain rows', () => {
    const { root, forks } = countingRoot();
    const orm = requestEntityManager(root);
    expect(orm.reads()).toBe(root);
    expect(forks).toHaveLength(0);
  });

  it('is forked once, on first use, and plain reads then go through that fork', () => {
    const { root, forks } = countingRoot();
    const orm = requestEntityManager(root);
    const fork = orm();
    expect(orm()).toBe(fork);
    expect(orm.reads()).toBe(fork);
    expect(forks).toEqual([fork]);
  });

  it('stays one per request through copies and spreads of the context', () => {
    const { root, forks } = countingRoot();
    const context = { orm: requestEntityManager(root) };
    const copied = { ...context };
    expect(copied.orm()).toBe(context.orm());
    expect(forks).toHaveLength(1);
    expect(requestEntityManager(root)()).not.toBe(context.orm());
  });
});
