// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/windowhost.h"

#include "ui/language.h"
#include "ui/librarypanel.h"
#include "ui/mainwindow.h"

#include <QTimer>

namespace Parallax {

WindowHost::WindowHost(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library) {
    create();
}

WindowHost::~WindowHost() = default;

void WindowHost::create() {
    m_window = std::make_unique<MainWindow>(m_library);
    connect(m_window.get(), &MainWindow::languageChosen, this, [this](const QString &code) {
        // Not from inside the old window's own menu: it is about to be deleted.
        QTimer::singleShot(0, this, [this, code] { switchLanguage(code); });
    });
}

void WindowHost::switchLanguage(const QString &code) {
    Language::save(code);
    Language::apply(code);
    const QByteArray geometry = m_window->saveGeometry();
    const QByteArray state = m_window->saveState();
    const QList<qint64> compared = m_window->comparedIds();
    const bool visible = m_window->isVisible();
    m_window.reset();
    create();
    m_window->restoreGeometry(geometry);
    m_window->restoreState(state);
    if (visible)
        m_window->show();
    if (!compared.isEmpty())
        m_window->openArticles(compared);
    Q_EMIT windowReplaced(m_window.get());
}

} // namespace Parallax
