// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/outletguess.h"

#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>
#include <QUrl>

namespace Parallax {

namespace {

// Outlets Parallax recognises by name, other names and web domains. A name found in a
// byline or a copyright line needs no entry here; this table is for the weaker clues (a
// mention in the text, a folder name) and for naming a domain.
struct KnownOutlet {
    const char *name;
    const char *aliases; // '|'-separated, matched case-insensitively
    const char *domains; // '|'-separated
};

constexpr KnownOutlet kKnown[] = {
    {"BBC", "BBC News|BBC World Service", "bbc.co.uk|bbc.com"},
    {"Reuters", "Thomson Reuters", "reuters.com"},
    {"Associated Press", "AP|The Associated Press", "apnews.com|ap.org"},
    {"AFP", "Agence France-Presse", "afp.com"},
    {"Bloomberg", "Bloomberg News", "bloomberg.com"},
    {"The Guardian", "Guardian", "theguardian.com|guardian.co.uk"},
    {"The Independent", "Independent", "independent.co.uk"},
    {"The New York Times", "New York Times|NYT", "nytimes.com"},
    {"The Washington Post", "Washington Post", "washingtonpost.com"},
    {"The Wall Street Journal", "Wall Street Journal|WSJ", "wsj.com"},
    {"Financial Times", "FT", "ft.com"},
    {"The Times", "", "thetimes.co.uk|thetimes.com"},
    {"The Telegraph", "Telegraph|Daily Telegraph", "telegraph.co.uk"},
    {"Sky News", "", "news.sky.com|sky.com"},
    {"CNN", "", "cnn.com"},
    {"CNBC", "", "cnbc.com"},
    {"NPR", "", "npr.org"},
    {"Al Jazeera", "", "aljazeera.com"},
    {"Deutsche Welle", "DW", "dw.com"},
    {"Le Monde", "", "lemonde.fr"},
    {"Der Spiegel", "Spiegel", "spiegel.de"},
    {"South China Morning Post", "SCMP", "scmp.com"},
    {"Yahoo News", "Yahoo Finance|Yahoo", "yahoo.com"},
    {"The Economist", "Economist", "economist.com"},
    {"Fox News", "", "foxnews.com"},
    {"CBS News", "", "cbsnews.com"},
    {"NBC News", "", "nbcnews.com"},
    {"Politico", "", "politico.com|politico.eu"},
    {"Axios", "", "axios.com"},
    {"The Verge", "Verge", "theverge.com"},
    {"TechCrunch", "", "techcrunch.com"},
    {"Wired", "", "wired.com|wired.co.uk"},
    {"Forbes", "", "forbes.com"},
    {"Business Insider", "Insider", "businessinsider.com"},
    {"Euronews", "", "euronews.com"},
    {"The Hindu", "", "thehindu.com"},
    {"Times of India", "The Times of India", "indiatimes.com"},
};

QStringList split(const char *list) {
    return QString::fromLatin1(list).split(u'|', Qt::SkipEmptyParts);
}

// Letters and digits only, lower case: "The-Guardian" and "theguardian" are one key.
QString key(const QString &name) {
    QString k;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            k.append(c.toLower());
    }
    return k;
}

// A known outlet's name for a key that spells its name, an alias or a domain; else empty.
QString knownByKey(const QString &k) {
    if (k.isEmpty())
        return {};
    for (const KnownOutlet &o : kKnown) {
        QStringList names = split(o.aliases) + split(o.domains);
        names.prepend(QString::fromLatin1(o.name));
        for (const QString &n : std::as_const(names)) {
            const QString nk = key(n);
            if (nk == k || (n.startsWith(QLatin1String("The ")) && key(n.mid(4)) == k))
                return QString::fromLatin1(o.name);
        }
    }
    return {};
}

QString knownByHost(const QString &host) {
    for (const KnownOutlet &o : kKnown) {
        for (const QString &d : split(o.domains)) {
            if (host == d || host.endsWith(u'.' + d))
                return QString::fromLatin1(o.name);
        }
    }
    return {};
}

// Every known outlet's names, longest first, as one alternation for the text clues.
QString knownAlternation() {
    QStringList names;
    for (const KnownOutlet &o : kKnown) {
        names.append(QString::fromLatin1(o.name));
        names += split(o.aliases);
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    for (QString &n : names)
        n = QRegularExpression::escape(n);
    return names.join(u'|');
}

QString knownName(const QString &mention) {
    return knownByKey(key(mention));
}

// The paragraphs where an outlet names itself: the first few, the last few and the
// furniture trimmed from the body.
QStringList edges(const Article &a) {
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    const QStringList paragraphs = a.body.split(blank, Qt::SkipEmptyParts);
    QStringList out = paragraphs.mid(0, 3);
    if (paragraphs.size() > 3)
        out += paragraphs.mid(std::max<qsizetype>(3, paragraphs.size() - 3));
    return out + a.trimmed;
}

QString fromLink(const Article &a) {
    if (const QString named = OutletGuess::outletOfAddress(a.url); !named.isEmpty())
        return named;
    // A line that is a link, or says where the piece comes from: "Source: https://...".
    static const QRegularExpression line(
        QStringLiteral(
            R"((?:^|\n)\s*(?:(?:source|originally published (?:at|on)|read more at|via)\s*:?\s*)?)"
            R"(<?(https?://[^\s>]+)>?\s*(?:$|\n))"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &p : edges(a)) {
        if (const QRegularExpressionMatch m = line.match(p); m.hasMatch())
            return OutletGuess::outletOfAddress(m.captured(1));
    }
    return {};
}

// A role, not an employer: "By Ann Lee, Business reporter".
bool isRole(const QString &phrase) {
    static const QRegularExpression role(
        QStringLiteral(
            R"(\b(reporter|correspondent|editor|writer|analyst|journalist|staff|contributor|)"
            R"(columnist)s?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return role.match(phrase).hasMatch();
}

// "By Ann Lee, The Daily Quay", "Ann Lee | Daily Quay", "By Ann Lee for The Daily Quay",
// "By Ann Lee, Business reporter, BBC News": the employer after the name.
QString employerIn(const QString &line) {
    static const QRegularExpression byline(
        QStringLiteral(R"(^\s*(?:by\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})"
                       R"(((?:\s*(?:,|\||\bfor\b|[-–—])\s*[^,|\n]{2,40}){1,3})\s*$)"));
    const QRegularExpressionMatch m = byline.match(line);
    if (!m.hasMatch() || (!line.trimmed().startsWith(QLatin1String("By "), Qt::CaseInsensitive) &&
                          !line.contains(u'|')))
        return {};
    static const QRegularExpression separator(QStringLiteral(R"(\s*(?:,|\||\bfor\b|[-–—])\s*)"));
    const QStringList parts = m.captured(1).split(separator, Qt::SkipEmptyParts);
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        const QString part = it->trimmed();
        if (!part.isEmpty() && part.at(0).isUpper() && !isRole(part) && part.count(u' ') < 5)
            return part;
    }
    return {};
}

QString fromByline(const Article &a) {
    QStringList lines{a.byline.startsWith(QLatin1String("By "), Qt::CaseInsensitive)
                          ? a.byline
                          : QStringLiteral("By ") + a.byline};
    for (const QString &p : edges(a).mid(0, 3) + a.trimmed)
        lines += p.split(u'\n');
    for (const QString &line : std::as_const(lines)) {
        if (line.size() > 120)
            continue;
        if (const QString employer = employerIn(line); !employer.isEmpty())
            return employer;
    }
    return {};
}

// "© 2025 The Daily Quay", "Copyright 2025 Daily Quay Ltd. All rights reserved.".
QString fromCopyright(const Article &a) {
    static const QRegularExpression copyright(
        QStringLiteral(R"((?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?)"
                       R"(([A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4}))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression suffix(
        QStringLiteral(R"(\s+(?:Ltd|Limited|Inc|LLC|plc|All|Group)\.?$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &p : edges(a)) {
        if (p.size() > 300)
            continue;
        if (const QRegularExpressionMatch m = copyright.match(p); m.hasMatch()) {
            static const QRegularExpression end(QStringLiteral(R"(\.\s|\s+all\s+rights|,|\|)"),
                                                QRegularExpression::CaseInsensitiveOption);
            QString name = m.captured(1).section(end, 0, 0).trimmed();
            while (suffix.match(name).hasMatch())
                name.remove(suffix);
            if (!name.isEmpty() && name.at(0).isUpper())
                return name.endsWith(u'.') ? name.chopped(1) : name;
        }
    }
    return {};
}

// A wire's dateline ("LONDON (Reuters) -") or a known outlet speaking of its own reporting
// ("told the BBC", "the BBC asked", "in an interview with Reuters"), the most often named.
QString fromMentions(const Article &a) {
    const QString known = knownAlternation();
    static const QRegularExpression dateline(
        QStringLiteral(R"(^[A-Z][A-Z .,'-]{1,40}\((%1)\)\s*[-–—])").arg(known));
    if (const QRegularExpressionMatch m = dateline.match(a.body); m.hasMatch())
        return knownName(m.captured(1));
    static const QRegularExpression self(
        QStringLiteral(R"(\b(?:told|speaking to|in an interview with|said to)\s+(?:the\s+)?(%1)\b|)"
                       R"(\b(?:the\s+)?(%1)\s+(?:asked|has learned|understands|has seen)\b)")
            .arg(known));
    QStringList seen;
    QList<int> counts;
    for (auto it = self.globalMatch(a.body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = knownName(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
        const qsizetype i = seen.indexOf(name);
        if (i < 0) {
            seen.append(name);
            counts.append(1);
        } else {
            ++counts[i];
        }
    }
    const auto best = std::max_element(counts.cbegin(), counts.cend()); // the first of equals
    return best == counts.cend() ? QString() : seen.at(best - counts.cbegin());
}

QString fromFolder(const Article &a) {
    if (a.sourcePath.isEmpty() || a.sourcePath.startsWith(u':'))
        return {};
    return knownByKey(key(QFileInfo(a.sourcePath).absoluteDir().dirName()));
}

} // namespace

QString OutletGuess::outletOfAddress(const QString &address) {
    const QUrl url(address.trimmed());
    QString host = url.host().toLower();
    if (host.isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    if (const QString known = knownByHost(host); !known.isEmpty())
        return known;
    return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
}

OutletGuess::Result OutletGuess::infer(const Article &article) {
    using Source = Article::OutletSource;
    const QList<QPair<Source, QString (*)(const Article &)>> clues{
        {Source::Link, fromLink},     {Source::Byline, fromByline}, {Source::Text, fromCopyright},
        {Source::Text, fromMentions}, {Source::Folder, fromFolder},
    };
    for (const auto &[source, clue] : clues) {
        const QString outlet = clue(article).simplified();
        if (!outlet.isEmpty())
            return {outlet, source};
    }
    return {};
}

void OutletGuess::apply(Article &article) {
    if (!article.outlet.isEmpty())
        return;
    const Result guess = infer(article);
    article.outlet = guess.outlet;
    article.outletSource = guess.source;
}

} // namespace Parallax
