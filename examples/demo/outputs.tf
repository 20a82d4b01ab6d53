output "security_group_id" {
  value = aws_security_group.web.id
}

output "assets_bucket" {
  value = aws_s3_bucket.assets.bucket
}

output "alert_topic_arns" {
  value = { for key, topic in aws_sns_topic.alerts : key => topic.arn }
}

output "db_password_parameter" {
  value = aws_ssm_parameter.db_password.name
}

output "log_group_names" {
  value = module.logs.names
}

output "database_url" {
  description = "Connection string for the application; contains the password."
  value       = "postgres://app:${var.db_password}@db.internal:5432/app"
  sensitive   = true
}
