// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Parallax {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::Article)
};

constexpr int kShortName = 18;

const QStringList &sourceCodes() {
    static const QStringList codes{QStringLiteral(""), QStringLiteral("text"),
                                   QStringLiteral("byline"), QStringLiteral("link"),
                                   QStringLiteral("folder")};
    return codes;
}

QString elided(const QString &name, int length) {
    return name.size() <= length ? name : name.left(length - 1).trimmed() + QChar(0x2026);
}

} // namespace

QString Article::displayName() const {
    if (!outlet.isEmpty())
        return outlet;
    if (!sourcePath.isEmpty())
        return Tr::tr("Unknown outlet (%1)").arg(QFileInfo(sourcePath).completeBaseName());
    return title;
}

QString Article::shortName() const {
    if (outlet.isEmpty() && !sourcePath.isEmpty())
        return elided(QFileInfo(sourcePath).completeBaseName(), kShortName);
    QString name = displayName();
    if (name.startsWith(QLatin1String("The "), Qt::CaseInsensitive) && name.size() > kShortName)
        name = name.mid(4);
    return elided(name, kShortName);
}

QString Article::sourceCode(OutletSource source) {
    return sourceCodes().value(int(source));
}

Article::OutletSource Article::sourceFromCode(const QString &code) {
    const qsizetype i = sourceCodes().indexOf(code);
    return i > 0 ? OutletSource(i) : OutletSource::Stated;
}

} // namespace Parallax
