"""The small family of domain errors services raise.

Messages are English source text marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` collects them; the GUI and the CLI show them through Qt's
translator (Simplified Chinese is the shipped translation). Placeholders in
``{braces}`` are filled after translation.
"""
from __future__ import annotations

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation without importing Qt."""
    return text


def _(text: str) -> str:
    return text


class DomainError(Exception):
    """A rule was broken. ``field`` names the input at fault (or ``None``)."""

    def __init__(self, message: str, field: str | None = None, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.field = field
        self.params = params

    def text(self, translate=None) -> str:
        """The message, translated by ``translate(context, text)`` when given."""
        msg = translate(CONTEXT, self.message) if translate else self.message
        return msg.format(**self.params) if self.params else msg


class ValidationError(DomainError):
    """Bad input: shown at the field, nothing changed."""


class Invalid(ValidationError):
    """Several fields at fault at once (a form shows every fault, each at its field)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        first = errors[0]
        super().__init__(first.message, first.field, **first.params)
        self.errors = errors


class Checks:
    """Collect the faults of every field of a form, then raise them together:

        check = Checks()
        name = check(clean_name, values["name"])      # None when it failed
        if not reason: check.fail("A … needs a reason.", "reason")
        check.done()                                  # raises ValidationError or Invalid
    """

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def __call__(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ValidationError as err:
            self.errors.extend(getattr(err, "errors", [err]))
            return None

    def fail(self, message: str, field: str, **params: object) -> None:
        self.errors.append(ValidationError(message, field, **params))

    def failed(self, field: str) -> bool:
        return any(e.field == field for e in self.errors)

    def done(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise Invalid(self.errors)


class NeedsConfirmation(DomainError):
    """The input is valid but unusual (a month far ahead …): ask the user, then call again confirmed."""


class PermissionDenied(DomainError):
    """The operator's role does not allow this."""


class NotFound(DomainError):
    """The record asked for does not exist."""


class Conflict(DomainError):
    """Another desk changed the same record first: nothing was changed here."""


class StoreError(DomainError):
    """The store cannot be opened or used (damaged, locked, read-only, unreachable).

    ``kind`` is one of ``damaged``, ``locked``, ``readonly``, ``unreachable``,
    ``missing``, ``newer``.
    """

    def __init__(self, message: str, kind: str, **params: object) -> None:
        super().__init__(message, None, **params)
        self.kind = kind


class CheckFailed(Exception):
    """A self-test check found the installed program unable to do part of its job; the message
    names what is missing (``frontdesk selftest``, each task's ``selftest`` part)."""
