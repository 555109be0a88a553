// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet.h>

#include <memory>

namespace Parallax {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::TextDecoder)
};

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; ISO-8859-1 files in the wild use
// those bytes for the same characters, so both are read through this table.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString decodeCp1252(const QByteArray &bytes) {
    QString out;
    out.reserve(bytes.size());
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        out.append(b >= 0x80 && b < 0xA0 ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b)));
    }
    return out;
}

bool decodeStrict(QStringDecoder &decoder, const QByteArray &bytes, QString &out) {
    out = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

bool TextDecoder::looksBinary(const QByteArray &bytes) {
    // UTF-16 text is full of NUL bytes; it is recognised by its BOM before this check runs.
    const QByteArray head = bytes.left(64 * 1024);
    qsizetype controls = 0;
    for (char ch : head) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')
            ++controls;
    }
    return head.size() > 0 && controls * 100 > head.size(); // over 1% control characters
}

DecodedText TextDecoder::decode(const QByteArray &bytes) {
    DecodedText result;
    QString text;

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder d(QStringDecoder::Utf8);
        if (!decodeStrict(d, bytes.mid(3), text))
            return {{}, "UTF-8", Tr::tr("the text claims to be UTF-8 but is not valid UTF-8")};
        return {text, "UTF-8", {}};
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder d(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        if (!decodeStrict(d, bytes.mid(2), text))
            return {{}, "UTF-16", Tr::tr("the text is not valid UTF-16")};
        return {text, le ? "UTF-16LE" : "UTF-16BE", {}};
    }
    if (looksBinary(bytes))
        return {{}, {}, Tr::tr("the file is binary, not text")};

    // Valid UTF-8 is taken as UTF-8: uchardet sometimes names a legacy code page for short
    // UTF-8 texts, and a wrong guess there would corrupt every quote and pound sign.
    {
        QStringDecoder d(QStringDecoder::Utf8);
        if (decodeStrict(d, bytes, text))
            return {text, "UTF-8", {}};
    }

    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    QByteArray charset;
    if (uchardet_handle_data(detector.get(), bytes.constData(), size_t(bytes.size())) == 0) {
        uchardet_data_end(detector.get());
        charset = QByteArray(uchardet_get_charset(detector.get())).toUpper();
    }
    if (charset.isEmpty() || charset == "ASCII" || charset == "WINDOWS-1252" ||
        charset == "ISO-8859-1" || charset == "ISO-8859-15")
        return {decodeCp1252(bytes), charset.isEmpty() ? QByteArray("WINDOWS-1252") : charset, {}};

    QStringDecoder d(charset.constData());
    if (!d.isValid())
        return {{},
                charset,
                Tr::tr("the text encoding %1 is not supported").arg(QString::fromLatin1(charset))};
    text = d.decode(bytes);
    return {text, charset, {}};
}

} // namespace Parallax
