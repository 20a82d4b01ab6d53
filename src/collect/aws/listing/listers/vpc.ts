import type { Vpc } from '@aws-sdk/client-ec2'
import { tagsOf } from '../../tags.js'
import type { ListerContext, Lister } from '../lister.js'
import { ec2Arn, itemsOf } from '../lister.js'

/**
 * The network pieces AWS makes with every region's default VPC. They are listed so analysis can
 * tell them (`awsDefault`) from the ones someone made.
 */

/** One DescribeVpcs per region, for the VPC listing and the internet gateways' default VPC. */
function vpcsOf(context: ListerContext): Promise<Vpc[]> {
  return context.shared('vpcs', async () => {
    const { sdk, client } = await context.client('ec2')
    const vpcs: Vpc[] = []
    for await (const vpc of itemsOf(sdk.paginateDescribeVpcs({ client }, {}), p => p.Vpcs)) {
      vpcs.push(vpc)
    }
    return vpcs
  })
}

export const vpcs: Lister = {
  types: ['aws_vpc'],
  async list(context) {
    for (const vpc of await vpcsOf(context)) {
      if (!vpc.VpcId) continue
      context.emit({
        terraformType: 'aws_vpc',
        arn: await ec2Arn(context, vpc.OwnerId, `vpc/${vpc.VpcId}`),
        id: vpc.VpcId,
        importId: vpc.VpcId,
        tags: tagsOf(vpc.Tags),
        facts: { awsDefault: vpc.IsDefault === true }
      })
    }
  }
}

export const subnets: Lister = {
  types: ['aws_subnet'],
  async list(context) {
    const { sdk, client } = await context.client('ec2')
    const pages = sdk.paginateDescribeSubnets({ client }, {})
    for await (const subnet of itemsOf(pages, page => page.Subnets)) {
      if (!subnet.SubnetId) continue
      context.emit({
        terraformType: 'aws_subnet',
        arn:
          subnet.SubnetArn ?? (await ec2Arn(context, subnet.OwnerId, `subnet/${subnet.SubnetId}`)),
        id: subnet.SubnetId,
        importId: subnet.SubnetId,
        tags: tagsOf(subnet.Tags),
        facts: { awsDefault: subnet.DefaultForAz === true, vpcId: subnet.VpcId }
      })
    }
  }
}

export const internetGateways: Lister = {
  types: ['aws_internet_gateway'],
  async list(context) {
    const { sdk, client } = await context.client('ec2')
    const defaultVpc = (await vpcsOf(context)).find(vpc => vpc.IsDefault)?.VpcId
    const pages = sdk.paginateDescribeInternetGateways({ client }, {})
    for await (const gateway of itemsOf(pages, page => page.InternetGateways)) {
      const id = gateway.InternetGatewayId
      if (!id) continue
      const vpcId = gateway.Attachments?.[0]?.VpcId
      context.emit({
        terraformType: 'aws_internet_gateway',
        arn: await ec2Arn(context, gateway.OwnerId, `internet-gateway/${id}`),
        id,
        importId: id,
        tags: tagsOf(gateway.Tags),
        facts: { awsDefault: vpcId !== undefined && vpcId === defaultVpc, vpcId }
      })
    }
  }
}

export const routeTables: Lister = {
  types: ['aws_route_table'],
  async list(context) {
    const { sdk, client } = await context.client('ec2')
    const pages = sdk.paginateDescribeRouteTables({ client }, {})
    for await (const table of itemsOf(pages, page => page.RouteTables)) {
      const id = table.RouteTableId
      if (!id) continue
      context.emit({
        terraformType: 'aws_route_table',
        arn: await ec2Arn(context, table.OwnerId, `route-table/${id}`),
        id,
        importId: id,
        tags: tagsOf(table.Tags),
        facts: {
          awsDefault: (table.Associations ?? []).some(association => association.Main),
          vpcId: table.VpcId
        }
      })
    }
  }
}

export const networkAcls: Lister = {
  types: ['aws_network_acl'],
  async list(context) {
    const { sdk, client } = await context.client('ec2')
    const pages = sdk.paginateDescribeNetworkAcls({ client }, {})
    for await (const acl of itemsOf(pages, page => page.NetworkAcls)) {
      const id = acl.NetworkAclId
      if (!id) continue
      context.emit({
        terraformType: 'aws_network_acl',
        arn: await ec2Arn(context, acl.OwnerId, `network-acl/${id}`),
        id,
        importId: id,
        tags: tagsOf(acl.Tags),
        facts: { awsDefault: acl.IsDefault === true, vpcId: acl.VpcId }
      })
    }
  }
}
