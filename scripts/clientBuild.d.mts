/** Builds dist/client when missing or older than its sources; false when the build failed. */
export function ensureClientBuilt(options?: { say?: (line: string) => void }): boolean;
