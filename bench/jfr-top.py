#!/usr/bin/env python3
"""Summarises the CPU samples of a JFR recording for bench/README.md (issue 17).

Usage: bench/jfr-top.py recording.jfr [N]

Prints the N (20) methods present in the most samples (inclusive: a method counts once per sample
wherever it is on the stack), restricted to Vern's own code and the libraries on the request path,
and the share of samples per area of work. Reads `jfr print --events jdk.ExecutionSample`.
"""
import collections
import re
import subprocess
import sys

AREAS = [
    ("token check (access.BearerTokens)", "no.vern.access.BearerTokens.check"),
    ("audit: request thread hands/awaits entries", "no.vern.audit.ChainedAuditTrail"),
    ("audit: chain writer thread", "no.vern.audit.AuditWriter.drainUntilStopped"),
    ("decision look-ups (consent DecisionService)", "no.vern.consent.decision.DecisionService"),
    ("PostgreSQL driver (all)", "org.postgresql."),
    ("HikariCP pool", "com.zaxxer.hikari."),
    ("JSON (Jackson)", "tools.jackson."),
    ("Spring Security filters", "org.springframework.security.web.FilterChainProxy"),
    ("Micrometer observation", "io.micrometer.observation."),
    ("logging (logback)", "ch.qos.logback."),
    ("Tomcat HTTP parsing/writing", "org.apache.coyote.http11."),
]
KEEP = ("no.vern.", "org.postgresql.", "com.zaxxer.", "tools.jackson.", "ch.qos.logback.",
        "io.micrometer.", "org.springframework.security.web.FilterChainProxy",
        "org.springframework.web.servlet.DispatcherServlet")


def samples(path):
    text = subprocess.run(
        ["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "200", path],
        check=True, capture_output=True, text=True).stdout
    for event in text.split("jdk.ExecutionSample")[1:]:
        yield [m.group(1) for m in re.finditer(r"^\s+([\w.$<>]+)\(", event, re.M)]


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    total = 0
    methods = collections.Counter()
    areas = collections.Counter()
    for stack in samples(path):
        total += 1
        for name in set(stack):
            if name.startswith(KEEP):
                methods[name] += 1
        for label, prefix in AREAS:
            if any(frame.startswith(prefix) for frame in stack):
                areas[label] += 1
    print(f"{total} CPU samples")
    print("area of work                                   share of samples")
    for label, _ in AREAS:
        print(f"  {label:<45} {100.0 * areas[label] / max(total, 1):5.1f} %")
    print(f"top {top} methods (inclusive)")
    for name, n in methods.most_common(top):
        print(f"  {100.0 * n / max(total, 1):5.1f} %  {name}")


if __name__ == "__main__":
    main()
