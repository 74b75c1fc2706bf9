"""`annotate tag`: the interactive workspace and the prompt dialogue."""
