// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace Parallax {

// A search query of the command line (SQLite FTS5 syntax) read for a library on a
// PostgreSQL server, as a tsquery expression in SQL with its bound values: words, "quoted
// phrases", word* prefixes, title: and body: columns, AND, OR, NOT, NEAR(...) (read as AND)
// and parentheses, with FTS5's precedence (NOT, then AND, then OR).
//
// Each word is looked up in every text configuration an article may be read in
// (`wordInConfigs` builds that SQL from one tsquery text), since its stem depends on the
// article's language.
class ServerQuery final {
public:
    struct Result {
        bool ok = false;
        QString sql;
        QVariantList values;
    };
    // `word(text, phrase)` returns the SQL for one term (text is a tsquery operand such as
    // `harbour:*A`, or a phrase's words when `phrase`) and appends its values.
    using Term = std::function<QString(const QString &text, bool phrase, QVariantList *values)>;

    static Result fromFts5(const QString &query, const Term &term);

private:
    struct Token {
        enum Kind { Word, Phrase, Open, Close, Colon, Star, End } kind = End;
        QString text;
    };
    static QList<Token> tokens(const QString &query, bool *ok);
};

} // namespace Parallax
