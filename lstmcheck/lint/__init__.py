"""The linter: discover files, extract call records with libcst, run the rules on them."""
