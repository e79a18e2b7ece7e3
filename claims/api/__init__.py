"""The claims API: list/search/detail, guarded edits, workflow moves, review queue,
evidence, similar claims and published ClaimReviews."""
