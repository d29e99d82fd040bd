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
        <source>This key holds a secret. FlinkDeck never saves secrets in a project, and a deploy does not write them yet.</source>
        <translation>此配置项包含机密信息。FlinkDeck 从不在项目中保存机密信息，部署目前也不会写入它们。</translation>
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
    <name>ClusterProbe</name>
    <message>
        <source>down</source>
        <translation>不可达</translation>
    </message>
    <message>
        <source>no REST answer yet from %1</source>
        <translation>%1 的 REST 尚无响应</translation>
    </message>
    <message>
        <source>no JobManager&apos;s REST API answers</source>
        <translation>没有任何 JobManager 的 REST API 响应</translation>
    </message>
    <message>
        <source>high availability is off</source>
        <translation>未启用高可用</translation>
    </message>
    <message>
        <source>ZooKeeper names no REST leader</source>
        <translation>ZooKeeper 中没有记录 REST 领导者</translation>
    </message>
    <message>
        <source>the leader %1 is not a JobManager of this project</source>
        <translation>领导者 %1 不是本项目中的 JobManager</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>gave up after %1 s: %2</source>
        <translation>%1 s 后放弃：%2</translation>
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
        <source>The value of %1 is a secret and was not imported; a deploy does not write secrets yet</source>
        <translation>%1 的值是机密信息，未导入；部署目前不会写入机密信息</translation>
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
        <source>Secret: never saved in the project</source>
        <translation>机密信息：从不保存在项目中</translation>
    </message>
    <message>
        <source>FlinkDeck does not store passwords in the project, and a deploy does not write them yet.</source>
        <translation>FlinkDeck 不在项目中保存密码，部署目前也不会写入密码。</translation>
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
    <name>DeployBanner</name>
    <message>
        <source>Read what runs on %1 hosts. Status changes nothing.</source>
        <translation>读取 %1 台主机上正在运行的内容。“状态”不会做任何更改。</translation>
    </message>
    <message>
        <source>Nothing to do: every host is up to date for %1.</source>
        <translation>无需操作：就“%1”而言，每台主机都已是最新状态。</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 个步骤</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 个步骤</translation>
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
        <source>no file changes</source>
        <translation>没有文件变更</translation>
    </message>
    <message>
        <source>1 file changes</source>
        <translation>1 个文件有变更</translation>
    </message>
    <message>
        <source>%1 files change</source>
        <translation>%1 个文件有变更</translation>
    </message>
    <message>
        <source>%1, 1 more could not be read</source>
        <translation>%1，另有 1 个文件无法读取</translation>
    </message>
    <message>
        <source>%1, %2 more could not be read</source>
        <translation>%1，另有 %2 个文件无法读取</translation>
    </message>
    <message>
        <source>Plan to %1: %2 on %3; %4. Nothing changes until you Apply.</source>
        <translation>计划“%1”：在 %3 上执行 %2；%4。点击“应用”之前不会做任何更改。</translation>
    </message>
    <message>
        <source>Could not inspect %1: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <source>A preflight check failed: %1</source>
        <translation>一项预检未通过：%1</translation>
    </message>
    <message>
        <source>%1 preflight checks failed (%2). First: %3</source>
        <translation>%1 项预检未通过（%2）。第一项：%3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Done in %1 s: nothing needed to change.</source>
        <translation>已完成，用时 %1 s：无需任何更改。</translation>
    </message>
    <message>
        <source>Done in %1 s on 1 host (%2).</source>
        <translation>已在 1 台主机（%2）上完成，用时 %1 s。</translation>
    </message>
    <message>
        <source>Done in %1 s on %2 hosts.</source>
        <translation>已在 %2 台主机上完成，用时 %1 s。</translation>
    </message>
    <message>
        <source>Cancelled after %1 s</source>
        <translation>%1 s 后已取消</translation>
    </message>
    <message>
        <source>Failed on %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>succeeded on %1</source>
        <translation>成功：%1</translation>
    </message>
    <message>
        <source>skipped %1 (%2)</source>
        <translation>已跳过 %1（%2）</translation>
    </message>
