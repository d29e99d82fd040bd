#!/usr/bin/env python3
"""Brings the real sandbox up for one Flink version, checks it, and always tears it down.

Checks: both JobManagers answer; the TaskManager's slots are registered; the SQL job runs with
completed checkpoints; ZooKeeper has one leader and two followers; every key FlinkDeck rendered
into the leader's configuration file is reported by GET /jobmanager/config with the same value;
after `down`, none of the sandbox's processes is left.
"""
import json
import os
import subprocess
import sys
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SANDBOX = os.path.join(ROOT, "scripts", "sandbox")
sys.path.insert(0, os.path.join(ROOT, "scripts"))


def get(url):
    with urllib.request.urlopen(url, timeout=5) as r:
        return json.loads(r.read().decode())


def unquote(value):
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def rendered_config(state, host, flink_home):
    path = os.path.join(state, "rendered", host, flink_home.lstrip("/"), "conf", "config.yaml")
    config = {}
    with open(path) as f:
        for line in f:
            if line.startswith("#") or ": " not in line:
                continue
            key, value = line.rstrip("\n").split(": ", 1)
            config[key] = unquote(value)
    return config


def rss_mib(pids):
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/status") as f:
                total += next(int(l.split()[1]) for l in f if l.startswith("VmRSS:"))
        except (OSError, StopIteration):
            pass
    return total / 1024


def check(flavour):
    import importlib.machinery
    sandbox = importlib.machinery.SourceFileLoader("sandbox", SANDBOX).load_module()
    jms = [h for h in sandbox.HOSTS if "jm" in h]
    for h in jms:
        assert get(f"http://{h['address']}:{h['jm']}/config")["flink-version"].startswith(
            sandbox.FLINK_VERSIONS[flavour]), f"JobManager {h['name']} runs the wrong Flink"
    overview = get(f"http://{jms[0]['address']}:{jms[0]['jm']}/overview")
    assert overview["taskmanagers"] == 1, overview
    assert overview["slots-total"] == sum(h.get("tm", 0) for h in sandbox.HOSTS), overview
    jobs = get(f"http://{jms[0]['address']}:{jms[0]['jm']}/jobs/overview")["jobs"]
    running = [j for j in jobs if j["state"] == "RUNNING"]
    assert len(running) == 1, jobs
    checkpoints = get(f"http://{jms[0]['address']}:{jms[0]['jm']}/jobs/{running[0]['jid']}/checkpoints")
    assert checkpoints["counts"]["completed"] >= 1, checkpoints["counts"]
    assert checkpoints["latest"]["completed"]["end_to_end_duration"] >= 0
    modes = sorted(m or "none" for m in sandbox.zookeeper_modes().values())
    assert modes == ["follower", "follower", "leader"], modes
    for h in jms:
        reported = {e["key"]: e["value"] for e in get(f"http://{h['address']}:{h['jm']}/jobmanager/config")}
        written = rendered_config(sandbox.STATE, h["name"], sandbox.flink_home(h))
        mismatches = {k: (v, reported.get(k)) for k, v in written.items() if reported.get(k) != v}
        assert not mismatches, f"{h['name']}: rendered vs reported: {mismatches}"
        print(f"{h['name']}: all {len(written)} rendered keys reported by /jobmanager/config")
    print(f"Flink {sandbox.FLINK_VERSIONS[flavour]}: {overview['taskmanagers']} TaskManager, "
          f"{overview['slots-total']} slots, job RUNNING, {checkpoints['counts']['completed']} checkpoints, ZK {modes}")
    return sandbox


def main():
    flavour = sys.argv[1] if len(sys.argv) > 1 else "1.20"
    subprocess.run([sys.executable, SANDBOX, "down"], check=False)
    pids = []
    sandbox = None
    try:
        subprocess.run([sys.executable, SANDBOX, "up", "--flink", flavour], check=True)
        sandbox = check(flavour)
        state = sandbox.load_state()
        pids = list(state.get("processes", {}).values())
        for h in sandbox.HOSTS:
            pids += sandbox.flink_pids(h)
        print(f"sandbox memory: {rss_mib(pids):.0f} MiB resident in {len(pids)} processes")
    finally:
        down = subprocess.run([sys.executable, SANDBOX, "down"])
    assert down.returncode == 0, "sandbox down failed"
    # A zombie (exited, not yet reaped by a container's init) is not a running process.
    left = [p for p in pids if sandbox.alive(p)]
    assert not left, f"processes left behind: {left}"
    print(f"down left no process behind ({len(pids)} stopped)")


if __name__ == "__main__":
    main()
