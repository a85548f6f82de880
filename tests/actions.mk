# tests/actions.mk: filled in by the work on this area
