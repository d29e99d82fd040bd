#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>

/// Leader records written by real Java, the way Flink writes them (ObjectOutputStream:
/// writeUTF(address), writeObject(UUID)), so tests never depend on a hand-made byte layout.
namespace JavaLeaderBytes {

struct Record
{
    QString address;
    QUuid sessionId;
};

/// The java launcher, or empty when Java is not installed.
inline QString javaExecutable()
{
    return QStandardPaths::findExecutable(QStringLiteral("java"));
}

/// Runs one single-file Java program for all records (a JVM start costs about half a
/// second). Returns one byte array per record, or an empty list with *error set.
inline QList<QByteArray> generate(const QList<Record> &records, QString *error)
{
    // Addresses travel as hex of UTF-8 on stdin: U+0000 cannot be a command-line argument.
    static const char source[] = R"java(
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

public class Gen {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        HexFormat hex = HexFormat.of();
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isEmpty()) continue;
            String[] parts = line.split(" ");
            String address = new String(hex.parseHex(parts[0]), StandardCharsets.UTF_8);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeUTF(address);
                out.writeObject(UUID.fromString(parts[1]));
            }
            System.out.println(hex.formatHex(bytes.toByteArray()));
        }
    }
}
)java";
    const QString java = javaExecutable();
    if (java.isEmpty()) {
        *error = QStringLiteral("java is not installed");
        return {};
    }
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("Gen.java")));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write Gen.java");
        return {};
    }
    file.write(source);
    file.close();

    QByteArray input;
    for (const Record &record : records) {
        // An empty address still needs a token for the split on the Java side.
        input += record.address.toUtf8().toHex() + ' ' +
                 record.sessionId.toByteArray(QUuid::WithoutBraces) + '\n';
    }
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(java, {QStringLiteral("Gen.java")});
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("java Gen.java failed: ") +
                 QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    QList<QByteArray> result;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            result.append(QByteArray::fromHex(line.trimmed()));
    }
    if (result.size() != records.size()) {
        *error = QStringLiteral("java Gen.java wrote %1 records for %2 inputs")
                     .arg(result.size())
                     .arg(records.size());
        return {};
    }
    return result;
}

} // namespace JavaLeaderBytes
