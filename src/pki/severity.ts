/**
 * How serious a finding is. Its own module because both the finding model (model.ts) and the
 * table of finding codes (codes.ts) need it, and model.ts already depends on codes.ts for the
 * codes: keeping it in either of them would make the two import each other.
 */
export type Severity = 'error' | 'warning' | 'notice';
