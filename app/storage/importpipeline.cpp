// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/importpipeline.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QtConcurrent/QtConcurrentMap>

namespace Parallax {

namespace {

struct Item {
    QString path;
    std::optional<Library::Prepared> prepared;
    QString error;
    ImportPipeline::Finish finish; // the rest of its reading, on the storing thread
};

// Finishes reading a chunk's files (the part that runs on this thread) and stores their
// articles together (a few statements, see ArticleStore::add), opening a batch when none is;
// an outcome per file, in order.
QList<ImportPipeline::Outcome> storeChunk(Library &library, QList<Item> &items,
                                          QElapsedTimer *sinceCommit) {
    for (Item &item : items) {
        if (item.finish) {
            if (std::optional<Article> article = item.finish(&item.error))
                item.prepared = Library::prepare(std::move(*article));
            item.finish = {};
        }
    }
    QList<const Library::Prepared *> prepared;
    for (const Item &item : std::as_const(items)) {
        if (item.prepared)
            prepared.append(&*item.prepared);
    }
    if (!prepared.isEmpty() && !library.inBatch()) {
        library.beginBatch();
        sinceCommit->start();
    }
    const QList<Library::AddResult> added =
        prepared.isEmpty() ? QList<Library::AddResult>() : library.addPrepared(prepared);
    QList<ImportPipeline::Outcome> outcomes;
    qsizetype next = 0;
    for (const Item &item : std::as_const(items)) {
        ImportPipeline::Outcome o;
        o.path = item.path;
        o.read = item.prepared.has_value();
        if (o.read)
            o.added = added.at(next++);
        else
            o.error = item.error;
        outcomes.append(o);
    }
    return outcomes;
}

} // namespace

ImportPipeline::ImportPipeline(Library &library, Reader reader, Split split)
    : m_library(library)
    , m_reader(std::move(reader))
    , m_split(std::move(split)) {}

void ImportPipeline::run(const QStringList &paths,
                         const std::function<void(const Outcome &)> &done) {
    const auto read = [this](const QString &path) {
        Item item;
        item.path = path;
        if (std::optional<Article> article = m_reader(path, &item.error))
            item.prepared = Library::prepare(std::move(*article));
        return item;
    };
    const auto readAhead = [this, &read](const QString &path) {
        if (m_split) {
            if (Finish finish = m_split(path)) {
                Item item;
                item.path = path;
                item.finish = std::move(finish);
                return item;
            }
        }
        return read(path);
    };

    QList<Outcome> pending; // stored in the open batch, reported once it is committed
    QElapsedTimer sinceCommit;
    const auto commit = [&] {
        QString error;
        const bool ok = m_library.commitBatch(&error);
        for (Outcome &o : pending) {
            if (!ok && o.read && o.added.status == Library::AddStatus::Imported) {
                o.added.status = Library::AddStatus::Failed;
                o.added.error = error;
            }
            done(o);
        }
        pending.clear();
    };

    QFuture<Item> ahead;
    if (!paths.isEmpty())
        ahead = QtConcurrent::mapped(paths.mid(0, kChunk), readAhead);
    for (qsizetype at = 0; at < paths.size(); at += kChunk) {
        ahead.waitForFinished();
        QList<Item> items = ahead.results();
        if (at + kChunk < paths.size())
            ahead = QtConcurrent::mapped(paths.mid(at + kChunk, kChunk), readAhead);
        pending.append(storeChunk(m_library, items, &sinceCommit));
        if (m_library.connectionLost()) {
            // The server is gone: the chunk's failures say so, and the files after it are not
            // tried (each would fail the same way).
            ahead.cancel();
            ahead.waitForFinished(); // its tasks use this function's locals
            commit();
            return;
        }
        if (pending.size() >= kBatch || (m_library.inBatch() && sinceCommit.elapsed() > 1000))
            commit();
    }
    commit();
}

} // namespace Parallax
