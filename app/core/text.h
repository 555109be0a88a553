// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Parallax::Text {

// Small, pure text helpers shared by the importers, the library and the engine.

// Turns CRLF and lone CR into LF and drops a leading byte order mark; nothing else changes.
QString normaliseNewlines(QString text);

// Rebuilds a body as paragraphs separated by exactly one blank line, with the spaces at the
// ends of lines trimmed. Characters inside lines are kept as written.
QString tidyParagraphs(const QString &text);

// The form used to decide that two texts say the same thing word for word: Unicode NFKC,
// case-folded, typographic quotes, apostrophes and dashes folded to ASCII, whitespace collapsed.
QString comparisonForm(const QString &text);

// Hex SHA-256 of the comparison form of a body: two imports of the same article (even in a
// different encoding or with different line breaks) get the same hash.
QByteArray contentHash(const QString &body);

// Words as a reader counts them (runs of letters or digits, with inner apostrophes and dots).
int countWords(const QString &text);

// A search result's excerpt: the run of `words` words of `text` that holds the most words
// beginning with one of `prefixes` (compared without case or accents, as the library's
// full-text index does), those words between [ and ], "…" where text was cut.
QString searchSnippet(const QString &text, const QStringList &prefixes, int words = 16);

// A title as the stem of a file name that reads like the title: "£3.1bn", accents and
// scripts other than Latin kept; characters no common file system allows (/ \ : * ? " < > |,
// control characters) become spaces; no leading dot, no trailing dot or space; at most
// maxLength characters, cut at a space where one is near. May be empty.
QString fileNameStem(const QString &title, int maxLength = 60);

} // namespace Parallax::Text
