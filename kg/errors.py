"""Errors the library raises on purpose. The CLI turns :class:`UserError` into exit code 1."""


class UserError(Exception):
    """Bad input or a bad request from the user: printed as one ``Error: …`` line, exit code 1."""


class InputFileError(UserError):
    """One input file could not be read; names the file and the reason."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
