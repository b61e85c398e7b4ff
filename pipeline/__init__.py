"""newsclaims: wire-feed news in, structured, deduplicated claims out."""
__version__ = "0.1.0"
