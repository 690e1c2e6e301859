"""``python -m spamsplit annotate …``: see :mod:`spamsplit.cli`."""

import sys

from .cli import main

sys.exit(main())
