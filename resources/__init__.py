"""Data files shipped with Newsline: sample article, knowledge base, JSON Schema."""
