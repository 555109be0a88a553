// SPDX-License-Identifier: GPL-3.0-or-later
#include "storysketch.h"

#include "core/article.h"
#include "core/tokenizer.h"

#include <QDataStream>
#include <QtEndian>
#include <QIODevice>
#include <QHash>
#include <QSet>

#include <limits>

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

namespace {

// Appends the MinHash signature of `keys` (`hashes` values) and `bands` bands of its first
// values (`rows` each, numbered from `firstBand`) to the sketch.
void appendSignature(StorySketch &sketch, const QSet<quint64> &keys, int hashes, int bands, int rows, int firstBand)
{
    QList<quint32> signature(hashes, std::numeric_limits<quint32>::max());
    for (quint64 s : keys) {
        for (int h = 0; h < hashes; ++h) {
            const auto v = quint32(mix(s ^ (quint64(h + 1) * 0xd6e8feb86659fd93ULL)) >> 32);
            if (v < signature[h])
                signature[h] = v;
        }
    }
    for (int b = 0; b < bands; ++b) {
        quint64 h = quint64(firstBand + b + 1);
        for (int r = 0; r < rows; ++r)
            h = mix(h ^ signature.at(b * rows + r));
        sketch.bands.append(qint64(h >> 1)); // fits an SQLite integer
    }
    sketch.minhash.append(signature);
}

double agreement(const QList<quint32> &a, const QList<quint32> &b, int from, int count)
{
    if (a.size() < from + count || b.size() < from + count)
        return 0.0;
    int same = 0;
    for (int h = from; h < from + count; ++h)
        same += a.at(h) == b.at(h) ? 1 : 0;
    return double(same) / count;
}

} // namespace

StorySketch StorySketch::of(const Article &article)
{
    StorySketch sketch;
    // One per thread: the Snowball stemmer inside keeps state while it works.
    thread_local const Tokenizer tokenizer(QStringLiteral("en"));
    const QList<Token> tokens = tokenizer.tokenize(article.body);
    QSet<quint64> keys, facts;
    keys.reserve(tokens.size());
    for (const Token &t : tokens) {
        if (t.kind == Token::Kind::StopWord)
            continue;
        const quint64 k = mix(stableHash(t.key));
        keys.insert(k);
        // A figure weighs twice a name (it enters twice): names are shared by every story
        // about a company, the figures mostly by reports of one event.
        if (t.kind == Token::Kind::Name || t.kind == Token::Kind::Number)
            facts.insert(k);
        if (t.kind == Token::Kind::Number)
            facts.insert(mix(k));
    }
    if (keys.isEmpty())
        return sketch;
    appendSignature(sketch, keys, kHashes, kBands, kHashes / kBands, 0);
    if (!facts.isEmpty())
        appendSignature(sketch, facts, kFactHashes, kFactBands, 1, kBands);
    sketch.factCount = int(facts.size());
    return sketch;
}

double StorySketch::similarity(const StorySketch &other) const
{
    return agreement(minhash, other.minhash, 0, kHashes);
}

double StorySketch::factSimilarity(const StorySketch &other) const
{
    return agreement(minhash, other.minhash, kHashes, kFactHashes);
}

double StorySketch::factOverlap(const StorySketch &other) const
{
    const double j = factSimilarity(other);
    const int smaller = std::min(factCount, other.factCount);
    if (j <= 0.0 || smaller < kMinFacts)
        return 0.0;
    // |A ∩ B| = J (|A| + |B|) / (1 + J), since |A ∪ B| = |A| + |B| - |A ∩ B|.
    const double common = j * double(factCount + other.factCount) / (1.0 + j);
    return std::min(1.0, common / double(smaller));
}

QByteArray StorySketch::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << minhash << bands << qint32(factCount);
    return bytes;
}

StorySketch StorySketch::fromBytes(const QByteArray &bytes)
{
    // The layout QDataStream writes (big-endian counts and values), read directly: grouping
    // reads up to fifty sketches per imported article.
    StorySketch s;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype at = 0;
    auto read32 = [&](quint32 *v) {
        if (at + 4 > size)
            return false;
        *v = qFromBigEndian<quint32>(data + at);
        at += 4;
        return true;
    };
    quint32 n = 0;
    if (!read32(&n) || at + qsizetype(n) * 4 > size)
        return {};
    s.minhash.resize(n);
    for (quint32 i = 0; i < n; ++i)
        read32(&s.minhash[i]);
    if (!read32(&n) || at + qsizetype(n) * 8 > size)
        return {};
    s.bands.resize(n);
    for (quint32 i = 0; i < n; ++i) {
        s.bands[i] = qint64(qFromBigEndian<quint64>(data + at));
        at += 8;
    }
    quint32 facts = 0;
    if (read32(&facts)) // sketches stored before the fact signature have no count
        s.factCount = int(facts);
    return s;
}

} // namespace Parallax
