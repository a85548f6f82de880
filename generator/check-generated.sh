#!/bin/sh
# Fails when a committed generated file differs from what the generator
# writes now (someone edited one by hand, or forgot to regenerate).
exec "${PYTHON3:-python3}" "$(dirname "$0")/main.py" --check
