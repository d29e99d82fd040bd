<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>Target Flink version, e.g. 1.20.</source>
        <translation>目标 Flink 版本，例如 1.20。</translation>
    </message>
    <message>
        <source>flinkdeck %1</source>
        <translation>flinkdeck %1</translation>
    </message>
    <message>
        <source>flinkdeck %1 takes exactly one %2</source>
        <translation>flinkdeck %1 需要且只能指定一个 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Flink version (write e.g. 1.20)</source>
        <translation>&apos;%1&apos; 不是有效的 Flink 版本（示例：1.20）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>输出格式：text 或 json。</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format 只能是 text 或 json</translation>
    </message>
    <message>
        <source>flinkdeck render needs --out DIR</source>
        <translation>flinkdeck render 需要 --out DIR</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>已写入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the migrated file here instead of stdout.</source>
        <translation>将迁移后的文件写到此处，而不是标准输出。</translation>
    </message>
    <message>
        <source>Write config.yaml with nested maps.</source>
        <translation>以嵌套映射的形式写出 config.yaml。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) for Flink %1</source>
        <translation>
            <numerusform>针对 Flink %1 共有 %n 处变更</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster project to write.</source>
        <translation>要写入的集群项目文件。</translation>
    </message>
    <message>
        <source>A zoo.cfg to read the ZooKeeper ensemble from.</source>
        <translation>从中读取 ZooKeeper 集群成员的 zoo.cfg 文件。</translation>
    </message>
    <message>
        <source>flinkdeck import needs --out PROJECT</source>
        <translation>flinkdeck import 需要 --out PROJECT</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n host(s) into %1</source>
        <translation>
            <numerusform>已将 %n 台主机导入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The file or directory to read.</source>
        <translation>要读取的文件或目录。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info message(s)</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message>
        <source>Output directory; each file goes to DIR/&lt;host&gt;/&lt;path on the host&gt;.</source>
        <translation>输出目录；每个文件写到 DIR/&lt;主机&gt;/&lt;该主机上的路径&gt;。</translation>
    </message>
</context>
<context>
    <name>ConfImporter</name>
    <message>
        <source>No such directory</source>
        <translation>目录不存在</translation>
    </message>
    <message>
        <source>Neither flink-conf.yaml nor config.yaml is in this directory</source>
        <translation>此目录中既没有 flink-conf.yaml，也没有 config.yaml</translation>
    </message>
    <message>
        <source>Point FlinkDeck at Flink&apos;s conf/ directory.</source>
        <translation>请将 FlinkDeck 指向 Flink 的 conf/ 目录。</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>Flink %1 reads flink-conf.yaml and ignores this config.yaml</source>
        <translation>Flink %1 读取的是 flink-conf.yaml，会忽略此 config.yaml</translation>
    </message>
    <message>
        <source>Delete one of the two files.</source>
        <translation>请删除其中一个文件。</translation>
    </message>
    <message>
        <source>Flink %1 reads conf/%2, not conf/%3; start-cluster.sh will start no TaskManagers</source>
        <translation>Flink %1 读取的是 conf/%2，而不是 conf/%3；start-cluster.sh 不会启动任何 TaskManager</translation>
    </message>
    <message>
        <source>Rename the file to %1.</source>
        <translation>请将该文件重命名为 %1。</translation>
    </message>
</context>
<context>
    <name>ConfigMigrator</name>
    <message>
        <source>line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>renamed %1 -&gt; %2 (%3)</source>
        <translation>重命名 %1 -&gt; %2（%3）</translation>
    </message>
    <message>
        <source>converted %1: %2 -&gt; %3: %4 (%5)</source>
        <translation>转换 %1: %2 -&gt; %3: %4（%5）</translation>
    </message>
    <message>
        <source>dropped %1: %2 (%3)</source>
        <translation>删除 %1: %2（%3）</translation>
    </message>
    <message>
        <source>only used by %1 deployments, not by a standalone cluster</source>
        <translation>仅用于 %1 部署，Standalone 集群不使用</translation>
    </message>
    <message>
        <source>no effect since Flink %1</source>
        <translation>自 Flink %1 起不再生效</translation>
    </message>
    <message>
        <source>removed in Flink %1 with no replacement</source>
        <translation>已在 Flink %1 中移除，且无替代项</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set too and takes precedence</source>
        <translation>&apos;%1&apos; 也已设置，且优先生效</translation>
    </message>
    <message>
        <source>removed in Flink %1</source>
        <translation>已在 Flink %1 中移除</translation>
    </message>
    <message>
        <source>deprecated since Flink %1</source>
        <translation>自 Flink %1 起已弃用</translation>
    </message>
    <message>
        <source>the &apos;%1&apos; backend is called &apos;hashmap&apos; now; the checkpoint directory decides where snapshots go</source>
        <translation>&apos;%1&apos; 状态后端现已改名为 &apos;hashmap&apos;；快照存放位置由检查点目录决定</translation>
    </message>
    <message>
        <source>the number of megabytes became a memory size with a unit</source>
        <translation>以 MB 计的数字已改写为带单位的内存大小</translation>
    </message>
