# tests/core.mk: filled in by the work on this area
