"""odatagen: typed Python clients from OData $metadata."""

__version__ = "0.1.0"
