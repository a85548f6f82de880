# tests/launch.mk: filled in by the work on this area
