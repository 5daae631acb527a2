"""Words of the field shared by the document reader and the apps (pure Python, no Django)."""
