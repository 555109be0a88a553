// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target over files (the seed corpus and the inputs that once crashed it), for
// the ordinary build and test suite; libFuzzer itself needs clang (CMakePresets "fuzz").
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int files = 0;
    for (const QString &root : QCoreApplication::arguments().mid(1)) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                return 1;
            const QByteArray bytes = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            ++files;
        }
    }
    std::printf("%d inputs ran without a crash\n", files);
    return files > 0 ? 0 : 1;
}
