import type { Plugin } from 'esbuild'

export function inlineSchemaKeys(source: string): string
export const sdkSchemas: Plugin
