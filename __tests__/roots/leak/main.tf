# The leak suite's root (__tests__/integration/leak.test.ts): known secrets planted in a sensitive
# attribute, a sensitive variable from a tfvars file, a sensitive variable's default (carried into
# a tag, which Terraform then marks sensitive) and a sensitive output. `fail = true` makes the plan
# fail with a message that quotes a secret, as a careless precondition or provider error can.

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

variable "param_secret" {
  type      = string
  sensitive = true
}

variable "default_secret" {
  type      = string
  sensitive = true
  default   = "LEAK-DEFAULT-2b8e1d"
}

variable "fail" {
  type    = bool
  default = false
}

resource "aws_ssm_parameter" "secret" {
  name  = "/${var.prefix}/secret"
  type  = "SecureString"
  value = var.param_secret
}

resource "aws_ssm_parameter" "tagged" {
  name  = "/${var.prefix}/tagged"
  type  = "String"
  value = "plain"

  tags = {
    Token = var.default_secret
    Team  = "platform"
  }

  lifecycle {
    precondition {
      condition     = !var.fail
      error_message = "Refusing to plan: the stored secret is ${nonsensitive(aws_ssm_parameter.secret.value)}."
    }
  }
}

output "dsn" {
  value     = "postgres://app:${var.param_secret}@db.internal/app"
  sensitive = true
}
