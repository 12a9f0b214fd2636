"""Domain errors: each carries a message a planner can read."""


class DomainError(Exception):
    """A rule of the domain was broken; the message says which and why."""


class IllegalTransition(DomainError):
    """A pledge status change that the status machine does not allow."""


class MissingRate(DomainError):
    """No exchange rate is known for a currency at or before a date."""


class InvalidMoney(DomainError):
    """An amount or currency that cannot be money (NaN, infinity, unknown ISO code...)."""


class StaleEdit(DomainError):
    """The row changed underneath (another window, an import) since it was read."""


class NotFound(DomainError):
    """A record that does not exist (any more)."""
