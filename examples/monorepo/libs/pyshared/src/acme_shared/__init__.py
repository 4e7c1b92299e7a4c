from acme_shared.logs import configure_logging
from acme_shared.money import Money

__all__ = ["Money", "configure_logging"]
