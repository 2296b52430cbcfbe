"""The store: SQLite, the single source of truth for every other part of Baoku."""

from ..model import ArticleRecord
from .archive import Archive
from .ingest import SaveResult
from .version import SCHEMA_VERSION

__all__ = ["Archive", "ArticleRecord", "SaveResult", "SCHEMA_VERSION"]
