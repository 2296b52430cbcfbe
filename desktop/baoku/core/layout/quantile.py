"""One percentile of a small array, as `numpy.percentile` (its default, linear method) gives it, by
partitioning for the two order statistics it lies between instead of numpy's general machinery:
numpy's call costs tens of microseconds before it starts, and the layout asks for one of every
character's cell on a page (show-through) and of every line's rows (type sizes)."""

from __future__ import annotations


def percentile(values, q: float) -> float:
    """The `q`th percentile (0–100) of `values` (an array of at least one number), the same number
    `float(numpy.percentile(values, q))` returns."""
    import numpy as np

    flat = np.asarray(values).ravel()
    n = flat.size
    at = (n - 1) * (q / 100)
    k = int(at)
    gamma = at - k
    if k + 1 >= n:
        return float(np.partition(flat, k)[k])
    low, high = np.partition(flat, (k, k + 1))[k:k + 2]
    low, high = float(low), float(high)
    step = high - low  # numpy's interpolation, from the nearer neighbour's side
    return high - step * (1 - gamma) if gamma >= 0.5 else low + step * gamma
