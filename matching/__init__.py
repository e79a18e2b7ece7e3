"""Recognising a claim seen before: scoring, candidate search, suggestions, merge and split."""
