"""Settings: one `Settings` object, read from `MATCHER_*` environment variables (and `.env`)."""

from __future__ import annotations

import secrets
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER_SECRETS = {"", "change-me", "changeme", "secret", "dev-secret-change-me"}
MIN_SECRET_LENGTH = 32
# How a model folder runs (matcher.embeddings.backends): defined here so that the settings import no domain.
EncoderBackend = Literal["torch", "onnx", "onnx-int8", "openvino"]


class Settings(BaseSettings):
    """Everything that can be configured. Every field is documented in docs/configuration.md."""

    model_config = SettingsConfigDict(env_prefix="MATCHER_", env_file=".env", extra="ignore")

    environment: Literal["development", "test", "production"] = Field(
        "development",
        description="`development`, `test` or `production`; production refuses placeholder or short secrets, "
        "test replaces a placeholder with a random one.",
    )
    data_dir: Path = Field(Path("var"), description="Where the SQLite file and the vector indexes live.")
    database_url: str | None = Field(
        None, description="SQLAlchemy URL; default is a SQLite file `matcher.db` in the data directory."
    )
    migrate_on_start: bool = Field(
        True,
        description="Apply pending schema migrations when a process opens the database; false: refuse to start "
        "until `matcher db upgrade` has run.",
    )
    secret_key: str = Field("dev-secret-change-me", description="Signs session cookies and form tokens.")
    model: str = Field(
        "routed-minilm-use",
        description="Embedding model: a name from models/registry.toml or a path to a sentence-transformers folder.",
    )
    model_registry: Path = Field(
        REPO_ROOT / "models" / "registry.toml", description="The model registry file."
    )
    encode_batch_size: int = Field(32, ge=1, le=1024, description="Texts per encoder batch.")
    torch_threads: int = Field(
        0,
        ge=0,
        description="CPU threads of the encoder (torch, onnxruntime or OpenVINO); 0 leaves the default.",
    )
    encoder_backend: EncoderBackend = Field(
        "torch",
        description="How a model folder runs: `torch`, or exported once to `onnx` (onnxruntime, float32), "
        "`onnx-int8` (int8 dynamic quantisation) or `openvino`; models with their own engine need `torch`.",
    )
    encoder_export_dir: Path = Field(
        REPO_ROOT / "models" / "exported",
        description="Where a model folder's exports for the other encoder backends are saved (once) and read.",
    )
    index_exact_limit: int = Field(
        20_000,
        ge=0,
        description="Vectors an index may hold and still search exactly; a larger one is built as an "
        "approximate IVF-SQ8 index when the index is (re)built (see docs/performance.md for the measurement).",
    )
    index_nprobe: int = Field(
        32,
        ge=1,
        description="Lists an approximate index searches per query: more gives better recall, slower.",
    )
    index_lists: int = Field(
        0, ge=0, description="Lists of an approximate index; 0 chooses about 4 x sqrt(vectors)."
    )
    engine_threads: int = Field(
        1,
        ge=0,
        description="BLAS and OpenMP threads one match or search may use (numpy, FAISS); 0 leaves the "
        "libraries' default. 1 is fastest for a server answering requests in parallel (docs/performance.md).",
    )
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
    max_request_bytes: int = Field(
        1_000_000, ge=1, description="Largest HTTP request body accepted, in bytes; larger ones get 413."
    )
    manager_weekly_capacity: int = Field(
        10, ge=0, description="Queue items a manager may take in any seven days; 0 means no limit."
    )
    queue_per_organisation: int = Field(
        3, ge=1, le=50, description="Best partners per organisation considered when the queue is refreshed."
    )
    introduction_expiry_days: int = Field(
        60,
        ge=0,
        description="Days without activity after which `matcher introductions expire` expires a suggested, "
        "approved or sent introduction; 0 means never.",
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
    # --- running behind a proxy, cookies, logins and logs (matcher/web/security.py, matcher/kit/logs.py) ---
    secure_cookies: bool | None = Field(
        None,
        description="Mark cookies Secure on every response (true) or only on requests that came over https "
        "(false); unset: true in production, false elsewhere.",
    )
    forwarded_allow_ips: str = Field(
        "127.0.0.1",
        description="Comma-separated proxy addresses whose X-Forwarded-For/-Proto headers `matcher serve` "
        "trusts (`*` for any).",
    )
    login_max_failures: int = Field(
        5, ge=1, description="Failed logins for one e-mail address within the window before it is refused."
    )
    login_max_failures_per_client: int = Field(
        20, ge=1, description="Failed logins from one client address within the window before it is refused."
    )
    login_window_seconds: int = Field(
        900, ge=1, description="The window over which failed logins are counted, in seconds."
    )
    log_format: Literal["json", "text"] | None = Field(
        None, description="`json` (one JSON object a line) or `text`; unset: json in production, else text."
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", description="The lowest level `matcher serve` logs."
    )
    database_connections: int = Field(
        20,
        ge=1,
        le=1000,
        description="Most database connections one process opens (its pool); requests beyond it wait up to "
        "30 s for one, then answer 503.",
    )
    # --- batch jobs on Ray: `--engine ray` of `matcher recommend` and `matcher reindex` (recommendations/distributed.py) ---
    ray_address: str | None = Field(
        None,
        description="The Ray cluster `--engine ray` jobs run on (`HOST:PORT` of its head); unset: a local "
        "instance bound to 127.0.0.1, started for the command.",
    )
    ray_workers: int = Field(
        2,
        ge=1,
        le=4096,
        description="Ray actors per job (one CPU each); each loads the index or the model once.",
    )
    ray_temp_dir: Path | None = Field(
        None,
        description="Where a local Ray instance keeps its session files and logs; unset: `matcher-ray-<uid>` in "
        "the system's temporary folder.",
    )

    @field_validator("secret_key")
    @classmethod
    def _refuse_placeholder_secrets(cls, value: str, info: ValidationInfo) -> str:
        environment = info.data.get("environment")
        if environment == "production" and (value in PLACEHOLDER_SECRETS or len(value) < MIN_SECRET_LENGTH):
            raise ValueError(
                f"must be a random secret of at least {MIN_SECRET_LENGTH} characters when "
                "MATCHER_ENVIRONMENT=production (make one with: python -c 'import secrets; "
                "print(secrets.token_urlsafe(48))')"
            )
        if environment == "test" and value in PLACEHOLDER_SECRETS:
            return secrets.token_urlsafe(48)  # each test process signs with a secret of its own
        return value

    @property
    def cookies_secure_always(self) -> bool:
        """Cookies are Secure whatever the request's scheme (otherwise: when it came over https)."""
        if self.secure_cookies is None:
            return self.environment == "production"
        return self.secure_cookies

    @property
    def resolved_log_format(self) -> str:
        return self.log_format or ("json" if self.environment == "production" else "text")

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