</context>
<context>
    <name>DeployCommand</name>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>无需操作</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>nothing running</source>
        <translation>没有正在运行的进程</translation>
    </message>
    <message>
        <source>leading JobManager: %1</source>
        <translation>领导者 JobManager：%1</translation>
    </message>
    <message>
        <source>Push a cluster project&apos;s files to its hosts over SSH and start, stop or restart the cluster.</source>
        <translation>通过 SSH 将集群项目的文件推送到各主机，并启动、停止或重启集群。</translation>
    </message>
    <message>
        <source>The *.flinkdeck.yaml file.</source>
        <translation>*.flinkdeck.yaml 文件。</translation>
    </message>
    <message>
        <source>Show what would change and run, change nothing.</source>
        <translation>显示将会更改和运行的内容，但不做任何更改。</translation>
    </message>
    <message>
        <source>Push the changed files (with backups).</source>
        <translation>推送有变更的文件（会先备份）。</translation>
    </message>
    <message>
        <source>start, stop, restart, rolling-restart or status.</source>
        <translation>start、stop、restart、rolling-restart 或 status。</translation>
    </message>
    <message>
        <source>Put back the files the last push replaced, on every host.</source>
        <translation>在每台主机上恢复上次推送所替换的文件。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>不询问确认。</translation>
    </message>
    <message>
        <source>Hosts worked on at once (default 8).</source>
        <translation>同时处理的主机数（默认 8）。</translation>
    </message>
    <message>
        <source>Only start/stop/restart on this host (repeatable).</source>
        <translation>只在此主机上启动/停止/重启（可多次指定）。</translation>
    </message>
    <message>
        <source>Only this kind of process: jobmanager, taskmanager or zookeeper.</source>
        <translation>只处理此类进程：jobmanager、taskmanager 或 zookeeper。</translation>
    </message>
    <message>
        <source>TaskManagers restarted at once in a rolling restart (default 1).</source>
        <translation>滚动重启时每批同时重启的 TaskManager 数（默认 1）。</translation>
    </message>
    <message>
        <source>Trust host keys not yet in known_hosts (changed keys are still refused).</source>
        <translation>信任尚未记录在 known_hosts 中的主机密钥（已变更的密钥仍会被拒绝）。</translation>
    </message>
    <message>
        <source>Carry out the plan even when preflight checks fail.</source>
        <translation>即使预检未通过也执行计划。</translation>
    </message>
    <message>
        <source>List changed files without their diffs.</source>
        <translation>只列出有变更的文件，不显示差异。</translation>
    </message>
    <message>
        <source>flinkdeck deploy takes exactly one PROJECT</source>
        <translation>flinkdeck deploy 需要且只能指定一个 PROJECT</translation>
    </message>
    <message>
        <source>choose one of --plan, --apply, --action ACTION, --rollback</source>
        <translation>请在 --plan、--apply、--action ACTION、--rollback 中选择一个</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (start, stop, restart, rolling-restart, status)</source>
        <translation>未知操作 &apos;%1&apos;（可用 start、stop、restart、rolling-restart、status）</translation>
    </message>
    <message>
        <source>--parallel needs a number of at least 1</source>
        <translation>--parallel 需要一个不小于 1 的数字</translation>
    </message>
    <message>
        <source>--batch needs a number of at least 1</source>
        <translation>--batch 需要一个不小于 1 的数字</translation>
    </message>
    <message>
        <source>--role must be jobmanager, taskmanager or zookeeper</source>
        <translation>--role 只能是 jobmanager、taskmanager 或 zookeeper</translation>
    </message>
    <message>
        <source>%1: there is no host %2 in the project</source>
        <translation>%1：项目中没有主机 %2</translation>
    </message>
    <message>
        <source>%1 has errors; fix them before deploying (flinkdeck validate %1)</source>
        <translation>%1 有错误；请在部署前修复（flinkdeck validate %1）</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>无需操作。</translation>
    </message>
    <message>
        <source>Preflight checks failed:</source>
        <translation>预检未通过：</translation>
    </message>
    <message>
        <source>Nothing changed. Fix the hosts, or add --force to go ahead anyway.</source>
        <translation>未做任何更改。请修复这些主机，或加上 --force 强制继续。</translation>
    </message>
    <message>
        <source>Not a terminal: add --yes to carry out the plan.</source>
        <translation>不是终端：请加上 --yes 以执行计划。</translation>
    </message>
    <message numerus="yes">
        <source>Carry out these %n step(s)? [yes/no] </source>
        <translation>
            <numerusform>是否执行这 %n 个步骤？[yes/no] </numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Summary (%1 s):</source>
        <translation>汇总（%1 s）：</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>DeployEngine</name>
    <message>
        <source>host %1 is not in the project</source>
        <translation>主机 %1 不在项目中</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>reading files</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>inspected</source>
        <translation>检查完毕</translation>
    </message>
    <message>
        <source>%1 of %2 TaskManagers registered</source>
        <translation>%2 个 TaskManager 中已注册 %1 个</translation>
    </message>
    <message>
        <source>this step needs a host</source>
        <translation>此步骤需要指定主机</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>stopped after %1 failed: %2</source>
        <translation>%1 失败后已停止：%2</translation>
    </message>
    <message>
        <source>cancelled before its steps ran</source>
        <translation>在其步骤运行之前已取消</translation>
    </message>
    <message>
        <source>not reached after an earlier failure</source>
        <translation>因之前的失败而未执行</translation>
    </message>
    <message>
        <source>SSH reachable and logged in</source>
        <translation>SSH 可连接并已登录</translation>
    </message>
    <message>
        <source>%1, host key %2</source>
        <translation>%1，主机密钥 %2</translation>
    </message>
    <message>
        <source>Preflight script</source>
        <translation>预检脚本</translation>
    </message>
    <message>
        <source>no JobManager started</source>
        <translation>没有 JobManager 启动</translation>
    </message>
</context>
<context>
    <name>DeployFileList</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DeployHostModel</name>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cannot inspect</source>
        <translation>无法检查</translation>
    </message>
    <message>
        <source>1 step planned</source>
        <translation>计划 1 个步骤</translation>
    </message>
    <message>
        <source>%1 steps planned</source>
        <translation>计划 %1 个步骤</translation>
    </message>
    <message>
        <source>1 check failed</source>
        <translation>1 项检查未通过</translation>
    </message>
    <message>
        <source>%1 checks failed</source>
        <translation>%1 项检查未通过</translation>
    </message>
    <message>
        <source>inspected</source>
        <translation>检查完毕</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>无需操作</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>failed ✗ %1</source>
        <translation>失败 ✗ %1</translation>
    </message>
    <message>
        <source>succeeded ✓</source>
        <translation>成功 ✓</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 个文件</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <source>1 unreadable</source>
        <translation>1 个无法读取</translation>
    </message>
    <message>
        <source>%1 unreadable</source>
        <translation>%1 个无法读取</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Preflight checks that failed:</source>
        <translation>未通过的预检：</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DeployLog</name>
    <message>
        <source>Show the output of one host only</source>
        <translation>只显示一台主机的输出</translation>
    </message>
    <message>
        <source>The output of the commands FlinkDeck runs appears here.</source>
        <translation>FlinkDeck 所运行命令的输出会显示在这里。</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>所有主机</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
