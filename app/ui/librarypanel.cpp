// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/librarypanel.h"

#include "storage/library.h"
#include "ui/librarymodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QLocale>
#include <QHash>
#include <QInputDialog>
#include <QListWidget>
#include <QTextBrowser>
#include <QMenu>
#include <QDialogButtonBox>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QVBoxLayout>

namespace Parallax {

namespace {

// Shows only the rows whose ids a full-text search returned; all rows when no search runs.
class IdFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setIds(std::optional<QSet<qint64>> ids)
    {
        m_ids = std::move(ids);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_ids)
            return true;
        const QModelIndex idx = sourceModel()->index(row, 0, parent);
        return m_ids->contains(idx.data(LibraryModel::IdRole).toLongLong());
    }

private:
    std::optional<QSet<qint64>> m_ids;
};

// A short list as tall as its rows (up to five), long names elided, no sideways scrolling.
void fitToRows(QListWidget *list)
{
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideRight);
    const int rows = std::clamp(list->count(), 1, 5);
    const int row = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height();
    list->setFixedHeight(rows * row + 2 * list->frameWidth() + 2);
}

} // namespace

LibraryPanel::LibraryPanel(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new LibraryModel(this))
    , m_proxy(new IdFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_outlet(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_feedsLabel(new QLabel(tr("Feeds"), this))
    , m_feeds(new QListWidget(this))
    , m_storiesLabel(new QLabel(tr("Stories"), this))
    , m_stories(new QListWidget(this))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_selectionDelay(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search the library"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the library"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::EditRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LibraryModel::Date, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *remove = new QAction(tr("Delete"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (!selectedIds().isEmpty())
            Q_EMIT deleteRequested(selectedIds());
    });
    m_table->addAction(remove);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        const qint64 id = m_proxy->data(m_proxy->index(index.row(), 0), LibraryModel::IdRole).toLongLong();
        QMenu menu(this);
        menu.addAction(tr("Show Trimmed Page Text\u2026"), this, [this, id] { showTrimmed(id); });
        menu.addSeparator();
        QMenu *move = menu.addMenu(tr("Move to Story"));
        for (const Library::Story &story : m_library.stories()) {
            move->addAction(story.title, this, [this, id, story] {
                if (m_library.moveToStory(id, story.id))
                    reloadStories();
            });
        }
        move->setEnabled(!move->isEmpty());
        menu.addAction(tr("Delete"), this, [this] { Q_EMIT deleteRequested(selectedIds()); });
        menu.addAction(tr("New Story from Selected Articles\u2026"), this, [this] {
            const QList<qint64> ids = selectedIds();
            if (ids.isEmpty())
                return;
            bool ok = false;
            const QString title = QInputDialog::getText(this, tr("New Story"), tr("Title:"), QLineEdit::Normal,
                                                        m_library.article(ids.first()).value_or(Article{}).title, &ok);
            if (ok && !title.trimmed().isEmpty() && m_library.splitStory(ids, title) > 0)
                reloadStories();
        });
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    m_table->horizontalHeader()->setSectionResizeMode(LibraryModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setAccessibleName(tr("Articles in the library"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_outlet);
    m_outlet->setAccessibleName(tr("Outlet"));
    m_outlet->setToolTip(tr("Show the articles of one outlet only"));
    connect(m_outlet, &QComboBox::currentIndexChanged, this, &LibraryPanel::applySearch);
    layout->addWidget(m_storiesLabel);
    layout->addWidget(m_stories);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_feedsLabel);
    layout->addWidget(m_feeds);
    m_feeds->setAccessibleName(tr("Feeds"));
    connect(m_feeds, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const qint64 feed = item->data(Qt::UserRole).toLongLong();
        const QList<qint64> ids = m_library.feedArticles(feed);
        m_library.markFeedRead(feed);
        reloadFeeds();
        if (!ids.isEmpty()) {
            m_search->clear();
            select(ids.mid(0, 12));
        }
    });
    reloadFeeds();
    m_stories->setAccessibleName(tr("Stories"));
    connect(m_stories, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        QList<qint64> ids;
        for (const QVariant &v : item->data(Qt::UserRole).toList())
            ids.append(v.toLongLong());
        m_search->clear();
        select(ids.mid(0, 12));
    });
    m_stories->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_stories, &QListWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QListWidgetItem *item = m_stories->itemAt(pos);
        if (!item)
            return;
        const qint64 story = item->data(Qt::UserRole + 1).toLongLong();
        const QString title = item->data(Qt::UserRole + 2).toString();
        QMenu menu(this);
        menu.addAction(tr("Rename Story\u2026"), this, [this, story, title] {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("Rename Story"), tr("Title:"), QLineEdit::Normal, title, &ok);
            if (ok && !name.trimmed().isEmpty() && m_library.renameStory(story, name))
                reloadStories();
        });
        QMenu *merge = menu.addMenu(tr("Merge Into"));
        for (const Library::Story &other : m_library.stories()) {
            if (other.id != story)
                merge->addAction(other.title, this, [this, story, other] {
                    if (m_library.mergeStories(story, other.id))
                        reloadStories();
                });
        }
        merge->setEnabled(!merge->isEmpty());
        menu.exec(m_stories->viewport()->mapToGlobal(pos));
    });

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &LibraryPanel::applySearch);

    // Shift-click selections arrive as several signals; compare once they settle.
    m_selectionDelay->setSingleShot(true);
    m_selectionDelay->setInterval(120);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, m_selectionDelay,
            qOverload<>(&QTimer::start));
    connect(m_selectionDelay, &QTimer::timeout, this,
            [this] { Q_EMIT selectionChanged(selectedIds()); });

    reload();
}

