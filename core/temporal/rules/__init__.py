"""The rule families of the temporal tagger. Each family is one compiled regex (an alternation built from the
lexicon) and a handler that turns a match into a `Found` (type, TimeML value, modifier, calendar point) or
rejects it (None) when the context shows it is not a time ("may" the verb, "1500 to 2500 fighters").

Conventions follow TimeML/TIMEX3 as annotated in TempEval-3: prepositions are left out of the extent,
determiners and modifiers are kept ("the past three years", "nearly three years"). Importing the modules
registers their rules in `RULES`; `triggers` then gives every rule its pre-screen."""

from . import clock, dates, durations, periods, relative, sets, vague  # noqa: F401  (registers the rules)
from .base import RULES, Rule
from .triggers import TOKEN

__all__ = ["RULES", "Rule", "TOKEN"]
