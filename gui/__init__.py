"""Newsline desktop application (PySide6 + pyqtgraph)."""
