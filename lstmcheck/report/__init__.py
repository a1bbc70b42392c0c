"""Output formats: one module each. Nothing outside this package and cli.py prints."""
