// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serverquery.h"

namespace Parallax {

namespace {

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c.category() == QChar::Mark_NonSpacing;
}

// A recursive-descent reader over the tokens, writing SQL as it goes.
class Reader final {
public:
    Reader(const QList<QString> &kinds, const QStringList &texts, const ServerQuery::Term &term,
           QVariantList *values)
        : m_kinds(kinds)
        , m_texts(texts)
        , m_term(term)
        , m_values(values) {}

    bool read(QString *sql) {
        *sql = orExpr();
        return m_ok && !sql->isEmpty() && peek() == QLatin1String("end");
    }

private:
    const QList<QString> &m_kinds;
    const QStringList &m_texts;
    const ServerQuery::Term &m_term;
    QVariantList *m_values;
    qsizetype m_at = 0;
    bool m_ok = true;

    QString peek() const { return m_kinds.value(m_at, QStringLiteral("end")); }
    bool keyword(const char *word) const {
        return peek() == QLatin1String("word") && m_texts.at(m_at) == QLatin1String(word);
    }
    QString fail() {
        m_ok = false;
        return {};
    }

    QString orExpr() {
        QString left = andExpr();
        while (m_ok && keyword("OR")) {
            ++m_at;
            left = u'(' + left + QStringLiteral(" || ") + andExpr() + u')';
        }
        return left;
    }
    bool startsPrimary() const {
        const QString k = peek();
        return (k == QLatin1String("word") && !keyword("OR") && !keyword("NOT") &&
                !keyword("AND")) ||
               k == QLatin1String("phrase") || k == QLatin1String("open");
    }
    QString andExpr() {
        QString left = notExpr();
        while (m_ok) {
            if (keyword("AND"))
                ++m_at;
            else if (!startsPrimary())
                break;
            left = u'(' + left + QStringLiteral(" && ") + notExpr() + u')';
        }
        return left;
    }
    QString notExpr() {
        QString left = primary();
        while (m_ok && keyword("NOT")) {
            ++m_at;
            left = u'(' + left + QStringLiteral(" && !!") + primary() + u')';
        }
        return left;
    }
    QString primary() {
        if (!m_ok)
            return {};
        if (peek() == QLatin1String("open")) {
            ++m_at;
            const QString inner = orExpr();
            if (peek() != QLatin1String("close"))
                return fail();
            ++m_at;
            return inner;
        }
        if (keyword("NEAR") && m_kinds.value(m_at + 1) == QLatin1String("open"))
            return near();
        QString weight;
        if (peek() == QLatin1String("word") && m_kinds.value(m_at + 1) == QLatin1String("colon")) {
            const QString column = m_texts.at(m_at).toLower();
            if (column == QLatin1String("title"))
                weight = QStringLiteral("A");
            else if (column == QLatin1String("body"))
                weight = QStringLiteral("B");
            else
                return fail();
            m_at += 2;
        }
        return term(weight);
    }
    // NEAR(a b c, N): every term, anywhere (a server has no distance limit across words).
    QString near() {
        m_at += 2;
        QStringList parts;
        while (m_ok && (peek() == QLatin1String("word") || peek() == QLatin1String("phrase"))) {
            parts.append(term({}));
            if (peek() == QLatin1String("word") && m_texts.at(m_at) == QLatin1String(","))
                ++m_at;
        }
        if (peek() != QLatin1String("close") || parts.isEmpty())
            return fail();
        ++m_at;
        return u'(' + parts.join(QStringLiteral(" && ")) + u')';
    }
    QString term(const QString &weight) {
        const QString kind = peek();
        if (kind != QLatin1String("word") && kind != QLatin1String("phrase"))
            return fail();
        const QString text = m_texts.at(m_at);
        ++m_at;
        bool prefix = false;
        if (peek() == QLatin1String("star")) {
            prefix = true;
            ++m_at;
        }
        if (kind == QLatin1String("phrase"))
            return m_term(text, true, m_values);
        const QString flags = (prefix ? QStringLiteral("*") : QString()) + weight;
        return m_term(flags.isEmpty() ? text : text + u':' + flags, false, m_values);
    }
};

} // namespace

QList<ServerQuery::Token> ServerQuery::tokens(const QString &query, bool *ok) {
    QList<Token> out;
    *ok = true;
    for (qsizetype i = 0; i < query.size();) {
        const QChar c = query.at(i);
        if (c.isSpace() || c == u'^' || c == u'+') {
            ++i;
        } else if (c == u'(' || c == u')' || c == u':' || c == u'*' || c == u',') {
            const Token::Kind kind = c == u'('   ? Token::Open
                                     : c == u')' ? Token::Close
                                     : c == u':' ? Token::Colon
                                     : c == u'*' ? Token::Star
                                                 : Token::Word;
            out.append({kind, QString(c)});
            ++i;
        } else if (c == u'"') {
            const qsizetype end = query.indexOf(u'"', i + 1);
            if (end < 0) {
                *ok = false;
                return {};
            }
            out.append({Token::Phrase, query.mid(i + 1, end - i - 1)});
            i = end + 1;
        } else if (isWordChar(c)) {
            qsizetype end = i;
            while (end < query.size() && isWordChar(query.at(end)))
                ++end;
            out.append({Token::Word, query.mid(i, end - i)});
            i = end;
        } else {
            *ok = false; // FTS5 refuses a bare punctuation character too
            return {};
        }
    }
    return out;
}

ServerQuery::Result ServerQuery::fromFts5(const QString &query, const Term &term) {
    Result result;
    bool ok = false;
    const QList<Token> list = tokens(query, &ok);
    if (!ok || list.isEmpty())
        return result;
    static const char *const names[] = {"word", "phrase", "open", "close", "colon", "star", "end"};
    QList<QString> kinds;
    QStringList texts;
    for (const Token &t : list) {
        kinds.append(QLatin1String(names[t.kind]));
        texts.append(t.text);
    }
    Reader reader(kinds, texts, term, &result.values);
    result.ok = reader.read(&result.sql);
    if (!result.ok)
        result.values.clear();
    return result;
}

} // namespace Parallax
