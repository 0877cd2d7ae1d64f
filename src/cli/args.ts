/**
 * The command line of `mtls-truststore`: commands, flags named like the action's inputs, and the
 * help of each command. Parsing only: bad usage is an InputError (exit code 2), nothing runs here.
 */
import { InputError, type InputSource } from '../settings/settings.js';

export const COMMANDS = ['validate', 'plan', 'deploy', 'diagnose'] as const;
export type Command = (typeof COMMANDS)[number];
export const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

type Kind = 'list' | 'value' | 'boolean';

interface FlagSpec {
  /** The action input of the same name (the flag is `--<name>`). */
  name: string;
  kind: Kind;
  commands: readonly Command[];
  /** What the value looks like in the help. */
  value?: string;
  help: string;
}

const ALL: readonly Command[] = COMMANDS;
const TRUSTSTORE: readonly Command[] = ['validate', 'plan', 'deploy'];
const ONLINE: readonly Command[] = ['plan', 'deploy', 'diagnose'];
const DEPLOY: readonly Command[] = ['deploy'];
const DIAGNOSE: readonly Command[] = ['diagnose'];

/** The action's inputs that make sense off a runner (not mode, github-token, comment, label). */
export const INPUT_FLAGS: readonly FlagSpec[] = [
  {
    name: 'ca-files',
    kind: 'list',
    commands: ALL,
    value: 'PATTERN',
    help: 'CA files as glob patterns, relative to this folder (repeat it; "!" excludes). Same as the PATTERN arguments.',
  },
  {
    name: 'client-certificates',
    kind: 'list',
    commands: TRUSTSTORE,
    value: 'PATTERN',
    help: 'client (leaf) certificates that must chain to the new truststore (repeat it)',
  },
  {
    name: 'output-file',
    kind: 'value',
    commands: TRUSTSTORE,
    value: 'FILE',
    help: 'write the canonical truststore there when it is valid (default: write nothing)',
  },
  {
    name: 'expiry-warning-days',
    kind: 'value',
    commands: ALL,
    value: 'DAYS',
    help: 'a CA that expires within this many days is a warning (default 30)',
  },
  {
    name: 'max-ca-depth',
    kind: 'value',
    commands: ALL,
    value: 'N',
    help: "most CA certificates from a root, root included (default 4, API Gateway's limit)",
  },
  { name: 'fail-on-warnings', kind: 'boolean', commands: TRUSTSTORE, help: 'exit 1 on warnings too' },
  {
    name: 'truststore-uri',
    kind: 'value',
    commands: ONLINE,
    value: 's3://BUCKET/KEY',
    help: 'the live truststore (plan, deploy: required, versioning enabled; diagnose: the domain pins it)',
  },
  {
    name: 'domain-names',
    kind: 'list',
    commands: ONLINE,
    value: 'NAME',
    help: 'custom domain names whose mutual TLS uses this truststore (repeat it)',
  },
  {
    name: 'aws-region',
    kind: 'value',
    commands: ONLINE,
    value: 'REGION',
    help: 'default: AWS_REGION or AWS_DEFAULT_REGION',
  },
  {
    name: 'wait-timeout-seconds',
    kind: 'value',
    commands: DEPLOY,
    value: 'S',
    help: 'how long to wait for each domain to be AVAILABLE (default 900)',
  },
  {
    name: 'rollback-on-warnings',
    kind: 'boolean',
    commands: DEPLOY,
    help: 'pin moved domains back when API Gateway warns (default true; --no-rollback-on-warnings)',
  },
  {
    name: 'domain-update-interval-seconds',
    kind: 'value',
    commands: DEPLOY,
    value: 'S',
    help: 'seconds between two UpdateDomainName calls (default 30)',
  },
  {
    name: 'poll-interval-seconds',
    kind: 'value',
    commands: DEPLOY,
    value: 'S',
    help: 'seconds between two GetDomainName calls while waiting (default 10)',
  },
  {
    name: 'server-side-encryption',
    kind: 'value',
    commands: DEPLOY,
    value: 'ALG',
    help: 'AES256, aws:kms or aws:kms:dsse (default: the bucket default)',
  },
  {
    name: 'sse-kms-key-id',
    kind: 'value',
    commands: DEPLOY,
    value: 'KEY',
    help: 'KMS key id or ARN with aws:kms',
  },
  {
    name: 'probe-identities',
    kind: 'list',
    commands: DEPLOY,
    value: '"NAME CERT KEY [accept|refuse]"',
    help: 'after each roll, a real mutual-TLS handshake per identity (repeat it)',
  },
  { name: 'probe-url', kind: 'value', commands: DEPLOY, value: 'URL', help: 'default https://{domain}/' },
  {
    name: 'probe-ca-file',
    kind: 'value',
    commands: DEPLOY,
    value: 'FILE',
    help: "PEM of the CAs of the domains' server certificates (default: the system's)",
  },
  {
    name: 'probe-timeout-seconds',
    kind: 'value',
    commands: DEPLOY,
    value: 'S',
    help: "how long each domain's probes retry (default 120)",
  },
  {
    name: 'rollback-on-probe-failure',
    kind: 'boolean',
    commands: DEPLOY,
    help: 'pin moved domains back when a probe fails (default true)',
  },
  {
    name: 'client-certificate',
    kind: 'value',
    commands: DIAGNOSE,
    value: 'FILE',
    help: "what the partner's client sends: its leaf, or its bundle in any order (required)",
  },
];

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
