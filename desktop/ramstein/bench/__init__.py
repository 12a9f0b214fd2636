"""Benchmarks: ratios against floors measured in the same run (python -m ramstein.bench)."""
