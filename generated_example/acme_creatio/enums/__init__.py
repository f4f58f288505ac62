"""The enums of acme_creatio: one module each."""
