// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Parallax {

// Bytes decoded to text, or why they could not be.
struct DecodedText final {
    QString text;
    QByteArray encoding; // as detected, e.g. "UTF-8", "WINDOWS-1252"
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Detects the encoding of a text file (byte order marks first, then uchardet) and decodes
// it. UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 and ISO-8859-1 all give the
// same text; bytes that are not text (NUL bytes, control characters) are refused.
class TextDecoder final {
public:
    static DecodedText decode(const QByteArray &bytes);
    static bool looksBinary(const QByteArray &bytes);
};

} // namespace Parallax