</context>
<context>
    <name>ConfigSchema</name>
    <message>
        <source>schema line %1: entry without key or with unknown type &apos;%2&apos;</source>
        <translation>schema 第 %1 行：条目缺少 key，或类型 &apos;%2&apos; 未知</translation>
    </message>
    <message>
        <source>schema line %1: key &apos;%2&apos; is listed twice</source>
        <translation>schema 第 %1 行：key &apos;%2&apos; 重复列出</translation>
    </message>
    <message>
        <source>schema line %1: %2</source>
        <translation>schema 第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>ConfigValidator</name>
    <message>
        <source>Flink %1 no longer reads flink-conf.yaml</source>
        <translation>Flink %1 不再读取 flink-conf.yaml</translation>
    </message>
    <message>
        <source>Migrate it to config.yaml: flinkdeck migrate %1 --flink-version %2</source>
        <translation>请将其迁移为 config.yaml：flinkdeck migrate %1 --flink-version %2</translation>
    </message>
    <message>
        <source>Flink %1 does not read config.yaml (it appeared in 1.19)</source>
        <translation>Flink %1 不读取 config.yaml（该文件自 1.19 起才引入）</translation>
    </message>
    <message>
        <source>Use conf/flink-conf.yaml for this version.</source>
        <translation>此版本请使用 conf/flink-conf.yaml。</translation>
    </message>
    <message>
        <source>Flink %1 still reads flink-conf.yaml (and prefers it over config.yaml), but Flink 2.0 will not</source>
        <translation>Flink %1 仍会读取 flink-conf.yaml（且优先于 config.yaml），但 Flink 2.0 将不再读取</translation>
    </message>
    <message>
        <source>Plan the move: flinkdeck migrate %1</source>
        <translation>请提前规划迁移：flinkdeck migrate %1</translation>
    </message>
    <message>
        <source>Flink does not know the key &apos;%1&apos; and ignores it</source>
        <translation>Flink 不认识配置项 &apos;%1&apos;，会将其忽略</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>是否指 &apos;%1&apos;？</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in FlinkDeck&apos;s key list; if Flink does not know it either, it is ignored</source>
        <translation>&apos;%1&apos; 不在 FlinkDeck 的配置项列表中；如果 Flink 也不认识它，则会被忽略</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was removed in Flink %2; Flink %3 ignores it</source>
        <translation>&apos;%1&apos; 已在 Flink %2 中移除；Flink %3 会忽略它</translation>
    </message>
    <message>
        <source>Use &apos;%1&apos; instead.</source>
        <translation>请改用 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appeared in Flink %2; Flink %3 ignores it</source>
        <translation>&apos;%1&apos; 自 Flink %2 起才引入；Flink %3 会忽略它</translation>
    </message>
    <message>
        <source>Flink %1 calls it &apos;%2&apos;.</source>
        <translation>在 Flink %1 中它叫 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has had no effect since Flink %2</source>
        <translation>&apos;%1&apos; 自 Flink %2 起已不再生效</translation>
    </message>
    <message>
        <source>Delete it.</source>
        <translation>请删除此项。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is deprecated since Flink %2</source>
        <translation>&apos;%1&apos; 自 Flink %2 起已弃用</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos;.</source>
        <translation>请删除 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Rename it to &apos;%1&apos;.</source>
        <translation>请将其重命名为 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; only applies to %2 deployments; a standalone cluster ignores it</source>
        <translation>&apos;%1&apos; 仅适用于 %2 部署；Standalone 集群会忽略它</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both %1 and %2 are set; Flink fails to start when they disagree with the derived sizes</source>
        <translation>%1 和 %2 同时设置；若二者与推导出的内存大小不一致，Flink 将无法启动</translation>
    </message>
    <message>
        <source>Set only one: %1 for the whole process, or %2 for Flink&apos;s share.</source>
        <translation>只设置其中一个：%1 指定整个进程的内存，%2 指定 Flink 使用的部分。</translation>
    </message>
    <message>
        <source>The legacy %1 heap key &apos;%2&apos; is set beside the new memory keys; Flink ignores the legacy one</source>
        <translation>旧版 %1 堆内存配置项 &apos;%2&apos; 与新的内存配置项同时设置；Flink 会忽略旧配置项</translation>
    </message>
    <message>
        <source>No %1 memory size is set; Flink %2 refuses to start a %1 without one</source>
        <translation>未设置 %1 内存大小；Flink %2 在未设置时拒绝启动 %1</translation>
    </message>
    <message>
        <source>Set %1, e.g. %2: 1600m.</source>
        <translation>请设置 %1，例如 %2: 1600m。</translation>
    </message>
    <message>
        <source>ZooKeeper HA is on but high-availability.zookeeper.quorum is not set</source>
        <translation>已启用 ZooKeeper HA，但未设置 high-availability.zookeeper.quorum</translation>
    </message>
    <message>
        <source>List the ZooKeeper servers: high-availability.zookeeper.quorum: zk1:2181,zk2:2181,zk3:2181</source>
        <translation>请列出 ZooKeeper 服务器：high-availability.zookeeper.quorum: zk1:2181,zk2:2181,zk3:2181</translation>
    </message>
    <message>
        <source>ZooKeeper HA is on but high-availability.storageDir is not set; JobManagers cannot persist job metadata</source>
        <translation>已启用 ZooKeeper HA，但未设置 high-availability.storageDir；JobManager 无法持久化作业元数据</translation>
    </message>
    <message>
        <source>Point it at storage every JobManager can reach, e.g. hdfs:///flink/ha/</source>
        <translation>请将其指向所有 JobManager 都能访问的存储，例如 hdfs:///flink/ha/</translation>
    </message>
    <message>
        <source>high-availability.cluster-id is not set, so this cluster uses &apos;/default&apos; in ZooKeeper</source>
        <translation>未设置 high-availability.cluster-id，因此该集群在 ZooKeeper 中使用 &apos;/default&apos;</translation>
    </message>
    <message>
        <source>Give each cluster sharing a ZooKeeper its own id, e.g. high-availability.cluster-id: /prod-a</source>
        <translation>共用同一个 ZooKeeper 的每个集群都应使用各自的 id，例如 high-availability.cluster-id: /prod-a</translation>
    </message>
    <message>
        <source>jobmanager.rpc.address is ignored under HA: leader election finds the JobManager</source>
        <translation>HA 模式下会忽略 jobmanager.rpc.address：JobManager 由 Leader 选举确定</translation>
    </message>
    <message>
        <source>The masters file decides where JobManagers run.</source>
        <translation>JobManager 运行在哪些主机上由 masters 文件决定。</translation>
    </message>
    <message>
        <source>Did you mean one of: %1?</source>
        <translation>是否指以下之一：%1？</translation>
    </message>
    <message>
        <source>It has had no effect since Flink %1: delete it.</source>
        <translation>自 Flink %1 起已不再生效：请删除。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is deprecated since Flink %2, and &apos;%3&apos; (line %4) is set too; Flink uses &apos;%3&apos;</source>
        <translation>&apos;%1&apos; 自 Flink %2 起已弃用，且 &apos;%3&apos;（第 %4 行）也已设置；Flink 使用 &apos;%3&apos;</translation>
    </message>
