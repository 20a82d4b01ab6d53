import type { Instance, SecurityGroupRule, Snapshot } from '@aws-sdk/client-ec2'
import { tagsOf } from '../../tags.js'
import type { ListerContext, Lister } from '../lister.js'
import { ec2Arn, itemsOf, regionalArn } from '../lister.js'
import type { RuleFacts } from '../model.js'

/** EC2 compute and security: groups, their rules, instances, volumes, key pairs, snapshots. */

export const securityGroups: Lister = {
  types: ['aws_security_group'],
  async list(context) {
    const { sdk, client } = await context.client('ec2')
    const pages = sdk.paginateDescribeSecurityGroups({ client }, {})
    for await (const group of itemsOf(pages, page => page.SecurityGroups)) {
      if (!group.GroupId) continue
      context.emit({
        terraformType: 'aws_security_group',
        arn:
          group.SecurityGroupArn ??
          (await ec2Arn(context, group.OwnerId, `security-group/${group.GroupId}`)),
        id: group.GroupId,
        importId: group.GroupId,
        tags: tagsOf(group.Tags),
        facts: { groupName: group.GroupName, vpcId: group.VpcId }
      })
    }
  }
}

function ruleFacts(rule: SecurityGroupRule): RuleFacts {
  return {
    groupId: rule.GroupId ?? '',
    egress: rule.IsEgress === true,
    protocol: rule.IpProtocol ?? '-1',
    fromPort: rule.FromPort ?? -1,
    toPort: rule.ToPort ?? -1,
    cidrIpv4: rule.CidrIpv4,
    cidrIpv6: rule.CidrIpv6,
    prefixListId: rule.PrefixListId,
    referencedGroupId: rule.ReferencedGroupInfo?.GroupId,
    description: rule.Description
  }
}

/** Ingress and egress rules come from one call per region. */
export const securityGroupRules: Lister = {
  types: ['aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'],
  async list(context) {
    const { sdk, client } = await context.client('ec2')
    const pages = sdk.paginateDescribeSecurityGroupRules({ client }, {})
    for await (const rule of itemsOf(pages, page => page.SecurityGroupRules)) {
      const id = rule.SecurityGroupRuleId
      if (!id) continue
      context.emit({
        terraformType: rule.IsEgress
          ? 'aws_vpc_security_group_egress_rule'
          : 'aws_vpc_security_group_ingress_rule',
        arn:
          rule.SecurityGroupRuleArn ??
          (await ec2Arn(context, rule.GroupOwnerId, `security-group-rule/${id}`)),
        id,
        importId: id,
        tags: tagsOf(rule.Tags),
        facts: { rule: ruleFacts(rule) }
      })
    }
  }
}

/** The volumes mounted at the root device: part of the instance, not resources of their own. */
function rootVolumeIds(instance: Instance): string[] {
  return (instance.BlockDeviceMappings ?? []).flatMap(mapping =>
    mapping.DeviceName === instance.RootDeviceName && mapping.Ebs?.VolumeId
      ? [mapping.Ebs.VolumeId]
      : []
  )
}

export const instances: Lister = {
  types: ['aws_instance'],
  async list(context) {
    const { sdk, client } = await context.client('ec2')
    const pages = sdk.paginateDescribeInstances({ client }, {})
    for await (const reservation of itemsOf(pages, page => page.Reservations)) {
      for (const instance of reservation.Instances ?? []) {
        // A terminated instance stays listed for about an hour; it is gone, not unmanaged.
        if (!instance.InstanceId || instance.State?.Name === 'terminated') continue
        context.emit({
          terraformType: 'aws_instance',
          arn: await ec2Arn(context, reservation.OwnerId, `instance/${instance.InstanceId}`),
          id: instance.InstanceId,
          importId: instance.InstanceId,
          tags: tagsOf(instance.Tags),
          facts: { rootVolumeIds: rootVolumeIds(instance) }
        })
      }
    }
  }
}