</context>
<context>
    <name>DeployPlan</name>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <source>== %1 (%2)</source>
        <translation>== %1（%2）</translation>
    </message>
    <message>
        <source>cannot inspect: %1</source>
        <translation>无法检查：%1</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>正在运行：%1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>无需操作</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>push configuration</source>
        <translation>推送配置</translation>
    </message>
    <message>
        <source>start cluster</source>
        <translation>启动集群</translation>
    </message>
    <message>
        <source>stop cluster</source>
        <translation>停止集群</translation>
    </message>
    <message>
        <source>restart cluster</source>
        <translation>重启集群</translation>
    </message>
    <message>
        <source>rolling restart</source>
        <translation>滚动重启</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>roll back to the previous files</source>
        <translation>回滚到之前的文件</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>DeployPlanner</name>
    <message>
        <source>start %1 on %2</source>
        <translation>在 %2 上启动 %1</translation>
    </message>
    <message>
        <source>stop %1 on %2</source>
        <translation>在 %2 上停止 %1</translation>
    </message>
    <message>
        <source>Push files (back up, then replace atomically)</source>
        <translation>推送文件（先备份，再原子替换）</translation>
    </message>
    <message numerus="yes">
        <source>write %n file(s) on %1</source>
        <translation>
            <numerusform>在 %1 上写入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Start %1s</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <source>wait for a ZooKeeper quorum (srvr)</source>
        <translation>等待 ZooKeeper 形成仲裁（srvr）</translation>
    </message>
    <message>
        <source>wait until every JobManager&apos;s REST API answers</source>
        <translation>等待所有 JobManager 的 REST API 响应</translation>
    </message>
    <message>
        <source>wait until every TaskManager is registered</source>
        <translation>等待所有 TaskManager 完成注册</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Stop %1s</source>
        <translation>停止 %1</translation>
    </message>
    <message>
        <source>wait until the TaskManager on %1 registered again</source>
        <translation>等待 %1 上的 TaskManager 重新注册</translation>
    </message>
    <message>
        <source>Restart TaskManagers on %1</source>
        <translation>重启 %1 上的 TaskManager</translation>
    </message>
    <message>
        <source>The leading JobManager is unknown, so JobManagers restart in project order.</source>
        <translation>无法确定领导者 JobManager，因此按项目中的顺序重启各 JobManager。</translation>
    </message>
    <message>
        <source>Restart the leading JobManager on %1</source>
        <translation>重启 %1 上的领导者 JobManager</translation>
    </message>
    <message>
        <source>Restart the standby JobManager on %1</source>
        <translation>重启 %1 上的备用 JobManager</translation>
    </message>
    <message>
        <source>wait until another JobManager leads and answers</source>
        <translation>等待另一个 JobManager 成为领导者并响应</translation>
    </message>
    <message>
        <source>wait until the JobManager on %1 answers again</source>
        <translation>等待 %1 上的 JobManager 恢复响应</translation>
    </message>
    <message>
        <source>A rolling restart leaves ZooKeeper running; restart it separately if zoo.cfg changed.</source>
        <translation>滚动重启不会停止 ZooKeeper；如果 zoo.cfg 有变更，请单独重启 ZooKeeper。</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>恢复最新的备份</translation>
    </message>
    <message>
        <source>restore the files FlinkDeck last replaced on %1</source>
        <translation>恢复 FlinkDeck 上次在 %1 上替换的文件</translation>
    </message>
    <message>
        <source>Running processes keep their configuration until they restart.</source>
        <translation>正在运行的进程在重启之前会保持原有配置。</translation>
    </message>
    <message>
        <source>Processes are running: they read the new files only when they restart (use a rolling restart).</source>
        <translation>有进程正在运行：它们只有在重启后才会读取新文件（请使用滚动重启）。</translation>
    </message>
