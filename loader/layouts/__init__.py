"""Report layouts: one module per shape, recognised by features."""
