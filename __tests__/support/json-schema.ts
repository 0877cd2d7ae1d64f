/**
 * A small JSON Schema (draft-04) checker for the keywords the SARIF 2.1.0 schema uses: $ref, type,
 * required, properties, additionalProperties, items, enum, minItems, uniqueItems, minimum, maximum,
 * pattern, format (uri, uri-reference, date-time), anyOf, oneOf. It returns every violation with
 * its JSON path, so a test failure says what code scanning would refuse.
 */
type Schema = Record<string, unknown>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

export function validateJsonSchema(root: Schema, value: unknown): string[] {
  let errors: string[] = [];
  const resolve = (ref: string): Schema => {
    if (!ref.startsWith('#/')) throw new Error(`only local $ref is supported, got ${ref}`);
    let node: unknown = root;
    for (const part of ref.slice(2).split('/')) node = (node as Schema)[part];
    if (!node) throw new Error(`unresolved $ref ${ref}`);
    return node as Schema;
  };

  const check = (schema: Schema, v: unknown, at: string): void => {
    if (typeof schema.$ref === 'string') {
      check(resolve(schema.$ref), v, at);
      return;
    }
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
      if (!types.some((t) => typeMatches(v, t))) {
        errors.push(`${at}: is ${typeOf(v)}, schema wants ${types.join('|')}`);
        return;
      }
    }
    if (schema.enum && !(schema.enum as unknown[]).some((e) => e === v)) {
      errors.push(`${at}: ${JSON.stringify(v)} is not one of ${JSON.stringify(schema.enum)}`);
    }
    if (typeof v === 'number') {
      if (typeof schema.minimum === 'number' && v < schema.minimum)
        errors.push(`${at}: below ${schema.minimum}`);
      if (typeof schema.maximum === 'number' && v > schema.maximum)
        errors.push(`${at}: above ${schema.maximum}`);
    }
    if (typeof v === 'string') {
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(v)) {
        errors.push(`${at}: "${v}" does not match ${schema.pattern}`);
      }
      if (schema.format === 'uri' && !URL.canParse(v)) errors.push(`${at}: "${v}" is not a URI`);
      if (schema.format === 'uri-reference' && !URL.canParse(v, 'file:///base/')) {
        errors.push(`${at}: "${v}" is not a URI reference`);
      }
      if (schema.format === 'date-time' && Number.isNaN(Date.parse(v))) errors.push(`${at}: not a date-time`);
    }
    if (Array.isArray(v)) {
      if (typeof schema.minItems === 'number' && v.length < schema.minItems) {
        errors.push(`${at}: fewer than ${schema.minItems} items`);
      }
      if (schema.uniqueItems === true && new Set(v.map((x) => JSON.stringify(x))).size !== v.length) {
        errors.push(`${at}: items are not unique`);
      }
      if (schema.items && typeof schema.items === 'object') {
        for (const [i, item] of v.entries()) check(schema.items as Schema, item, `${at}[${i}]`);
      }
    }
    if (typeOf(v) === 'object') {
      const object = v as Record<string, unknown>;
      for (const name of (schema.required as string[] | undefined) ?? []) {
        if (!(name in object)) errors.push(`${at}: missing required property "${name}"`);
      }
      const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
      for (const [name, child] of Object.entries(object)) {
        if (properties[name]) check(properties[name], child, `${at}.${name}`);
        else if (schema.additionalProperties === false)
          errors.push(`${at}: property "${name}" is not allowed`);
        else if (typeof schema.additionalProperties === 'object') {
          check(schema.additionalProperties as Schema, child, `${at}.${name}`);
        }
      }
    }
    for (const [keyword, need] of [
      ['anyOf', (n: number) => n >= 1],
      ['oneOf', (n: number) => n === 1],
    ] as const) {
      const options = schema[keyword] as Schema[] | undefined;
      if (!options) continue;
      const passing = options.filter((option) => {
        const outer = errors;
        errors = [];
        check(option, v, at);
        const ok = errors.length === 0;
        errors = outer;
        return ok;
      });
      if (!need(passing.length)) errors.push(`${at}: ${passing.length} of the ${keyword} alternatives match`);
    }
  };

  check(root, value, '$');
  return errors;
}
