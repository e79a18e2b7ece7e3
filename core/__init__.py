"""Pieces every app shares: the domain error type, text normalisation, API error shape."""
