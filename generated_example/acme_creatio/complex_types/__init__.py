"""The complex types of acme_creatio: one module each."""
