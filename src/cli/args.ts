/**
 * The command line of `mtls-truststore`: commands, flags named like the action's inputs, and the
 * help of each command. Parsing only: bad usage is an InputError (exit code 2), nothing runs here.
 */
import { InputError, type InputSource } from '../settings/settings.js';

import { COMMANDS, type Command, FORMATS, type Format, INPUT_FLAGS } from './flags.js';

export { COMMANDS, type Command, FORMATS, type Format, INPUT_FLAGS };

export interface CliInvocation {
  command: Command;
  /** Input values by action input name; list inputs hold one item per line. */
  inputs: Map<string, string>;
  format?: Format;
  /** Where the report goes; standard output when unset. */
  output?: string;
}

export type ParsedArgs =
  | { kind: 'run'; invocation: CliInvocation }
  | { kind: 'help'; text: string }
  | { kind: 'version' };

const USAGE = 'mtls-truststore <validate|plan|deploy|diagnose> [PATTERN...] [flags]';

const COMMAND_SUMMARY: Record<Command, string> = {
  validate: 'check the CA files offline and build the canonical truststore',
  plan: 'also compare it with the live truststore in S3 and the domains pinned to it (reads only)',
  deploy: "upload a new object version and roll every domain to it, then check API Gateway's warnings",
  diagnose: "explain why API Gateway accepts or refuses one partner's client certificate (reads only)",
};

function flagLine(flag: string, text: string): string {
  return `  ${flag.padEnd(40)} ${text}`;
}

export function mainHelp(): string {
  return [
    `Usage: ${USAGE}`,
    '',
    'CI/CD for the truststore of AWS API Gateway mutual TLS, from your CA files.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.padEnd(10)} ${COMMAND_SUMMARY[c]}`),
    '',
    'Run "mtls-truststore <command> --help" for the flags of a command.',
    'Exit codes: 0 valid/done, 1 error findings (or warnings with --fail-on-warnings) or a failed step, 2 bad usage.',
  ].join('\n');
}

export function commandHelp(command: Command): string {
  const flags = INPUT_FLAGS.filter((f) => f.commands.includes(command)).map((f) =>
    flagLine(`--${f.name}${f.value ? ` ${f.value}` : ''}`, f.help),
  );
  return [
    `Usage: mtls-truststore ${command} [PATTERN...] [flags]`,
    '',
    `${command}: ${COMMAND_SUMMARY[command]}.`,
    "PATTERN: CA files as glob patterns, relative to this folder (quote them: 'pki/**/*.pem').",
    '',
    "Flags (named like the action's inputs):",
    ...flags,
    '',
    'Output:',
    flagLine(
      '--format text|json|sarif|markdown',
      "report format (default text; json has the action's outputs)",
    ),
    flagLine('--output FILE', 'write the report to FILE instead of standard output'),
    flagLine('--help', 'this help'),
    '',
    'Colour only on a terminal, never with NO_COLOR set.',
    command === 'validate'
      ? "Example: mtls-truststore validate 'pki/**/*.pem' --output-file build/truststore.pem"
      : command === 'diagnose'
        ? "Example: mtls-truststore diagnose --client-certificate partner.pem 'pki/**/*.pem'"
        : `Example: mtls-truststore ${command} 'pki/**/*.pem' --truststore-uri s3://my-truststores/api/truststore.pem --domain-names api.example.com`,
  ].join('\n');
}

function usageError(message: string, command?: Command): InputError {
  return new InputError(
    `${message}\nRun "mtls-truststore ${command ? `${command} ` : ''}--help" for the usage.`,
  );
}

/** Parses argv (without node and the script). Throws InputError on bad usage. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    if (topic && (COMMANDS as readonly string[]).includes(topic)) {
      return { kind: 'help', text: commandHelp(topic as Command) };
    }
    return { kind: 'help', text: mainHelp() };
  }
  if (first === '--version' || first === '-V') return { kind: 'version' };
  if (!(COMMANDS as readonly string[]).includes(first)) {
    throw usageError(
      first.startsWith('-')
        ? `"${first}" before a command: start with one of ${COMMANDS.join(', ')}`
        : `unknown command "${first}": use one of ${COMMANDS.join(', ')}`,
    );
  }
  const command = first as Command;
  const lists = new Map<string, string[]>();
  const values = new Map<string, string>();
  let format: Format | undefined;
  let output: string | undefined;
  let onlyPositional = false;

  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (onlyPositional || !arg.startsWith('--') || arg === '-') {
      if (arg === '-h') return { kind: 'help', text: commandHelp(command) };
      if (!onlyPositional && arg.startsWith('-') && arg !== '-') {
        throw usageError(`unknown flag "${arg}"`, command);
      }
      lists.set('ca-files', [...(lists.get('ca-files') ?? []), arg]);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq >= 0 ? eq : undefined);
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const takeValue = (): string => {
      if (inline !== undefined) return inline;
      const next = rest[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw usageError(`--${name} needs a value`, command);
      }
      i++;
      return next;
    };
    if (name === 'help') return { kind: 'help', text: commandHelp(command) };
    if (name === 'format') {
      const raw = takeValue();
      if (!(FORMATS as readonly string[]).includes(raw)) {
        throw usageError(`--format is "${raw}": use one of ${FORMATS.join(', ')}`, command);
      }
      format = raw as Format;
      continue;
    }
    if (name === 'output') {
      output = takeValue();
      if (output === '') throw usageError('--output is empty: name the file for the report', command);
      continue;
    }
    const negated = name.startsWith('no-') ? INPUT_FLAGS.find((f) => f.name === name.slice(3)) : undefined;
    if (negated?.kind === 'boolean' && negated.commands.includes(command) && inline === undefined) {
      values.set(negated.name, 'false');
      continue;
    }
    const spec = INPUT_FLAGS.find((f) => f.name === name);
    if (!spec) throw usageError(`unknown flag "--${name}"`, command);
    if (!spec.commands.includes(command)) {
      throw usageError(`--${name} is for ${spec.commands.join(', ')}, not ${command}`, command);
    }
    if (spec.kind === 'list') lists.set(name, [...(lists.get(name) ?? []), takeValue()]);
    else if (spec.kind === 'boolean') values.set(name, inline ?? 'true');
    else values.set(name, takeValue());
  }

  // The command is the action's mode input: readSettings then applies that mode's rules.
  const inputs = new Map([...values, ['mode', command]]);
  for (const [name, items] of lists) inputs.set(name, items.join('\n'));
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
      "no CA files: give them as patterns, e.g. mtls-truststore validate 'pki/**/*.pem'",
      command,
    );
  }
  if ((command === 'plan' || command === 'deploy') && !inputs.get('truststore-uri')) {
    throw usageError(`${command} needs --truststore-uri s3://BUCKET/KEY (the live truststore)`, command);
  }
  return {
    kind: 'run',
    invocation: { command, inputs, ...(format ? { format } : {}), ...(output ? { output } : {}) },
  };
}

/** The flags as an input source for readSettings: errors name `--flag`, not `input flag`. */
export function flagInputs(inputs: ReadonlyMap<string, string>): InputSource {
  return { get: (name) => inputs.get(name) ?? '', label: (name) => `--${name}` };
}
