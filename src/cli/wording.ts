/**
 * Wording for the terminal. The stages and rules write for the action (its inputs, a pull request
 * that would be merged, a key that reached the repository); the CLI is read by someone at a
 * prompt or in a pre-commit hook, who sets flags and deploys from where they stand. The messages
 * stay shared: this maps their action-worded parts on the way to the terminal, never in JSON,
 * SARIF or Markdown (those are read where the action's words apply).
 */
import { INPUT_FLAGS } from './flags.js';

/** Input names a message may name bare ("point ca-files at ...", "raise wait-timeout-seconds"). */
const FLAG_NAMES = [...INPUT_FLAGS.map((f) => f.name)].sort((a, b) => b.length - a.length);

const NAMES = FLAG_NAMES.map((n) => n.replace(/-/g, '\\-')).join('|');
/** "input ca-files", "the aws-region input": the action's way of naming its inputs. */
const INPUT_NAMED = new RegExp(`\\binput (${NAMES})\\b|\\bthe (${NAMES}) input\\b`, 'g');

/** A bare input name: not inside a path, a longer name or an existing `--flag`, not a file `name:3`. */
const BARE_FLAG = new RegExp(`(?<![\\w./=-])(${NAMES})(?![\\w/-]|\\.\\w|:\\d)`, 'g');

/** Whole sentences and phrases the action says that mean something else from a terminal. */
const PHRASES: readonly [RegExp, string][] = [
  [
    /set the aws-region input, or aws-region in aws-actions\/configure-aws-credentials \(it exports AWS_REGION\)/g,
    'set --aws-region, or AWS_REGION in the environment',
  ],
  // A key found at pre-commit time may never have been committed; say when rotating it is due.
  [
    /delete it from the repository and rotate that key \(it has been committed\)/g,
    'delete it, and rotate that key if it was ever committed, pushed or shared',
  ],
  [/\(it has been committed\)/g, '(if it was ever committed, pushed or shared)'],
  // The CLI's workspace is the folder it runs in; RUNNER_TEMP is the runner's.
  [/\boutside the workspace and RUNNER_TEMP\b/g, 'outside this folder'],
  [/\bremove any committed link on that path\b/g, 'remove any link on that path'],
  [/ \(it could point anywhere on the runner\)/g, ''],
  [/\b(inside|outside|relative to) the workspace\b/g, '$1 this folder'],
  [/\(in the workspace\)/g, '(in this folder)'],
  [/\bmerging this would\b/g, 'deploying this would'],
  [/\bMerging this would\b/g, 'Deploying this would'],
  [/\bthe action cannot check\b/g, 'this tool cannot check'],
  [/\bre-run the job\b/g, 'run it again'],
  [/\bthe job summary\b/g, 'the report'],
];

/** "1 CA certificates" where a shared message counted without a plural rule. */
const ONE_PLURAL = /\b1 (CA certificate|certificate|file|domain|error|warning|problem|version)s\b/g;

/** A message (or a whole text report) worded for the terminal: flags, deploying, plurals. */
export function forTerminal(message: string): string {
  let out = message;
  for (const [from, to] of PHRASES) out = out.replace(from, to);
  return out
    .replace(INPUT_NAMED, (_m, a?: string, b?: string) => `--${a ?? b}`)
    .replace(BARE_FLAG, '--$1')
    .replace(ONE_PLURAL, '1 $1');
}
