import { UserError } from '../errors.js'

/** A command line the CLI cannot take as typed: exit code 2, as for an unknown option. */
export class UsageError extends UserError {}
