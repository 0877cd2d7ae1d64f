import path from 'node:path';

/**
 * True when `target` is `root` or under it, compared as resolved paths without touching the disk
 * (resolve links with realpath first when they matter). The one "is this inside the workspace"
 * check: the glob walk, output-file and probe identities all use it.
 */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
