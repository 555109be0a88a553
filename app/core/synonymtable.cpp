// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/synonymtable.h"

#include <QResource>

#include <algorithm>
#include <cstring>

namespace Parallax {

SynonymTable::SynonymTable() {
    const QResource resource(QStringLiteral(":/wordnet/en-synonyms.tsv"));
    if (!resource.isValid())
        return;
    // Embedded without compression: the bytes are read where they lie, not copied.
    m_data = resource.compressionAlgorithm() == QResource::NoCompression
                 ? QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                                           qsizetype(resource.size()))
                 : resource.uncompressedData();
    const char *begin = m_data.constData();
    const char *end = begin + m_data.size();
    m_lines.reserve(size_t(m_data.size() / 16));
    for (const char *p = begin; p < end;) {
        m_lines.push_back(quint32(p - begin));
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        p = nl ? static_cast<const char *>(nl) + 1 : end;
    }
}

const SynonymTable &SynonymTable::english() {
    static const SynonymTable table;
    return table;
}

QByteArray SynonymTable::lineAt(quint32 start) const {
    const char *line = m_data.constData() + start;
    const void *nl = std::memchr(line, '\n', size_t(m_data.size() - start));
    const qsizetype length = nl ? static_cast<const char *>(nl) - line : m_data.size() - start;
    return QByteArray::fromRawData(line, length);
}

QList<QByteArray> SynonymTable::partners(const QString &stem) const {
    QList<QByteArray> out;
    if (m_lines.empty() || stem.isEmpty())
        return out;
    const QByteArray prefix = stem.toUtf8() + '\t';
    auto it =
        std::lower_bound(m_lines.begin(), m_lines.end(), prefix,
                         [&](quint32 start, const QByteArray &key) { return lineAt(start) < key; });
    for (; it != m_lines.end(); ++it) {
        const QByteArray line = lineAt(*it);
        if (!line.startsWith(prefix))
            break;
        out.append(line.mid(prefix.size()));
    }
    return out;
}

bool SynonymTable::joins(const QString &stem, const QString &other) const {
    if (m_lines.empty() || stem.isEmpty() || other.isEmpty())
        return false;
    const QByteArray key = stem.toUtf8() + '\t' + other.toUtf8();
    const char *data = m_data.constData();
    const qsizetype size = m_data.size();
    // The line at `start` without its newline, compared with the key.
    auto compare = [&](quint32 start) {
        const char *line = data + start;
        const void *nl = std::memchr(line, '\n', size_t(size - start));
        const qsizetype length = nl ? static_cast<const char *>(nl) - line : size - start;
        const int c = std::memcmp(line, key.constData(), size_t(std::min(length, key.size())));
        return c != 0 ? c : (length < key.size() ? -1 : (length > key.size() ? 1 : 0));
    };
    const auto it =
        std::lower_bound(m_lines.begin(), m_lines.end(), key,
                         [&](quint32 start, const QByteArray &) { return compare(start) < 0; });
    return it != m_lines.end() && compare(*it) == 0;
}

} // namespace Parallax
