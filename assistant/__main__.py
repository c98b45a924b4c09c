"""`python -m assistant …` is the `session-assistant` command."""

import sys

from ui.cli import main

sys.exit(main())
