"""Every task's tables in one ``MetaData`` (for Alembic and for tests that compare schemas)."""
from frontdesk.core import models  # noqa: F401
from frontdesk.core.models import Base
from frontdesk.fees import models as fees_models  # noqa: F401
from frontdesk.registration import models as registration_models  # noqa: F401

metadata = Base.metadata