void LibraryPanel::reload(const QList<qint64> &select)
{
    QString error;
    const QList<Article> all = m_library.listArticles(&error); // once, for the list, the outlets and the stories
    reloadStories(all);
    {
        const QSignalBlocker blocker(m_outlet);
        const QString current = m_outlet->currentData().toString();
        QStringList outlets;
        for (const Article &a : all) {
            if (!a.outlet.isEmpty() && !outlets.contains(a.outlet, Qt::CaseInsensitive))
                outlets.append(a.outlet);
        }
        outlets.sort(Qt::CaseInsensitive);
        m_outlet->clear();
        m_outlet->addItem(tr("All outlets"), QString());
        for (const QString &o : std::as_const(outlets))
            m_outlet->addItem(o, o);
        m_outlet->setCurrentIndex(std::max(0, m_outlet->findData(current)));
    }
    m_model->setArticles(all);
    m_table->resizeColumnToContents(LibraryModel::Outlet);
    m_table->resizeColumnToContents(LibraryModel::Date);
    m_table->resizeColumnToContents(LibraryModel::Words);
    applySearch();
    if (!select.isEmpty()) {
        this->select(select);
        // The caller opens what it selected itself; do not compare it a second time.
        m_selectionDelay->stop();
    }
}

void LibraryPanel::applySearch()
{
    const QString text = m_search->text().trimmed();
    const QString outlet = m_outlet->currentData().toString();
    auto *proxy = static_cast<IdFilterProxy *>(m_proxy);
    if (text.isEmpty() && outlet.isEmpty()) {
        proxy->setIds(std::nullopt);
    } else if (text.isEmpty()) {
        QSet<qint64> ids;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, LibraryModel::Outlet).data().toString().compare(outlet, Qt::CaseInsensitive) == 0)
                ids.insert(m_model->index(row, 0).data(LibraryModel::IdRole).toLongLong());
        }
        proxy->setIds(ids);
    } else {
        QSet<qint64> ids;
        Library::SearchFilter filter;
        filter.outlet = outlet;
        if (const auto hits = m_library.search(text, Library::QuerySyntax::Plain, filter)) {
            for (const SearchHit &h : *hits)
                ids.insert(h.id);
        }
        proxy->setIds(ids);
    }
    m_count->setText(text.isEmpty() && outlet.isEmpty()
                         ? tr("%n article(s)", nullptr, m_model->rowCount())
                         : tr("%n of %1 article(s) match", nullptr, m_proxy->rowCount())
                               .arg(m_model->rowCount()));
}

void LibraryPanel::select(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
        if (proxyIndex.isValid())
            selection.select(proxyIndex, proxyIndex);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.first().topLeft());
}

QList<qint64> LibraryPanel::selectedIds() const
{
    QList<QModelIndex> rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : rows)
        ids.append(index.data(LibraryModel::IdRole).toLongLong());
    return ids;
}

