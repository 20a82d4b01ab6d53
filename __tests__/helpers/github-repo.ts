import { createHash } from 'node:crypto'

/**
 * The repository side of the GitHub stand-in (github-server.ts): git data (blobs, trees, commits,
 * refs), file contents, pull requests, collaborators and their permission, shaped as GitHub's
 * REST API documents them. A tree is held as the flat map of every file path it reaches to its
 * blob: what `GET .../git/trees/{sha}?recursive=1` shows, and what a test wants to read back.
 */

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

interface Commit {
  sha: string
  tree: string
  parents: string[]
  message: string
}

export interface StoredPull {
  number: number
  head: string
  base: string
  merged: boolean
  mergedAt: string | null
  requestedReviewers: string[]
  requestedTeams: string[]
}

/** A collaborator's role; GitHub's `permission` field says `write` for maintain, `read` for triage. */
export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read'

const FILE_MODES = new Set(['100644', '100755', '040000', '160000', '120000'])

/** GitHub refuses a tree entry whose path is absolute, has empty, `.` or `..` components, or `.git`. */
function malformedPath(path: string): boolean {
  return (
    path === '' ||
    path.startsWith('/') ||
    path.endsWith('/') ||
    path.split('/').some(part => part === '' || part === '.' || part === '..' || part === '.git')
  )
}

