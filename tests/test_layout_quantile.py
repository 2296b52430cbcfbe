"""The layout's own percentile gives numpy's number exactly (the layout's results must not move)."""

from __future__ import annotations

import numpy as np

from baoku.core.layout.quantile import percentile


def test_the_percentile_is_numpys_to_the_last_bit_for_cells_rows_and_edge_cases():
    rng = np.random.default_rng(5)
    cases = [np.array([7], np.uint8), np.array([3.0, 3.0]), np.zeros((4, 1), np.uint8),
             np.array([255, 0], np.uint8), np.arange(1000, dtype=np.uint8)]
    for _ in range(600):
        shape = (int(rng.integers(1, 40)), int(rng.integers(1, 40)))
        cases += [rng.integers(0, 256, size=shape, dtype=np.uint8), rng.random(shape) * 255,
                  rng.integers(0, 256, size=shape, dtype=np.uint8).mean(axis=1)]
    for values in cases:
        for q in (0, 0.5, 10, 50, 60, 95, 99.9, 100):
            assert percentile(values, q) == float(np.percentile(values, q)), (values, q)
