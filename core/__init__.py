"""Newsline core: pure-Python models, ingestion, extraction, file formats and the CLI. Never imports Qt."""
