# The console-fixes suite's root (__tests__/integration/console-fixes.test.ts): written the way
# the provider's docs advise, with security group rules and role policies as resources of their
# own. The parents' computed `ingress`, `egress` and `inline_policy` then mirror those resources,
# and `resource_drift` lists the parents right after apply although Terraform plans no change.
# One bucket ignores its tags; one group keeps its rules inline, where an added rule is drift.
# The second half of that suite adds console-made resources around them.

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  default_tags {
    tags = {
      ManagedBy = "terraform"
    }
  }
}

variable "prefix" {
  type = string
}

# No vpc_id: the group goes to the default VPC.
resource "aws_security_group" "app" {
  name        = "${var.prefix}-app"
  description = "rules are separate resources"
}

resource "aws_vpc_security_group_ingress_rule" "app_https" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/8"
}

resource "aws_vpc_security_group_egress_rule" "app_all" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

# The older standalone rule type.
resource "aws_security_group" "legacy" {
  name        = "${var.prefix}-legacy"
  description = "rules are aws_security_group_rule"
}

resource "aws_security_group_rule" "legacy_postgres" {
  type              = "ingress"
  security_group_id = aws_security_group.legacy.id
  protocol          = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_blocks       = ["10.1.0.0/16"]
}

# Inline rules: Terraform manages the whole set, so a rule added outside it is drift.
resource "aws_security_group" "inline" {
  name        = "${var.prefix}-inline"
  description = "rules are inline blocks"

  ingress {
    description = "HTTPS from inside"
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_iam_role" "app" {
  name = "${var.prefix}-app"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ec2.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy" "app" {
  name = "${var.prefix}-read-config"
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "ssm:GetParameter"
      Resource = aws_ssm_parameter.endpoint.arn
    }]
  })
}

resource "aws_iam_policy" "logs" {
  name = "${var.prefix}-write-logs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
      Resource = "*"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "logs" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.logs.arn
}

# Tags are set by a cost tool outside Terraform: changing them is not drift.
resource "aws_s3_bucket" "uploads" {
  bucket = "${var.prefix}-uploads"

  tags = {
    Team = "web"
  }

  lifecycle {
    ignore_changes = [tags]
  }
}

resource "aws_ssm_parameter" "endpoint" {
  name  = "/${var.prefix}/endpoint"
  type  = "String"
  value = "https://app.internal"

  tags = {
    Team = "web"
  }
}

resource "aws_ssm_parameter" "replicas" {
  name  = "/${var.prefix}/replicas"
  type  = "String"
  value = "3"
}

# A CI user with its one key; a second key made in the console is an unmanaged access key.
resource "aws_iam_user" "ci" {
  name = "${var.prefix}-ci"
}

resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}
