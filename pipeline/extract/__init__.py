"""Claim extraction: article text in, one ExtractedClaim per mention of a figure out.

Pure Python (no Beam): regex number, period and attribution rules plus data
tables (``data/aliases.json``, ``data/lexicon.json``, ``data/places.json``).

    >>> from pipeline.extract import extract_claims
"""
from pipeline.extract.claims import extract_claims
from pipeline.models import EXTRACTOR_VERSION

__all__ = ["extract_claims", "EXTRACTOR_VERSION"]
