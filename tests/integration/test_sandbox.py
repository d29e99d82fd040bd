#!/usr/bin/env python3
"""Brings the real sandbox up for one Flink version, checks it, and always tears it down.

`scripts/sandbox up` has FlinkDeck push every host's files over SSH and start ZooKeeper, the
JobManagers and the TaskManager (`flinkdeck deploy --action start`). Checks: both JobManagers
answer; the TaskManager's slots are registered; the SQL job runs with completed checkpoints;
ZooKeeper has one leader and two followers; every key FlinkDeck rendered into the leader's
configuration file is reported by GET /jobmanager/config with the same value. Then FlinkDeck
alone, from the command line: status; a plan for a changed project shows the diff and changes
nothing; a rolling restart pushes it (byte-identical files), restarts the TaskManager and both
JobManagers (the leader last) while the job keeps running; a rollback restores the previous
bytes; stop leaves no Flink or ZooKeeper process; start brings the cluster back and the job
recovers from ZooKeeper. Then the same through the GUI's Deploy page (tst_deploysandbox):
status, rolling restart, stop, start. After `down`, none of the sandbox's processes is left.
"""
import json
import os
import subprocess
import sys
import time
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


def flinkdeck(*args, check=True):
    binary = os.environ["FLINKDECK_BIN"]
    result = subprocess.run([binary, *args], capture_output=True, text=True,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    print(f"$ flinkdeck {' '.join(args)}  -> {result.returncode}")
    if check and result.returncode != 0:
        raise AssertionError(f"flinkdeck {' '.join(args)} failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    return result


def wait(what, check, timeout=180):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = check()
            if value:
                return value
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


def deploy_checks(sandbox):
    state = sandbox.STATE
    project = os.path.join(state, "sandbox.flinkdeck.yaml")
    jms = [h for h in sandbox.HOSTS if "jm" in h]
    rest = lambda h, path: get(f"http://{h['address']}:{h['jm']}{path}")
    conf = lambda h: os.path.join(sandbox.flink_home(h), "conf", "config.yaml")
    started = time.monotonic()

    status = flinkdeck("deploy", project, "--action", "status").stdout
    for h in sandbox.HOSTS:
        line = next(l for l in status.splitlines() if l.startswith(h["name"]))
        assert "ZooKeeper" in line and ("JobManager" in line) == ("jm" in h) and ("TaskManager" in line) == ("tm" in h), line
    leader = next(l.split(":")[1].strip() for l in status.splitlines() if l.startswith("leading JobManager"))
    assert leader in ("host1", "host2"), status
    print(f"status: every process where the project puts it; {leader} leads")

    changed = os.path.join(state, "changed.flinkdeck.yaml")
    with open(project) as f, open(changed, "w") as out:
        out.write(f.read().replace("parallelism.default: 1", "parallelism.default: 2"))
    before = {h["name"]: open(conf(h), "rb").read() for h in sandbox.HOSTS}
    plan = flinkdeck("deploy", changed, "--plan").stdout
    assert "-parallelism.default: 1" in plan and "+parallelism.default: 2" in plan, plan
    assert "[FAIL]" not in plan, plan
    assert all(open(conf(h), "rb").read() == before[h["name"]] for h in sandbox.HOSTS), "--plan changed a file"

    job = wait("the job", sandbox.running_job)[1]["jid"]
    tm_before = {t["id"] for t in rest(jms[0], "/taskmanagers")["taskmanagers"]}
    t0 = time.monotonic()
    flinkdeck("deploy", changed, "--action", "rolling-restart", "--yes")
    rolling = time.monotonic() - t0
    rendered = os.path.join(state, "rendered-changed")
    flinkdeck("render", changed, "--out", rendered)
    for h in sandbox.HOSTS:
        expected = open(os.path.join(rendered, h["name"], conf(h).lstrip("/")), "rb").read()
        assert open(conf(h), "rb").read() == expected, f"{h['name']}: deployed bytes differ from the rendered file"
    tm_after = {t["id"] for t in rest(jms[0], "/taskmanagers")["taskmanagers"]}
    assert tm_after and not (tm_after & tm_before), f"TaskManager not restarted: {tm_before} -> {tm_after}"
    new_leader = flinkdeck("deploy", project, "--action", "status").stdout
    assert f"leading JobManager: {leader}" not in new_leader, "the leader was not restarted last"
    checkpoints = lambda: rest(jms[0], f"/jobs/{job}/checkpoints")["counts"]["completed"]
    seen = checkpoints()
    wait("the job RUNNING after the rolling restart",
         lambda: any(j["jid"] == job and j["state"] == "RUNNING" for j in rest(jms[0], "/jobs/overview")["jobs"]))
    wait("a new checkpoint after the rolling restart", lambda: checkpoints() > seen)
    print(f"rolling restart: {rolling:.1f} s; files byte-identical; new TaskManager; leadership moved from {leader}; "
          f"job {job} RUNNING and checkpointing")

    flinkdeck("deploy", changed, "--rollback", "--yes")
    for h in sandbox.HOSTS:
        assert open(conf(h), "rb").read() == before[h["name"]], f"{h['name']}: rollback did not restore the bytes"
    again = flinkdeck("deploy", project, "--plan").stdout
    assert "nothing to do" in again and "  modified  " not in again, again
    print("rollback: previous bytes restored on every host; a plan for the original project is empty")

    t0 = time.monotonic()
    flinkdeck("deploy", project, "--action", "stop", "--yes")
    stopped = time.monotonic() - t0
    status = flinkdeck("deploy", project, "--action", "status").stdout
    assert all("nothing running" in l for l in status.splitlines() if l.startswith("host")), status
    print(f"stop: {stopped:.1f} s, nothing left running")

    t0 = time.monotonic()
    flinkdeck("deploy", project, "--action", "start", "--yes")
    start = time.monotonic() - t0
    overview = rest(jms[0], "/overview")
    assert overview["taskmanagers"] == 1 and overview["slots-total"] == 2, overview
    recovered = wait("the job recovered from ZooKeeper after stop and start",
                     lambda: [j for j in rest(jms[0], "/jobs/overview")["jobs"] if j["jid"] == job and j["state"] == "RUNNING"], 240)
    print(f"start: {start:.1f} s; job {recovered[0]['jid']} recovered RUNNING")
    print(f"deploy checks: {time.monotonic() - started:.0f} s")


def gui_checks(sandbox):
    """The Deploy page drives the same cluster: status, rolling restart, stop, start."""
    binary = os.environ["FLINKDECK_GUI_SANDBOX_TEST"]
    started = time.monotonic()
    result = subprocess.run([binary], env=dict(os.environ, QT_QPA_PLATFORM="offscreen",
                                              FLINKDECK_SANDBOX_PROJECT=os.path.join(sandbox.STATE, "sandbox.flinkdeck.yaml")),
                            capture_output=True, text=True)
    print(result.stdout[-3000:])
    assert result.returncode == 0, f"the Deploy page failed on the sandbox:\n{result.stdout[-6000:]}\n{result.stderr[-3000:]}"
    jms = [h for h in sandbox.HOSTS if "jm" in h]
    wait("the job RUNNING after the GUI's stop and start",
         lambda: [j for j in get(f"http://{jms[0]['address']}:{jms[0]['jm']}/jobs/overview")["jobs"] if j["state"] == "RUNNING"], 240)
    print(f"GUI deploy checks: {time.monotonic() - started:.0f} s; job RUNNING again")


def main():
    flavour = sys.argv[1] if len(sys.argv) > 1 else "1.20"
    subprocess.run([sys.executable, SANDBOX, "down"], check=False)
    pids = []
    sandbox = None
    try:
        subprocess.run([sys.executable, SANDBOX, "up", "--flink", flavour], check=True)
        sandbox = check(flavour)
        deploy_checks(sandbox)
        gui_checks(sandbox)
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