</context>
<context>
    <name>DeployStepTree</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>无需操作</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>DeployView</name>
    <message>
        <source>&lt;h3&gt;Deploy this project over SSH&lt;/h3&gt;&lt;p&gt;Choose an action and press &lt;b&gt;Plan&lt;/b&gt;. FlinkDeck connects to every host over SSH, reads its files and processes, and shows what would change. Nothing changes until you Apply.&lt;/p&gt;&lt;p&gt;Files are backed up on each host before they are replaced, so &lt;i&gt;Roll back&lt;/i&gt; can restore them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;通过 SSH 部署此项目&lt;/h3&gt;&lt;p&gt;选择一个操作，然后点击&lt;b&gt;计划&lt;/b&gt;。FlinkDeck 会通过 SSH 连接每台主机，读取其文件和进程，并显示将会发生的变更。点击“应用”之前不会做任何更改。&lt;/p&gt;&lt;p&gt;每台主机上的文件在被替换前都会先备份，因此可以通过&lt;i&gt;回滚&lt;/i&gt;恢复。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>What to do on the cluster&apos;s hosts</source>
        <translation>要在集群各主机上执行的操作</translation>
    </message>
    <message>
        <source>How many hosts FlinkDeck works on at the same time</source>
        <translation>FlinkDeck 同时处理的主机数</translation>
    </message>
    <message>
        <source>How many TaskManagers a rolling restart takes down at once</source>
        <translation>滚动重启时每次同时停止的 TaskManager 数</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>Connect to the hosts and show what the action would do</source>
        <translation>连接各主机，并显示该操作将会执行的内容</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>应用(&amp;A)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop after the step under way</source>
        <translation>在当前步骤完成后停止</translation>
    </message>
    <message>
        <source>Act&amp;ion:</source>
        <translation>操作(&amp;I)：</translation>
    </message>
    <message>
        <source>Hosts at o&amp;nce:</source>
        <translation>同时处理的主机数(&amp;N)：</translation>
    </message>
    <message>
        <source>Task&amp;Managers per batch:</source>
        <translation>每批 TaskManager 数(&amp;M)：</translation>
    </message>
    <message>
        <source>Connecting to %1 hosts and reading their files…</source>
        <translation>正在连接 %1 台主机并读取其文件…</translation>
    </message>
    <message>
        <source>Apply Plan</source>
        <translation>应用计划</translation>
    </message>
    <message>
        <source>%1: run %2 on %3?</source>
        <translation>%1：要在 %3 上执行 %2 吗？</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 个步骤</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 个步骤</translation>
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
        <source>Each host&apos;s files are backed up before they are replaced.</source>
        <translation>每台主机上的文件在被替换前都会先备份。</translation>
    </message>
    <message>
        <source>%1 could not be inspected: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <source>A preflight check failed; the cluster may not run on these hosts.</source>
        <translation>一项预检未通过；集群可能无法在这些主机上运行。</translation>
    </message>
    <message>
        <source>%1 preflight checks failed; the cluster may not run on these hosts.</source>
        <translation>%1 项预检未通过；集群可能无法在这些主机上运行。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>将在当前步骤完成后取消…</translation>
    </message>
    <message>
        <source>The project has errors. Fix them (see Diagnostics) before you push files or start processes; Status, Stop cluster and Roll back still work.</source>
        <translation>项目有错误。请先修复（参见“诊断”），再推送文件或启动进程；“状态”、“停止集群”和“回滚”仍可使用。</translation>
    </message>
    <message>
        <source>Press Plan first to see what would change.</source>
        <translation>请先点击“计划”，查看将会发生的变更。</translation>
    </message>
    <message>
        <source>The project changed after this plan was made. Press Plan again to see what Apply would do now.</source>
        <translation>生成此计划后项目已有更改。请再次点击“计划”，查看现在“应用”将会执行的内容。</translation>
    </message>
    <message>
        <source>The plan shown is for &quot;%1&quot;. Press Plan for &quot;%2&quot;.</source>
        <translation>当前显示的是“%1”的计划。请点击“计划”生成“%2”的计划。</translation>
    </message>
    <message>
        <source>This plan was applied. Press Plan again to check the hosts.</source>
        <translation>此计划已应用。请再次点击“计划”以检查各主机。</translation>
    </message>
    <message>
        <source>Status only reads the hosts.</source>
        <translation>“状态”只读取主机信息。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>无需操作。</translation>
    </message>
    <message>
        <source>Run the plan on the hosts (asks first)</source>
        <translation>在各主机上执行计划（执行前会先询问）</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Files on %1</source>
        <translation>%1 上的文件</translation>
    </message>
    <message>
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ 完成</translation>
    </message>
    <message>
        <source>✗ failed: %1</source>
        <translation>✗ 失败：%1</translation>
    </message>
    <message>
        <source>Applying %1: %2 of %3 steps done.</source>
        <translation>正在应用“%1”：已完成 %2/%3 个步骤。</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message numerus="yes">
        <source>Checks (%n failed)</source>
        <translation>
            <numerusform>检查（%n 项失败）</numerusform>
        </translation>
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
    <name>DiffPane</name>
    <message>
        <source>Select a file on the left to see what would change in it.</source>
        <translation>在左侧选择一个文件，查看其中将会发生的变更。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>%1 already has exactly these bytes; Apply leaves the file alone.</source>
        <translation>%1 上的文件内容已完全相同；“应用”不会改动此文件。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>FlinkDeck could not read this file on %1.</source>
        <translation>FlinkDeck 无法读取 %1 上的此文件。</translation>
    </message>
    <message>
        <source>FlinkDeck could not read this file on %1: %2</source>
        <translation>FlinkDeck 无法读取 %1 上的此文件：%2</translation>
    </message>
    <message>
        <source>+%1 −%2 lines</source>
        <translation>+%1 −%2 行</translation>
    </message>
    <message>
        <source>new file · %1</source>
        <translation>新文件 · %1</translation>
    </message>
    <message>
        <source>modified · %1</source>
        <translation>已修改 · %1</translation>
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
    <name>FourLetterWord</name>
    <message>
        <source>Cannot connect to %1:%2: %3</source>
        <translation>无法连接到 %1:%2：%3</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ms 内无响应</translation>
    </message>
    <message>
        <source>%1:%2 did not finish its reply to %3 within %4 ms.</source>
        <translation>%1:%2 未在 %4 ms 内完成对 %3 的响应。</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection without answering %3 (not ZooKeeper, or four-letter words are disabled).</source>
        <translation>%1:%2 未响应 %3 就关闭了连接（不是 ZooKeeper，或已禁用四字命令）。</translation>
    </message>
    <message>
        <source>%1:%2 refuses %3: it is not in the server&apos;s 4lw.commands.whitelist.</source>
        <translation>%1:%2 拒绝了 %3：它不在该服务器的 4lw.commands.whitelist 中。</translation>
    </message>
    <message>
        <source>The server refuses %1: it is not in its 4lw.commands.whitelist.</source>
        <translation>服务器拒绝了 %1：它不在该服务器的 4lw.commands.whitelist 中。</translation>
    </message>
    <message>
        <source>The server is running but not serving requests (it has not joined a quorum).</source>
        <translation>服务器正在运行，但不处理请求（尚未加入仲裁）。</translation>
    </message>
    <message>
        <source>Not a srvr reply: it has no Mode line.</source>
        <translation>不是 srvr 的响应：其中没有 Mode 行。</translation>
    </message>
