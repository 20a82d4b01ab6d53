export function markdownToTerminal(markdown: string, options?: { colour?: boolean }): string
