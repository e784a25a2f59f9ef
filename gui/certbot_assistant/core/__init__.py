"""Everything that is not a widget. Nothing in here imports PySide6 (architecture rule 1)."""
