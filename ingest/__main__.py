"""`python -m ingest [PATH ...]` is `session-assistant ingest [PATH ...]`."""

import sys

from ui.cli import main

sys.exit(main(["ingest", *sys.argv[1:]]))
