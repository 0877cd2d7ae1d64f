/**
 * The command line of `mtls-truststore`: commands, flags named like the action's inputs, and the
 * flags of the command line itself (--format, --output, --yes, --detailed-exitcode). Parsing only:
 * bad usage is an InputError (exit code 2), nothing runs here.
 */
import { InputError, type InputSource } from '../settings/settings.js';

import { CLI_FLAGS, COMMANDS, type Command, FORMATS, type Format, INPUT_FLAGS } from './flags.js';
import { commandHelp, mainHelp, USAGE } from './help.js';
import { didYouMean } from './suggest.js';

export { COMMANDS, type Command, commandHelp, FORMATS, type Format, INPUT_FLAGS, mainHelp };

export interface CliInvocation {
  command: Command;
  /** Input values by action input name; list inputs hold one item per line. */
  inputs: Map<string, string>;
  format?: Format;
  /** Where the report goes; standard output when unset. */
  output?: string;
  /** deploy: do not ask (required without a terminal). */
  yes?: boolean;
  /** plan: exit 3 when changes are pending. */
  detailedExitcode?: boolean;
}

export type ParsedArgs =
  | { kind: 'run'; invocation: CliInvocation }
  | { kind: 'help'; text: string }
  /** No command at all: the usage, for standard error (bad usage, exit 2). */
  | { kind: 'usage'; text: string }
  | { kind: 'version' };

function usageError(message: string, command?: Command): InputError {
  return new InputError(
    `${message}\nRun "mtls-truststore ${command ? `${command} ` : ''}--help" for the usage.`,
  );
}

/** Every flag `command` takes, by name (the `no-` forms of its booleans included). */
function flagsOf(command: Command): string[] {
  const inputs = INPUT_FLAGS.filter((f) => f.commands.includes(command));
  return [
    ...inputs.map((f) => f.name),
    ...inputs.filter((f) => f.kind === 'boolean').map((f) => `no-${f.name}`),
    ...CLI_FLAGS.filter((f) => f.commands.includes(command)).map((f) => f.name),
  ];
}

function unknownFlag(name: string, command: Command): InputError {
  const other = INPUT_FLAGS.find((f) => f.name === name) ?? CLI_FLAGS.find((f) => f.name === name);
  if (other) return usageError(`--${name} is for ${other.commands.join(', ')}, not ${command}`, command);
  return usageError(`unknown flag "--${name}"${didYouMean(name, flagsOf(command))}`, command);
}

/** The command, or the usage error for what came instead. */
function commandOf(first: string): Command {
  if ((COMMANDS as readonly string[]).includes(first)) return first as Command;
  throw usageError(
    first.startsWith('-')
      ? `"${first}" before a command: start with one of ${COMMANDS.join(', ')}`
      : `unknown command "${first}": use one of ${COMMANDS.join(', ')}${didYouMean(first, COMMANDS).replace('--', '')}`,
  );
}

/** What the flags said so far: inputs (lists and values) and the CLI's own flags. */
interface Collected {
  lists: Map<string, string[]>;
  values: Map<string, string>;
  invocation: Omit<CliInvocation, 'inputs' | 'command'>;
}

/** Reads one `--name[=value]` at rest[i]; returns how many arguments it used, or the help. */
function readFlag(command: Command, rest: readonly string[], i: number, into: Collected): number | 'help' {
  const arg = rest[i]!;
  const eq = arg.indexOf('=');
  const name = arg.slice(2, eq >= 0 ? eq : undefined);
  const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
  let used = 1;
  const takeValue = (): string => {
    if (inline !== undefined) return inline;
    const next = rest[i + 1];
    if (next === undefined || (next.startsWith('--') && next.length > 2)) {
      throw usageError(`--${name} needs a value`, command);
    }
    used = 2;
    return next;
  };
  const own = CLI_FLAGS.find((f) => f.name === name && f.commands.includes(command));
  if (own) return readCliFlag(own.name, command, inline, takeValue, into) ?? used;
  const negated = name.startsWith('no-') ? INPUT_FLAGS.find((f) => f.name === name.slice(3)) : undefined;
  if (negated?.kind === 'boolean' && negated.commands.includes(command) && inline === undefined) {
    into.values.set(negated.name, 'false');
    return used;
  }
  const spec = INPUT_FLAGS.find((f) => f.name === name);
  if (!spec || !spec.commands.includes(command)) throw unknownFlag(name, command);
  if (spec.kind === 'list') into.lists.set(name, [...(into.lists.get(name) ?? []), takeValue()]);
  else if (spec.kind === 'boolean') into.values.set(name, inline ?? 'true');
  else into.values.set(name, takeValue());
  return used;
}

