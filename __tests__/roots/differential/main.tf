# The plan-file reader's differential root (__tests__/integration/plan-file.test.ts): one plan with
# every shape the reader must read as `terraform show -json` does. Modules called with for_each
# and count, a deletion outside Terraform, an ignore_changes attribute, inline and dynamic
# blocks, a heredoc policy, a fractional number (cty writes 0.9 as a decimal string), sensitive
# values from the provider schema, a tfvars variable, a variable's default and an output.

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {}

variable "prefix" {
  type = string
}

variable "api_token" {
  type      = string
  sensitive = true
}

variable "admin_password" {
  type      = string
  sensitive = true
  default   = "DIFF-DEFAULT-7c1f0a" # a secret that only the configuration holds
}

variable "threshold" {
  type    = number
  default = 0.9
}

variable "extra_tag" {
  type    = string
  default = ""
}

locals {
  egress_ports = [443, 5432]
  # A brace and a quote inside strings: "{", "}", "${"\"}"}" must not upset the reader.
  note = "braces { and } in a string, and a template: ${upper("{x}")}"
}

data "aws_vpc" "default" {
  default = true
}

resource "aws_security_group" "web" {
  name        = "${var.prefix}-web"
  description = "web: ${local.note}"
  vpc_id      = data.aws_vpc.default.id

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  dynamic "egress" {
    for_each = local.egress_ports
    content {
      from_port   = egress.value
      to_port     = egress.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }
}

resource "aws_ssm_parameter" "token" {
  name  = "/${var.prefix}/token"
  type  = "SecureString"
  value = var.api_token
}

resource "aws_ssm_parameter" "admin" {
  name  = "/${var.prefix}/admin"
  type  = "SecureString"
  value = var.admin_password
}

resource "aws_s3_bucket" "assets" {
  bucket = "${var.prefix}-assets"
  tags = merge({ Team = "web" }, var.extra_tag == "" ? {} : { Extra = var.extra_tag })
}

resource "aws_s3_bucket" "ignored" {
  bucket = "${var.prefix}-ignored"
  tags   = { Team = "web" }

  lifecycle {
    ignore_changes = [tags]
  }
}

resource "aws_iam_role" "app" {
  name               = "${var.prefix}-app"
  assume_role_policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": { "Service": "lambda.amazonaws.com" },
        "Action": "sts:AssumeRole"
      }]
    }
  POLICY
}

resource "aws_cloudwatch_metric_alarm" "cpu" {
  alarm_name          = "${var.prefix}-cpu"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "CPUUtilization"
  namespace           = "AWS/EC2"
  period              = 60
  statistic           = "Average"
  threshold           = var.threshold
}

module "topics" {
  source   = "./modules/topic"
  for_each = toset(["alpha", "beta"])
  name     = "${var.prefix}-${each.key}"
}

module "numbered" {
  source = "./modules/topic"
  count  = 2
  name   = "${var.prefix}-numbered-${count.index}"
}

output "token" {
  value     = "token=${var.api_token}"
  sensitive = true
}

output "bucket" {
  value = aws_s3_bucket.assets.bucket
}