</context>
<context>
    <name>DurationValue</name>
    <message>
        <source>the value is empty</source>
        <translation>值为空</translation>
    </message>
    <message>
        <source>ISO-8601 durations such as &apos;%1&apos; are not accepted by Flink; write e.g. &apos;1 min&apos; or &apos;30 s&apos;</source>
        <translation>Flink 不接受 &apos;%1&apos; 这样的 ISO-8601 时长；请写成 &apos;1 min&apos; 或 &apos;30 s&apos; 这样的形式</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with a number</source>
        <translation>&apos;%1&apos; 不是以数字开头</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not fit in a 64-bit number</source>
        <translation>&apos;%1&apos; 超出 64 位整数范围</translation>
    </message>
    <message>
        <source>unknown time unit &apos;%1&apos; (use d, h, min, s, ms, µs or ns)</source>
        <translation>未知的时间单位 &apos;%1&apos;（可用 d、h、min、s、ms、µs 或 ns）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than FlinkDeck can check (about 292 years)</source>
        <translation>&apos;%1&apos; 超出了 FlinkDeck 能检查的最长时长（约 292 年）</translation>
    </message>
</context>
<context>
    <name>HostListFile</name>
    <message>
        <source>Only the first word is read; &apos;%1&apos; is ignored</source>
        <translation>只读取第一个词；&apos;%1&apos; 被忽略</translation>
    </message>
    <message>
        <source>Put one host on each line.</source>
        <translation>每行只写一台主机。</translation>
    </message>
    <message>
        <source>A port in the workers file is not used; &apos;%1&apos; is read as host &apos;%2&apos;</source>
        <translation>workers 文件中的端口不会被使用；&apos;%1&apos; 被读作主机 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid web UI port for %2</source>
        <translation>&apos;%1&apos; 不是 %2 的有效 Web UI 端口</translation>
    </message>
    <message>
        <source>Write host:port with a port between 1 and 65535, e.g. %1:8081.</source>
        <translation>请写成 host:port，端口在 1 到 65535 之间，例如 %1:8081。</translation>
    </message>
    <message>
        <source>%1 is listed twice; Flink starts a second JobManager there</source>
        <translation>%1 被列出了两次；Flink 会在该主机上再启动一个 JobManager</translation>
    </message>
    <message>
        <source>%1 is listed twice; Flink starts a second TaskManager there</source>
        <translation>%1 被列出了两次；Flink 会在该主机上再启动一个 TaskManager</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name</source>
        <translation>&apos;%1&apos; 不是主机名</translation>
    </message>
    <message>
        <source>Write one host name or address on each line, e.g. node1 or node1:8081.</source>
        <translation>每行写一个主机名或地址，例如 node1 或 node1:8081。</translation>
    </message>
