import type { Mode, Settings } from '../inputs.js';
import type { Analysis, Finding, SourceFile, Truststore } from '../pki/model.js';

/** What validation hands to the later modes. */
export interface ValidateResult {
  /** False when an error-level finding exists (the step has been failed already). */
  ok: boolean;
  sources: SourceFile[];
  analysis: Analysis;
  /** All findings: collection problems and the engine's. */
  findings: Finding[];
  truststore?: Truststore;
  /** Absolute path of the written truststore file. */
  outputPath?: string;
}

export async function runValidate(_settings: Settings, _mode: Mode): Promise<ValidateResult> {
  throw new Error('validate mode: being written (issue 2)');
}
