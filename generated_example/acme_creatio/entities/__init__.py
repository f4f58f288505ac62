"""The entities of acme_creatio: one module each."""