function readCliFlag(
  name: (typeof CLI_FLAGS)[number]['name'],
  command: Command,
  inline: string | undefined,
  takeValue: () => string,
  into: Collected,
): 'help' | undefined {
  if (name === 'help') return 'help';
  if (name === 'format') {
    const raw = takeValue();
    if (!(FORMATS as readonly string[]).includes(raw)) {
      throw usageError(`--format is "${raw}": use one of ${FORMATS.join(', ')}`, command);
    }
    into.invocation.format = raw as Format;
  } else if (name === 'output') {
    const output = takeValue();
    if (output === '') throw usageError('--output is empty: name the file for the report', command);
    into.invocation.output = output;
  } else {
    if (inline !== undefined) throw usageError(`--${name} takes no value`, command);
    if (name === 'yes') into.invocation.yes = true;
    else into.invocation.detailedExitcode = true;
  }
  return undefined;
}

/** What each command needs before it can run at all. */
function checkRequired(command: Command, inputs: ReadonlyMap<string, string>): void {
  if (command === 'diagnose') {
    if (!inputs.get('client-certificate')) {
      throw usageError('diagnose needs --client-certificate FILE (what the partner sends)', command);
    }
    if (!inputs.get('ca-files') && !inputs.get('truststore-uri')) {
      throw usageError(
        'diagnose needs the truststore: CA file patterns, or --truststore-uri with the --domain-names the partner calls',
        command,
      );
    }
  } else if (!inputs.get('ca-files')) {
    throw usageError(
      `no CA files: give them as patterns, e.g. mtls-truststore ${command} 'pki/**/*.pem'`,
      command,
    );
  }
  if ((command === 'plan' || command === 'deploy' || command === 'audit') && !inputs.get('truststore-uri')) {
    throw usageError(`${command} needs --truststore-uri s3://BUCKET/KEY (the live truststore)`, command);
  }
}

/** Parses argv (without node and the script). Throws InputError on bad usage. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0];
    if (first === 'help' && topic && (COMMANDS as readonly string[]).includes(topic)) {
      return { kind: 'help', text: commandHelp(topic as Command) };
    }
    return { kind: 'help', text: mainHelp() };
  }
  if (first === '--version' || first === '-V') return { kind: 'version' };
  if (first === undefined) {
    const text = `Usage: ${USAGE}\nCommands: ${COMMANDS.join(', ')}\nRun "mtls-truststore --help" for what each does, "mtls-truststore <command> --help" for its flags.`;
    return { kind: 'usage', text };
  }
  const command = commandOf(first);
  const into: Collected = { lists: new Map(), values: new Map(), invocation: {} };
  let onlyPositional = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!onlyPositional && arg === '--') {
      onlyPositional = true;
    } else if (onlyPositional || !arg.startsWith('--')) {
      if (!onlyPositional && arg === '-h') return { kind: 'help', text: commandHelp(command) };
      if (!onlyPositional && arg.startsWith('-') && arg !== '-') {
        throw usageError(
          `unknown flag "${arg}"${didYouMean(arg.replace(/^-+/, ''), flagsOf(command))}`,
          command,
        );
      }
      into.lists.set('ca-files', [...(into.lists.get('ca-files') ?? []), arg]);
    } else {
      const used = readFlag(command, rest, i, into);
      if (used === 'help') return { kind: 'help', text: commandHelp(command) };
      i += used - 1;
    }
  }
  // The command is the action's mode input: readSettings then applies that mode's rules.
  const inputs = new Map([...into.values, ['mode', command]]);
  for (const [name, items] of into.lists) inputs.set(name, items.join('\n'));
  checkRequired(command, inputs);
  return { kind: 'run', invocation: { command, inputs, ...into.invocation } };
}

/** The flags as an input source for readSettings: errors name `--flag`, not `input flag`. */
export function flagInputs(inputs: ReadonlyMap<string, string>): InputSource {
  return { get: (name) => inputs.get(name) ?? '', label: (name) => `--${name}` };
}
