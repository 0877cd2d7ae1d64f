/** The action's inputs (`INPUT_*`, as the runner sets them) as the source readSettings reads. */
import type { InputSource } from '../settings/settings.js';
import * as runner from './runner.js';

export const actionInputs: InputSource = {
  get: (name) => runner.getInput(name),
  label: (name) => `input ${name}`,
};
