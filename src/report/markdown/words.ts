/** Words shared by the reports. */

/** A count with its noun, singular for one: "1 CA certificate", "2 CA certificates". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}
