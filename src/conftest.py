"""Doctest collection over the package: modules needing optional extras are skipped without them."""

from __future__ import annotations

import importlib.util

collect_ignore = [] if importlib.util.find_spec("dask") else ["newscorpus/dask.py"]
