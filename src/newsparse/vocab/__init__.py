"""Vocabularies kept as data: one module per table, one entry per row.

Adding a word here is how the parser learns a new outlet's furniture or a new
agency; no rule needs to change.
"""
