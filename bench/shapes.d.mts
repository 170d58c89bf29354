export const MIB: number;
export const MANIFEST_BYTES: number;
export const PATHOLOGICAL_PROCFILES: [string, Buffer, string[]][];
export function requirementsChain(count: number): Record<string, string>;
