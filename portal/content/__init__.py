"""The portal's content as data files (TOML): programmes, fields and what they refer to.

`portal.content.loader.load_content()` reads and checks them; `portal.demo` seeds a database
from them. The format is described in README.md beside this file.
"""
