from __future__ import annotations

from annotate.cli import main

main()
