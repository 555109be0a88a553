// SPDX-License-Identifier: GPL-3.0-or-later
#include "storysketch.h"

#include "core/article.h"
#include "core/tokenizer.h"

#include <QDataStream>
#include <QIODevice>
#include <QHash>
#include <QSet>

namespace Parallax {

namespace {

// A 64-bit mix (splitmix64 finaliser) so that one key hash gives many independent ones.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// FNV-1a over the key's UTF-16 units: the same in every process (the sketches are stored),
// unlike qHash, which is seeded per process.
quint64 stableHash(const QString &key)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (QChar c : key) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

} // namespace

StorySketch StorySketch::of(const Article &article)
{
    StorySketch sketch;
    static const Tokenizer tokenizer(QStringLiteral("en"));
    const QList<Token> tokens = tokenizer.tokenize(article.body);
    QList<quint64> keys;
    keys.reserve(tokens.size());
    for (const Token &t : tokens) {
        if (t.kind != Token::Kind::StopWord)
            keys.append(stableHash(t.key));
    }
    QSet<quint64> shingles;
    for (quint64 k : std::as_const(keys))
        shingles.insert(mix(k));
    if (shingles.isEmpty())
        return sketch;
    sketch.minhash = QList<quint32>(kHashes, std::numeric_limits<quint32>::max());
    for (quint64 s : std::as_const(shingles)) {
        for (int h = 0; h < kHashes; ++h) {
            const auto v = quint32(mix(s ^ (quint64(h + 1) * 0xd6e8feb86659fd93ULL)) >> 32);
            if (v < sketch.minhash[h])
                sketch.minhash[h] = v;
        }
    }
    const int rows = kHashes / kBands;
    for (int b = 0; b < kBands; ++b) {
        quint64 h = quint64(b + 1);
        for (int r = 0; r < rows; ++r)
            h = mix(h ^ sketch.minhash.at(b * rows + r));
        sketch.bands.append(qint64(h >> 1)); // fits an SQLite integer
    }
    return sketch;
}

double StorySketch::similarity(const StorySketch &other) const
{
    if (minhash.size() != kHashes || other.minhash.size() != kHashes)
        return 0.0;
    int same = 0;
    for (int h = 0; h < kHashes; ++h)
        same += minhash.at(h) == other.minhash.at(h) ? 1 : 0;
    return double(same) / kHashes;
}

QByteArray StorySketch::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << minhash << bands;
    return bytes;
}

StorySketch StorySketch::fromBytes(const QByteArray &bytes)
{
    StorySketch s;
    QDataStream in(bytes);
    in >> s.minhash >> s.bands;
    return s;
}

} // namespace Parallax
