terraform {
  required_version = ">= 1.5"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

# Region, credentials and endpoint come from the standard AWS environment (AWS_REGION, OIDC or
# keys, and AWS_ENDPOINT_URL when pointing at an emulator such as moto), so this block stays the
# same in CI, in the demo and against a real account.
provider "aws" {
  default_tags {
    tags = {
      ManagedBy = "terraform"
      Project   = "driftwatch-demo"
    }
  }
}
