"""Benchmark suite for hangzhou-kg (see bench/RESULTS.md): `python -m bench [--articles N] [--quick]`."""
