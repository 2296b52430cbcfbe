"""The archive schema's version: the number of migrations in `schema` (a test holds them equal).
Apart from `schema` so that opening an up-to-date archive imports no sqlite-utils."""

SCHEMA_VERSION = 17
