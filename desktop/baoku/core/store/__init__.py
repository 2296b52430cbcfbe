"""The store: SQLite, the single source of truth for every other part of Baoku."""

from .archive import Archive, ArticleRecord, SaveResult
from .schema import SCHEMA_VERSION

__all__ = ["Archive", "ArticleRecord", "SaveResult", "SCHEMA_VERSION"]
