"""annotate: tag the claims, actors and events in news articles."""

from __future__ import annotations

__version__ = "0.1.0"
