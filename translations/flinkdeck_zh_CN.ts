<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddConfigKeyDialog</name>
    <message>
        <source>Add Configuration Key</source>
        <translation>添加配置项</translation>
    </message>
    <message>
        <source>e.g. metrics.reporter.prom.factory.class</source>
        <translation>例如 metrics.reporter.prom.factory.class</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>配置项(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>FlinkDeck does not know this key; it is written as you type it.</source>
        <translation>FlinkDeck 不认识此配置项；将按您输入的内容原样写入。</translation>
    </message>
    <message>
        <source>This key holds a secret. FlinkDeck never saves secrets in a project; it asks for them when it deploys.</source>
        <translation>此配置项保存的是机密信息。FlinkDeck 从不在项目中保存机密信息，会在部署时询问。</translation>
    </message>
</context>
<context>
    <name>AllKeysModel</name>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>removed in %1</source>
        <translation>已在 %1 中移除</translation>
    </message>
    <message>
        <source>no effect</source>
        <translation>不再生效</translation>
    </message>
    <message>
        <source>deprecated since %1</source>
        <translation>自 %1 起已弃用</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起可用</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>仅限 %1</translation>
    </message>
    <message>
        <source>Written from the High availability section</source>
        <translation>由“高可用”部分写入</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>AllKeysPage</name>
    <message>
        <source>&amp;Set keys only</source>
        <translation>仅显示已设置的配置项(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove Key</source>
        <translation>移除配置项(&amp;R)</translation>
    </message>
    <message>
        <source>Search keys and descriptions</source>
        <translation>搜索配置项和说明</translation>
    </message>
    <message>
        <source>&amp;Add Custom Key…</source>
        <translation>添加自定义配置项(&amp;A)…</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 未修改：%2</translation>
    </message>
</context>
<context>
    <name>ClusterBasicsFields</name>
    <message>
        <source>Flink %1</source>
        <translation>Flink %1</translation>
    </message>
    <message>
        <source>The release the cluster runs. Keys, their names and the file FlinkDeck writes follow it.</source>
        <translation>集群运行的 Flink 版本。配置项、配置项名称以及 FlinkDeck 写入的文件都以此为准。</translation>
    </message>
    <message>
        <source>Flink version</source>
        <translation>Flink 版本</translation>
    </message>
    <message>
        <source>Automatic (by version)</source>
        <translation>自动（按版本）</translation>
    </message>
    <message>
        <source>flink-conf.yaml (legacy)</source>
        <translation>flink-conf.yaml（旧版）</translation>
    </message>
    <message>
        <source>config.yaml, flat keys</source>
        <translation>config.yaml，扁平配置项</translation>
    </message>
    <message>
        <source>config.yaml, nested</source>
        <translation>config.yaml，嵌套结构</translation>
    </message>
    <message>
        <source>Flink 1.19 and later read config.yaml; up to 1.20 they still read flink-conf.yaml when it is the only file.</source>
        <translation>Flink 1.19 及以上版本读取 config.yaml；在 1.20 及之前的版本中，如果只有 flink-conf.yaml，仍会读取它。</translation>
    </message>
    <message>
        <source>Change configuration file style</source>
        <translation>更改配置文件格式</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>FlinkDeck writes conf/%1</source>
        <translation>FlinkDeck 写入 conf/%1</translation>
    </message>
</context>
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
    <message>
        <source>The value of %1 is a secret and was not imported; FlinkDeck asks for it when it deploys</source>
        <translation>%1 的值属于机密信息，未被导入；FlinkDeck 会在部署时询问</translation>
    </message>
</context>
<context>
    <name>ConfigKeyField</name>
    <message>
        <source>Remove the key: Flink uses its default</source>
        <translation>移除此配置项：Flink 将使用默认值</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>重置 %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>默认值（%1）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 was removed in Flink %2: this version ignores it.</source>
        <translation>%1 已在 Flink %2 中移除：此版本会忽略它。</translation>
    </message>
    <message>
        <source>%1 has no effect in Flink %2.</source>
        <translation>%1 在 Flink %2 中不生效。</translation>
    </message>
    <message>
        <source>%1 is deprecated since Flink %2.</source>
        <translation>%1 自 Flink %2 起已弃用。</translation>
    </message>
    <message>
        <source>Flink %1 does not read %2 yet.</source>
        <translation>Flink %1 还不支持 %2。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>改用 %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2, keeping its value</source>
        <translation>将 %1 重命名为 %2，并保留其值</translation>
    </message>
    <message>
        <source>Asked when deploying; never saved</source>
        <translation>部署时询问，从不保存</translation>
    </message>
    <message>
        <source>FlinkDeck does not store passwords in the project. It asks for this one when it deploys and writes it only to the hosts&apos; files.</source>
        <translation>FlinkDeck 不会在项目中保存密码。它会在部署时询问此密码，并且只写入各主机上的文件。</translation>
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
        <translation>HA 模式下会忽略 jobmanager.rpc.address：JobManager 由领导者选举确定</translation>
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
    <name>ConfigurationView</name>
    <message>
        <source>Configuration sections</source>
        <translation>配置分类</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>全部配置项</translation>
    </message>
    <message>
        <source>Cluster basics</source>
        <translation>集群基础</translation>
    </message>
    <message>
        <source>The Flink release the cluster runs and how much work each TaskManager takes.</source>
        <translation>集群运行的 Flink 版本，以及每个 TaskManager 承担的工作量。</translation>
    </message>
    <message>
        <source>Task slots</source>
        <translation>任务槽位</translation>
    </message>
    <message>
        <source>Default parallelism</source>
        <translation>默认并行度</translation>
    </message>
    <message>
        <source>Failover strategy</source>
        <translation>故障转移策略</translation>
    </message>
    <message>
        <source>Each TaskManager host&apos;s own slot count (Topology page) overrides taskmanager.numberOfTaskSlots in that host&apos;s file.</source>
        <translation>每台 TaskManager 主机自己的槽位数（在“拓扑”页面设置）会覆盖该主机文件中的 taskmanager.numberOfTaskSlots。</translation>
    </message>
    <message>
        <source>High availability</source>
        <translation>高可用</translation>
    </message>
    <message>
        <source>With ZooKeeper HA, standby JobManagers take over and jobs recover from the storage directory. FlinkDeck writes these settings under the names your version reads.</source>
        <translation>启用 ZooKeeper HA 后，备用 JobManager 会接管，作业从存储目录恢复。FlinkDeck 会按您所用版本识别的配置项名称写入这些设置。</translation>
    </message>
    <message>
        <source>ZooKeeper client</source>
        <translation>ZooKeeper 客户端</translation>
    </message>
    <message>
        <source>Session timeout</source>
        <translation>会话超时</translation>
    </message>
    <message>
        <source>Connection timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>Retry wait</source>
        <translation>重试等待时间</translation>
    </message>
    <message>
        <source>Retry attempts</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>ACL</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>Tolerate suspended connections</source>
        <translation>容忍挂起的连接</translation>
    </message>
    <message>
        <source>JobManager HA port</source>
        <translation>JobManager HA 端口</translation>
    </message>
    <message>
        <source>ZooKeeper ensemble</source>
        <translation>ZooKeeper 集群</translation>
    </message>
    <message>
        <source>Settings every server&apos;s zoo.cfg shares. An ensemble of 3 or 5 servers survives the loss of 1 or 2.</source>
        <translation>所有服务器的 zoo.cfg 共用的设置。由 3 台或 5 台服务器组成的集群可分别容忍 1 台或 2 台服务器故障。</translation>
    </message>
    <message>
        <source>State &amp; checkpoints</source>
        <translation>状态与检查点</translation>
    </message>
    <message>
        <source>Where jobs keep their state and how often they checkpoint it. Directories must be on storage every host reaches (HDFS, S3, NFS).</source>
        <translation>作业在何处保存状态，以及多久做一次检查点。目录必须位于所有主机都能访问的存储上（HDFS、S3、NFS）。</translation>
    </message>
    <message>
        <source>State backend</source>
        <translation>状态后端</translation>
    </message>
    <message>
        <source>Checkpoint directory</source>
        <translation>检查点目录</translation>
    </message>
    <message>
        <source>Savepoint directory</source>
        <translation>保存点目录</translation>
    </message>
    <message>
        <source>Incremental checkpoints</source>
        <translation>增量检查点</translation>
    </message>
    <message>
        <source>Checkpointing</source>
        <translation>检查点设置</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Minimum pause</source>
        <translation>最小暂停时间</translation>
    </message>
    <message>
        <source>Retained checkpoints</source>
        <translation>保留的检查点数</translation>
    </message>
    <message>
        <source>Keep on cancel</source>
        <translation>取消时保留</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Restart strategy</source>
        <translation>重启策略</translation>
    </message>
    <message>
        <source>Fixed-delay attempts</source>
        <translation>固定延迟重试次数</translation>
    </message>
    <message>
        <source>Fixed-delay delay</source>
        <translation>固定延迟间隔</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Set one total per process: the process size (what the host gives the JVM) or the Flink size (without JVM metaspace and overhead), not both.</source>
        <translation>每个进程只设置一个总量：进程总内存（主机分配给 JVM 的内存）或 Flink 总内存（不含 JVM Metaspace 和开销），不要同时设置。</translation>
    </message>
    <message>
        <source>JobManager</source>
        <translation>JobManager</translation>
    </message>
    <message>
        <source>Process size</source>
        <translation>进程总内存</translation>
    </message>
    <message>
        <source>Flink size</source>
        <translation>Flink 总内存</translation>
    </message>
    <message>
        <source>Heap size</source>
        <translation>堆内存大小</translation>
    </message>
    <message>
        <source>Heap size (legacy)</source>
        <translation>堆内存大小（旧版）</translation>
    </message>
    <message>
        <source>TaskManager</source>
        <translation>TaskManager</translation>
    </message>
    <message>
        <source>Managed memory fraction</source>
        <translation>托管内存占比</translation>
    </message>
    <message>
        <source>Network memory fraction</source>
        <translation>网络内存占比</translation>
    </message>
    <message>
        <source>Network &amp; REST</source>
        <translation>网络与 REST</translation>
    </message>
    <message>
        <source>Ports and addresses. Every port here must be open between the hosts (and the REST port to your browser).</source>
        <translation>端口和地址。此处的每个端口都必须在主机之间开放（REST 端口还需对您的浏览器开放）。</translation>
    </message>
    <message>
        <source>REST and web UI</source>
        <translation>REST 与 Web UI</translation>
    </message>
    <message>
        <source>REST port</source>
        <translation>REST 端口</translation>
    </message>
    <message>
        <source>REST address</source>
        <translation>REST 地址</translation>
    </message>
    <message>
        <source>REST bind address</source>
        <translation>REST 绑定地址</translation>
    </message>
    <message>
        <source>REST bind port</source>
        <translation>REST 绑定端口</translation>
    </message>
    <message>
        <source>Job upload from web UI</source>
        <translation>从 Web UI 上传作业</translation>
    </message>
    <message>
        <source>RPC address</source>
        <translation>RPC 地址</translation>
    </message>
    <message>
        <source>RPC port</source>
        <translation>RPC 端口</translation>
    </message>
    <message>
        <source>Bind host</source>
        <translation>绑定主机</translation>
    </message>
    <message>
        <source>Blob server port</source>
        <translation>Blob 服务器端口</translation>
    </message>
    <message>
        <source>Data port</source>
        <translation>数据端口</translation>
    </message>
    <message>
        <source>Metrics query port</source>
        <translation>指标查询端口</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Internal TLS</source>
        <translation>内部 TLS</translation>
    </message>
    <message>
        <source>REST TLS</source>
        <translation>REST TLS</translation>
    </message>
    <message>
        <source>REST client authentication</source>
        <translation>REST 客户端认证</translation>
    </message>
    <message>
        <source>Verify host names</source>
        <translation>验证主机名</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Internal keystores</source>
        <translation>内部密钥库</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>密钥库</translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation>密钥库密码</translation>
    </message>
    <message>
        <source>Key password</source>
        <translation>密钥密码</translation>
    </message>
    <message>
        <source>Truststore</source>
        <translation>信任库</translation>
    </message>
    <message>
        <source>Truststore password</source>
        <translation>信任库密码</translation>
    </message>
    <message>
        <source>REST keystores</source>
        <translation>REST 密钥库</translation>
    </message>
    <message>
        <source>TLS for the connections between Flink processes (internal) and for the REST endpoint. Passwords are never saved in the project: FlinkDeck asks for them when it deploys.</source>
        <translation>用于 Flink 进程之间连接（内部）以及 REST 端点的 TLS。密码从不保存在项目中：FlinkDeck 会在部署时询问。</translation>
    </message>
    <message>
        <source>Hosts &amp; SSH</source>
        <translation>主机与 SSH</translation>
    </message>
    <message>
        <source>The project&apos;s name, where Flink and ZooKeeper are installed, and how FlinkDeck reaches the hosts.</source>
        <translation>项目名称、Flink 与 ZooKeeper 的安装位置，以及 FlinkDeck 如何连接各主机。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDock</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
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
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>%1 — double-click a finding to show where it is.</source>
        <translation>%1 —— 双击某条诊断可跳转到对应位置。</translation>
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
    <name>FieldLook</name>
    <message>
        <source>Default: %1</source>
        <translation>默认值：%1</translation>
    </message>
</context>
<context>
    <name>FilesView</name>
    <message>
        <source>Flink configuration</source>
        <translation>Flink 配置</translation>
    </message>
    <message>
        <source>JobManager list</source>
        <translation>JobManager 列表</translation>
    </message>
    <message>
        <source>TaskManager list</source>
        <translation>TaskManager 列表</translation>
    </message>
    <message>
        <source>ZooKeeper configuration</source>
        <translation>ZooKeeper 配置</translation>
    </message>
    <message>
        <source>ZooKeeper server id</source>
        <translation>ZooKeeper 服务器 id</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Edit Raw</source>
        <translation>编辑源文本</translation>
    </message>
    <message>
        <source>Filter by host or file</source>
        <translation>按主机或文件筛选</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>按主机</translation>
    </message>
    <message>
        <source>By file</source>
        <translation>按文件</translation>
    </message>
    <message>
        <source>Group the files by host or by file name</source>
        <translation>按主机或文件名对文件分组</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Copy the file&apos;s text to the clipboard</source>
        <translation>将文件内容复制到剪贴板</translation>
    </message>
    <message>
        <source>Save a copy of the file on this computer</source>
        <translation>在本机上保存该文件的副本</translation>
    </message>
    <message>
        <source>Edit the project-wide Flink configuration as text</source>
        <translation>以文本形式编辑整个项目的 Flink 配置</translation>
    </message>
    <message>
        <source>No files yet. Give hosts a JobManager, TaskManager or ZooKeeper role on the topology page.</source>
        <translation>还没有文件。请在拓扑页面为主机分配 JobManager、TaskManager 或 ZooKeeper 角色。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>1 host</source>
        <translation>1 台主机</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>%1 台主机</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>无文件</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>%1 for all hosts</source>
        <translation>所有主机的 %1</translation>
    </message>
    <message>
        <source>Every Flink host gets these settings; changes apply once the text parses. Slot counts and per-host keys are on the topology page.</source>
        <translation>所有 Flink 主机都会使用这些设置；文本解析成功后更改即生效。槽位数和各主机专属的配置项请在拓扑页面设置。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · same as on %2</source>
        <translation>%1 · 与 %2 上的相同</translation>
    </message>
    <message>
        <source>Save File As</source>
        <translation>文件另存为</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>HaFields</name>
    <message>
        <source>None (single JobManager)</source>
        <translation>无（单个 JobManager）</translation>
    </message>
    <message>
        <source>ZooKeeper</source>
        <translation>ZooKeeper</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>ZooKeeper quorum</source>
        <translation>ZooKeeper 仲裁地址</translation>
    </message>
    <message>
        <source>ZooKeeper path root</source>
        <translation>ZooKeeper 根路径</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>集群 ID</translation>
    </message>
    <message>
        <source>Storage directory</source>
        <translation>存储目录</translation>
    </message>
    <message>
        <source>required, e.g. hdfs:///flink/ha/</source>
        <translation>必填，例如 hdfs:///flink/ha/</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>derived from the ZooKeeper hosts (none yet)</source>
        <translation>由 ZooKeeper 主机推导（目前还没有）</translation>
    </message>
    <message>
        <source>derived: %1</source>
        <translation>推导值：%1</translation>
    </message>
</context>
<context>
    <name>HostCardItem</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>address = host name</source>
        <translation>地址 = 主机名</translation>
    </message>
    <message>
        <source>Drop a role here</source>
        <translation>将角色拖放到此处</translation>
    </message>
</context>
<context>
    <name>HostDialog</name>
    <message>
        <source>Edit host %1</source>
        <translation>编辑主机 %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>The host name or IP address the other hosts use to reach it.</source>
        <translation>其他主机访问此主机时使用的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Your login name</source>
        <translation>您的登录名</translation>
    </message>
    <message>
        <source>Project default: %1</source>
        <translation>项目默认值：%1</translation>
    </message>
    <message>
        <source>Project default (%1)</source>
        <translation>项目默认值（%1）</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>私钥文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Choose an SSH private key</source>
        <translation>选择 SSH 私钥</translation>
    </message>
    <message>
        <source>SSH agent or ~/.ssh defaults</source>
        <translation>SSH agent 或 ~/.ssh 中的默认密钥</translation>
    </message>
    <message>
        <source>&amp;Known hosts:</source>
        <translation>已知主机(&amp;K)：</translation>
    </message>
    <message>
        <source>Choose a known_hosts file</source>
        <translation>选择 known_hosts 文件</translation>
    </message>
    <message>
        <source>FlinkDeck stores no passwords: it uses your SSH agent or key files.</source>
        <translation>FlinkDeck 不保存任何密码：它使用您的 SSH agent 或密钥文件。</translation>
    </message>
    <message>
        <source>Install paths on this host</source>
        <translation>此主机上的安装路径</translation>
    </message>
    <message>
        <source>&amp;Flink home:</source>
        <translation>Flink 主目录(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;ZooKeeper home:</source>
        <translation>ZooKeeper 主目录(&amp;Z)：</translation>
    </message>
    <message>
        <source>ZooKeeper &amp;conf dir:</source>
        <translation>ZooKeeper 配置目录(&amp;C)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Web UI port:</source>
        <translation>Web UI 端口(&amp;W)：</translation>
    </message>
    <message>
        <source>Task &amp;slots:</source>
        <translation>任务槽位(&amp;S)：</translation>
    </message>
    <message>
        <source>Server &amp;id:</source>
        <translation>服务器 id(&amp;I)：</translation>
    </message>
    <message>
        <source>C&amp;lient port:</source>
        <translation>客户端端口(&amp;L)：</translation>
    </message>
    <message>
        <source>P&amp;eer port:</source>
        <translation>节点间通信端口(&amp;E)：</translation>
    </message>
    <message>
        <source>Ele&amp;ction port:</source>
        <translation>选举端口(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Data dir:</source>
        <translation>数据目录(&amp;D)：</translation>
    </message>
    <message>
        <source>Another host is already called “%1”.</source>
        <translation>已有另一台主机名为“%1”。</translation>
    </message>
    <message>
        <source>The address cannot contain spaces.</source>
        <translation>地址不能包含空格。</translation>
    </message>
    <message>
        <source>SSH port %1 is outside 1–65535.</source>
        <translation>SSH 端口 %1 超出 1–65535 范围。</translation>
    </message>
    <message>
        <source>Flink home</source>
        <translation>Flink 主目录</translation>
    </message>
    <message>
        <source>ZooKeeper home</source>
        <translation>ZooKeeper 主目录</translation>
    </message>
    <message>
        <source>Web UI port</source>
        <translation>Web UI 端口</translation>
    </message>
    <message>
        <source>A TaskManager needs at least one slot.</source>
        <translation>TaskManager 至少需要一个槽位。</translation>
    </message>
    <message>
        <source>Client port</source>
        <translation>客户端端口</translation>
    </message>
    <message>
        <source>Peer port</source>
        <translation>节点间通信端口</translation>
    </message>
    <message>
        <source>Election port</source>
        <translation>选举端口</translation>
    </message>
    <message>
        <source>ZooKeeper server id %1 is outside 1–255.</source>
        <translation>ZooKeeper 服务器 id %1 超出 1–255 范围。</translation>
    </message>
    <message>
        <source>ZooKeeper server id %1 is already used by %2.</source>
        <translation>ZooKeeper 服务器 id %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>The ZooKeeper client, peer and election ports must all differ.</source>
        <translation>ZooKeeper 的客户端端口、节点间通信端口和选举端口必须互不相同。</translation>
    </message>
    <message>
        <source>Web UI port %1 is also a ZooKeeper port on this host.</source>
        <translation>Web UI 端口 %1 与此主机上的某个 ZooKeeper 端口冲突。</translation>
    </message>
    <message>
        <source>The ZooKeeper server needs a data dir.</source>
        <translation>ZooKeeper 服务器需要数据目录。</translation>
    </message>
    <message>
        <source>The ZooKeeper data dir must be an absolute path starting with /.</source>
        <translation>ZooKeeper 数据目录必须是以 / 开头的绝对路径。</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>Same as the name</source>
        <translation>与名称相同</translation>
    </message>
    <message>
        <source>Same as the name (%1)</source>
        <translation>与名称相同（%1）</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>%1: %2 is not a port number (1–65535).</source>
        <translation>%1：%2 不是有效的端口号（1–65535）。</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>身份密钥文件</translation>
    </message>
    <message>
        <source>known_hosts file</source>
        <translation>known_hosts 文件</translation>
    </message>
    <message>
        <source>%1: use an absolute path (or one starting with ~/).</source>
        <translation>%1：请使用绝对路径（或以 ~/ 开头的路径）。</translation>
    </message>
    <message>
        <source>ZooKeeper conf dir</source>
        <translation>ZooKeeper 配置目录</translation>
    </message>
    <message>
        <source>%1: use an absolute path starting with /.</source>
        <translation>%1：请使用以 / 开头的绝对路径。</translation>
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
    <name>HostRoles</name>
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
</context>
<context>
    <name>HostTableModel</name>
    <message>
        <source>Web UI port; tick to run a JobManager here</source>
        <translation>Web UI 端口；勾选后在此主机上运行 JobManager</translation>
    </message>
    <message>
        <source>Task slots; tick to run a TaskManager here</source>
        <translation>任务槽位；勾选后在此主机上运行 TaskManager</translation>
    </message>
    <message>
        <source>Server id; tick to run a ZooKeeper server here</source>
        <translation>服务器 id；勾选后在此主机上运行 ZooKeeper 服务器</translation>
    </message>
    <message>
        <source>No address set: the host name is used</source>
        <translation>未设置地址：将使用主机名</translation>
    </message>
    <message>
        <source>Inherited from the project: %1</source>
        <translation>继承自项目：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>JobManager (port)</source>
        <translation>JobManager（端口）</translation>
    </message>
    <message>
        <source>TaskManager (slots)</source>
        <translation>TaskManager（槽位）</translation>
    </message>
    <message>
        <source>ZooKeeper (id)</source>
        <translation>ZooKeeper（id）</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH 用户</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH 端口</translation>
    </message>
    <message>
        <source>Flink home</source>
        <translation>Flink 主目录</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>FlinkDeck will use the new language after a restart.</source>
        <translation>FlinkDeck 将在重启后使用新的语言。</translation>
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
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>FlinkDeck projects (*.flinkdeck.yaml);;YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>FlinkDeck 项目 (*.flinkdeck.yaml);;YAML 文件 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a project or create one from a template (File ▸ New).</source>
        <translation>打开项目，或从模板新建项目（文件 ▸ 新建）。</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>从模板新建(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import conf Directory…</source>
        <translation>导入 conf 目录(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Rendered Files…</source>
        <translation>导出生成的文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation>拓扑(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>配置(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;Diagnostics</source>
        <translation>显示诊断(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About FlinkDeck</source>
        <translation>关于 FlinkDeck(&amp;A)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>%1[*] — FlinkDeck</source>
        <translation>%1[*] — FlinkDeck</translation>
    </message>
    <message>
        <source>%1 cannot be opened:

%2</source>
        <translation>无法打开 %1：

%2</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Open Cluster Project</source>
        <translation>打开集群项目</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Cluster Project</source>
        <translation>保存集群项目</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>项目“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Import a Flink conf Directory</source>
        <translation>导入 Flink conf 目录</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Export Rendered Files To</source>
        <translation>将生成的文件导出到</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>FlinkDeck did not close cleanly. Unsaved changes to &quot;%1&quot; from %2 were kept. Recover them?</source>
        <translation>FlinkDeck 上次未正常关闭。已保留“%1”在 %2 时未保存的更改。是否恢复？</translation>
    </message>
    <message>
        <source>About FlinkDeck</source>
        <translation>关于 FlinkDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FlinkDeck %1&lt;/h3&gt;&lt;p&gt;Design, deploy and watch Apache Flink standalone clusters with high availability.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FlinkDeck %1&lt;/h3&gt;&lt;p&gt;设计、部署和监控高可用的 Apache Flink Standalone 集群。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imported %1 (findings in its files: %2)</source>
        <translation>已导入 %1（其文件中的诊断：%2 条）</translation>
    </message>
    <message>
        <source>Files written under %1: %2</source>
        <translation>已写入 %1 下的文件：%2 个</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>A recovery copy cannot be read and was left at %1</source>
        <translation>有一份恢复副本无法读取，已保留在 %1</translation>
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
    <name>MemorySizeEdit</name>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>KiB (k)</source>
        <translation>KiB (k)</translation>
    </message>
    <message>
        <source>MiB (m)</source>
        <translation>MiB (m)</translation>
    </message>
    <message>
        <source>GiB (g)</source>
        <translation>GiB (g)</translation>
    </message>
    <message>
        <source>TiB (t)</source>
        <translation>TiB (t)</translation>
    </message>
    <message>
        <source>Unit: Flink counts in powers of 1024</source>
        <translation>单位：Flink 按 1024 的幂计算</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>Move to Flink %1</source>
        <translation>迁移到 Flink %1</translation>
    </message>
    <message>
        <source>Flink %1 reads some of this project&apos;s keys differently than Flink %2. FlinkDeck can update them:</source>
        <translation>Flink %1 对本项目中部分配置项的解读与 Flink %2 不同。FlinkDeck 可以更新这些配置项：</translation>
    </message>
    <message>
        <source>FlinkDeck keeps writing conf/%1.</source>
        <translation>FlinkDeck 将继续写入 conf/%1。</translation>
    </message>
    <message>
        <source>FlinkDeck will write conf/%1 instead of conf/%2.</source>
        <translation>FlinkDeck 将写入 conf/%1，而不再写入 conf/%2。</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>应用更改(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keep Keys as They Are</source>
        <translation>保持配置项不变(&amp;K)</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>已重命名</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>已转换</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1（已移除）</translation>
    </message>
    <message>
        <source>Move to Flink %1 and migrate keys</source>
        <translation>迁移到 Flink %1 并迁移配置项</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New Cluster Project</source>
        <translation>新建集群项目</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>起始模板：</translation>
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
    <name>ProjectDefaultsFields</name>
    <message>
        <source>Use an absolute path starting with /.</source>
        <translation>请使用以 / 开头的绝对路径。</translation>
    </message>
    <message>
        <source>Use an absolute path (or one starting with ~/).</source>
        <translation>请使用绝对路径（或以 ~/ 开头的路径）。</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Install paths on every host</source>
        <translation>各主机的安装路径</translation>
    </message>
    <message>
        <source>Flink home</source>
        <translation>Flink 安装目录</translation>
    </message>
    <message>
        <source>ZooKeeper home</source>
        <translation>ZooKeeper 安装目录</translation>
    </message>
    <message>
        <source>ZooKeeper conf dir</source>
        <translation>ZooKeeper 配置目录</translation>
    </message>
    <message>
        <source>&lt;ZooKeeper home&gt;/conf</source>
        <translation>&lt;ZooKeeper 安装目录&gt;/conf</translation>
    </message>
    <message>
        <source>SSH for every host</source>
        <translation>各主机的 SSH 设置</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>当前登录用户名</translation>
    </message>
    <message>
        <source>22 (default)</source>
        <translation>22（默认）</translation>
    </message>
    <message>
        <source>Set the SSH port</source>
        <translation>设置 SSH 端口</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>身份密钥文件</translation>
    </message>
    <message>
        <source>ssh-agent or ~/.ssh defaults</source>
        <translation>ssh-agent 或 ~/.ssh 下的默认密钥</translation>
    </message>
    <message>
        <source>known_hosts file</source>
        <translation>known_hosts 文件</translation>
    </message>
    <message>
        <source>Passwords and passphrases are never saved: FlinkDeck asks for them when it connects. A host&apos;s own settings (double-click its card) override these.</source>
        <translation>密码和密钥口令从不保存：FlinkDeck 会在连接时询问。主机自己的设置（双击其卡片）会覆盖这些设置。</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Add host %1</source>
        <translation>添加主机 %1</translation>
    </message>
    <message>
        <source>Remove host %1</source>
        <translation>移除主机 %1</translation>
    </message>
    <message>
        <source>Rename host %1 to %2</source>
        <translation>将主机 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Edit host %1</source>
        <translation>编辑主机 %1</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>为 %2 添加 %1</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>从 %2 移除 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Set Flink version %1</source>
        <translation>设置 Flink 版本 %1</translation>
    </message>
    <message>
        <source>Edit high availability</source>
        <translation>编辑高可用设置</translation>
    </message>
    <message>
        <source>The project has no file yet; use Save As.</source>
        <translation>项目尚无文件；请使用“另存为”。</translation>
    </message>
    <message>
        <source>Enter a name for the host.</source>
        <translation>请输入主机名称。</translation>
    </message>
    <message>
        <source>A host name may use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, and cannot be &quot;.&quot; or &quot;..&quot;.</source>
        <translation>主机名称只能包含字母、数字、“.”、“_”和“-”，且不能是“.”或“..”。</translation>
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
    <message>
        <source>&apos;%1&apos; holds a secret; FlinkDeck left its value out of the project and asks for it when it deploys</source>
        <translation>“%1”保存的是机密信息；FlinkDeck 未将其值载入项目，会在部署时询问</translation>
    </message>
    <message>
        <source>Save the project to remove the value from the file.</source>
        <translation>保存项目即可从文件中移除该值。</translation>
    </message>
</context>
<context>
    <name>ProjectTemplates</name>
    <message>
        <source>Empty project</source>
        <translation>空项目</translation>
    </message>
    <message>
        <source>No hosts yet: add hosts and drag roles onto them.</source>
        <translation>还没有主机：请添加主机，并将角色拖到主机上。</translation>
    </message>
    <message>
        <source>Single JobManager</source>
        <translation>单 JobManager</translation>
    </message>
    <message>
        <source>One JobManager and two TaskManagers, no high availability.</source>
        <translation>一个 JobManager 和两个 TaskManager，不启用高可用。</translation>
    </message>
    <message>
        <source>Standalone HA with 3-node ZooKeeper</source>
        <translation>Standalone HA，3 节点 ZooKeeper</translation>
    </message>
    <message>
        <source>Two JobManagers, a three-server ZooKeeper ensemble and three TaskManagers.</source>
        <translation>两个 JobManager、一个由三台服务器组成的 ZooKeeper 集群和三个 TaskManager。</translation>
    </message>
    <message>
        <source>Example: hadoop cluster (Flink 1.5)</source>
        <translation>示例：hadoop 集群（Flink 1.5）</translation>
    </message>
    <message>
        <source>The five-host HA cluster from seed post 000.</source>
        <translation>来自 seed post 000 的五主机 HA 集群。</translation>
    </message>
    <message>
        <source>Example: testhadoop cluster (Flink 1.7)</source>
        <translation>示例：testhadoop 集群（Flink 1.7）</translation>
    </message>
    <message>
        <source>The five-host HA cluster from seed post 003.</source>
        <translation>来自 seed post 003 的五主机 HA 集群。</translation>
    </message>
    <message>
        <source>new-cluster</source>
        <translation>new-cluster</translation>
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
        <translation>没有主机运行 TaskManager，作业没有可用的槽位</translation>
    </message>
    <message>
        <source>Give the worker hosts the TaskManager role.</source>
        <translation>请为工作节点分配 TaskManager 角色。</translation>
    </message>
    <message>
        <source>%1 offers %2 slots on %3 cores; slots share the CPU, so tasks will starve</source>
        <translation>%1 只有 %3 个 CPU 核，却提供了 %2 个槽位；各槽位共享 CPU，任务会因 CPU 不足而饥饿</translation>
    </message>
    <message>
        <source>%1 JobManagers but HA is off: without ZooKeeper they cannot elect a leader</source>
        <translation>有 %1 个 JobManager，但未启用 HA：没有 ZooKeeper，它们无法选举领导者</translation>
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
        <translation>ZooKeeper HA 需要仲裁地址：没有主机具有 ZooKeeper 角色，也未指定外部仲裁地址</translation>
    </message>
    <message>
        <source>Add the ZooKeeper role to three hosts, or enter an external quorum (zk1:2181,zk2:2181,zk3:2181).</source>
        <translation>请为三台主机添加 ZooKeeper 角色，或填写外部仲裁地址（zk1:2181,zk2:2181,zk3:2181）。</translation>
    </message>
    <message>
        <source>The quorum Flink is given (%1) differs from the ZooKeeper servers in zoo.cfg (%2)</source>
        <translation>提供给 Flink 的仲裁地址（%1）与 zoo.cfg 中的 ZooKeeper 服务器（%2）不一致</translation>
    </message>
    <message>
        <source>Clear the quorum override so FlinkDeck derives it, or fix the servers.</source>
        <translation>请清除手动指定的仲裁地址，由 FlinkDeck 自动推导；或者修正服务器列表。</translation>
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
            <numerusform>每个 CPU 核最多约提供一个槽位：此主机有 %n 个核。</numerusform>
        </translation>
    </message>
    <message>
        <source>tickTime %1 ms makes the shortest ZooKeeper session %2 ms, so a dead JobManager keeps its leadership at least that long</source>
        <translation>tickTime 为 %1 ms，ZooKeeper 最短会话为 %2 ms，因此已宕机的 JobManager 至少会在这段时间内保持领导者身份</translation>
    </message>
    <message>
        <source>Use the usual tickTime of 2000 ms.</source>
        <translation>请使用常用的 tickTime 2000 ms。</translation>
    </message>
    <message>
        <source>The host name &apos;%1&apos; is not plain: %2</source>
        <translation>主机名称“%1”不规范：%2</translation>
    </message>
    <message>
        <source>Rename the host; its address can stay as it is.</source>
        <translation>请重命名该主机；其地址可以保持不变。</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <source>&amp;Topology</source>
        <translation>拓扑(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>配置(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>文件(&amp;F)</translation>
    </message>
</context>
<context>
    <name>RawConfigEditor</name>
    <message>
        <source>The form changed; your text has errors and is not applied.</source>
        <translation>表单已更改；您的文本有错误，未被应用。</translation>
    </message>
    <message>
        <source>Edit %1 as text</source>
        <translation>以文本形式编辑 %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>RawConfigSync</name>
    <message>
        <source>%1 is a secret: FlinkDeck does not keep it in the project and asks for it when it deploys</source>
        <translation>%1 属于机密信息：FlinkDeck 不会将其保存在项目中，而是在部署时询问</translation>
    </message>
    <message>
        <source>Delete the value.</source>
        <translation>请删除该值。</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>无最近项目</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RenderedFileExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Refusing to write %1 of host %2: it would land outside %3.</source>
        <translation>拒绝写入主机 %2 的 %1：它将位于 %3 之外。</translation>
    </message>
</context>
<context>
    <name>RolePalette</name>
    <message>
        <source>%1 — drag onto a host card, or double-click to give it to the selected hosts</source>
        <translation>%1 — 拖到主机卡片上，或双击将其分配给所选主机</translation>
    </message>
</context>
<context>
    <name>RoleStyle</name>
    <message>
        <source>JM :%1</source>
        <translation>JM :%1</translation>
    </message>
    <message>
        <source>TM ×1 slot</source>
        <translation>TM ×1 槽位</translation>
    </message>
    <message>
        <source>TM ×%1 slots</source>
        <translation>TM ×%1 槽位</translation>
    </message>
    <message>
        <source>ZK #%1</source>
        <translation>ZK #%1</translation>
    </message>
    <message>
        <source>Schedules jobs; serves the web UI</source>
        <translation>调度作业；提供 Web UI</translation>
    </message>
    <message>
        <source>Runs tasks in its slots</source>
        <translation>在其槽位中运行任务</translation>
    </message>
    <message>
        <source>Elects the leading JobManager</source>
        <translation>选举领导者 JobManager</translation>
    </message>
    <message>
        <source>TM ×%1</source>
        <translation>TM ×%1</translation>
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
    <name>StorageNodeItem</name>
    <message>
        <source>File systems</source>
        <translation>文件系统</translation>
    </message>
    <message>
        <source>HDFS</source>
        <translation>HDFS</translation>
    </message>
    <message>
        <source>S3</source>
        <translation>S3</translation>
    </message>
    <message>
        <source>Google Cloud Storage</source>
        <translation>Google Cloud Storage</translation>
    </message>
    <message>
        <source>Azure Storage</source>
        <translation>Azure Storage</translation>
    </message>
    <message>
        <source>Alibaba OSS</source>
        <translation>阿里云 OSS</translation>
    </message>
    <message>
        <source>Local or mounted path</source>
        <translation>本地或挂载路径</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>HA storage directory</source>
        <translation>HA 存储目录</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Savepoints</source>
        <translation>保存点</translation>
    </message>
</context>
<context>
    <name>TopologyScene</name>
    <message>
        <source>Hosts without a role</source>
        <translation>未分配角色的主机</translation>
    </message>
    <message>
        <source>ZooKeeper ensemble</source>
        <translation>ZooKeeper 集群</translation>
    </message>
    <message>
        <source>JobManagers</source>
        <translation>JobManager</translation>
    </message>
    <message>
        <source>TaskManagers</source>
        <translation>TaskManager</translation>
    </message>
    <message>
        <source>See card in %1</source>
        <translation>参见 %1 中的卡片</translation>
    </message>
    <message>
        <source>External ZooKeeper</source>
        <translation>外部 ZooKeeper</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>仲裁地址</translation>
    </message>
    <message>
        <source>HA needs a ZooKeeper quorum: drag the ZooKeeper role onto three hosts.</source>
        <translation>HA 需要 ZooKeeper 仲裁：请将 ZooKeeper 角色拖到三台主机上。</translation>
    </message>
    <message>
        <source>No JobManager yet: drag the JobManager role from the palette onto a host.</source>
        <translation>还没有 JobManager：请从角色面板将 JobManager 角色拖到某台主机上。</translation>
    </message>
    <message>
        <source>No TaskManager yet: drag the TaskManager role onto the worker hosts.</source>
        <translation>还没有 TaskManager：请将 TaskManager 角色拖到工作节点主机上。</translation>
    </message>
    <message>
        <source>Shared storage</source>
        <translation>共享存储</translation>
    </message>
    <message>
        <source>ZooKeeper quorum</source>
        <translation>ZooKeeper 仲裁</translation>
    </message>
    <message>
        <source>TaskManagers register with the leader</source>
        <translation>TaskManager 向领导者注册</translation>
    </message>
    <message>
        <source>HA metadata, checkpoints</source>
        <translation>HA 元数据、检查点</translation>
    </message>
    <message>
        <source>checkpoint data</source>
        <translation>检查点数据</translation>
    </message>
    <message>
        <source>No hosts yet</source>
        <translation>还没有主机</translation>
    </message>
    <message>
        <source>Add a host with “Add host”, then drag a role from the palette onto its card.</source>
        <translation>请通过“添加主机”添加一台主机，然后从角色面板将角色拖到其卡片上。</translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <source>Add host</source>
        <translation>添加主机</translation>
    </message>
    <message>
        <source>Add a host to the cluster</source>
        <translation>向集群添加一台主机</translation>
    </message>
    <message>
        <source>Edit host…</source>
        <translation>编辑主机…</translation>
    </message>
    <message>
        <source>Edit the selected host</source>
        <translation>编辑所选主机</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename the selected host</source>
        <translation>重命名所选主机</translation>
    </message>
    <message>
        <source>Remove host</source>
        <translation>移除主机</translation>
    </message>
    <message>
        <source>Remove the selected hosts</source>
        <translation>移除所选主机</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole cluster</source>
        <translation>显示整个集群</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Drag a role onto a host card. A host can play several roles; right-click a card to remove one.</source>
        <translation>将角色拖到主机卡片上。一台主机可以承担多个角色；右键单击卡片可移除角色。</translation>
    </message>
    <message>
        <source>Rename host</source>
        <translation>重命名主机</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>Another host is already called %1.</source>
        <translation>已有另一台主机名为 %1。</translation>
    </message>
    <message>
        <source>Remove %1 hosts</source>
        <translation>移除 %1 台主机</translation>
    </message>
    <message>
        <source>Edit %1…</source>
        <translation>编辑 %1…</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <source>Remove %1 role</source>
        <translation>移除 %1 角色</translation>
    </message>
    <message>
        <source>Remove host %1</source>
        <translation>移除主机 %1</translation>
    </message>
    <message>
        <source>Add %1 to the selected hosts</source>
        <translation>为所选主机添加 %1</translation>
    </message>
    <message>
        <source>Hosts: %1 · JM: %2 · TM: %3 (slots: %4) · ZK: %5</source>
        <translation>主机：%1 · JM：%2 · TM：%3（槽位：%4）· ZK：%5</translation>
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
    <name>WelcomePage</name>
    <message>
        <source>FlinkDeck</source>
        <translation>FlinkDeck</translation>
    </message>
    <message>
        <source>Design, deploy and watch Apache Flink standalone clusters with high availability.</source>
        <translation>设计、部署并监控 Apache Flink 高可用 Standalone 集群。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start a new cluster project&lt;/b&gt;</source>
        <translation>&lt;b&gt;新建集群项目&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open&lt;/b&gt;</source>
        <translation>&lt;b&gt;打开&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Import a Flink conf directory…</source>
        <translation>导入 Flink conf 目录…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近的项目&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
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
    <name>ZooKeeperFields</name>
    <message>
        <source>Tick time</source>
        <translation>Tick 时长</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>tickTime: the basic time unit of ZooKeeper; sessions time out after 2 to 20 ticks.</source>
        <translation>tickTime：ZooKeeper 的基本时间单位；会话在 2 到 20 个 tick 后超时。</translation>
    </message>
    <message>
        <source>Init limit</source>
        <translation>初始化时限</translation>
    </message>
    <message>
        <source> ticks</source>
        <translation> 个 tick</translation>
    </message>
    <message>
        <source>initLimit: how many ticks a follower may take to connect and sync to the leader.</source>
        <translation>initLimit：跟随者连接领导者并完成同步时最多可用的 tick 数。</translation>
    </message>
    <message>
        <source>Sync limit</source>
        <translation>同步时限</translation>
    </message>
    <message>
        <source>syncLimit: how many ticks a follower may fall behind the leader.</source>
        <translation>syncLimit：跟随者最多可落后领导者的 tick 数。</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Client port</source>
        <translation>客户端端口</translation>
    </message>
    <message>
        <source>Quorum ports</source>
        <translation>仲裁端口</translation>
    </message>
    <message>
        <source>Admin port</source>
        <translation>管理端口</translation>
    </message>
    <message>
        <source>Data dir</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>No host has the ZooKeeper role yet: add it on the Topology page.</source>
        <translation>还没有主机具有 ZooKeeper 角色：请在“拓扑”页面添加。</translation>
    </message>
    <message>
        <source>Server ids, ports and data folders belong to each host: edit them on the Topology page.</source>
        <translation>服务器 id、端口和数据目录属于各台主机：请在“拓扑”页面编辑。</translation>
    </message>
    <message>
        <source>Set ZooKeeper %1</source>
        <translation>设置 ZooKeeper %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>More zoo.cfg settings</source>
        <translation>更多 zoo.cfg 设置</translation>
    </message>
    <message>
        <source>One key=value per line, written to every server&apos;s zoo.cfg after the settings above. Passwords are never saved here.</source>
        <translation>每行一个 key=value，写入每台服务器的 zoo.cfg，位于上述设置之后。此处从不保存密码。</translation>
    </message>
    <message>
        <source>Line %1: write key=value.</source>
        <translation>第 %1 行：请写成 key=value。</translation>
    </message>
    <message>
        <source>Line %1: %2 is a secret; FlinkDeck asks for it when it deploys.</source>
        <translation>第 %1 行：%2 属于机密信息；FlinkDeck 会在部署时询问。</translation>
    </message>
    <message>
        <source>Edit zoo.cfg settings</source>
        <translation>编辑 zoo.cfg 设置</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, deploy and watch Apache Flink HA clusters. Verbs: validate, render, migrate, import.</source>
        <translation>设计、部署和监控 Apache Flink HA 集群。子命令：validate、render、migrate、import。</translation>
    </message>
    <message>
        <source>Save a PNG of each page (topology, configuration, files) into DIR and quit.</source>
        <translation>将每个页面（拓扑、配置、文件）保存为 PNG 到 DIR 中，然后退出。</translation>
    </message>
    <message>
        <source>*.flinkdeck.yaml files to open.</source>
        <translation>要打开的 *.flinkdeck.yaml 文件。</translation>
    </message>
</context>
</TS>
