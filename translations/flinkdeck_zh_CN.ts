<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>Target Flink version, e.g. 1.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flinkdeck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flinkdeck %1 takes exactly one %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Flink version (write e.g. 1.20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory to write DIR/&lt;host&gt;/&lt;path&gt; into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flinkdeck render needs --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write the migrated file here instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write config.yaml with nested maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) for Flink %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster project to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zoo.cfg to read the ZooKeeper ensemble from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flinkdeck import needs --out PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n host(s) into %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfImporter</name>
    <message>
        <source>No such directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither flink-conf.yaml nor config.yaml is in this directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point FlinkDeck at Flink&apos;s conf/ directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flink %1 reads flink-conf.yaml and ignores this config.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete one of the two files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flink %1 reads conf/%2, not conf/%3; start-cluster.sh will start no TaskManagers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the file to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigMigrator</name>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed %1 -&gt; %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted %1: %2 -&gt; %3: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only used by %1 deployments, not by a standalone cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no effect since Flink %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed in Flink %1 with no replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set too and takes precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed in Flink %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprecated since Flink %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>megabytes became a memory size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &apos;%1&apos; backend is called &apos;hashmap&apos; now; the checkpoint directory decides where snapshots go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Migrated by FlinkDeck for Flink %1.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigSchema</name>
    <message>
        <source>schema line %1: entry without key or with unknown type &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema line %1: key &apos;%2&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigValidator</name>
    <message>
        <source>Flink %1 no longer reads flink-conf.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate it to config.yaml: flinkdeck migrate %1 --flink-version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flink %1 does not read config.yaml (it appeared in 1.19)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use conf/flink-conf.yaml for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flink %1 still reads flink-conf.yaml (and prefers it over config.yaml), but Flink 2.0 will not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the move: flinkdeck migrate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flink does not know the key &apos;%1&apos; and ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in FlinkDeck&apos;s key list; if Flink does not know it either, it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was removed in Flink %2; Flink %3 ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &apos;%1&apos; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has had no effect since %1: delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; appeared in Flink %2; Flink %3 ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flink %1 calls it &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has had no effect since Flink %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is deprecated since Flink %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and &apos;%1&apos; (line %2) is set too; Flink uses &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename it to &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; only applies to %2 deployments; a standalone cluster ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both %1 and %2 are set; Flink fails to start when they disagree with the derived sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set only one: %1 for the whole process, or %2 for Flink&apos;s share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legacy %1 heap key &apos;%2&apos; is set beside the new memory keys; Flink ignores the legacy one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 memory size is set; Flink %2 refuses to start a %1 without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1, e.g. %2: 1600m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper HA is on but high-availability.zookeeper.quorum is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the ZooKeeper servers: high-availability.zookeeper.quorum: zk1:2181,zk2:2181,zk3:2181</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper HA is on but high-availability.storageDir is not set; JobManagers cannot persist job metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point it at storage every JobManager can reach, e.g. hdfs:///flink/ha/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high-availability.cluster-id is not set, so this cluster uses &apos;/default&apos; in ZooKeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each cluster sharing a ZooKeeper its own id, e.g. high-availability.cluster-id: /prod-a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobmanager.rpc.address is ignored under HA: leader election finds the JobManager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The masters file decides where JobManagers run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationValue</name>
    <message>
        <source>the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-8601 durations such as &apos;%1&apos; are not accepted by Flink; write e.g. &apos;1 min&apos; or &apos;30 s&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not fit in a 64-bit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time unit &apos;%1&apos; (use d, h, min, s, ms, µs or ns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long a duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostListFile</name>
    <message>
        <source>Only the first word is read; &apos;%1&apos; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put one host on each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port in the workers file is not used; &apos;%1&apos; is read as host &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid web UI port for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write host:port with a port between 1 and 65535, e.g. %1:8081.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice; Flink starts a second JobManager there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice; Flink starts a second TaskManager there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegacyConfFile</name>
    <message>
        <source>Flink skips this line: it has no &quot;: &quot; (colon followed by a space) between key and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &quot;%1: %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the line as &quot;key: value&quot; or turn it into a comment with &apos;#&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flink skips this line: the key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flink skips this line: the value of &apos;%1&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key a value or delete the line; Flink then uses the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set again (first on line %2); Flink uses this later value &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete one of the two lines so the file says what Flink does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;#&apos; cuts the line: Flink reads the value of &apos;%1&apos; as &apos;%2&apos; and drops &apos;#%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flink-conf.yaml cannot hold &apos;#&apos; in a value (not even in quotes or a password); use config.yaml (Flink 1.19+) or a value without &apos;#&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quotes are part of the value: Flink reads %1 with the quote characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value %1 opens a quote that is never closed (a &apos;#&apos; may have cut it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flink-conf.yaml does not understand quotes; write the value without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;//&apos; does not start a comment: the value of &apos;%1&apos; is &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &apos;#&apos; for comments: &quot;%1: %2  # ...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FlinkDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JobManager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaskManager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a cluster project (*.flinkdeck.yaml) to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cluster project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlinkDeck projects (*.flinkdeck.yaml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — FlinkDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JM :%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>TM × %n slot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ZK #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n host(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemorySize</name>
    <message>
        <source>the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not fit in a 64-bit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown memory unit &apos;%1&apos; (use b, k/kb, m/mb, g/gb or t/tb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; overflows a 64-bit byte count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathValidator</name>
    <message>
        <source>Validated for Flink %1 (no version given or found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass --flink-version X.Y to validate for another release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flink %1 reads conf/%2, not conf/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the file to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a map of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project must not hold a %1; FlinkDeck asks for it when it connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the line; use ssh-agent or an identity file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project was written by a newer FlinkDeck (format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Flink version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it like &quot;1.20&quot; or &quot;2.1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configStyle must be auto, legacy, flat or nested, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ha.mode must be zookeeper or none, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;hosts&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &apos;%1&apos; must be text; write lists as a;b;c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid YAML (column %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A FlinkDeck project must be a YAML map (name, flinkVersion, hosts, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected structure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectValidator</name>
    <message>
        <source>The cluster has no hosts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add hosts and give them JobManager, TaskManager or ZooKeeper roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts &apos;%1&apos; and &apos;%2&apos; have the same address %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put both sets of roles on one host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host runs a JobManager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one host the JobManager role (two or more for HA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host runs a TaskManager, so jobs have no slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the worker hosts the TaskManager role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers %2 slots on %3 cores; slots share the CPU, so tasks will starve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use about one slot per core (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 JobManagers but HA is off: without ZooKeeper they cannot elect a leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on ZooKeeper HA or keep one JobManager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA is on but only %1 runs a JobManager: there is no standby to take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a second host the JobManager role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two JobManagers on %1 use web UI port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each JobManager on one host its own port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper HA needs a quorum: no host has the ZooKeeper role and none is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ZooKeeper role to three hosts, or enter an external quorum (zk1:2181,zk2:2181,zk3:2181).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quorum Flink is given (%1) differs from the ZooKeeper servers in zoo.cfg (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the quorum override so FlinkDeck derives it, or fix the servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a local path (%2) on a %3-host cluster: every JobManager and TaskManager must see the same files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use shared storage (hdfs://, s3://) or make sure %1 is the same shared mount on every host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single ZooKeeper server is a single point of failure for HA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ZooKeeper servers survive no more failures than %2: an even ensemble buys nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an odd number of servers: 3 survive one failure, 5 survive two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper server id %1 on %2 is outside 1..255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number the servers 1, 2, 3, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 both have ZooKeeper server id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every server needs its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZooKeeper server on %1 has no dataDir; it cannot start or hold its myid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set dataDir, e.g. /var/lib/zookeeper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickTime %1 ms makes the shortest ZooKeeper session %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JobManager REST/web UI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JobManager RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaskManager RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaskManager data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics query service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZooKeeper AdminServer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on %2 is used by both the %3 and the %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move one of them to a free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 on a %3-host cluster: the other hosts cannot reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind to 0.0.0.0 (all interfaces) or to the host&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it so each host uses its own address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardConfFile</name>
    <message>
        <source>Only plain keys are allowed in config.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in the same map (first on line %2); Flink refuses to load this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value (YAML null); Flink ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a value, quote an empty string as &apos;&apos;, or delete the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML reads the unquoted value %1 of &apos;%2&apos; as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote it (&apos;%1&apos;) if you meant the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set twice once nested maps are flattened (also on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep either the dotted key or the nested one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid YAML (column %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.yaml is standard YAML: check indentation, quotes and the &apos;: &apos; after each key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.yaml must be a map of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueSyntax</name>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a boolean: Flink accepts only true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of the values above or a fully qualified factory class name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a memory size: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a whole number with a unit, e.g. 1024m or 2g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no unit, so Flink reads it as %1 bytes (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a unit: %1m if you meant mebibytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a number with a unit, e.g. 30 s, 5 min or 500 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no unit, so Flink reads it as %1 milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a unit to make it explicit: &apos;%1 ms&apos; or &apos;%1 s&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a map entry: Flink expects key:value pairs separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: k1:v1,k2:v2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZooCfg</name>
    <message>
        <source>&apos;%1&apos; is not host:peerPort:electionPort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: %1=zk1.example.com:2888:3888</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server id %1 is outside 1..255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number the servers 1, 2, 3, … and write the same number into each server&apos;s myid file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every server.N needs its own N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoo.cfg has no dataDir; ZooKeeper will not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set dataDir to a folder that holds the myid file, e.g. dataDir=/var/lib/zookeeper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, deploy and watch Apache Flink HA clusters. Verbs: validate, render, migrate, import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A *.flinkdeck.yaml to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
