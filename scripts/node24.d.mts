/** Types for scripts/node24.mjs, so the TypeScript test harness can import it. */
export declare const cacheDir: string;
export declare function findNode24(options?: { install?: boolean; log?: (line: string) => void }): {
  path: string;
  source: 'NODE24' | 'cache' | 'current';
  note?: string;
};
