// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/library.h"

#include <QStringList>

#include <functional>

namespace Parallax {

// Stores many files' articles quickly. Reading and preparing them (parsing, hashing, the
// story sketch) runs on worker threads a chunk of files ahead, while this thread stores the
// chunk before in batches (Library::beginBatch). Each file is still all or nothing, and a
// file is reported only once its batch is committed, in the order given.
class ImportPipeline final {
public:
    // Reads a file into an article, or says why not (any thread).
    using Reader = std::function<std::optional<Article>(const QString &path, QString *error)>;
    // The part of reading a file that must run on this thread (a web page's extraction
    // needs the GUI thread), holding what was read ahead.
    using Finish = std::function<std::optional<Article>(QString *error)>;
    // For a file that must be finished on this thread: reads what it can ahead (any
    // thread: the file, its decoding) and returns the rest; an empty function when the
    // file is read wholly by the Reader.
    using Split = std::function<Finish(const QString &path)>;

    struct Outcome {
        QString path;
        bool read = false; // false: `error` says why the file could not be read
        QString error;
        Library::AddResult added; // when read
    };

    ImportPipeline(Library &library, Reader reader, Split split = {});

    // Imports the files; `done` is called for each of them, in order.
    void run(const QStringList &paths, const std::function<void(const Outcome &)> &done);

    static constexpr int kChunk = 64;  // files read ahead
    static constexpr int kBatch = 500; // articles per commit (or a second's worth)

private:
    Library &m_library;
    Reader m_reader;
    Split m_split;
};

} // namespace Parallax
