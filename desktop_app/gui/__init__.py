"""The desktop window (PySide6). Reaches the data only through database.ops, on the DbWorker."""
