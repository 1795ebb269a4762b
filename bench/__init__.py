"""Benchmarks: `make bench` (or `make bench ONLY=clients`) prints one JSON object per figure."""
