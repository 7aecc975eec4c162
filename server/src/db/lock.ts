import fs from 'node:fs';
import path from 'node:path';

/**
 * Only one process may open a PGlite folder: two would corrupt it. The lock file names its owner by
 * pid and by the kernel's start time for that pid, so a lock is only respected while that very
 * process lives: one that died, or a pid since reused by another program, is taken over.
 */
export class DataDirLockedError extends Error {}

interface Owner {
  pid: number;
  /** /proc/<pid>/stat's start time (clock ticks since boot); null where there is no /proc. */
  start: string | null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function startTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; the start time is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether a live pid could be a Lotus server: a node process, as far as /proc can tell. */
function couldBeLotus(pid: number): boolean {
  try {
    return /node|tsx/.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return true;
  }
}

function readOwner(file: string): Owner | null {
  const text = fs.readFileSync(file, 'utf8').trim();
  // Locks written before the start time was recorded hold the pid alone.
  if (/^\d+$/.test(text)) return { pid: Number(text), start: null };
  try {
    const parsed = JSON.parse(text) as Owner;
    return Number.isInteger(parsed.pid) ? parsed : null;
  } catch {
    return null;
  }
}

function holds(owner: Owner | null): owner is Owner {
  if (!owner || owner.pid === process.pid || !alive(owner.pid)) return false;
  const now = startTime(owner.pid);
  if (owner.start && now) return owner.start === now;
  return couldBeLotus(owner.pid);
}

export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'lotus.lock');
  const mine = JSON.stringify({ pid: process.pid, start: startTime(process.pid) } satisfies Owner);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, mine, { flag: 'wx', mode: 0o600 });
      return () => {
        try {
          if (fs.readFileSync(file, 'utf8') === mine) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = readOwner(file);
      if (holds(owner)) {
        throw new DataDirLockedError(`the data folder ${dir} is already open in process ${owner.pid}; stop it, or give this one another DATA_DIR`);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new DataDirLockedError(`could not lock the data folder ${dir}`);
}
