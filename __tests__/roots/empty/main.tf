# A root that manages nothing: what the import-block suite
# (__tests__/integration/import-blocks.test.ts) adds the report's import blocks to.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {}
