"""`python -m baoku.cli`: the `baoku` command."""

import sys

from . import main

sys.exit(main())
