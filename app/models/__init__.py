"""The model layer: SQLAlchemy entities, the store and domain operations.

Headless by design: nothing here imports Qt widgets or GUI modules, so the
store, the exchange format and the PDF export run and test without a window.
"""
import app.models.timer  # noqa: F401  (register the timer table)
from app.models import actions, agenda, circle, market, plusmin, reflection, workshop  # noqa: F401  (register tables)
from app.models.base import Base

__all__ = ["Base"]
