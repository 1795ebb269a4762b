"""Karavan: an on-premises desktop CRM/ERP."""


def __getattr__(name: str) -> str:
    # `app.__version__` on demand: importlib.metadata costs start-up time most runs never need.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("karavan")
        except PackageNotFoundError:  # a source tree that was not installed
            return "0.0.0+source"
    raise AttributeError(name)
