variable "name_prefix" {
  type = string
}

variable "names" {
  description = "One log group per name."
  type        = list(string)
}

variable "retention_in_days" {
  type    = number
  default = 14
}

resource "aws_cloudwatch_log_group" "this" {
  count = length(var.names)

  name              = "/${var.name_prefix}/${var.names[count.index]}"
  retention_in_days = var.retention_in_days

  tags = {
    Name = "${var.name_prefix}-${var.names[count.index]}"
  }
}

output "names" {
  value = aws_cloudwatch_log_group.this[*].name
}
