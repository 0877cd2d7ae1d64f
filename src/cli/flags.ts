/**
 * The commands, formats and flags of `mtls-truststore`: each flag is named like the action input
 * it sets, so a value means the same on either front-end. Data only; parsing is args.ts.
 */
export const COMMANDS = ['validate', 'plan', 'deploy', 'diagnose', 'audit'] as const;
export type Command = (typeof COMMANDS)[number];
export const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export type Kind = 'list' | 'value' | 'boolean';

export interface FlagSpec {
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
const ONLINE: readonly Command[] = ['plan', 'deploy', 'diagnose', 'audit'];
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
    help: 'the live truststore (plan, deploy, audit: required, versioning enabled; diagnose: the domain pins it)',
  },
  {
    name: 'domain-names',
    kind: 'list',
    commands: ONLINE,
    value: 'NAME',
    help: 'custom domain names whose mutual TLS uses this truststore (repeat it)',
  },
  {
    name: 'elb-trust-store-arns',
    kind: 'list',
    commands: ALL,
    value: 'ARN',
    help: 'Elastic Load Balancing trust stores fed from truststore-uri (repeat it); applies the ELB rules in every command',
  },
  {
    name: 'revocation-files',
    kind: 'list',
    commands: TRUSTSTORE,
    value: 'PATTERN',
    help: 'certificate revocation lists (PEM or DER) for the trust stores, as glob patterns (repeat it)',
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

/** A flag of the command line itself: not an action input (how to report, whether to ask). */
export interface CliFlagSpec {
  name: 'format' | 'output' | 'yes' | 'detailed-exitcode' | 'help';
  commands: readonly Command[];
  value?: string;
  help: string;
}

export const CLI_FLAGS: readonly CliFlagSpec[] = [
  {
    name: 'format',
    commands: ALL,
    value: 'text|json|sarif|markdown',
    help: "report format (default text; json has the action's outputs)",
  },
  {
    name: 'output',
    commands: ALL,
    value: 'FILE',
    help: 'write the report to FILE instead of standard output',
  },
  {
    name: 'yes',
    commands: DEPLOY,
    help: 'deploy without asking; needed when standard input or output is not a terminal',
  },
  {
    name: 'detailed-exitcode',
    commands: ['plan'],
    help: 'exit 3 when changes are pending (0: none, 1: failure, 2: bad usage)',
  },
  { name: 'help', commands: ALL, help: 'this help' },
];
