"""The fictional demo corpus (see README.md): data files, their generator and loader."""
