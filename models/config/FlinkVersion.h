#pragma once

#include <QString>

#include <compare>
#include <optional>

/// A Flink release number (major.minor[.patch]); the schema and renderer key off it.
class FlinkVersion final
{
public:
    constexpr FlinkVersion() = default;
    constexpr FlinkVersion(int major, int minor, int patch = -1)
        : m_major(major)
        , m_minor(minor)
        , m_patch(patch)
    {}

    /// Parses "1.20", "1.20.5" or "2.0-SNAPSHOT"-like text; nullopt when it is not a version.
    static std::optional<FlinkVersion> parse(QStringView text);
    /// The newest release FlinkDeck knows.
    static FlinkVersion latest();
    /// The oldest release FlinkDeck validates against.
    static FlinkVersion oldestSupported() { return {1, 5}; }

    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    bool isValid() const { return m_major > 0; }
    bool hasPatch() const { return m_patch >= 0; }
    QString toString() const;

    /// Compares major and minor only: patch releases never change keys or files.
    bool atLeast(int major, int minor) const
    {
        return m_major > major || (m_major == major && m_minor >= minor);
    }
    bool atLeast(const FlinkVersion &other) const { return atLeast(other.m_major, other.m_minor); }

    /// config.yaml is the default file from 1.19 on.
    bool defaultsToStandardYaml() const { return atLeast(1, 19); }
    /// flink-conf.yaml is still read up to 1.20 and gone in 2.0.
    bool readsLegacyConf() const { return !atLeast(2, 0); }
    /// "workers" from 1.11 on, "slaves" before; Flink has no fallback either way.
    QString workersFileName() const;

    friend bool operator==(const FlinkVersion &, const FlinkVersion &) = default;
    friend auto operator<=>(const FlinkVersion &, const FlinkVersion &) = default;

private:
    int m_major = 0;
    int m_minor = 0;
    int m_patch = -1;
};
