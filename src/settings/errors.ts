/**
 * Bad input, whichever front-end it came through: an action input or a CLI flag the user got wrong.
 * The message names the input and the fix. One type everywhere (pure: the core may throw it too),
 * so the action reports failure-reason invalid-input and the CLI exits 2 for all of them.
 */
export class InputError extends Error {
  override name = 'InputError';
}
