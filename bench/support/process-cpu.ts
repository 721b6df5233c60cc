// CPU time from /proc: of this Node process, of any process and its children, of a PostgreSQL server
// (its postmaster and every child) and of the whole machine; and a process's resident memory. On a
// machine shared with other work, CPU per unit of work is the figure that stays comparable when wall
// time does not (Linux only; elsewhere another process's share reads 0).
import { readdirSync, readFileSync } from 'node:fs';

/** Jiffies per second (USER_HZ; 100 on Linux). */
export const HZ = 100;

/** A process's own CPU jiffies (utime + stime), its reaped children's (cutime + cstime) and its parent. */
const processStat = (pid: number): { jiffies: number; reaped: number; parent: number } | undefined => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which may itself contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const at = (n: number) => Number(fields[n - 3]);
    return { jiffies: at(14) + at(15), reaped: at(16) + at(17), parent: at(4) };
  } catch {
    return undefined;
  }
};

/** CPU jiffies a process has used; 0 once it is gone. */
export const processJiffies = (pid: number): number => processStat(pid)?.jiffies ?? 0;

/**
 * CPU jiffies of a process and of its living children (a cluster's primary and its workers), plus,
 * with `withReaped`, its children that have exited (a PostgreSQL server: a sum of the living alone
 * drops whenever a pool closes an idle connection and its backend exits).
 */
export const treeJiffies = (pid: number, withReaped = false): number => {
  const own = processStat(pid);
  if (own === undefined) return 0;
  let total = own.jiffies + (withReaped ? own.reaped : 0);
  for (const entry of readdirSync('/proc')) {
    const child = Number(entry);
    if (!Number.isInteger(child) || child === pid) continue;
    const stat = processStat(child);
    if (stat?.parent === pid) total += stat.jiffies;
  }
  return total;
};

/** CPU seconds used so far by the PostgreSQL server whose postmaster is `postmasterPid`, exited backends included. */
export const serverCpuSeconds = (postmasterPid: number | undefined): number => (postmasterPid === undefined ? 0 : treeJiffies(postmasterPid, true) / HZ);

/** CPU seconds used so far by this Node process (all its threads). */
export const ownCpuSeconds = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

/**
 * Whole-machine busy and total jiffies (all cores) and context switches so far, from /proc/stat.
 * Context switches per request tell how many times a request's work put a process to sleep and
 * woke another: the cost that concurrent requests share and a lone request pays alone.
 */
export const machineJiffies = (): { busy: number; total: number; switches: number } => {
  const lines = readFileSync('/proc/stat', 'utf8').split('\n');
  const cpu = lines[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
  const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
  const switches = Number(lines.find((line) => line.startsWith('ctxt '))?.slice(5) ?? 0);
  return { busy: total - idle, total, switches };
};

/** CPU jiffies of this process's children that have exited (a load generator run to completion, e.g. wrk). */
export const reapedChildrenJiffies = (): number => processStat(process.pid)?.reaped ?? 0;

/** A process's resident memory in bytes (VmRSS); 0 once it is gone. */
export const processRssBytes = (pid: number): number => {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return Number(line?.match(/\d+/)?.[0] ?? 0) * 1024;
  } catch {
    return 0;
  }
};

/** The postmaster's pid, from the first line of `postmaster.pid` in the server's data directory. */
export const postmasterOf = (dataDirectory: string): number | undefined => {
  try {
    return Number(readFileSync(`${dataDirectory}/postmaster.pid`, 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
};
