import type {
  AttachedPolicy,
  GroupDetail,
  ManagedPolicyDetail,
  PolicyDetail,
  RoleDetail,
  Tag,
  UserDetail
} from '@aws-sdk/client-iam'
import { tagsOf } from '../../tags.js'
import type { ListerContext, Lister } from '../lister.js'
import { itemsOf } from '../lister.js'
import { isAdminDocument, isAdministratorAccess } from '../policy.js'

/**
 * IAM, global: users, roles, groups, customer policies, and the inline policies and attachments
 * of users and roles all come from GetAccountAuthorizationDetails, read once per run and shared
 * with the access key listing.
 */

interface Authorization {
  users: UserDetail[]
  roles: RoleDetail[]
  groups: GroupDetail[]
  policies: ManagedPolicyDetail[]
  /** Why the pages stopped early; what was read before is kept. */
  error?: unknown
}

/** IAM's largest page: fewer round trips on accounts with thousands of entities. */
const PAGE_SIZE = 1000

function authorizationOf(context: ListerContext): Promise<Authorization> {
  return context.shared('authorization', async () => {
    const { sdk, client } = await context.client('iam')
    const found: Authorization = { users: [], roles: [], groups: [], policies: [] }
    const pages = sdk.paginateGetAccountAuthorizationDetails(
      { client, pageSize: PAGE_SIZE },
      { Filter: ['User', 'Role', 'Group', 'LocalManagedPolicy'] }
    )
    try {
      for await (const page of pages) {
        found.users.push(...(page.UserDetailList ?? []))
        found.roles.push(...(page.RoleDetailList ?? []))
        found.groups.push(...(page.GroupDetailList ?? []))
        found.policies.push(...(page.Policies ?? []))
      }
    } catch (error) {
      found.error = error
    }
    return found
  })
}

function defaultDocument(policy: ManagedPolicyDetail): string | undefined {
  return policy.PolicyVersionList?.find(version => version.IsDefaultVersion)?.Document
}

/** Tells which attached policies, and which groups, give `*` on `*`. */
class AdminJudge {
  private readonly adminPolicies: Set<string | undefined>
  private readonly adminGroups: Set<string | undefined>

  constructor(authorization: Authorization) {
    this.adminPolicies = new Set(
      authorization.policies
        .filter(policy => isAdminDocument(defaultDocument(policy)))
        .map(policy => policy.Arn)
    )
    this.adminGroups = new Set(
      authorization.groups
        .filter(group => this.grants(group.GroupPolicyList, group.AttachedManagedPolicies))
        .map(group => group.GroupName)
    )
  }

  attached(policyArn: string | undefined): boolean {
    return isAdministratorAccess(policyArn) || this.adminPolicies.has(policyArn)
  }

  grants(inline: PolicyDetail[] = [], attached: AttachedPolicy[] = [], groups: string[] = []) {
    return (
      inline.some(policy => isAdminDocument(policy.PolicyDocument)) ||
      attached.some(policy => this.attached(policy.PolicyArn)) ||
      groups.some(group => this.adminGroups.has(group))
    )
  }
}

/** A user or a role: the same shape, Terraform types of their own. */
interface Principal {
  kind: 'user' | 'role'
  name: string
  arn?: string
  path?: string
  tags?: Tag[]
  inline: PolicyDetail[]
  attached: AttachedPolicy[]
  groups: string[]
}

const PRINCIPAL_TYPES = {
  user: {
    self: 'aws_iam_user',
    inline: 'aws_iam_user_policy',
    attachment: 'aws_iam_user_policy_attachment'
  },
  role: {
    self: 'aws_iam_role',
    inline: 'aws_iam_role_policy',
    attachment: 'aws_iam_role_policy_attachment'
  }
} as const

function principals(authorization: Authorization): Principal[] {
  const users = authorization.users.map(user => ({
    kind: 'user' as const,
    name: user.UserName ?? '',
    arn: user.Arn,
    path: user.Path,
    tags: user.Tags,
    inline: user.UserPolicyList ?? [],
    attached: user.AttachedManagedPolicies ?? [],
    groups: user.GroupList ?? []
  }))
  const roles = authorization.roles.map(role => ({
    kind: 'role' as const,
    name: role.RoleName ?? '',
    arn: role.Arn,
    path: role.Path,
    tags: role.Tags,
    inline: role.RolePolicyList ?? [],
    attached: role.AttachedManagedPolicies ?? [],
    groups: []
  }))
  return [...users, ...roles].filter(principal => principal.name)
}

