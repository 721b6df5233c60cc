// CPU time of this Node process and of a PostgreSQL server (its postmaster and every child), from
// /proc: on a machine shared with other work, CPU seconds per unit of work is the figure that
// stays comparable when wall time does not (Linux only; elsewhere the server's share reads 0).
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** utime + stime (and, for the postmaster, its reaped children's) of one process, in seconds. */
const processSeconds = (pid: number, withReaped: boolean): { seconds: number; parent: number } | undefined => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which may itself contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const at = (n: number) => Number(fields[n - 3]);
    return { seconds: (at(14) + at(15) + (withReaped ? at(16) + at(17) : 0)) / TICKS_PER_SECOND, parent: at(4) };
  } catch {
    return undefined;
  }
};

/** CPU seconds used so far by the PostgreSQL server whose postmaster is `postmasterPid`. */
export const serverCpuSeconds = (postmasterPid: number | undefined): number => {
  if (postmasterPid === undefined) return 0;
  let total = processSeconds(postmasterPid, true)?.seconds ?? 0;
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === postmasterPid) continue;
    const child = processSeconds(pid, false);
    if (child?.parent === postmasterPid) total += child.seconds;
  }
  return total;
};

/** CPU seconds used so far by this Node process (all its threads). */
export const ownCpuSeconds = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

/** The postmaster's pid, from the first line of `postmaster.pid` in the server's data directory. */
export const postmasterOf = (dataDirectory: string): number | undefined => {
  try {
    return Number(readFileSync(`${dataDirectory}/postmaster.pid`, 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
};
