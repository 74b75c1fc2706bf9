"""One module per subcommand. Each function's docstring is its --help; it returns an exit code."""
