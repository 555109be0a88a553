// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/fileimporter.h"
#include "importers/textdecoder.h"

#include "importers/htmlimporter.h"
#include "importers/pdfimporter.h"
#include "importers/textimporter.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <memory>

namespace Parallax {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::FileImporter)
};

} // namespace

FileImporter::FileImporter() {
    // Most specific first: HTML is also text/plain by inheritance.
    m_importers.push_back(std::make_unique<HtmlImporter>());
    m_importers.push_back(std::make_unique<PdfImporter>());
    m_importers.push_back(std::make_unique<TextImporter>());
}

FileImporter::~FileImporter() = default;

// A file of a saved page's resource folder ("Story.html" + "Story_files/", or "-Dateien",
// "_fichiers" as browsers in other languages name it): the page's images and scripts, not
// articles of their own.
bool FileImporter::isSavedPageResource(const QString &file) {
    QDir dir = QFileInfo(file).absoluteDir();
    for (int depth = 0; depth < 4; ++depth) {
        const QString name = dir.dirName();
        static const QStringList suffixes{QStringLiteral("_files"), QStringLiteral("-Dateien"),
                                          QStringLiteral("_fichiers"), QStringLiteral("-files")};
        for (const QString &suffix : suffixes) {
            if (!name.endsWith(suffix))
                continue;
            const QString stem = name.chopped(suffix.size());
            QDir parent = dir;
            if (!parent.cdUp())
                return false;
            for (const QString &ext :
                 {QStringLiteral(".html"), QStringLiteral(".htm"), QStringLiteral(".xhtml")}) {
                if (QFileInfo::exists(parent.filePath(stem + ext)))
                    return true;
            }
        }
        if (!dir.cdUp())
            break;
    }
    return false;
}

QStringList FileImporter::collectFiles(const QStringList &paths) {
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        const QDir root(info.absoluteFilePath());
        QDirIterator it(root.path(), QDir::Files | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            // Hidden files and files in hidden folders (.git, .DS_Store) are not articles.
            const QString relative = root.relativeFilePath(file);
            if (relative.startsWith(QLatin1Char('.')) || relative.contains(QLatin1String("/.")))
                continue;
            if (isSavedPageResource(file))
                continue;
            found.append(file);
        }
        found.sort();
        files.append(found);
    }
    return files;
}

const Importer *FileImporter::importerFor(const QString &path, const QByteArray &head) const {
    static const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForFileNameAndData(path, head);
    for (const auto &importer : m_importers) {
        for (const QString &name : importer->mimeTypes()) {
            if (type.inherits(name))
                return importer.get();
        }
    }
    return nullptr;
}

bool FileImporter::needsGuiThread(const QString &path) const {
    QFile f(path);
    const QByteArray head = f.open(QIODevice::ReadOnly) ? f.read(4096) : QByteArray();
    const Importer *importer = importerFor(path, head);
    return importer && importer->needsGuiThread();
}

std::function<ImportResult()> FileImporter::stageFile(const QString &path) const {
    const auto fail = [](const QString &message) {
        return [message] {
            return ImportResult::failure(message);
        };
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Tr::tr("the file does not exist"));
    if (info.isDir())
        return fail(Tr::tr("it is a folder"));
    if (info.size() > kMaxFileSize)
        return fail(Tr::tr("the file is too large (%1; the limit is %2)")
                        .arg(QLocale().formattedDataSize(info.size()),
                             QLocale().formattedDataSize(kMaxFileSize)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("the file cannot be read (%1)").arg(file.errorString()));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(Tr::tr("the file cannot be read (%1)").arg(file.errorString()));
    if (data.trimmed().isEmpty())
        return fail(Tr::tr("the file is empty"));

    const Importer *importer = importerFor(path, data.left(4096));
    if (!importer) {
        static const QMimeDatabase db;
        return fail(Tr::tr("Parallax cannot read this kind of file (%1)")
                        .arg(db.mimeTypeForFileNameAndData(path, data.left(4096)).comment()));
    }
    if (!importer->readsBinary() && !data.startsWith("\xff\xfe") && !data.startsWith("\xfe\xff") &&
        TextDecoder::looksBinary(data))
        return fail(Tr::tr("the file is binary, not text"));
    const QString sourcePath = path.startsWith(QLatin1Char(':')) ? path : info.absoluteFilePath();
    return [finish = importer->stage(data, info.absoluteFilePath()), sourcePath] {
        ImportResult result = finish();
        if (result.ok())
            result.article->sourcePath = sourcePath;
        return result;
    };
}

ImportResult FileImporter::importFile(const QString &path) const {
    return stageFile(path)();
}

std::optional<Article> FileImporter::readArticle(const QString &path, QString *error) {
    ImportResult read = FileImporter().importFile(path);
    *error = read.error;
    return read.article;
}

std::function<std::optional<Article>(QString *error)>
FileImporter::splitWebPage(const QString &path) {
    auto importer = std::make_shared<FileImporter>();
    if (!importer->needsGuiThread(path))
        return {};
    return [importer, finish = importer->stageFile(path)](QString *error) {
        ImportResult read = finish();
        *error = read.error;
        return read.article;
    };
}

} // namespace Parallax
