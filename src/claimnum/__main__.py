"""``python -m claimnum``: the ``claimnum`` command line (see :mod:`claimnum.cli`)."""

import sys

from claimnum.cli import main

if __name__ == "__main__":
    sys.exit(main())
