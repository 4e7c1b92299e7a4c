from decimal import ROUND_HALF_EVEN, Decimal

from pydantic import BaseModel, field_validator

_MINOR_UNITS = {"EUR": 2, "USD": 2, "GBP": 2, "JPY": 0}


class Money(BaseModel, frozen=True):
    amount: Decimal
    currency: str

    @field_validator("currency")
    @classmethod
    def known_currency(cls, value: str) -> str:
        if value not in _MINOR_UNITS:
            raise ValueError(f"unsupported currency {value}")
        return value

    def rounded(self) -> "Money":
        exponent = Decimal(1).scaleb(-_MINOR_UNITS[self.currency])
        return Money(amount=self.amount.quantize(exponent, rounding=ROUND_HALF_EVEN), currency=self.currency)

    def __add__(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise ValueError("cannot add different currencies")
        return Money(amount=self.amount + other.amount, currency=self.currency)
