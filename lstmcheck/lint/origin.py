"""`Origin`: where a known value comes from, as the resolver and the configurations carry it
(the text messages quote, and the places a user edits); records get plain text instead."""

from __future__ import annotations

from lstmcheck.records import Location


class Origin(str):
    """Where a known value comes from, as messages quote it ("x = 0.5 at line 3"), and `at`:
    where the one literal behind it is written, the line a user edits to change the value.

    A str, so that everything that reads an origin as text keeps working; it lives only in
    the resolver and the configurations: records get the plain text and `Value.origin_at`."""

    at: Location | None
    defaulted: str | None  # a parameter's default nobody passed: the parameter
    site: Location | None  # ... and the call that builds its class without passing it

    option: str | None  # an argparse option's default: the option's dest
    bound: Location | None  # a name's value: the expression it is bound to (`a + b`)
    generated: Location | None  # one of the combinations a loop builds: the site in the loop

    def __new__(cls, text: str, at: Location | None = None, defaulted: str | None = None,
                site: Location | None = None, option: str | None = None,
                bound: Location | None = None, generated: Location | None = None) -> Origin:
        made = super().__new__(cls, text)
        made.at = at
        # an origin passed on as it is (`Origin(inner, at)`) keeps what it says of a default
        made.defaulted = defaulted if defaulted is not None else getattr(text, "defaulted", None)
        made.site = site if site is not None else getattr(text, "site", None)
        made.option = option if option is not None else getattr(text, "option", None)
        made.bound = bound if bound is not None else getattr(text, "bound", None)
        made.generated = generated if generated is not None else getattr(text, "generated", None)
        return made
