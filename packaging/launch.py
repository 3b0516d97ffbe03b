"""The bundle's entry point: the installed ``frontdesk`` package's command line (as ``frontdesk``)."""
import sys

from frontdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
