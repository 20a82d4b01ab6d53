import { createRequire as __driftwatchCreateRequire } from 'node:module'; const require = __driftwatchCreateRequire(import.meta.url);

// src/collect/aws/listing/types.ts
var SNAPSHOT_ACTIONS = [
  "ec2:DescribeSnapshots",
  "ec2:DescribeSnapshotAttribute",
  "ec2:DescribeImages"
];
var GAAD = ["iam:GetAccountAuthorizationDetails"];
var RULES = ["ec2:DescribeSecurityGroupRules"];
var LISTED_TYPES = {
  aws_security_group: {
    scope: "regional",
    actions: ["ec2:DescribeSecurityGroups"],
    label: "security groups"
  },
  aws_vpc_security_group_ingress_rule: {
    scope: "regional",
    actions: RULES,
    label: "security group rules"
  },
  aws_vpc_security_group_egress_rule: {
    scope: "regional",
    actions: RULES,
    label: "security group rules"
  },
  aws_instance: { scope: "regional", actions: ["ec2:DescribeInstances"], label: "EC2 instances" },
  aws_ebs_volume: { scope: "regional", actions: ["ec2:DescribeVolumes"], label: "EBS volumes" },
  aws_key_pair: { scope: "regional", actions: ["ec2:DescribeKeyPairs"], label: "EC2 key pairs" },
  aws_ebs_snapshot: {
    scope: "regional",
    actions: SNAPSHOT_ACTIONS,
    label: "public EBS snapshots"
  },
  aws_vpc: { scope: "regional", actions: ["ec2:DescribeVpcs"], label: "VPCs" },
  aws_subnet: { scope: "regional", actions: ["ec2:DescribeSubnets"], label: "subnets" },
  aws_internet_gateway: {
    scope: "regional",
    actions: ["ec2:DescribeInternetGateways", "ec2:DescribeVpcs"],
    label: "internet gateways"
  },
  aws_route_table: {
    scope: "regional",
    actions: ["ec2:DescribeRouteTables"],
    label: "route tables"
  },
  aws_network_acl: {
    scope: "regional",
    actions: ["ec2:DescribeNetworkAcls"],
    label: "network ACLs"
  },
  aws_iam_user: { scope: "global", actions: GAAD, label: "IAM users" },
  aws_iam_role: { scope: "global", actions: GAAD, label: "IAM roles" },
  aws_iam_group: { scope: "global", actions: GAAD, label: "IAM groups" },
  aws_iam_policy: { scope: "global", actions: GAAD, label: "customer-managed IAM policies" },
  aws_iam_role_policy: { scope: "global", actions: GAAD, label: "inline role policies" },
  aws_iam_user_policy: { scope: "global", actions: GAAD, label: "inline user policies" },
  aws_iam_role_policy_attachment: {
    scope: "global",
    actions: GAAD,
    label: "role policy attachments"
  },
  aws_iam_user_policy_attachment: {
    scope: "global",
    actions: GAAD,
    label: "user policy attachments"
  },
  aws_iam_access_key: {
    scope: "global",
    actions: [...GAAD, "iam:ListAccessKeys"],
    label: "IAM access keys"
  },
  aws_iam_instance_profile: {
    scope: "global",
    actions: ["iam:ListInstanceProfiles"],
    label: "IAM instance profiles"
  },
  aws_kms_key: {
    scope: "regional",
    actions: ["kms:ListKeys", "kms:DescribeKey"],
    label: "KMS keys"
  },
  aws_secretsmanager_secret: {
    scope: "regional",
    actions: ["secretsmanager:ListSecrets"],
    label: "Secrets Manager secrets"
  },
  aws_lambda_function: {
    scope: "regional",
    actions: ["lambda:ListFunctions"],
    label: "Lambda functions"
  },
  aws_db_instance: {
    scope: "regional",
    actions: ["rds:DescribeDBInstances"],
    label: "RDS instances"
  },
  aws_lb: {
    scope: "regional",
    actions: ["elasticloadbalancing:DescribeLoadBalancers"],
    label: "load balancers"
  },
  aws_lb_target_group: {
    scope: "regional",
    actions: ["elasticloadbalancing:DescribeTargetGroups"],
    label: "target groups"
  },
  aws_route53_zone: {
    scope: "global",
    actions: ["route53:ListHostedZones"],
    label: "Route 53 hosted zones"
  },
  aws_sns_topic: { scope: "regional", actions: ["sns:ListTopics"], label: "SNS topics" },
  aws_sqs_queue: { scope: "regional", actions: ["sqs:ListQueues"], label: "SQS queues" },
  aws_ssm_parameter: {
    scope: "regional",
    actions: ["ssm:DescribeParameters"],
    label: "SSM parameters"
  },
  aws_cloudwatch_log_group: {
    scope: "regional",
    actions: ["logs:DescribeLogGroups"],
    label: "CloudWatch log groups"
  },
  aws_dynamodb_table: {
    scope: "regional",
    actions: ["dynamodb:ListTables"],
    label: "DynamoDB tables"
  },
  aws_ecr_repository: {
    scope: "regional",
    actions: ["ecr:DescribeRepositories"],
    label: "ECR repositories"
  },
  aws_s3_bucket: {
    scope: "regional",
    actions: ["s3:ListAllMyBuckets"],
    label: "S3 buckets"
  }
};
function isListedType(type) {
  return Object.hasOwn(LISTED_TYPES, type);
}

export {
  LISTED_TYPES,
  isListedType
};
//# sourceMappingURL=chunk-PXOIFRMI.js.map
