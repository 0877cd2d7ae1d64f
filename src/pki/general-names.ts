/**
 * GeneralNames (RFC 5280 4.2.1.6) as they appear in subjectAltName and nameConstraints. Only the
 * forms a client certificate carries and name constraints are checked for are decoded; the others
 * are recorded as `unsupported`, so a constraint of that form can fail closed.
 */
import { childrenOf, contentOf, DerError, type Element, expectTag, readOid, TAG } from './der.js';
import type { GeneralName, NameConstraints } from './model.js';
import { describeName } from './names.js';

const UNSUPPORTED: Record<number, string> = {
  160: 'otherName',
  163: 'x400Address',
  165: 'ediPartyName',
  136: 'registeredID',
};

function ia5(buf: Uint8Array, el: Element): string {
  const bytes = contentOf(buf, el);
  for (const b of bytes) if (b > 0x7f) throw new DerError('a GeneralName holds a non-IA5 character');
  return Buffer.from(bytes).toString('latin1');
}

export function readGeneralName(buf: Uint8Array, el: Element): GeneralName {
  switch (el.tag) {
    case 0x81:
      return { type: 'rfc822Name', value: ia5(buf, el) };
    case 0x82:
      return { type: 'dNSName', value: ia5(buf, el) };
    case 0x86:
      return { type: 'uniformResourceIdentifier', value: ia5(buf, el) };
    case 0x87:
      return { type: 'iPAddress', bytes: contentOf(buf, el) };
    case 0xa4: {
      const [name, extra] = childrenOf(buf, el);
      if (!name || extra) throw new DerError('a directoryName holds more than one Name');
      return { type: 'directoryName', rdns: describeName(buf, name, 'directoryName').rdns };
    }
    default: {
      const form = UNSUPPORTED[el.tag];
      if (!form) throw new DerError(`a GeneralName has tag 0x${el.tag.toString(16)}`);
      return { type: 'unsupported', form };
    }
  }
}

/** subjectAltName ::= GeneralNames (SEQUENCE SIZE (1..MAX) OF GeneralName). */
export function readGeneralNames(buf: Uint8Array, el: Element): GeneralName[] {
  return childrenOf(buf, expectTag(el, TAG.SEQUENCE, 'subjectAltName')).map((n) => readGeneralName(buf, n));
}

/** NameConstraints ::= SEQUENCE { permittedSubtrees [0], excludedSubtrees [1] } of GeneralSubtree. */
export function readNameConstraints(buf: Uint8Array, el: Element, critical: boolean): NameConstraints {
  const out: NameConstraints = { critical, permitted: [], excluded: [] };
  const parts = childrenOf(buf, expectTag(el, TAG.SEQUENCE, 'nameConstraints'));
  // RFC 5280 4.2.1.10: permittedSubtrees or excludedSubtrees MUST be present.
  if (parts.length === 0) throw new DerError('nameConstraints is an empty sequence');
  for (const part of parts) {
    if (part.tag !== 0xa0 && part.tag !== 0xa1)
      throw new DerError(`nameConstraints has a part with tag 0x${part.tag.toString(16)}`);
    const list = part.tag === 0xa0 ? out.permitted : out.excluded;
    const subtrees = childrenOf(buf, part);
    // GeneralSubtrees ::= SEQUENCE SIZE (1..MAX): an empty list constrains nothing and is malformed.
    if (subtrees.length === 0) throw new DerError('nameConstraints has an empty list of subtrees');
    for (const subtree of subtrees) {
      // GeneralSubtree ::= SEQUENCE { base GeneralName, minimum [0] DEFAULT 0, maximum [1] OPTIONAL };
      // RFC 5280 forbids minimum/maximum in the profile, and a verifier cannot honour them: fail closed.
      const [base, ...rest] = childrenOf(buf, expectTag(subtree, TAG.SEQUENCE, 'a GeneralSubtree'));
      if (!base) throw new DerError('a GeneralSubtree has no base');
      list.push(
        rest.length > 0
          ? { type: 'unsupported', form: 'subtree minimum/maximum' }
          : readGeneralName(buf, base),
      );
    }
  }
  return out;
}

/** ExtKeyUsageSyntax ::= SEQUENCE SIZE (1..MAX) OF KeyPurposeId. */
export function readExtendedKeyUsage(buf: Uint8Array, el: Element): string[] {
  return childrenOf(buf, expectTag(el, TAG.SEQUENCE, 'extendedKeyUsage')).map((o) => readOid(buf, o));
}
