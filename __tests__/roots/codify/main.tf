# The codify suite's root (__tests__/integration/codify.test.ts): resources the console then
# changes, each written the way the codify remedy must handle it. Literals (a log group's
# retention, a bucket's tags, a group's inline ingress) take the live value; a retention set by a
# variable and a parameter's sensitive value are listed; a deleted topic becomes a removed block.

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

variable "audit_retention" {
  type    = number
  default = 14
}

# The application's logs: a week is enough.
resource "aws_cloudwatch_log_group" "app" {
  name              = "/${var.prefix}/app"
  retention_in_days = 7 # one week
}

resource "aws_cloudwatch_log_group" "audit" {
  name              = "/${var.prefix}/audit"
  retention_in_days = var.audit_retention
}

resource "aws_s3_bucket" "data" {
  bucket = "${var.prefix}-data"

  tags = {
    Team = "data" # who is paged
  }
}

resource "aws_security_group" "web" {
  name        = "${var.prefix}-web"
  description = "web servers"

  # HTTPS from the office.
  ingress {
    description = "https"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_ssm_parameter" "token" {
  name  = "/${var.prefix}/token"
  type  = "SecureString"
  value = "initial-token-value"
}

resource "aws_sns_topic" "alerts" {
  name = "${var.prefix}-alerts"
}