QString LibraryPanel::trimmedHtml(const Article &article)
{
    if (article.trimmed.isEmpty())
        return tr("<p>Nothing was trimmed from this article.</p>");
    QString html = tr("<p>Set aside when <b>%1</b> was imported (share prompts, newsletter boxes, author notes, "
                      "credits and the like):</p>")
                       .arg(article.title.toHtmlEscaped());
    for (const QString &p : article.trimmed)
        html += QStringLiteral("<p style=\"color:#5f6368\">%1</p>").arg(p.toHtmlEscaped());
    if (!article.credits.isEmpty())
        html += tr("<p><b>Credits</b>: %1</p>").arg(article.credits.join(QStringLiteral("; ")).toHtmlEscaped());
    return html;
}

void LibraryPanel::showTrimmed(qint64 id)
{
    const std::optional<Article> article = m_library.article(id);
    if (!article)
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Trimmed from %1").arg(article->displayName()));
    auto *text = new QTextBrowser(dialog);
    text->setHtml(trimmedHtml(*article));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(640, 420);
    dialog->open();
}

void LibraryPanel::reloadFeeds()
{
    const QList<Library::Feed> feeds = m_library.feeds();
    m_feeds->clear();
    for (const Library::Feed &f : feeds) {
        const QString name = f.title.isEmpty() ? f.url : f.title;
        auto *item = new QListWidgetItem(f.unread > 0 ? tr("%1 (%2)").arg(name).arg(f.unread) : name, m_feeds);
        item->setData(Qt::UserRole, f.id);
        QString tip = f.url;
        tip += u'\n' + (f.lastChecked.isValid() ? tr("Checked %1").arg(QLocale().toString(f.lastChecked.toLocalTime(), QLocale::ShortFormat))
                                                  : tr("Not checked yet"));
        if (!f.lastError.isEmpty())
            tip += u'\n' + tr("Last attempt failed: %1").arg(f.lastError);
        item->setToolTip(tip);
        if (f.unread > 0) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_feedsLabel->setVisible(!feeds.isEmpty());
    m_feeds->setVisible(!feeds.isEmpty());
    fitToRows(m_feeds);
}

void LibraryPanel::reloadStories()
{
    reloadStories(m_library.listArticles());
}

void LibraryPanel::reloadStories(const QList<Article> &all)
{
    // The stories' outlets and dates from the list the panel has (no bodies read).
    QHash<qint64, const Article *> byId;
    for (const Article &a : all)
        byId.insert(a.id, &a);
    const QList<Library::Story> stories = m_library.stories();
    m_stories->clear();
    const QLocale locale;
    for (const Library::Story &story : stories) {
        QSet<QString> outlets;
        QDate first, last;
        for (qint64 id : story.articles) {
            const Article *found = byId.value(id);
            if (!found)
                continue;
            const Article &a = *found;
            outlets.insert(a.displayName());
            if (a.published.isValid()) {
                first = first.isValid() ? std::min(first, a.published) : a.published;
                last = last.isValid() ? std::max(last, a.published) : a.published;
            }
        }
        QString span;
        if (first.isValid())
            span = first == last ? locale.toString(first, QLocale::ShortFormat)
                                 : tr("%1 to %2").arg(locale.toString(first, QLocale::ShortFormat), locale.toString(last, QLocale::ShortFormat));
        const QString count = outlets.size() == 1 ? tr("1 outlet") : tr("%1 outlets").arg(outlets.size());
        auto *item = new QListWidgetItem(tr("%1 (%2%3)").arg(story.title, count, span.isEmpty() ? QString() : QStringLiteral(", ") + span),
                                         m_stories);
        QVariantList ids;
        for (qint64 id : story.articles)
            ids.append(id);
        item->setData(Qt::UserRole, ids);
        item->setData(Qt::UserRole + 1, story.id);
        item->setData(Qt::UserRole + 2, story.title);
        item->setToolTip(QStringList(outlets.cbegin(), outlets.cend()).join(u'\n'));
    }
    m_storiesLabel->setVisible(!stories.isEmpty());
    m_stories->setVisible(!stories.isEmpty());
    fitToRows(m_stories);
}

} // namespace Parallax
