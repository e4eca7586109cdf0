"""psykgraf: shared settings, the command line (cli.py), the catalogue and named queries."""
