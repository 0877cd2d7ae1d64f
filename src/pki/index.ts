export { analyze, analyzeCertificates, dedupe, defaultPolicy, parseSource } from './analyze.js';
export {
  BudgetExhausted,
  canIssue,
  IssuerIndex,
  isCa,
  type PathOptions,
  type PathResult,
  validAt,
  verifyPath,
} from './chains.js';
export { buildHierarchy } from './hierarchy.js';
export * from './model.js';
export { CertificateParseError, parseCertificateDer, signatureVerifies } from './parse.js';
export { scanSource } from './pem.js';
export { assessCertificate } from './rules.js';
export { buildTruststore, canonicalOrder, renderPem } from './truststore.js';
