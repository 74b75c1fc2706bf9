"""annotate: tag the claims, actors and events in news articles."""

__version__ = "0.1.0"
