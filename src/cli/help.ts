/**
 * The help of `mtls-truststore` and of each command: text only, built from the flag tables in
 * flags.ts so a flag is described once.
 */
import { CLI_FLAGS, COMMANDS, type Command, INPUT_FLAGS } from './flags.js';

export const USAGE = `mtls-truststore <${COMMANDS.join('|')}> [PATTERN...] [flags]`;

const COMMAND_SUMMARY: Record<Command, string> = {
  validate: 'check the CA files offline and build the canonical truststore',
  plan: 'also compare it with the live truststore in S3 and the domains pinned to it (reads only)',
  deploy:
    "show the plan, ask, then upload a new object version and roll every domain to it, then check API Gateway's warnings",
  diagnose: "explain why API Gateway accepts or refuses one partner's client certificate (reads only)",
  audit:
    'check what is live (the truststore versions the domains pin, the bucket, its lifecycle rules) against the CA files (reads only)',
};

const EXIT_CODES =
  'Exit codes: 0 valid/done, 1 error findings (or warnings with --fail-on-warnings), a failed step or a cancelled deploy, 2 bad usage; plan --detailed-exitcode: 3 when changes are pending.';

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
    EXIT_CODES,
  ].join('\n');
}

const EXAMPLES: Record<Command, string> = {
  validate: "mtls-truststore validate 'pki/**/*.pem' --output-file build/truststore.pem",
  plan: "mtls-truststore plan 'pki/**/*.pem' --truststore-uri s3://my-truststores/api/truststore.pem --domain-names api.example.com --detailed-exitcode",
  deploy:
    "mtls-truststore deploy 'pki/**/*.pem' --truststore-uri s3://my-truststores/api/truststore.pem --domain-names api.example.com",
  diagnose: "mtls-truststore diagnose --client-certificate partner.pem 'pki/**/*.pem'",
  audit:
    "mtls-truststore audit 'pki/**/*.pem' --truststore-uri s3://my-truststores/api/truststore.pem --domain-names api.example.com --format sarif --output audit.sarif",
};

const NOTES: Partial<Record<Command, string>> = {
  plan: 'Exit codes: 0 done, 1 error findings or a failed read, 2 bad usage; with --detailed-exitcode, 3 when changes are pending (0 then means none).',
  deploy:
    "On a terminal, deploy shows the plan and asks; only 'yes' deploys, anything else writes nothing (exit 1). Without a terminal, --yes is required.",
  audit: 'Exit codes: 0 healthy or warnings only, 1 an error-severity problem or a failed read, 2 bad usage.',
};

export function commandHelp(command: Command): string {
  const flags = INPUT_FLAGS.filter((f) => f.commands.includes(command)).map((f) =>
    flagLine(`--${f.name}${f.value ? ` ${f.value}` : ''}`, f.help),
  );
  const own = CLI_FLAGS.filter((f) => f.commands.includes(command)).map((f) =>
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
    'Output and run:',
    ...own,
    '',
    ...(NOTES[command] ? [NOTES[command]] : []),
    'Colour only on a terminal, never with NO_COLOR set.',
    `Example: ${EXAMPLES[command]}`,
  ].join('\n');
}
