// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace Parallax {

// English synonyms from WordNet, as pairs of Snowball stems ("lawyer" ~ "attorney",
// "restrict" ~ "curtail"), each word in its most frequent sense. The table is generated at
// build time from Debian's wordnet-base into the build directory and embedded uncompressed;
// it is read in place on first use (a line index, then binary search), so a comparison
// that never asks pays nothing and one that does pays well under a millisecond.
class SynonymTable final {
public:
    static const SynonymTable &english();

    // True when WordNet lists the two stems as synonyms.
    bool joins(const QString &stem, const QString &other) const;
    // Every stem WordNet lists as a synonym of `stem`, in byte order.
    QList<QByteArray> partners(const QString &stem) const;
    bool isEmpty() const { return m_lines.empty(); }

private:
    SynonymTable();
    // The line at `start` without its newline.
    QByteArray lineAt(quint32 start) const;

    QByteArray m_data;            // "stem\tpartner\n" lines, sorted bytewise
    std::vector<quint32> m_lines; // start of each line
};

} // namespace Parallax
