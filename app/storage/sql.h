// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVariant>
#include <QVariantList>

class QSqlDatabase;
class QSqlQuery;

namespace Parallax::Sql {

// Small helpers the stores share for binding values: one spelling of each convention.

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &s);

// A date as stored (ISO 8601), or NULL when there is none.
QVariant date(const QDate &d);

// "?, ?, ?" for n values.
QString placeholders(qsizetype n);
// "(?, ?), (?, ?)" for `rows` rows of `width` values: the VALUES of a many-row INSERT.
QString valueRows(qsizetype rows, qsizetype width);

// Prepares `sql`, binds `values` in order and runs it.
bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values = {});

// Ids are bound this many at a time, below SQLite's limit on parameters.
constexpr qsizetype kChunk = 500;

// The two database servers a library can live in. The stores write SQL both understand;
// the few spellings that differ come from the functions below.
enum class Dialect { SQLite, PostgreSQL };
Dialect dialectOf(const QSqlDatabase &db);
// The values of `expr` over a group, one per line.
QString joinedLines(Dialect dialect, const QString &expr);
// True when `needle` occurs in `haystack` (both SQL expressions).
QString contains(Dialect dialect, const QString &haystack, const QString &needle);

} // namespace Parallax::Sql
