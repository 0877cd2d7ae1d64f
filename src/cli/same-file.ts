/**
 * Whether two paths name the same file: `--output-file` (the truststore) and `--output` (the
 * report) must never, or the report would replace the truststore it describes (or the other way
 * round). Compared as resolved paths, then through the links of the folders that exist, then by
 * device and inode when both files exist (a hard link, or a symbolic link to the other).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The path with its deepest existing part resolved through links; the rest as written. */
async function canonical(absolute: string): Promise<string> {
  const rest: string[] = [];
  let at = absolute;
  for (;;) {
    try {
      return path.join(await fs.realpath(at), ...rest);
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return absolute;
      rest.unshift(path.basename(at));
      at = parent;
    }
  }
}

export async function sameFile(cwd: string, a: string, b: string): Promise<boolean> {
  const left = path.resolve(cwd, a);
  const right = path.resolve(cwd, b);
  if (left === right) return true;
  const [l, r] = await Promise.all([
    fs.stat(left).catch(() => undefined),
    fs.stat(right).catch(() => undefined),
  ]);
  if (l && r) return l.dev === r.dev && l.ino === r.ino;
  return (await canonical(left)) === (await canonical(right));
}
