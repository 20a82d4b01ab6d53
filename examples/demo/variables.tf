variable "name_prefix" {
  description = "Prefix of every resource name, so several copies can share one account."
  type        = string
  default     = "driftwatch-demo"

  validation {
    # S3 bucket names are the strictest: lower case, digits and hyphens.
    condition     = can(regex("^[a-z0-9][a-z0-9-]{2,40}$", var.name_prefix))
    error_message = "name_prefix must be 3-41 lower-case letters, digits or hyphens."
  }
}

variable "db_password" {
  description = "Database password stored in SSM. The default only exists so the demo applies without -var."
  type        = string
  sensitive   = true
  default     = "demo-initial-secret-VALUE-1"
}
