"""`python -m app …` is the same as the `karavan` command."""

from app.cli import main

raise SystemExit(main())
