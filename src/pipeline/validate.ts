/**
 * validate: collect the CA files, run the engine, check the clients, and write the canonical
 * truststore, but only when there is no error: a half-valid bundle must never reach a later upload
 * step. Reports nothing: the reporters render the findings where the user looks.
 */
import {
  type Analysis,
  analyze,
  type Finding,
  hasErrors,
  type SourceFile,
  type Truststore,
} from '../pki/index.js';
import type { Settings } from '../settings/settings.js';
import type { RevocationFile } from '../targets/elb/revocation-files.js';
import { collectSources } from '../workspace/collect.js';
import { resolveOutputFile, writeOutputFile } from '../workspace/output-file.js';
import { policyOf } from './deps.js';

/** What validation hands to the later modes. */
export interface ValidateResult {
  /** False when the step has failed (errors, or warnings with fail-on-warnings). */
  ok: boolean;
  sources: SourceFile[];
  analysis: Analysis;
  /** All findings: collection problems and the engine's. */
  findings: Finding[];
  truststore?: Truststore;
  /** Absolute path of the written truststore file. */
  outputPath?: string;
  /** Why the step failed, in one line for the user (set when `ok` is false). */
  failure?: string;
  /** How many distinct client certificates client-certificates held (when it is set). */
  clientsChecked?: number;
  /** The revocation lists of revocation-files, checked against the new truststore (when it is set). */
  revocations?: RevocationFile[];
}

/**
 * What the targets named add on top of the common rules: an ELB trust store's quotas, keys and
 * signatures, and the revocation lists it would carry. Pure modules: nothing here loads the SDK.
 */
async function targetChecks(
  settings: Settings,
  entries: Analysis['entries'],
  now: Date,
): Promise<{ findings: Finding[]; revocations?: RevocationFile[] }> {
  const findings: Finding[] = [];
  if (settings.elbTrustStoreArns.length > 0) {
    const { elbFindings } = await import('../targets/elb/rules.js');
    findings.push(...elbFindings(entries, { maxCaDepth: settings.maxCaDepth }));
  }
  if (settings.revocationFiles.length === 0) return { findings };
  const { checkRevocationFiles } = await import('../targets/elb/revocation-files.js');
  const checked = await checkRevocationFiles({
    workspace: settings.workspace,
    patterns: settings.revocationFiles,
    entries,
    now,
  });
  findings.push(...checked.findings);
  return { findings, revocations: checked.files };
}

/**
 * The validate stage, shared by the action and the CLI: collect, analyze, check clients, and write
 * the canonical truststore only when nothing failed. Reports nothing: reporters render the result.
 */
export async function validate(settings: Settings): Promise<ValidateResult> {
  const policy = policyOf(settings, new Date());
  const collected = await collectSources(settings.workspace, settings.caFiles);
  const analysis = analyze(collected.sources, policy, collected.findings);
  const findings = [...analysis.findings];
  const targets = await targetChecks(settings, analysis.entries, policy.now);
  findings.push(...targets.findings);
  let clientsChecked: number | undefined;
  // Checked even when the set is refused, so a lock-out shows up with the errors that cause it.
  if (settings.clientCertificates.length > 0) {
    const { checkClients } = await import('./clients.js');
    const clients = await checkClients(
      settings,
      analysis.truststore ?? analysis.entries,
      policy,
      targets.revocations,
    );
    findings.push(...clients.findings);
    clientsChecked = clients.checked;
  }

  // Checked before anything is written, and reported with the rest when it is refused. An empty
  // output-file (the CLI without --output-file) checks without writing.
  const output =
    settings.outputFile === ''
      ? undefined
      : await resolveOutputFile(settings.workspace, settings.outputFile, settings.runnerTemp);
  if (output && 'finding' in output) findings.push(output.finding);

  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const failed = hasErrors(findings) || (settings.failOnWarnings && warnings > 0);

  const truststore = failed ? undefined : analysis.truststore;
  let outputPath: string | undefined;
  if (truststore && output && 'target' in output) {
    outputPath = output.target.path;
    await writeOutputFile(output.target, truststore.pem);
  }
  let failure: string | undefined;
  if (failed) {
    const reason =
      errors > 0
        ? `${errors} error${errors === 1 ? '' : 's'} in the CA files`
        : `${warnings} warning${warnings === 1 ? '' : 's'} and fail-on-warnings is true`;
    const first = findings.find((f) => f.severity === (errors > 0 ? 'error' : 'warning'));
    failure = `truststore refused: ${reason}; no truststore was written. First: ${first?.message ?? ''}`;
  }
  return {
    ok: !failed,
    sources: collected.sources,
    analysis,
    findings,
    ...(truststore ? { truststore } : {}),
    ...(outputPath ? { outputPath } : {}),
    ...(failure ? { failure } : {}),
    ...(clientsChecked !== undefined ? { clientsChecked } : {}),
    ...(targets.revocations ? { revocations: targets.revocations } : {}),
  };
}
