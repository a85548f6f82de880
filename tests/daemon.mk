# tests/daemon.mk: filled in by the work on this area
