"""Runtime support copied verbatim into every generated package (httpx and attrs only)."""
