"""Settings: one `Settings` object, read from `MATCHER_*` environment variables (and `.env`)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER_SECRETS = {"", "change-me", "changeme", "secret", "dev-secret-change-me"}


class Settings(BaseSettings):
    """Everything that can be configured. Every field is documented in docs/configuration.md."""

    model_config = SettingsConfigDict(env_prefix="MATCHER_", env_file=".env", extra="ignore")

    environment: str = Field(
        "development",
        description="`development`, `test` or `production`; production refuses placeholder secrets.",
    )
    data_dir: Path = Field(Path("var"), description="Where the SQLite file and the vector indexes live.")
    database_url: str | None = Field(
        None, description="SQLAlchemy URL; default is a SQLite file `matcher.db` in the data directory."
    )
    secret_key: str = Field("dev-secret-change-me", description="Signs session cookies and form tokens.")
    model: str = Field(
        "use-multilingual-v3",
        description="Embedding model: a name from models/registry.toml or a path to a sentence-transformers folder.",
    )
    model_registry: Path = Field(
        REPO_ROOT / "models" / "registry.toml", description="The model registry file."
    )
    encode_batch_size: int = Field(32, ge=1, le=1024, description="Texts per encoder batch.")
    torch_threads: int = Field(0, ge=0, description="torch CPU threads; 0 leaves torch's default.")
    pairing: str = Field(
        "default",
        description="Kind-pairing rules: `default`, `any`, or a path to a JSON file mapping kind to partner kinds.",
    )
    ranker_file: Path = Field(
        REPO_ROOT / "models" / "ranker" / "default.json",
        description="The ranker (learned feature weights) used when the data directory has no `ranker.json` "
        "of its own (written by `matcher train`); hand-set weights when neither exists.",
    )
    diversity: float = Field(
        0.1,
        ge=0,
        le=1,
        description="Strength of the diversity re-ranking of matches (MMR); 0 switches it off.",
    )
    demo_file: Path = Field(
        REPO_ROOT / "profiles" / "demo" / "organisations.jsonl", description="The demo ecosystem to load."
    )
    max_import_bytes: int = Field(50_000_000, ge=1, description="Largest import file accepted, in bytes.")
    manager_weekly_capacity: int = Field(
        10, ge=0, description="Queue items a manager may take in any seven days; 0 means no limit."
    )
    queue_per_organisation: int = Field(
        3, ge=1, le=50, description="Best partners per organisation considered when the queue is refreshed."
    )
    smtp_host: str | None = Field(
        None, description="SMTP server for alert e-mails; unset: alerts go to the inbox only."
    )
    smtp_port: int = Field(25, ge=1, le=65535, description="SMTP port.")
    smtp_username: str | None = Field(None, description="SMTP login, if the server needs one.")
    smtp_password: str | None = Field(None, description="SMTP password.")
    smtp_starttls: bool = Field(False, description="Use STARTTLS on the SMTP connection.")
    mail_from: str = Field("matchwerk@localhost", description="Sender address of alert e-mails.")
    base_url: str = Field(
        "http://127.0.0.1:8000", description="The address people reach the pages at, for links in e-mails."
    )
    database_connections: int = Field(
        20,
        ge=1,
        le=1000,
        description="Most database connections one process opens (its pool); requests beyond it wait up to "
        "30 s for one, then answer 503.",
    )

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Settings:
        if self.environment == "production" and self.secret_key in PLACEHOLDER_SECRETS:
            raise ValueError(
                "MATCHER_SECRET_KEY must be set to a real secret when MATCHER_ENVIRONMENT=production"
            )
        return self

    @cached_property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'matcher.db').resolve()}"

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def trained_ranker_file(self) -> Path:
        """Where `matcher train` saves this installation's ranker."""
        return self.data_dir / "ranker.json"


def get_settings(**overrides: object) -> Settings:
    return Settings(**overrides)  # type: ignore[arg-type]
