# The security-drift fixture's root (scripts/make-security-fixture.mjs). Applied once as is, then
# a copy of its state is applied with `tampered = true`: that second apply is "someone outside
# Terraform" changing each resource below in a way the severity rules must rank.

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {}

variable "tampered" {
  type    = bool
  default = false
}

variable "secret" {
  type      = string
  sensitive = true
  default   = "fixture-initial-SECRET-1"
}

data "aws_vpc" "default" {
  default = true
}

data "aws_caller_identity" "me" {}

# critical: SSH from anywhere, added to a group's inline rules.
resource "aws_security_group" "db" {
  name   = "sev-db"
  vpc_id = data.aws_vpc.default.id

  dynamic "ingress" {
    for_each = var.tampered ? [["10.0.0.0/8", 5432], ["0.0.0.0/0", 22]] : [["10.0.0.0/8", 5432]]
    content {
      from_port   = ingress.value[1]
      to_port     = ingress.value[1]
      protocol    = "tcp"
      cidr_blocks = [ingress.value[0]]
    }
  }
}

# Standalone rules live on their own group: inline rules would manage (and revoke) them.
resource "aws_security_group" "app" {
  name   = "sev-app"
  vpc_id = data.aws_vpc.default.id
}

# critical: a standalone rule on a database port whose CIDR is widened in place.
resource "aws_vpc_security_group_ingress_rule" "mysql" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "tcp"
  from_port         = 3306
  to_port           = 3306
  cidr_ipv4         = var.tampered ? "0.0.0.0/0" : "10.1.0.0/16"
}

# high: HTTPS from anywhere.
resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = var.tampered ? "0.0.0.0/0" : "10.2.0.0/16"
}

resource "aws_s3_bucket" "data" {
  bucket = "sev-data"
}

# high: two of the four public access settings turned off.
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = !var.tampered
  restrict_public_buckets = !var.tampered
}

# critical: a policy that lets anyone read.
resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Read"
      Effect    = "Allow"
      Principal = { AWS = var.tampered ? "*" : "arn:aws:iam::${data.aws_caller_identity.me.account_id}:root" }
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.data.arn}/*"
    }]
  })
}

# medium: versioning suspended.
resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = var.tampered ? "Suspended" : "Enabled"
  }
}

# critical: the key scheduled for deletion (the tampered apply destroys it).
resource "aws_kms_key" "data" {
  count                   = var.tampered ? 0 : 1
  description             = "sev data key"
  deletion_window_in_days = 7
}

# high: encryption switched from the KMS key to S3-managed keys.
resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = var.tampered ? "AES256" : "aws:kms"
      kms_master_key_id = var.tampered ? null : aws_kms_key.data[0].arn
    }
  }
}

# high: the trust policy now trusts another account.
resource "aws_iam_role" "app" {
  name = "sev-app"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = var.tampered ? { AWS = "arn:aws:iam::999999999999:root" } : { Service = "ec2.amazonaws.com" }
    }]
  })
}

# high: the inline policy widened.
resource "aws_iam_role_policy" "app" {
  name = "sev-app"
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = var.tampered ? "s3:*" : "s3:GetObject"
      Resource = "*"
    }]
  })
}

# high: a secret rotated outside Terraform.
resource "aws_ssm_parameter" "secret" {
  name  = "/sev/secret"
  type  = "SecureString"
  value = var.tampered ? "fixture-rotated-SECRET-2" : var.secret
}

# low: retention changed.
resource "aws_cloudwatch_log_group" "app" {
  name              = "/sev/app"
  retention_in_days = var.tampered ? 30 : 14
}
