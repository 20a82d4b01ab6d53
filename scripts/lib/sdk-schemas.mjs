// An esbuild plugin for the AWS SDK's schema files, used by scripts/bundle.mjs.
//
// Each service's SDK describes every shape in one schemas file, as top-level arrays, which the
// bundler drops when no command kept needs them, but not those with a computed key
// (`{ [_xN]: _TSa }`): esbuild cannot tell that a computed key has no side effect, even when it
// is a string constant. EC2's file alone is 1.3 MB, nearly all of it kept; compiling it was most
// of the direct listing's processor time beside terraform's plan. So each key that is one of the
// file's own string constants is written out as that string, exactly as the file defines it;
// the shapes are the same, and esbuild can now leave out those no command uses.
import { readFileSync } from 'node:fs'

const SDK_SCHEMAS = /[\\/]@aws-sdk[\\/]client-[^\\/]+[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/
/** `const _xN = "xmlName";`: how the files declare the names they use. */
const STRING_CONSTANT = /^const (_\w+) = ("(?:[^"\\\n]|\\.)*");$/gm

/** `{ [_xN]: v }` → `{ "xmlName": v }` for each `_xN` the source declares as a string. */
export function inlineSchemaKeys(source) {
  const strings = new Map(
    [...source.matchAll(STRING_CONSTANT)].map(([, name, value]) => [name, value])
  )
  return source.replace(/\[(_\w+)\]:/g, (key, name) =>
    strings.has(name) ? `${strings.get(name)}:` : key
  )
}

export const sdkSchemas = {
  name: 'sdk-schemas',
  setup(build) {
    build.onLoad({ filter: SDK_SCHEMAS }, args => ({
      contents: inlineSchemaKeys(readFileSync(args.path, 'utf8')),
      loader: 'js'
    }))
  }
}
