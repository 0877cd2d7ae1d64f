/** Types for scripts/shape-lib.mjs, so __tests__/architecture.test.ts can import it. */
export interface Source {
  file: string;
  text: string;
  lines: number;
  ast: unknown;
  error: string | null;
}
export interface Import {
  from: string;
  specifier: string;
  kind: string;
  line: number;
  /** The imported src/ file, or null when the specifier names no .ts file in src/. */
  to: string | null;
}
export interface Graph {
  files: string[];
  imports: Import[];
  edges: Map<string, Set<string>>;
  unresolved: Import[];
}
export interface Violation {
  file: string;
  line: number | null;
  to: string | null;
  reason: string;
}
export interface FunctionLength {
  name: string;
  file: string;
  line: number;
  length: number;
}
export interface Shape {
  files: number;
  lines: number;
  parseErrors: { file: string; error: string }[];
  graph: Graph;
  cycles: string[][];
  upward: Violation[];
  runnerImporters: string[];
  envReaders: string[];
  longFiles: { file: string; lines: number }[];
  functions: FunctionLength[];
  longFunctions: FunctionLength[];
  tooLongFunctions: FunctionLength[];
}

export declare const ORDER: string[];
export declare const RUNNER: string;
export declare const MAX_FILE_LINES: number;
export declare const LONG_FUNCTION_LINES: number;
export declare const MAX_FUNCTION_LINES: number;
export declare const MAX_LONG_FUNCTIONS: number;
export declare function folderOf(file: string): string | null;
export declare function readSources(root: string): Source[];
export declare function importsOf(source: Source, known: Set<string>): Import[];
export declare function importGraph(sources: Source[]): Graph;
export declare function findCycles(graph: Graph): string[][];
export declare function findUpwardImports(graph: Graph): Violation[];
export declare function formatViolation(violation: Violation): string;
export declare function listFunctions(source: Source): FunctionLength[];
export declare function readsProcessEnv(source: Source): boolean;
export declare function shape(root: string): Shape;