/** `git check-ref-format`'s rules for a branch name. */
export function validBranch(name: string): boolean {
  return (
    name !== '' &&
    // eslint-disable-next-line no-control-regex -- control characters are what git refuses
    !/[\x00-\x20\x7f~^:?*[\\]/.test(name) &&
    !name.includes('..') &&
    !name.includes('@{') &&
    !name.includes('//') &&
    !name.startsWith('/') &&
    !name.endsWith('/') &&
    !name.endsWith('.') &&
    name.split('/').every(part => !part.startsWith('.') && !part.endsWith('.lock'))
  )
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

export class GitRepository {
  defaultBranch = 'main'
  readonly blobs = new Map<string, string>()
  readonly trees = new Map<string, Map<string, string>>()
  readonly commits = new Map<string, Commit>()
  /** `heads/main` → commit sha. */
  readonly refs = new Map<string, string>()
  readonly collaborators = new Map<string, Role>()

  reset(): void {
    this.defaultBranch = 'main'
    this.blobs.clear()
    this.trees.clear()
    this.commits.clear()
    this.refs.clear()
    this.collaborators.clear()
  }

  /** A branch holding exactly `files` (path → content) in one commit, by default the default branch. */
  seed(files: Record<string, string>, branch = this.defaultBranch): string {
    const tree = new Map(Object.entries(files).map(([path, content]) => [path, this.blob(content)]))
    const commit = this.commit(this.tree(tree), [], 'Initial commit')
    this.refs.set(`heads/${branch}`, commit)
    return commit
  }

  blob(content: string): string {
    const sha = sha1(`blob ${Buffer.byteLength(content)}\0${content}`)
    this.blobs.set(sha, content)
    return sha
  }

  tree(files: Map<string, string>): string {
    const sorted = [...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    const sha = sha1(`tree ${JSON.stringify(sorted)}`)
    this.trees.set(sha, new Map(sorted))
    return sha
  }

  commit(tree: string, parents: string[], message: string): string {
    const sha = sha1(`commit ${tree} ${parents.join(' ')} ${message} ${this.commits.size}`)
    this.commits.set(sha, { sha, tree, parents, message })
    return sha
  }

  /** Every file of a branch, path → content; undefined when there is no such branch. */
  files(branch: string): Record<string, string> | undefined {
    const commit = this.refs.get(`heads/${branch}`)
    if (!commit) return undefined
    const tree = this.trees.get(this.commits.get(commit)?.tree ?? '') ?? new Map<string, string>()
    return Object.fromEntries([...tree].map(([path, blob]) => [path, this.blobs.get(blob) ?? '']))
  }

  /** How many commits lie between a branch's tip and its root: a force-push keeps it at one. */
  depth(branch: string): number {
    let sha = this.refs.get(`heads/${branch}`)
    let depth = 0
    while (sha) {
      depth++
      sha = this.commits.get(sha)?.parents[0]
    }
    return depth
  }

  /** `POST /git/trees`: `base_tree`'s files, then each entry set (blob `sha` or `content`) or removed (`sha: null`). */
  createTree(body: Record<string, unknown>): { status: number; data: unknown } {
    const entries = body.tree
    if (!Array.isArray(entries)) throw new HttpError(422, 'Invalid request: tree is required')
    let files = new Map<string, string>()
    if (body.base_tree !== undefined) {
      const base = this.trees.get(String(body.base_tree))
      if (!base) throw new HttpError(422, 'Invalid tree info: base_tree not found')
      files = new Map(base)
    }
    for (const raw of entries as Record<string, unknown>[]) {
      const path = String(raw.path ?? '')
      if (malformedPath(path))
        throw new HttpError(422, `tree.path contains a malformed path component`)
      if (!FILE_MODES.has(String(raw.mode))) throw new HttpError(422, 'tree.mode is invalid')
      if (raw.type !== 'blob') throw new HttpError(422, 'only blobs are supported here')
      if (raw.sha === null) {
        files.delete(path)
        continue
      }
      const hasContent = typeof raw.content === 'string'
      if (hasContent === (raw.sha !== undefined))
        throw new HttpError(422, 'tree entries take either sha or content')
      const sha = hasContent ? this.blob(String(raw.content)) : String(raw.sha)
      if (!this.blobs.has(sha)) throw new HttpError(422, `Invalid tree info: blob ${sha} not found`)
      files.set(path, sha)
    }
    const sha = this.tree(files)
    return { status: 201, data: this.treeJson(sha) }
  }

  treeJson(sha: string) {
    const tree = this.trees.get(sha)
    if (!tree) throw new HttpError(404, 'Not Found')
    return {
      sha,
      truncated: false,
      tree: [...tree].map(([path, blob]) => ({
        path,
        mode: '100644',
        type: 'blob',
        sha: blob,
        size: Buffer.byteLength(this.blobs.get(blob) ?? '')
      }))
    }
  }

  createCommit(body: Record<string, unknown>): { status: number; data: unknown } {
    const tree = String(body.tree ?? '')
    if (!this.trees.has(tree)) throw new HttpError(422, 'Tree SHA does not exist')
    const parents = Array.isArray(body.parents) ? body.parents.map(String) : []
    if (parents.some(p => !this.commits.has(p)))
      throw new HttpError(422, 'Parent SHA does not exist or is not a commit object')
    if (typeof body.message !== 'string') throw new HttpError(422, 'message is required')
    return { status: 201, data: this.commitJson(this.commit(tree, parents, body.message)) }
  }

  commitJson(sha: string) {
    const commit = this.commits.get(sha)
    if (!commit) throw new HttpError(404, 'Not Found')
    return {
      sha,
      message: commit.message,
      tree: { sha: commit.tree },
      parents: commit.parents.map(p => ({ sha: p }))
    }
  }

  refJson(ref: string) {
    const sha = this.refs.get(ref)
    if (!sha) throw new HttpError(404, 'Not Found')
    return { ref: `refs/${ref}`, object: { sha, type: 'commit' } }
  }

  createRef(body: Record<string, unknown>): { status: number; data: unknown } {
    const full = String(body.ref ?? '')
    const sha = String(body.sha ?? '')
    if (!full.startsWith('refs/') || full.split('/').length < 3)
      throw new HttpError(422, 'Reference name must start with refs/ and have at least two slashes')
    const ref = full.slice('refs/'.length)
    if (!validBranch(ref.replace(/^heads\//, '')))
      throw new HttpError(422, `${full} is not a valid ref name`)
    if (this.refs.has(ref)) throw new HttpError(422, 'Reference already exists')
    if (!this.commits.has(sha)) throw new HttpError(422, 'Object does not exist')
    this.refs.set(ref, sha)
    return { status: 201, data: this.refJson(ref) }
  }

  /** `PATCH /git/refs/{ref}`: a move that is not a fast-forward needs `force`. */
  updateRef(ref: string, body: Record<string, unknown>): { status: number; data: unknown } {
    const current = this.refs.get(ref)
    if (!current) throw new HttpError(422, 'Reference does not exist')
    const sha = String(body.sha ?? '')
    if (!this.commits.has(sha)) throw new HttpError(422, 'Object does not exist')
    if (body.force !== true && !this.descends(sha, current))
      throw new HttpError(422, 'Update is not a fast forward')
    this.refs.set(ref, sha)
    return { status: 200, data: this.refJson(ref) }
  }

  private descends(sha: string, ancestor: string): boolean {
    const seen = new Set<string>()
    const queue = [sha]
    while (queue.length > 0) {
      const next = queue.shift() as string
      if (next === ancestor) return true
      if (seen.has(next)) continue
      seen.add(next)
      queue.push(...(this.commits.get(next)?.parents ?? []))
    }
    return false
  }

  /** `GET /contents/{path}?ref=`: a file of a branch (the default one without `ref`), base64. */
  contents(path: string, ref: string | null) {
    const branch = ref ?? this.defaultBranch
    const files = this.files(branch.replace(/^refs\/heads\//, ''))
    if (!files || !Object.hasOwn(files, path)) throw new HttpError(404, 'Not Found')
    const content = files[path]
    return {
      type: 'file',
      encoding: 'base64',
      path,
      name: path.split('/').pop(),
      size: Buffer.byteLength(content),
      sha: this.blob(content),
      content: Buffer.from(content).toString('base64')
    }
  }

  /** `GET /collaborators/{user}/permission`; someone who is no collaborator reads, as on a public repository. */
  permission(user: string) {
    const role = this.collaborators.get(user.toLowerCase()) ?? 'read'
    const permission =
      role === 'admin' ? 'admin' : role === 'maintain' || role === 'write' ? 'write' : 'read'
    return { permission, role_name: role, user: { login: user } }
  }
}
