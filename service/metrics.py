"""Request counters and latency histograms in the Prometheus text format."""

from __future__ import annotations

from collections import Counter

__all__ = ["BUCKETS", "Metrics"]

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


def _labels(**labels: str) -> str:
    inner = ",".join(
        f'{k}="{v.replace(chr(92), chr(92) * 2).replace(chr(34), chr(92) + chr(34))}"' for k, v in labels.items()
    )
    return "{" + inner + "}"


class Metrics:
    """In-process counters; one instance per app.

    >>> m = Metrics()
    >>> m.observe("/sparql", "GET", 200, 0.02)
    >>> 'psykgraf_requests_total{route="/sparql",method="GET",status="200"} 1' in m.render({})
    True
    """

    def __init__(self) -> None:
        self.requests: Counter[tuple[str, str, int]] = Counter()
        self.buckets: Counter[tuple[str, float]] = Counter()
        self.sums: dict[str, float] = {}
        self.counts: Counter[str] = Counter()
        self.events: Counter[str] = Counter()

    def observe(self, route: str, method: str, status: int, seconds: float) -> None:
        """Count one finished request."""
        self.requests[(route, method, status)] += 1
        self.sums[route] = self.sums.get(route, 0.0) + seconds
        self.counts[route] += 1
        for bound in BUCKETS:
            if seconds <= bound:
                self.buckets[(route, bound)] += 1

    def count(self, event: str, n: int = 1) -> None:
        """Count an event (``timeouts``, ``cache_hits``, ``cache_misses``, ``busy`` …)."""
        self.events[event] += n

    def render(self, gauges: dict[str, float]) -> str:
        """The exposition text; ``gauges`` are added as ``psykgraf_<name>``."""
        out = ["# TYPE psykgraf_requests_total counter"]
        for (route, method, status), n in sorted(self.requests.items()):
            labels = _labels(route=route, method=method, status=str(status))
            out.append(f"psykgraf_requests_total{labels} {n}")
        out.append("# TYPE psykgraf_request_duration_seconds histogram")
        for route in sorted(self.counts):
            for bound in BUCKETS:
                labels = _labels(route=route, le=str(bound))
                out.append(f"psykgraf_request_duration_seconds_bucket{labels} {self.buckets[(route, bound)]}")
            labels = _labels(route=route, le="+Inf")
            out.append(f"psykgraf_request_duration_seconds_bucket{labels} {self.counts[route]}")
            out.append(f"psykgraf_request_duration_seconds_sum{_labels(route=route)} {self.sums[route]:.6f}")
            out.append(f"psykgraf_request_duration_seconds_count{_labels(route=route)} {self.counts[route]}")
        for event in ("timeouts", "cache_hits", "cache_misses", "busy", "reloads", "long_refused", "workers_lost"):
            out.append(f"# TYPE psykgraf_{event}_total counter")
            out.append(f"psykgraf_{event}_total {self.events[event]}")
        for name, value in sorted(gauges.items()):
            out.append(f"# TYPE psykgraf_{name} gauge")
            out.append(f"psykgraf_{name} {value}")
        return "\n".join(out) + "\n"
