import path from 'node:path';

/**
 * True when `target` is `root` or under it, compared as resolved paths without touching the disk
 * (resolve links with realpath first when they matter). The one "is this inside the workspace"
 * check: the glob walk, output-file and probe identities all use it.
 */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  // `..` as a whole segment leaves the root; a name that merely starts with dots (`..key.pem`) does not.
  const leaves = rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  return !leaves;
}