export const volumes: Lister = {
  types: ['aws_ebs_volume'],
  async list(context) {
    const { sdk, client } = await context.client('ec2')
    const pages = sdk.paginateDescribeVolumes({ client }, {})
    for await (const volume of itemsOf(pages, page => page.Volumes)) {
      if (!volume.VolumeId) continue
      context.emit({
        terraformType: 'aws_ebs_volume',
        arn: await ec2Arn(context, undefined, `volume/${volume.VolumeId}`),
        id: volume.VolumeId,
        importId: volume.VolumeId,
        tags: tagsOf(volume.Tags)
      })
    }
  }
}

/** Terraform knows a key pair by its name; its ARN by its `key-` id. */
export const keyPairs: Lister = {
  types: ['aws_key_pair'],
  async list(context) {
    const { sdk, client } = await context.client('ec2')
    const { KeyPairs = [] } = await client.send(new sdk.DescribeKeyPairsCommand({}))
    for (const pair of KeyPairs) {
      if (!pair.KeyName) continue
      context.emit({
        terraformType: 'aws_key_pair',
        arn: pair.KeyPairId
          ? await ec2Arn(context, undefined, `key-pair/${pair.KeyPairId}`)
          : undefined,
        id: pair.KeyName,
        importId: pair.KeyName,
        tags: tagsOf(pair.Tags)
      })
    }
  }
}

/**
 * Only the account's public snapshots matter (a private snapshot is not worth a line).
 * `RestorableByUserIds: all` narrows that down on AWS; moto ignores it and `OwnerIds`, and lists
 * its own AMI snapshots under other owners, so the owner and the createVolumePermission are
 * checked here too. The `owner-id` filter, redundant on AWS, keeps moto from answering with its
 * ~1,200 AMI snapshots (440 KB, 0.3 CPU-s on the machine that also runs the plan).
 */
async function publicSnapshots(context: ListerContext): Promise<Snapshot[]> {
  const { sdk, client } = await context.client('ec2')
  const account = await context.account()
  const input = {
    OwnerIds: ['self'],
    RestorableByUserIds: ['all'],
    Filters: [{ Name: 'owner-id', Values: [account] }]
  }
  const own: Snapshot[] = []
  const pages = sdk.paginateDescribeSnapshots({ client }, input)
  for await (const snapshot of itemsOf(pages, page => page.Snapshots)) {
    if (snapshot.SnapshotId && snapshot.OwnerId === account) own.push(snapshot)
  }
  const found: Snapshot[] = []
  await context.each(own, async snapshot => {
    const { CreateVolumePermissions = [] } = await client.send(
      new sdk.DescribeSnapshotAttributeCommand({
        SnapshotId: snapshot.SnapshotId,
        Attribute: 'createVolumePermission'
      })
    )
    if (CreateVolumePermissions.some(permission => permission.Group === 'all')) {
      found.push(snapshot)
    }
  })
  return found
}

/** The account's AMIs by the snapshots behind them. */
async function imagesBySnapshot(context: ListerContext): Promise<Map<string, string>> {
  const { sdk, client } = await context.client('ec2')
  const images = new Map<string, string>()
  const pages = sdk.paginateDescribeImages({ client }, { Owners: ['self'] })
  for await (const image of itemsOf(pages, page => page.Images)) {
    for (const mapping of image.BlockDeviceMappings ?? []) {
      const snapshot = mapping.Ebs?.SnapshotId
      if (snapshot && image.ImageId) images.set(snapshot, image.ImageId)
    }
  }
  return images
}

export const snapshots: Lister = {
  types: ['aws_ebs_snapshot'],
  async list(context) {
    const found = await publicSnapshots(context)
    if (found.length === 0) return
    const images = await imagesBySnapshot(context)
    for (const snapshot of found) {
      const id = snapshot.SnapshotId ?? ''
      context.emit({
        terraformType: 'aws_ebs_snapshot',
        // Snapshot ARNs name no account.
        arn: regionalArn(context, 'ec2', '', `snapshot/${id}`),
        id,
        importId: id,
        tags: tagsOf(snapshot.Tags),
        facts: { public: true, behindAmi: images.get(id) }
      })
    }
  }
}
