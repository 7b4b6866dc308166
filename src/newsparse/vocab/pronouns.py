"""Pronouns that can stand for a speaker, and what they can stand for."""

PERSON = "person"
GROUP = "group"  # an organisation or several people

PRONOUNS: dict[str, str] = {
    "he": PERSON,
    "she": PERSON,
    "they": GROUP,
    "it": GROUP,
    "we": GROUP,
}

# The writer speaking for themselves: their quotes have no speaker to name.
FIRST_PERSON: frozenset[str] = frozenset({"i"})
