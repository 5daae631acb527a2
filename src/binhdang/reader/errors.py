"""The reader's one error type: a message in Vietnamese that says what is wrong and what to do."""


class ReaderError(Exception):
    """A document the reader cannot read; str(error) is shown to the user as it is."""
