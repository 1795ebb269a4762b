"""The bundle's entry point (installer/karavan.spec): the same as the `karavan` command."""

from app.cli import main

raise SystemExit(main())
