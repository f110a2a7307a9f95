"""The base of every request body: unknown fields are refused and no text grows without bound."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_max_length=20_000)
