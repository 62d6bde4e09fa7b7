"""Content kept as data files (one file per item, every locale in it), read by typed loaders."""
