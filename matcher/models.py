"""Every domain's models in one place: importing this module registers every table on `Base.metadata`.

`matcher.kit.db` knows no domain; whatever needs the whole schema (the Alembic environment, the migration
tests) takes `metadata` from here. A new domain with tables adds its models module below.
"""

from __future__ import annotations

from matcher.alerts import models as _alerts  # noqa: F401
from matcher.audit import models as _audit  # noqa: F401
from matcher.auth import models as _auth  # noqa: F401
from matcher.challenges import models as _challenges  # noqa: F401
from matcher.embeddings import models as _embeddings  # noqa: F401
from matcher.events import models as _events  # noqa: F401
from matcher.introductions import models as _introductions  # noqa: F401
from matcher.kit.db import Base
from matcher.profiles import models as _profiles  # noqa: F401
from matcher.talent import models as _talent  # noqa: F401

metadata = Base.metadata