</context>
<context>
    <name>LegacyConfFile</name>
    <message>
        <source>Flink skips this line: it has no &quot;: &quot; (colon followed by a space) between key and value</source>
        <translation>Flink 会跳过此行：键与值之间没有 &quot;: &quot;（冒号后跟一个空格）</translation>
    </message>
    <message>
        <source>Write &quot;%1: %2&quot;.</source>
        <translation>请写成 &quot;%1: %2&quot;。</translation>
    </message>
    <message>
        <source>Write the line as &quot;key: value&quot; or turn it into a comment with &apos;#&apos;.</source>
        <translation>请将此行写成 &quot;key: value&quot;，或用 &apos;#&apos; 将其改为注释。</translation>
    </message>
    <message>
        <source>Flink skips this line: the key is empty</source>
        <translation>Flink 会跳过此行：键为空</translation>
    </message>
    <message>
        <source>Flink skips this line: the value of &apos;%1&apos; is empty</source>
        <translation>Flink 会跳过此行：&apos;%1&apos; 的值为空</translation>
    </message>
    <message>
        <source>Give the key a value or delete the line; Flink then uses the default.</source>
        <translation>请为该键设置值，或删除此行，让 Flink 使用默认值。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set again (first on line %2); Flink uses this later value &apos;%3&apos;</source>
        <translation>&apos;%1&apos; 被重复设置（首次在第 %2 行）；Flink 使用后面的值 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;#&apos; cuts the line: Flink reads the value of &apos;%1&apos; as &apos;%2&apos; and drops &apos;#%3&apos;</source>
        <translation>&apos;#&apos; 截断了此行：Flink 将 &apos;%1&apos; 的值读作 &apos;%2&apos;，并丢弃 &apos;#%3&apos;</translation>
    </message>
    <message>
        <source>flink-conf.yaml cannot hold &apos;#&apos; in a value (not even in quotes or a password); use config.yaml (Flink 1.19+) or a value without &apos;#&apos;.</source>
        <translation>flink-conf.yaml 的值中不能包含 &apos;#&apos;（即使加了引号或是密码也不行）；请使用 config.yaml（Flink 1.19+），或改用不含 &apos;#&apos; 的值。</translation>
    </message>
    <message>
        <source>The quotes are part of the value: Flink reads %1 with the quote characters</source>
        <translation>引号是值的一部分：Flink 读取的 %1 包含引号字符</translation>
    </message>
    <message>
        <source>The value %1 opens a quote that is never closed (a &apos;#&apos; may have cut it)</source>
        <translation>值 %1 中的引号没有闭合（可能被 &apos;#&apos; 截断了）</translation>
    </message>
    <message>
        <source>flink-conf.yaml does not understand quotes; write the value without them.</source>
        <translation>flink-conf.yaml 不支持引号；请去掉引号直接写值。</translation>
    </message>
    <message>
        <source>&apos;//&apos; does not start a comment: the value of &apos;%1&apos; is &apos;%2&apos;</source>
        <translation>&apos;//&apos; 不会开始注释：&apos;%1&apos; 的值是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Use &apos;#&apos; for comments: &quot;%1: %2  # ...&quot;.</source>
        <translation>请用 &apos;#&apos; 写注释：&quot;%1: %2  # ...&quot;。</translation>
    </message>
    <message>
        <source>Delete the earlier line; only the last one takes effect.</source>
        <translation>请删除前面那一行；只有最后一行生效。</translation>
    </message>
    <message>
        <source>The file starts with a byte-order mark, which Flink reads as part of the first key: that line&apos;s setting is ignored</source>
        <translation>文件以字节顺序标记（BOM）开头，Flink 会把它当作第一个键的一部分：该行的设置会被忽略</translation>
    </message>
    <message>
        <source>Save the file as UTF-8 without BOM.</source>
        <translation>请将文件保存为不带 BOM 的 UTF-8。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FlinkDeck</source>
        <translation>FlinkDeck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>JobManager</source>
        <translation>JobManager</translation>
    </message>
    <message>
        <source>TaskManager</source>
        <translation>TaskManager</translation>
    </message>
    <message>
        <source>ZooKeeper</source>
        <translation>ZooKeeper</translation>
    </message>
    <message>
        <source>Rendered files</source>
        <translation>生成的文件</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Open a cluster project (*.flinkdeck.yaml) to begin.</source>
        <translation>请打开集群项目（*.flinkdeck.yaml）以开始。</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Open cluster project</source>
        <translation>打开集群项目</translation>
    </message>
    <message>
        <source>FlinkDeck projects (*.flinkdeck.yaml);;All files (*)</source>
        <translation>FlinkDeck 项目 (*.flinkdeck.yaml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 — FlinkDeck</source>
        <translation>%1 — FlinkDeck</translation>
    </message>
    <message>
        <source>JM :%1</source>
        <translation>JM :%1</translation>
    </message>
    <message numerus="yes">
        <source>TM × %n slot(s)</source>
        <translation>
            <numerusform>TM × %n 个 slot</numerusform>
        </translation>
    </message>
    <message>
        <source>ZK #%1</source>
        <translation>ZK #%1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n host(s)</source>
        <translation>
            <numerusform>%1 — %n 台主机</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1（第 %2 行）</translation>
    </message>
</context>
<context>
    <name>MemorySize</name>
    <message>
        <source>the value is empty</source>
        <translation>值为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with a number</source>
        <translation>&apos;%1&apos; 不是以数字开头</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not fit in a 64-bit number</source>
        <translation>&apos;%1&apos; 超出 64 位整数范围</translation>
    </message>
    <message>
        <source>unknown memory unit &apos;%1&apos; (use b, k/kb, m/mb, g/gb or t/tb)</source>
        <translation>未知的内存单位 &apos;%1&apos;（可用 b、k/kb、m/mb、g/gb 或 t/tb）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; overflows a 64-bit byte count</source>
        <translation>&apos;%1&apos; 超出 64 位字节数范围</translation>
    </message>
</context>
<context>
    <name>PathValidator</name>
    <message>
        <source>Validated for Flink %1 (no version given or found)</source>
        <translation>按 Flink %1 校验（未指定版本，也未检测到版本）</translation>
    </message>
    <message>
        <source>Pass --flink-version X.Y to validate for another release.</source>
        <translation>如需按其他版本校验，请传入 --flink-version X.Y。</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>文件或目录不存在</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>Flink %1 reads conf/%2, not conf/%3</source>
        <translation>Flink %1 读取的是 conf/%2，而不是 conf/%3</translation>
    </message>
    <message>
        <source>Rename the file to %1.</source>
        <translation>请将该文件重命名为 %1。</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; 必须是文本</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>&apos;%1&apos; 必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a map of fields</source>
        <translation>&apos;%1&apos; 必须是由字段组成的映射</translation>
    </message>
    <message>
        <source>A project must not hold a %1; FlinkDeck asks for it when it connects</source>
        <translation>项目文件中不得保存 %1；FlinkDeck 会在连接时询问</translation>
    </message>
    <message>
        <source>Delete the line; use ssh-agent or an identity file.</source>
        <translation>请删除此行，改用 ssh-agent 或私钥文件。</translation>
    </message>
    <message>
        <source>Every host needs a name</source>
        <translation>每台主机都必须有名称</translation>
    </message>
    <message>
        <source>This project was written by a newer FlinkDeck (format %1)</source>
        <translation>此项目由更新版本的 FlinkDeck 写入（格式 %1）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Flink version</source>
        <translation>&apos;%1&apos; 不是有效的 Flink 版本</translation>
    </message>
    <message>
        <source>Write it like &quot;1.20&quot; or &quot;2.1&quot;.</source>
        <translation>请写成 &quot;1.20&quot; 或 &quot;2.1&quot; 这样的形式。</translation>
    </message>
    <message>
        <source>configStyle must be auto, legacy, flat or nested, not &apos;%1&apos;</source>
        <translation>configStyle 只能是 auto、legacy、flat 或 nested，不能是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ha.mode must be zookeeper or none, not &apos;%1&apos;</source>
        <translation>ha.mode 只能是 zookeeper 或 none，不能是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;hosts&apos; must be a list</source>
        <translation>&apos;hosts&apos; 必须是列表</translation>
    </message>
    <message>
        <source>Host name &apos;%1&apos; is used twice</source>
        <translation>主机名 &apos;%1&apos; 被重复使用</translation>
    </message>
    <message>
        <source>The value of &apos;%1&apos; must be text; write lists as a;b;c</source>
        <translation>&apos;%1&apos; 的值必须是文本；列表请写成 a;b;c</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set twice</source>
        <translation>&apos;%1&apos; 被设置了两次</translation>
    </message>
    <message>
        <source>Cannot read the project: %1</source>
        <translation>无法读取项目：%1</translation>
    </message>
    <message>
        <source>A FlinkDeck project must be a YAML map (name, flinkVersion, hosts, …)</source>
        <translation>FlinkDeck 项目必须是 YAML 映射（name、flinkVersion、hosts 等）</translation>
    </message>
    <message>
        <source>Unexpected structure: %1</source>
        <translation>结构不符合预期：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice (first on line %2)</source>
        <translation>&apos;%1&apos; 出现了两次（首次在第 %2 行）</translation>
    </message>
    <message>
        <source>Keep one of them.</source>
        <translation>请只保留其中一个。</translation>
    </message>
</context>
<context>
    <name>ProjectValidator</name>
    <message>
        <source>The cluster has no hosts yet</source>
        <translation>集群中还没有主机</translation>
    </message>
    <message>
        <source>Add hosts and give them JobManager, TaskManager or ZooKeeper roles.</source>
        <translation>请添加主机，并为其分配 JobManager、TaskManager 或 ZooKeeper 角色。</translation>
    </message>
    <message>
        <source>Hosts &apos;%1&apos; and &apos;%2&apos; have the same address %3</source>
        <translation>主机 &apos;%1&apos; 和 &apos;%2&apos; 的地址相同：%3</translation>
    </message>
    <message>
        <source>Put both sets of roles on one host.</source>
        <translation>请将两组角色合并到同一台主机上。</translation>
    </message>
    <message>
        <source>No host runs a JobManager</source>
        <translation>没有主机运行 JobManager</translation>
    </message>
    <message>
        <source>Give at least one host the JobManager role (two or more for HA).</source>
        <translation>请至少为一台主机分配 JobManager 角色（HA 需要两台或以上）。</translation>
    </message>
    <message>
        <source>No host runs a TaskManager, so jobs have no slots</source>
        <translation>没有主机运行 TaskManager，作业没有可用的 slot</translation>
    </message>
    <message>
        <source>Give the worker hosts the TaskManager role.</source>
        <translation>请为工作节点分配 TaskManager 角色。</translation>
    </message>
    <message>
        <source>%1 offers %2 slots on %3 cores; slots share the CPU, so tasks will starve</source>
        <translation>%1 只有 %3 个 CPU 核，却提供了 %2 个 slot；各 slot 共享 CPU，任务会因 CPU 不足而饥饿</translation>
    </message>
    <message>
        <source>%1 JobManagers but HA is off: without ZooKeeper they cannot elect a leader</source>
        <translation>有 %1 个 JobManager，但未启用 HA：没有 ZooKeeper，它们无法选举 Leader</translation>
    </message>
    <message>
        <source>Turn on ZooKeeper HA or keep one JobManager.</source>
        <translation>请启用 ZooKeeper HA，或只保留一个 JobManager。</translation>
    </message>
    <message>
        <source>HA is on but only %1 runs a JobManager: there is no standby to take over</source>
        <translation>已启用 HA，但只有 %1 运行 JobManager：没有备用 JobManager 可以接管</translation>
    </message>
    <message>
        <source>Give a second host the JobManager role.</source>
        <translation>请再为一台主机分配 JobManager 角色。</translation>
    </message>
    <message>
        <source>Two JobManagers on %1 use web UI port %2</source>
        <translation>%1 上的两个 JobManager 都使用 Web UI 端口 %2</translation>
    </message>
    <message>
        <source>Give each JobManager on one host its own port.</source>
        <translation>同一主机上的每个 JobManager 都应使用各自的端口。</translation>
    </message>
    <message>
        <source>ZooKeeper HA needs a quorum: no host has the ZooKeeper role and none is given</source>
        <translation>ZooKeeper HA 需要 quorum：没有主机具有 ZooKeeper 角色，也未指定外部 quorum</translation>
    </message>
    <message>
        <source>Add the ZooKeeper role to three hosts, or enter an external quorum (zk1:2181,zk2:2181,zk3:2181).</source>
        <translation>请为三台主机添加 ZooKeeper 角色，或填写外部 quorum（zk1:2181,zk2:2181,zk3:2181）。</translation>
    </message>
    <message>
        <source>The quorum Flink is given (%1) differs from the ZooKeeper servers in zoo.cfg (%2)</source>
        <translation>提供给 Flink 的 quorum（%1）与 zoo.cfg 中的 ZooKeeper 服务器（%2）不一致</translation>
    </message>
    <message>
        <source>Clear the quorum override so FlinkDeck derives it, or fix the servers.</source>
        <translation>请清除手动指定的 quorum，由 FlinkDeck 自动推导；或者修正服务器列表。</translation>
    </message>
    <message>
        <source>%1 is a local path (%2) on a %3-host cluster: every JobManager and TaskManager must see the same files</source>
        <translation>%1 是本地路径（%2），而集群有 %3 台主机：所有 JobManager 和 TaskManager 必须能看到相同的文件</translation>
    </message>
    <message>
        <source>Use shared storage (hdfs://, s3://) or make sure %1 is the same shared mount on every host.</source>
        <translation>请使用共享存储（hdfs://、s3://），或确保 %1 在每台主机上都是同一个共享挂载。</translation>
    </message>
    <message>
        <source>A single ZooKeeper server is a single point of failure for HA</source>
        <translation>只有一台 ZooKeeper 服务器，会成为 HA 的单点故障</translation>
    </message>
    <message>
        <source>%1 ZooKeeper servers survive no more failures than %2: an even ensemble buys nothing</source>
        <translation>%1 台 ZooKeeper 服务器能容忍的故障数并不比 %2 台多：偶数个节点没有任何好处</translation>
    </message>
    <message>
        <source>Use an odd number of servers: 3 survive one failure, 5 survive two.</source>
        <translation>请使用奇数台服务器：3 台可容忍 1 台故障，5 台可容忍 2 台故障。</translation>
    </message>
    <message>
        <source>ZooKeeper server id %1 on %2 is outside 1..255</source>
        <translation>%2 上的 ZooKeeper 服务器 id %1 超出 1..255 范围</translation>
    </message>
    <message>
        <source>Number the servers 1, 2, 3, …</source>
        <translation>请按 1, 2, 3, … 为服务器编号。</translation>
    </message>
    <message>
        <source>%1 and %2 both have ZooKeeper server id %3</source>
        <translation>%1 和 %2 的 ZooKeeper 服务器 id 都是 %3</translation>
    </message>
    <message>
        <source>Every server needs its own id.</source>
        <translation>每台服务器都需要唯一的 id。</translation>
    </message>
    <message>
        <source>The ZooKeeper server on %1 has no dataDir; it cannot start or hold its myid</source>
        <translation>%1 上的 ZooKeeper 服务器没有 dataDir；它无法启动，也无法保存 myid</translation>
    </message>
    <message>
        <source>Set dataDir, e.g. /var/lib/zookeeper.</source>
        <translation>请设置 dataDir，例如 /var/lib/zookeeper。</translation>
    </message>
    <message>
        <source>JobManager REST/web UI</source>
        <translation>JobManager REST/Web UI</translation>
    </message>
    <message>
        <source>JobManager RPC</source>
        <translation>JobManager RPC</translation>
    </message>
    <message>
        <source>blob server</source>
        <translation>Blob 服务器</translation>
    </message>
    <message>
        <source>TaskManager RPC</source>
        <translation>TaskManager RPC</translation>
    </message>
    <message>
        <source>TaskManager data</source>
        <translation>TaskManager 数据传输</translation>
    </message>
    <message>
        <source>metrics query service</source>
        <translation>指标查询服务</translation>
    </message>
    <message>
        <source>ZooKeeper client</source>
        <translation>ZooKeeper 客户端</translation>
    </message>
    <message>
        <source>ZooKeeper peer</source>
        <translation>ZooKeeper 节点间通信</translation>
    </message>
    <message>
        <source>ZooKeeper election</source>
        <translation>ZooKeeper 选举</translation>
    </message>
    <message>
        <source>ZooKeeper AdminServer</source>
        <translation>ZooKeeper AdminServer</translation>
    </message>
    <message>
        <source>Port %1 on %2 is used by both the %3 and the %4</source>
        <translation>%2 上的端口 %1 同时被 %3 和 %4 使用</translation>
    </message>
    <message>
        <source>Move one of them to a free port.</source>
        <translation>请将其中一个改用空闲端口。</translation>
    </message>
    <message>
        <source>%1 is %2 on a %3-host cluster: the other hosts cannot reach it</source>
        <translation>%1 为 %2，而集群有 %3 台主机：其他主机无法访问它</translation>
    </message>
    <message>
        <source>Bind to 0.0.0.0 (all interfaces) or to the host&apos;s own address.</source>
        <translation>请绑定到 0.0.0.0（所有网卡）或该主机自己的地址。</translation>
    </message>
    <message>
        <source>Delete it so each host uses its own address.</source>
        <translation>请删除此项，让每台主机使用自己的地址。</translation>
    </message>
    <message numerus="yes">
        <source>Offer at most about one slot per core: %n core(s) here.</source>
        <translation>
            <numerusform>每个 CPU 核最多约提供一个 slot：此主机有 %n 个核。</numerusform>
        </translation>
    </message>
    <message>
        <source>tickTime %1 ms makes the shortest ZooKeeper session %2 ms, so a dead JobManager keeps its leadership at least that long</source>
        <translation>tickTime 为 %1 ms，ZooKeeper 最短会话为 %2 ms，因此已宕机的 JobManager 至少会在这段时间内保持 Leader 身份</translation>
    </message>
    <message>
        <source>Use the usual tickTime of 2000 ms.</source>
        <translation>请使用常用的 tickTime 2000 ms。</translation>
    </message>
</context>
<context>
    <name>StandardConfFile</name>
    <message>
        <source>&apos;%1&apos; appears twice in the same map (first on line %2); Flink refuses to load this file</source>
        <translation>&apos;%1&apos; 在同一映射中出现了两次（首次在第 %2 行）；Flink 将拒绝加载此文件</translation>
    </message>
    <message>
        <source>Delete one of them.</source>
        <translation>请删除其中一个。</translation>
    </message>
    <message>
        <source>Give it a value, quote an empty string as &apos;&apos;, or delete the line.</source>
        <translation>请为其赋值，空字符串请写成 &apos;&apos;，或删除此行。</translation>
    </message>
    <message>
        <source>YAML reads the unquoted value %1 of &apos;%2&apos; as %3</source>
        <translation>&apos;%2&apos; 的值 %1 未加引号，YAML 会将其解析为 %3</translation>
    </message>
    <message>
        <source>Quote it (&apos;%1&apos;) if you meant the text.</source>
        <translation>如果要表示文本，请加上引号（&apos;%1&apos;）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set twice once nested maps are flattened (also on line %2)</source>
        <translation>嵌套映射展开后，&apos;%1&apos; 被设置了两次（另一处在第 %2 行）</translation>
    </message>
    <message>
        <source>Keep either the dotted key or the nested one.</source>
        <translation>点分形式的键和嵌套形式的键只保留其一。</translation>
    </message>
    <message>
        <source>config.yaml is standard YAML: check indentation, quotes and the &apos;: &apos; after each key.</source>
        <translation>config.yaml 是标准 YAML：请检查缩进、引号以及每个键后的 &apos;: &apos;。</translation>
    </message>
    <message>
        <source>config.yaml must be a map of keys to values</source>
        <translation>config.yaml 必须是键到值的映射</translation>
    </message>
    <message>
        <source>A key in config.yaml must be a single word or dotted name, not a list or map</source>
        <translation>config.yaml 中的键必须是单词或点分名称，不能是列表或映射</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value (YAML null); Flink refuses to load a config.yaml with a null value</source>
        <translation>&apos;%1&apos; 没有值（YAML null）；Flink 拒绝加载含有 null 值的 config.yaml</translation>
    </message>
</context>
<context>
    <name>ValueSyntax</name>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; 不是整数</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; 不是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a boolean: Flink accepts only true or false</source>
        <translation>&apos;%1&apos; 不是布尔值：Flink 只接受 true 或 false</translation>
    </message>
    <message>
        <source>Write true or false.</source>
        <translation>请写 true 或 false。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; 不是以下值之一：%2</translation>
    </message>
    <message>
        <source>Use one of the values above or a fully qualified factory class name.</source>
        <translation>请使用上述值之一，或完整限定的工厂类名。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a memory size: %2</source>
        <translation>&apos;%1&apos; 不是有效的内存大小：%2</translation>
    </message>
    <message>
        <source>Write a whole number with a unit, e.g. 1024m or 2g.</source>
        <translation>请写整数加单位，例如 1024m 或 2g。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no unit, so Flink reads it as %1 bytes (%2)</source>
        <translation>&apos;%1&apos; 没有单位，Flink 会将其读作 %1 字节（%2）</translation>
    </message>
    <message>
        <source>Add a unit: %1m if you meant mebibytes.</source>
        <translation>请加上单位：如果指的是 MiB，请写 %1m。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration: %2</source>
        <translation>&apos;%1&apos; 不是有效的时长：%2</translation>
    </message>
    <message>
        <source>Write a number with a unit, e.g. 30 s, 5 min or 500 ms.</source>
        <translation>请写数字加单位，例如 30 s、5 min 或 500 ms。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no unit, so Flink reads it as %1 milliseconds</source>
        <translation>&apos;%1&apos; 没有单位，Flink 会将其读作 %1 毫秒</translation>
    </message>
    <message>
        <source>Add a unit to make it explicit: &apos;%1 ms&apos; or &apos;%1 s&apos;.</source>
        <translation>请加上单位以明确含义：&apos;%1 ms&apos; 或 &apos;%1 s&apos;。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a map entry: Flink expects key:value pairs separated by commas</source>
        <translation>&apos;%1&apos; 不是映射条目：Flink 要求以逗号分隔的 key:value 对</translation>
    </message>
    <message>
        <source>For example: k1:v1,k2:v2</source>
        <translation>例如：k1:v1,k2:v2</translation>
    </message>
</context>
<context>
    <name>YamlSyntaxError</name>
    <message>
        <source>Not valid YAML (column %1): %2</source>
        <translation>不是有效的 YAML（第 %1 列）：%2</translation>
    </message>
</context>
<context>
    <name>ZooCfg</name>
    <message>
        <source>&apos;%1&apos; is not host:peerPort:electionPort</source>
        <translation>&apos;%1&apos; 不符合 host:peerPort:electionPort 格式</translation>
    </message>
    <message>
        <source>For example: %1=zk1.example.com:2888:3888</source>
        <translation>例如：%1=zk1.example.com:2888:3888</translation>
    </message>
    <message>
        <source>Server id %1 is outside 1..255</source>
        <translation>服务器 id %1 超出 1..255 范围</translation>
    </message>
    <message>
        <source>Number the servers 1, 2, 3, … and write the same number into each server&apos;s myid file.</source>
        <translation>请按 1, 2, 3, … 为服务器编号，并将相同的编号写入各服务器的 myid 文件。</translation>
    </message>
    <message>
        <source>Server id %1 is used twice</source>
        <translation>服务器 id %1 被重复使用</translation>
    </message>
    <message>
        <source>Every server.N needs its own N.</source>
        <translation>每个 server.N 都需要唯一的 N。</translation>
    </message>
    <message>
        <source>zoo.cfg has no dataDir; ZooKeeper will not start</source>
        <translation>zoo.cfg 中没有 dataDir；ZooKeeper 将无法启动</translation>
    </message>
    <message>
        <source>Set dataDir to a folder that holds the myid file, e.g. dataDir=/var/lib/zookeeper.</source>
        <translation>请将 dataDir 设置为存放 myid 文件的目录，例如 dataDir=/var/lib/zookeeper。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, deploy and watch Apache Flink HA clusters. Verbs: validate, render, migrate, import.</source>
        <translation>设计、部署和监控 Apache Flink HA 集群。子命令：validate、render、migrate、import。</translation>
    </message>
    <message>
        <source>Save a PNG of the window and quit.</source>
        <translation>将窗口保存为 PNG 图片后退出。</translation>
    </message>
    <message>
        <source>A *.flinkdeck.yaml to open.</source>
        <translation>要打开的 *.flinkdeck.yaml 文件。</translation>
    </message>
</context>
</TS>
