/**
 * The runner reporter's outputs: set once, from what the run produced, at the end of the step
 * (also when it failed part-way), instead of by each mode at each of its exits.
 */

import { findingsJson } from '../report/findings.js';
import { actionOutputs, type RunParts } from '../report/outputs.js';
import * as runner from './runner.js';

export function setRunOutputs(parts: RunParts): void {
  const outputs = actionOutputs(parts);
  // GitHub limits the size of outputs: the action's findings list is cut there (the CLI's is not).
  if (parts.validation) outputs.findings = findingsJson(parts.validation.findings);
  for (const [name, value] of Object.entries(outputs)) runner.setOutput(name, value);
}
