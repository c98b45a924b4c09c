"""The error hierarchy. The CLI and UI turn these into one line and an exit code."""


class SessionAssistantError(Exception):
    """Base class: the message says what went wrong and how to fix it."""

    exit_code = 1


class BadInputError(SessionAssistantError):
    """The user's input (a file, a path, a flag) cannot be used. Exit code 2."""

    exit_code = 2


class StoreError(SessionAssistantError):
    """The store is missing, busy, unreachable or built with another model."""


class ModelError(SessionAssistantError):
    """A model cannot be found or loaded."""
