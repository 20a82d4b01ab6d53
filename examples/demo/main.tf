data "aws_vpc" "default" {
  default = true
}

resource "aws_security_group" "web" {
  name        = "${var.name_prefix}-web"
  description = "HTTPS from the internal network"
  vpc_id      = data.aws_vpc.default.id

  ingress {
    description = "HTTPS from inside"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  tags = {
    Name = "${var.name_prefix}-web"
  }
}

resource "aws_ssm_parameter" "db_password" {
  name        = "/${var.name_prefix}/db/password"
  description = "Application database password"
  type        = "SecureString"
  value       = var.db_password

  tags = {
    Name = "${var.name_prefix}-db-password"
  }
}

resource "aws_s3_bucket" "assets" {
  bucket = "${var.name_prefix}-assets"

  tags = {
    Name        = "${var.name_prefix}-assets"
    Environment = "demo"
    CostCenter  = "web"
  }
}

resource "aws_sns_topic" "alerts" {
  for_each = toset(["ops", "billing"])

  name = "${var.name_prefix}-alerts-${each.key}"

  tags = {
    Name = "${var.name_prefix}-alerts-${each.key}"
  }
}

resource "aws_dynamodb_table" "sessions" {
  name         = "${var.name_prefix}-sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  tags = {
    Name = "${var.name_prefix}-sessions"
  }
}

module "logs" {
  source = "./modules/log-groups"

  name_prefix = var.name_prefix
  names       = ["app", "audit"]
}
