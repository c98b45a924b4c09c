"""`python -m ui [--port N]` is `session-assistant serve`."""

import sys

from ui.cli import main

sys.exit(main(["serve", *sys.argv[1:]]))