function emitPrincipal(context: ListerContext, principal: Principal, judge: AdminJudge): void {
  const types = PRINCIPAL_TYPES[principal.kind]
  const { name } = principal
  context.emit({
    terraformType: types.self,
    arn: principal.arn,
    id: name,
    importId: name,
    tags: tagsOf(principal.tags),
    facts: {
      iamPath: principal.path,
      admin: judge.grants(principal.inline, principal.attached, principal.groups)
    }
  })
  for (const { PolicyName: policyName, PolicyDocument } of principal.inline) {
    if (!policyName) continue
    context.emit({
      terraformType: types.inline,
      id: `${name}:${policyName}`,
      importId: `${name}:${policyName}`,
      facts: { parent: name, policyName, admin: isAdminDocument(PolicyDocument) }
    })
  }
  for (const { PolicyArn: policyArn } of principal.attached) {
    if (!policyArn) continue
    context.emit({
      terraformType: types.attachment,
      id: `${name}/${policyArn}`,
      importId: `${name}/${policyArn}`,
      facts: { parent: name, policyArn, admin: judge.attached(policyArn) }
    })
  }
}

function emitGroup(context: ListerContext, group: GroupDetail, judge: AdminJudge): void {
  if (!group.GroupName) return
  context.emit({
    terraformType: 'aws_iam_group',
    arn: group.Arn,
    id: group.GroupName,
    importId: group.GroupName,
    facts: {
      iamPath: group.Path,
      admin: judge.grants(group.GroupPolicyList, group.AttachedManagedPolicies)
    }
  })
}

function emitPolicy(context: ListerContext, policy: ManagedPolicyDetail): void {
  if (!policy.Arn) return
  context.emit({
    terraformType: 'aws_iam_policy',
    arn: policy.Arn,
    // moto leaves PolicyName out of the details; the ARN ends with it.
    id: policy.PolicyName ?? policy.Arn.slice(policy.Arn.lastIndexOf('/') + 1),
    importId: policy.Arn,
    facts: { iamPath: policy.Path, admin: isAdminDocument(defaultDocument(policy)) }
  })
}

export const authorizationDetails: Lister = {
  types: [
    'aws_iam_user',
    'aws_iam_role',
    'aws_iam_group',
    'aws_iam_policy',
    'aws_iam_role_policy',
    'aws_iam_user_policy',
    'aws_iam_role_policy_attachment',
    'aws_iam_user_policy_attachment'
  ],
  async list(context) {
    const authorization = await authorizationOf(context)
    const judge = new AdminJudge(authorization)
    for (const principal of principals(authorization)) emitPrincipal(context, principal, judge)
    for (const group of authorization.groups) emitGroup(context, group, judge)
    for (const policy of authorization.policies) emitPolicy(context, policy)
    if (authorization.error) throw authorization.error
  }
}

/** Access keys have no ARN: Terraform imports them by their id. */
export const accessKeys: Lister = {
  types: ['aws_iam_access_key'],
  async list(context) {
    const authorization = await authorizationOf(context)
    const { sdk, client } = await context.client('iam')
    const users = authorization.users.flatMap(user => (user.UserName ? [user.UserName] : []))
    await context.each(users, async user => {
      const pages = sdk.paginateListAccessKeys({ client }, { UserName: user })
      for await (const key of itemsOf(pages, page => page.AccessKeyMetadata)) {
        if (!key.AccessKeyId) continue
        context.emit({
          terraformType: 'aws_iam_access_key',
          id: key.AccessKeyId,
          importId: key.AccessKeyId,
          facts: { parent: user }
        })
      }
    })
    if (authorization.error) throw authorization.error
  }
}

export const instanceProfiles: Lister = {
  types: ['aws_iam_instance_profile'],
  async list(context) {
    const { sdk, client } = await context.client('iam')
    const pages = sdk.paginateListInstanceProfiles({ client, pageSize: PAGE_SIZE }, {})
    for await (const profile of itemsOf(pages, page => page.InstanceProfiles)) {
      const name = profile.InstanceProfileName
      if (!name) continue
      context.emit({
        terraformType: 'aws_iam_instance_profile',
        arn: profile.Arn,
        id: name,
        importId: name,
        facts: { iamPath: profile.Path }
      })
    }
  }
}
