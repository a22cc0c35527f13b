"""coder: political event coding on Universal Dependencies parses.

parse → code → validate → emit. See README.md. ``coder.code_text`` and ``coder.code_files``
are the Python entry points (imported lazily so ``import coder`` stays cheap).
"""

__version__ = "0.1.0"
__all__ = ["code_text", "code_file", "code_files", "__version__"]


def __getattr__(name: str):
    if name in ("code_text", "code_file", "code_files"):
        from coder import api

        return getattr(api, name)
    raise AttributeError(name)
