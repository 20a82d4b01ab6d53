# The root the adopt round trip (__tests__/integration/adopt.test.ts) adopts into: it already
# manages a log group, whose address an adopted resource must not take.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {}

variable "name_prefix" {
  type = string
}

resource "aws_cloudwatch_log_group" "kept" {
  name = "/${var.name_prefix}/kept"
}
