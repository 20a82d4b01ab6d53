export function median(values: number[]): number
export function range(values: number[], digits?: number): string
export function medianInterval(
  values: number[],
  confidence?: number
): { low: number; high: number; coverage: number }