</context>
<context>
    <name>GuiPrompter</name>
    <message>
        <source>Key Passphrase</source>
        <translation>密钥口令</translation>
    </message>
    <message>
        <source>The identity file %1 is protected by a passphrase. Enter it to log in to %2:</source>
        <translation>私钥文件 %1 受口令保护。请输入口令以登录 %2：</translation>
    </message>
    <message>
        <source>SSH Password</source>
        <translation>SSH 密码</translation>
    </message>
    <message>
        <source>Password of %1 (host %2):</source>
        <translation>%1 的密码（主机 %2）：</translation>
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
    <name>HostKeyDialog</name>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>信任并连接(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Unknown Host Key</source>
        <translation>未知的主机密钥</translation>
    </message>
    <message>
        <source>FlinkDeck has not connected to %1 before.</source>
        <translation>FlinkDeck 之前从未连接过 %1。</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>密钥类型：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Compare this fingerprint with what the host itself reports: run this command on %1 (at its console, or over a connection you already trust) and find the line of the %2 key.</source>
        <translation>请将此指纹与主机自身报告的指纹进行比对：在 %1 上（通过其控制台，或通过您已信任的连接）运行以下命令，并找到 %2 密钥所在的行。</translation>
    </message>
    <message>
        <source>Trust the key only if they match. FlinkDeck then adds it to the known hosts file and connects.</source>
        <translation>只有二者一致时才信任该密钥。随后 FlinkDeck 会将其添加到已知主机文件并进行连接。</translation>
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
    <name>LeaderInfo</name>
    <message>
        <source>The data ends at byte offset %1 while reading %2 (bytes needed: %3, left: %4).</source>
        <translation>读取 %2 时，数据在字节偏移 %1 处结束（需要 %3 字节，剩余 %4 字节）。</translation>
    </message>
    <message>
        <source>The block data ends at byte offset %1 while reading %2 (bytes needed: %3, left: %4).</source>
        <translation>读取 %2 时，块数据在字节偏移 %1 处结束（需要 %3 字节，剩余 %4 字节）。</translation>
    </message>
    <message>
        <source>Malformed modified UTF-8 in %1 at byte offset %2.</source>
        <translation>%1 在字节偏移 %2 处含有格式错误的 modified UTF-8。</translation>
    </message>
    <message>
        <source>Expected %1 (%2) at byte offset %3, found %4.</source>
        <translation>字节偏移 %3 处应为 %1（%2），实际为 %4。</translation>
    </message>
    <message>
        <source>a block-data length</source>
        <translation>块数据长度</translation>
    </message>
    <message>
        <source>block data</source>
        <translation>块数据</translation>
    </message>
    <message>
        <source>Expected block data (77 or 7A) at byte offset %1, found %2.</source>
        <translation>字节偏移 %1 处应为块数据（77 或 7A），实际为 %2。</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>数据末尾</translation>
    </message>
    <message>
        <source>the class name</source>
        <translation>类名</translation>
    </message>
    <message>
        <source>Expected class java.util.UUID at byte offset %1, found %2.</source>
        <translation>字节偏移 %1 处应为类 java.util.UUID，实际为 %2。</translation>
    </message>
    <message>
        <source>the serialVersionUID</source>
        <translation>serialVersionUID</translation>
    </message>
    <message>
        <source>Unexpected serialVersionUID %1 of java.util.UUID at byte offset %2.</source>
        <translation>字节偏移 %2 处 java.util.UUID 的 serialVersionUID %1 不符合预期。</translation>
    </message>
    <message>
        <source>the class flags</source>
        <translation>类标志</translation>
    </message>
    <message>
        <source>Unexpected class flags %1 at byte offset %2.</source>
        <translation>字节偏移 %2 处的类标志 %1 不符合预期。</translation>
    </message>
    <message>
        <source>the field count</source>
        <translation>字段数</translation>
    </message>
    <message>
        <source>java.util.UUID has 2 fields, but byte offset %1 declares %2.</source>
        <translation>java.util.UUID 有 2 个字段，但字节偏移 %1 处声明了 %2 个。</translation>
    </message>
    <message>
        <source>a field type</source>
        <translation>字段类型</translation>
    </message>
    <message>
        <source>a field name</source>
        <translation>字段名</translation>
    </message>
    <message>
        <source>Unexpected field %1 of type %2 at byte offset %3.</source>
        <translation>字节偏移 %3 处出现意外的字段 %1（类型 %2）。</translation>
    </message>
    <message>
        <source>the end of class annotations</source>
        <translation>类注解结束标记</translation>
    </message>
    <message>
        <source>a null superclass</source>
        <translation>空父类（null）</translation>
    </message>
    <message>
        <source>the UUID object</source>
        <translation>UUID 对象</translation>
    </message>
    <message>
        <source>the class descriptor</source>
        <translation>类描述符</translation>
    </message>
    <message>
        <source>a handle</source>
        <translation>句柄</translation>
    </message>
    <message>
        <source>Invalid handle %1 at byte offset %2.</source>
        <translation>字节偏移 %2 处的句柄 %1 无效。</translation>
    </message>
    <message>
        <source>Expected a class descriptor (72) or a reference (71) at byte offset %1, found %2.</source>
        <translation>字节偏移 %1 处应为类描述符（72）或引用（71），实际为 %2。</translation>
    </message>
    <message>
        <source>the UUID value</source>
        <translation>UUID 值</translation>
    </message>
    <message>
        <source>the stream header</source>
        <translation>流头</translation>
    </message>
    <message>
        <source>Not Java serialization: expected AC ED at byte offset 0, found %1 %2.</source>
        <translation>不是 Java 序列化数据：字节偏移 0 处应为 AC ED，实际为 %1 %2。</translation>
    </message>
    <message>
        <source>Unsupported serialization version %1 at byte offset 2.</source>
        <translation>字节偏移 2 处的序列化版本 %1 不受支持。</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>%1 unexpected bytes of block data after the address at byte offset %2.</source>
        <translation>字节偏移 %2 处，地址之后有 %1 个意外的块数据字节。</translation>
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
    <message>
        <source>De&amp;ploy</source>
        <translation>部署(&amp;P)</translation>
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
    <name>Preflight</name>
    <message>
        <source>Java %1 or newer</source>
        <translation>Java %1 或更高版本</translation>
    </message>
    <message>
        <source>no java found (%1)</source>
        <translation>未找到 java（%1）</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>无输出</translation>
    </message>
    <message>
        <source>Java %1 (%2)</source>
        <translation>Java %1（%2）</translation>
    </message>
    <message>
        <source>FLINK_HOME %1 (the same on every host)</source>
        <translation>FLINK_HOME %1（所有主机相同）</translation>
    </message>
    <message>
        <source>FLINK_HOME %1</source>
        <translation>FLINK_HOME %1</translation>
    </message>
    <message>
        <source>bin/config.sh is missing: Flink is not installed there</source>
        <translation>缺少 bin/config.sh：该位置未安装 Flink</translation>
    </message>
    <message>
        <source>lib/flink-dist*.jar is missing</source>
        <translation>缺少 lib/flink-dist*.jar</translation>
    </message>
    <message>
        <source>Flink %1 installed</source>
        <translation>已安装 Flink %1</translation>
    </message>
    <message>
        <source>cannot tell the version of %1</source>
        <translation>无法确定 %1 的版本</translation>
    </message>
    <message>
        <source>found Flink %1</source>
        <translation>找到的是 Flink %1</translation>
    </message>
    <message>
        <source>ZooKeeper at %1</source>
        <translation>ZooKeeper 位于 %1</translation>
    </message>
    <message>
        <source>bin/zkServer.sh</source>
        <translation>bin/zkServer.sh</translation>
    </message>
    <message>
        <source>ZooKeeper dataDir writable</source>
        <translation>ZooKeeper dataDir 可写</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Ports free</source>
        <translation>端口空闲</translation>
    </message>
    <message>
        <source>in use by something else: %1</source>
        <translation>已被其他程序占用：%1</translation>
    </message>
    <message>
        <source>held by the running services: %1</source>
        <translation>由正在运行的服务占用：%1</translation>
    </message>
    <message>
        <source>all free</source>
        <translation>全部空闲</translation>
    </message>
    <message>
        <source>Resolves the other hosts</source>
        <translation>能解析其他主机</translation>
    </message>
    <message>
        <source>cannot resolve %1</source>
        <translation>无法解析 %1</translation>
    </message>
    <message>
        <source>%1 resolved, %2 given as IP addresses</source>
        <translation>已解析 %1 个，%2 个直接以 IP 地址给出</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>可用内存</translation>
    </message>
    <message>
        <source>%1 available, %2 needed%3</source>
        <translation>可用 %1，需要 %2%3</translation>
    </message>
    <message>
        <source>Clock within 1 s</source>
        <translation>时钟偏差在 1 s 以内</translation>
    </message>
    <message>
        <source>off by at most %1 ms</source>
        <translation>偏差最多 %1 ms</translation>
    </message>
    <message>
        <source>cannot read the host&apos;s clock</source>
        <translation>无法读取该主机的时钟</translation>
    </message>
</context>
<context>
    <name>PreflightList</name>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message numerus="yes">
        <source>all %n check(s) passed</source>
        <translation>
            <numerusform>全部 %n 项检查通过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n 项检查失败</numerusform>
        </translation>
    </message>
    <message>
        <source>This action runs no preflight checks.</source>
        <translation>此操作不运行预检。</translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
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
        <source>Save the project to remove the value from the file.</source>
        <translation>保存项目即可从文件中移除该值。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a secret; FlinkDeck left its value out of the project (a deploy does not write secrets yet)</source>
        <translation>“%1”包含机密信息；FlinkDeck 未将其值保留在项目中（部署目前也不会写入机密信息）</translation>
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
    <message>
        <source>&amp;Deploy</source>
        <translation>部署(&amp;D)</translation>
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
        <source>Delete the value.</source>
        <translation>请删除该值。</translation>
    </message>
    <message>
        <source>%1 is a secret: FlinkDeck does not keep it in the project, and a deploy does not write it yet</source>
        <translation>%1 是机密信息：FlinkDeck 不在项目中保存它，部署目前也不会写入它</translation>
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
    <name>RemoteProcesses</name>
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
    <name>SshSession</name>
    <message>
        <source>no such file or folder</source>
        <translation>文件或目录不存在</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>%1 sent no host key: %2</source>
        <translation>%1 未发送主机密钥：%2</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED (now %2 %3). Someone may be intercepting the connection, or the host was reinstalled. FlinkDeck refuses to connect; if the change is expected, remove the old entry from %4 and connect again.</source>
        <translation>%1 的主机密钥已变更（现为 %2 %3）！可能有人正在拦截连接，也可能是该主机重装过系统。FlinkDeck 拒绝连接；如果此变更在预期之中，请从 %4 中删除旧条目后重新连接。</translation>
    </message>
    <message>
        <source>%1 offered a %2 host key, but %3 holds a key of another type for it. FlinkDeck refuses to connect; if the change is expected, remove the old entry and connect again.</source>
        <translation>%1 提供的是 %2 主机密钥，但 %3 中为该主机记录的是另一种类型的密钥。FlinkDeck 拒绝连接；如果此变更在预期之中，请删除旧条目后重新连接。</translation>
    </message>
    <message>
        <source>cannot check the host key of %1 against %2: %3</source>
        <translation>无法根据 %2 校验 %1 的主机密钥：%3</translation>
    </message>
    <message>
        <source>the host key of %1 (%2 %3) is not in %4 and was not accepted</source>
        <translation>%1 的主机密钥（%2 %3）不在 %4 中，且未被接受</translation>
    </message>
    <message>
        <source>cannot add the host key of %1 to %2: %3</source>
        <translation>无法将 %1 的主机密钥添加到 %2：%3</translation>
    </message>
    <message>
        <source>identity file %1</source>
        <translation>私钥文件 %1</translation>
    </message>
    <message>
        <source>identity file %1 does not exist</source>
        <translation>私钥文件 %1 不存在</translation>
    </message>
    <message>
        <source>no passphrase for %1</source>
        <translation>未提供 %1 的口令</translation>
    </message>
    <message>
        <source>cannot read identity file %1 (wrong passphrase or not a private key)</source>
        <translation>无法读取私钥文件 %1（口令错误或不是私钥）</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>default keys in ~/.ssh</source>
        <translation>~/.ssh 中的默认密钥</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1 refused the login (tried: %2)</source>
        <translation>%1 拒绝了登录（已尝试：%2）</translation>
    </message>
    <message>
        <source>nothing the server accepts</source>
        <translation>没有服务器接受的认证方式</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>未连接到 %1</translation>
    </message>
    <message>
        <source>cannot run a command on %1: %2</source>
        <translation>无法在 %1 上运行命令：%2</translation>
    </message>
    <message>
        <source>`%1` on %2 did not finish within %3 s</source>
        <translation>%2 上的 `%1` 未在 %3 s 内完成</translation>
    </message>
    <message>
        <source>lost the connection to %1 while `%2` ran: %3</source>
        <translation>运行 `%2` 时与 %1 的连接断开：%3</translation>
    </message>
    <message>
        <source>%1 offers no SFTP: %2</source>
        <translation>%1 不提供 SFTP：%2</translation>
    </message>
    <message>
        <source>cannot read %1 on %2: %3</source>
        <translation>无法读取 %2 上的 %1：%3</translation>
    </message>
    <message>
        <source>cannot write %1 on %2: %3</source>
        <translation>无法写入 %2 上的 %1：%3</translation>
    </message>
    <message>
        <source>upload of %1 to %2 failed: %3</source>
        <translation>将 %1 上传到 %2 失败：%3</translation>
    </message>
    <message>
        <source>cannot close %1 on %2: %3</source>
        <translation>无法关闭 %2 上的 %1：%3</translation>
    </message>
    <message>
        <source>cannot flush %1 on %2: %3</source>
        <translation>无法将 %2 上的 %1 刷写到磁盘：%3</translation>
    </message>
    <message>
        <source>cannot move the new files into place on %1: %2</source>
        <translation>无法在 %1 上将新文件移到目标位置：%2</translation>
    </message>
    <message>
        <source>cannot create %1 on %2: %3 is not a folder</source>
        <translation>无法在 %2 上创建 %1：%3 不是目录</translation>
    </message>
    <message>
        <source>cannot create %1 on %2: %3</source>
        <translation>无法在 %2 上创建 %1：%3</translation>
    </message>
    <message>
        <source>cannot remove %1 on %2: %3</source>
        <translation>无法删除 %2 上的 %1：%3</translation>
    </message>
    <message>
        <source>cannot list %1 on %2: %3</source>
        <translation>无法列出 %2 上的 %1：%3</translation>
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
    <name>StepRunner</name>
    <message>
        <source>cannot list processes on %1: %2</source>
        <translation>无法列出 %1 上的进程：%2</translation>
    </message>
    <message>
        <source>host %1 is not in the project</source>
        <translation>主机 %1 不在项目中</translation>
    </message>
    <message>
        <source>no new TaskManager from %1 registered yet</source>
        <translation>%1 上尚无新的 TaskManager 完成注册</translation>
    </message>
    <message>
        <source>the JobManager on %1 does not answer yet</source>
        <translation>%1 上的 JobManager 尚无响应</translation>
    </message>
    <message>
        <source>no other JobManager leads yet</source>
        <translation>尚无其他 JobManager 成为领导者</translation>
    </message>
    <message>
        <source>%1 leads but its REST API does not answer yet</source>
        <translation>%1 已成为领导者，但其 REST API 尚无响应</translation>
    </message>
    <message>
        <source>%1 leads now</source>
        <translation>%1 现在是领导者</translation>
    </message>
    <message>
        <source>this step does not run on a host</source>
        <translation>此步骤不在主机上运行</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>没有需要写入的内容</translation>
    </message>
    <message>
        <source>cannot find the home folder on %1: %2</source>
        <translation>找不到 %1 上的主目录：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>backed up %n file(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个文件备份到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n bytes)</source>
        <translation>
            <numerusform>已写入 %1（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation>已恢复 %1</translation>
    </message>
    <message>
        <source>removed %1 (it did not exist before)</source>
        <translation>已删除 %1（之前不存在）</translation>
    </message>
    <message>
        <source>rolled back to the files saved in %1</source>
        <translation>已回滚到保存在 %1 中的文件</translation>
    </message>
    <message>
        <source>%1 already runs (pid %2)</source>
        <translation>%1 已在运行（pid %2）</translation>
    </message>
    <message>
        <source>`%1` on %2 exited with %3: %4</source>
        <translation>%2 上的 `%1` 退出，退出码 %3：%4</translation>
    </message>
    <message>
        <source>%1 on %2 did not start (check its log on the host)</source>
        <translation>%2 上的 %1 未能启动（请查看该主机上的日志）</translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation>%1 未在运行</translation>
    </message>
    <message>
        <source>%1 on %2 is still running after SIGKILL</source>
        <translation>发送 SIGKILL 后，%2 上的 %1 仍在运行</translation>
    </message>
    <message>
        <source>%1 has no backup from FlinkDeck (%2)</source>
        <translation>%1 上没有 FlinkDeck 的备份（%2）</translation>
    </message>
    <message>
        <source>%1 has no backup left to roll back to (%2)</source>
        <translation>%1 上已没有可回滚的备份（%2）</translation>
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
    <name>TerminalPrompter</name>
    <message>
        <source>Trusting the new %1 host key of %2 (%3): %4</source>
        <translation>正在信任 %2（%3）的新 %1 主机密钥：%4</translation>
    </message>
    <message>
        <source>The %1 host key of %2 (%3) is not known.
Fingerprint: %4
Trust it and add it to known_hosts? [yes/no] </source>
        <translation>%2（%3）的 %1 主机密钥未知。
指纹：%4
是否信任此密钥并将其添加到 known_hosts？[yes/no] </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>%1 的口令： </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
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
        <source>Edit zoo.cfg settings</source>
        <translation>编辑 zoo.cfg 设置</translation>
    </message>
    <message>
        <source>Line %1: %2 is a secret; a project never holds secrets.</source>
        <translation>第 %1 行：%2 是机密信息；项目从不保存机密信息。</translation>
    </message>
</context>
<context>
    <name>ZooKeeperLeaderReader</name>
    <message>
        <source>%1 kept changing size while being read.</source>
        <translation>读取 %1 期间，其大小不断变化。</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <source>No ZooKeeper quorum given.</source>
        <translation>未指定 ZooKeeper 仲裁地址。</translation>
    </message>
    <message>
        <source>%1 is not a ZooKeeper quorum (host:port,host:port).</source>
        <translation>%1 不是有效的 ZooKeeper 仲裁地址（host:port,host:port）。</translation>
    </message>
    <message>
        <source>The host names of the ZooKeeper quorum %1 cannot be resolved.</source>
        <translation>无法解析 ZooKeeper 仲裁地址 %1 中的主机名。</translation>
    </message>
    <message>
        <source>Cannot use the ZooKeeper quorum %1: %2</source>
        <translation>无法使用 ZooKeeper 仲裁地址 %1：%2</translation>
    </message>
    <message>
        <source>ZooKeeper at %1 refused authentication.</source>
        <translation>%1 上的 ZooKeeper 拒绝了认证。</translation>
    </message>
    <message>
        <source>ZooKeeper at %1 expired the session at once.</source>
        <translation>%1 上的 ZooKeeper 立即使会话过期。</translation>
    </message>
    <message>
        <source>No ZooKeeper server of %1 answered within %2 ms.</source>
        <translation>%1 中没有任何 ZooKeeper 服务器在 %2 ms 内响应。</translation>
    </message>
    <message>
        <source>%1 accepted the connection but does not answer like ZooKeeper.</source>
        <translation>%1 接受了连接，但其响应不像 ZooKeeper。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Save a PNG of each page (topology, configuration, files) into DIR and quit.</source>
        <translation>将每个页面（拓扑、配置、文件）保存为 PNG 到 DIR 中，然后退出。</translation>
    </message>
    <message>
        <source>*.flinkdeck.yaml files to open.</source>
        <translation>要打开的 *.flinkdeck.yaml 文件。</translation>
    </message>
    <message>
        <source>Design, deploy and watch Apache Flink HA clusters. Verbs: validate, render, migrate, import, deploy.</source>
        <translation>设计、部署和监控 Apache Flink 高可用集群。子命令：validate、render、migrate、import、deploy。</translation>
    </message>
</context>
</TS>
