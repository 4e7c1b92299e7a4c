import logging
import sys

import structlog


def configure_logging(service: str, level: str = "INFO") -> None:
    """JSON logs on stdout with the service name on every line."""
    logging.basicConfig(format="%(message)s", stream=sys.stdout, level=level)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso"),
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level)),
    )
    structlog.contextvars.bind_contextvars(service=service)
