// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/librarypanel.h"

#include "report/dateformat.h"
#include "storage/library.h"
#include "ui/articledetailsdialog.h"
#include "ui/librarymodel.h"
#include "ui/storylistmodel.h"
#include "ui/storypicker.h"
#include "ui/theme.h"

#include <QApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QToolButton>

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFocusEvent>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Parallax {

namespace {

// Paints a search snippet with the matched words (between [ and ]) in bold.
class SnippetDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString snippet = opt.text;
        opt.text.clear();
        QWidget *widget = const_cast<QWidget *>(opt.widget);
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        QString html = snippet.toHtmlEscaped();
        html.replace(u'[', QStringLiteral("<b>")).replace(u']', QStringLiteral("</b>"));
        QTextDocument doc;
        doc.setDocumentMargin(0);
        doc.setDefaultFont(opt.font);
        const QColor color = opt.palette.color(
            opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
        doc.setDefaultStyleSheet(QStringLiteral("body { color: %1; }").arg(color.name()));
        doc.setHtml(QStringLiteral("<body><nobr>") + html + QStringLiteral("</nobr></body>"));
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        painter->save();
        painter->setClipRect(text);
        painter->translate(text.left(), text.top() + (text.height() - doc.size().height()) / 2);
        doc.drawContents(painter);
        painter->restore();
    }
};

// The table of articles, for the keyboard as for the mouse: what is selected is what is
// compared, so only a deliberate act changes it. The arrow keys, Page Up/Down, Home, End and
// typing a title move the focus alone; Enter opens the focused article (unless it is already
// open), Space adds it to the articles compared or takes it out, Shift with a movement extends
// the selection, a click selects as usual. Tab leaves the table instead of walking its cells.
class ArticleTable final : public QTableView {
public:
    explicit ArticleTable(QWidget *parent)
        : QTableView(parent) {
        setTabKeyNavigation(false);
    }

    void keyboardSearch(const QString &search) override {
        m_searching = true;
        QTableView::keyboardSearch(search);
        m_searching = false;
    }

protected:
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex &index,
                                                         const QEvent *event) const override {
        if (m_searching)
            return QItemSelectionModel::NoUpdate;
        if (event && event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<const QKeyEvent *>(event);
            if (key->key() == Qt::Key_Space || key->key() == Qt::Key_Select)
                return QItemSelectionModel::Toggle | QItemSelectionModel::Rows;
            if (!(key->modifiers() & Qt::ShiftModifier))
                return QItemSelectionModel::NoUpdate;
        }
        return QTableView::selectionCommand(index, event);
    }

    void keyPressEvent(QKeyEvent *event) override {
        const QModelIndex current = currentIndex();
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            current.isValid()) {
            if (!selectionModel()->isRowSelected(current.row(), current.parent()))
                selectionModel()->select(current, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
            event->accept();
            return;
        }
        QTableView::keyPressEvent(event);
    }

    // Focus arriving from the keyboard lands on the first article compared, not on the top
    // row, and selects nothing.
    void focusInEvent(QFocusEvent *event) override {
        const QModelIndexList selected =
            selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
        if (!currentIndex().isValid() && !selected.isEmpty())
            selectionModel()->setCurrentIndex(*std::min_element(selected.begin(), selected.end()),
                                              QItemSelectionModel::NoUpdate);
        QTableView::focusInEvent(event);
    }

private:
    bool m_searching = false; // type-ahead moves the focus only
};

// A list whose entries are opened by a click or Enter (activated): moving through it with the
// arrow keys only moves the focus. The entry opened last is shown selected (markOpened).
void openOnClickOrEnter(QListView *list) {
    list->setSelectionMode(QAbstractItemView::NoSelection);
}

void markOpened(QListView *list, const QModelIndex &index) {
    list->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
}

// A short list as tall as its rows (up to `most`), long names elided, no sideways scrolling.
void fitToRows(QListView *list, int count, int most = 5) {
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideRight);
    const int rows = std::clamp(count, 1, most);
    const int row = count > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height();
    list->setFixedHeight(rows * row + 2 * list->frameWidth() + 2);
}

enum DateChoice { AnyTime = 0, PastWeek = 7, PastMonth = 30, PastYear = 365, CustomRange = -1 };

} // namespace

LibraryPanel::LibraryPanel(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new LibraryModel(library, this))
    , m_storyModel(new StoryListModel(library, this))
    , m_search(new QLineEdit(this))
    , m_outlet(new QComboBox(this))
    , m_dates(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_scope(new QToolButton(this))
    , m_table(new ArticleTable(this))
    , m_feedsLabel(new QLabel(tr("Feeds"), this))
    , m_feeds(new QListWidget(this))
    , m_storiesLabel(new QLabel(tr("Stories"), this))
    , m_stories(new QListView(this))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_selectionDelay(new QTimer(this)) {
    m_search->setPlaceholderText(tr("Search the library"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the library"));

    setUpTable();

    QHBoxLayout *filters = setUpFilters();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_scope);
    layout->addWidget(m_storiesLabel);
    layout->addWidget(m_stories);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_feedsLabel);
    layout->addWidget(m_feeds);
    // Tab goes down the panel as it stands (the stories above the articles).
    const QList<QWidget *> order{m_search, m_outlet,  m_dates, m_tag,
                                 m_scope,  m_stories, m_table, m_feeds};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    setUpLists();

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

void LibraryPanel::setUpTable() {
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(LibraryModel::Match, new SnippetDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSortIndicator(LibraryModel::Date, Qt::DescendingOrder);
    m_table->setSortingEnabled(true); // the model asks the library for each order
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnHidden(LibraryModel::Match, true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *remove = new QAction(tr("Delete"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (!selectedIds().isEmpty())
            Q_EMIT deleteRequested(selectedIds());
    });
    m_table->addAction(remove);
    connect(m_table, &QTableView::customContextMenuRequested, this, &LibraryPanel::showTableMenu);
    m_table->horizontalHeader()->setSectionResizeMode(LibraryModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setAccessibleName(tr("Articles in the library"));
}

QHBoxLayout *LibraryPanel::setUpFilters() {
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_outlet, 1);
    filters->addWidget(m_dates, 1);
    filters->addWidget(m_tag, 1);
    m_outlet->setAccessibleName(tr("Outlet"));
    m_outlet->setToolTip(tr("Show the articles of one outlet only"));
    m_outlet->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outlet->setMinimumContentsLength(8);
    connect(m_outlet, &QComboBox::currentIndexChanged, this, &LibraryPanel::applySearch);
    m_dates->setAccessibleName(tr("Dates"));
    m_dates->setToolTip(tr("Show the articles and stories of a time only"));
    m_dates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dates->setMinimumContentsLength(8);
    m_dates->addItem(tr("Any time"), int(AnyTime));
    m_dates->addItem(tr("Past week"), int(PastWeek));
    m_dates->addItem(tr("Past month"), int(PastMonth));
    m_dates->addItem(tr("Past year"), int(PastYear));
    m_dates->addItem(tr("Dates\u2026"), int(CustomRange));
    connect(m_dates, &QComboBox::activated, this, &LibraryPanel::chooseDates);
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setToolTip(tr("Show the articles with one tag only"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setMinimumContentsLength(6);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &LibraryPanel::applySearch);
    m_scope->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_scope->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_scope->setToolTip(tr("Show the whole library again"));
    m_scope->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_scope->hide();
    connect(m_scope, &QToolButton::clicked, this, [this] { setScope(0, 0, {}); });

    return filters;
}

// Dates > a choice: applied; Dates…: the range asked for, and cancelling keeps what was
// chosen before.
void LibraryPanel::chooseDates(int index) {
    if (m_dates->itemData(index).toInt() != CustomRange) {
        m_lastDateChoice = index;
        applyDates();
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Dates"));
    auto *from =
        new QDateEdit(m_from.isValid() ? m_from : QDate::currentDate().addMonths(-1), &dialog);
    auto *to = new QDateEdit(m_to.isValid() ? m_to : QDate::currentDate(), &dialog);
    for (QDateEdit *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DateFormat::pattern());
    }
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        setDateRange(std::min(from->date(), to->date()), std::max(from->date(), to->date()));
    else
        m_dates->setCurrentIndex(m_lastDateChoice);
}

void LibraryPanel::setUpLists() {
    m_feeds->setAccessibleName(tr("Feeds"));
    openOnClickOrEnter(m_feeds);
    connect(m_feeds, &QListWidget::itemClicked, this, &LibraryPanel::openFeed);
    connect(m_feeds, &QListWidget::itemActivated, this, &LibraryPanel::openFeed);
    reloadFeeds();
    m_stories->setModel(m_storyModel);
    m_stories->setAccessibleName(tr("Stories"));
    m_stories->setUniformItemSizes(true);
    openOnClickOrEnter(m_stories);
    connect(m_stories, &QListView::clicked, this, &LibraryPanel::openStory);
    connect(m_stories, &QListView::activated, this, &LibraryPanel::openStory);
    m_stories->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_stories, &QListView::customContextMenuRequested, this, &LibraryPanel::showStoryMenu);
}

void LibraryPanel::openFeed(QListWidgetItem *item) {
    if (!item)
        return;
    const int row = m_feeds->row(item);
    const qint64 feed = item->data(Qt::UserRole).toLongLong();
    const QList<qint64> ids = m_library.feedArticles(feed);
    m_library.markFeedRead(feed);
    const QString name = item->data(Qt::UserRole + 1).toString();
    reloadFeeds(); // the unread count changed; `item` is gone
    m_search->clear();
    setScope(0, feed, tr("Feed: %1").arg(name));
    select(ids.mid(0, 12));
    if (QListWidgetItem *opened = m_feeds->item(row))
        markOpened(m_feeds, m_feeds->indexFromItem(opened));
}

void LibraryPanel::openStory(const QModelIndex &index) {
    markOpened(m_stories, index);
    QList<qint64> ids;
    for (const QVariant &v : index.data(StoryListModel::ArticlesRole).toList())
        ids.append(v.toLongLong());
    m_search->clear();
    setScope(index.data(StoryListModel::IdRole).toLongLong(), 0,
             tr("Story: %1").arg(index.data(StoryListModel::TitleRole).toString()));
    select(ids.mid(0, 12));
}

void LibraryPanel::showTableMenu(const QPoint &pos) {
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    const qint64 id = index.siblingAtColumn(0).data(LibraryModel::IdRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("Edit Details\u2026"), this, [this, id] { editDetails(id); });
    menu.addAction(tr("Show Trimmed Page Text\u2026"), this, [this, id] { showTrimmed(id); });
    menu.addSeparator();
    QMenu *move = menu.addMenu(tr("Move to Story"));
    auto moveTo = [this, id](qint64 story) {
        if (story > 0 && m_library.moveToStory(id, story))
            reloadStories();
    };
    for (const Library::Story &story : m_library.findStories({}, 10))
        move->addAction(story.title, this, [moveTo, story] { moveTo(story.id); });
    move->addSeparator();
    move->addAction(tr("Other Story\u2026"), this, [this, moveTo] {
        StoryPicker picker(m_library, tr("Move to Story"), 0, this);
        if (picker.exec() == QDialog::Accepted)
            moveTo(picker.story());
    });
    menu.addAction(tr("New Story from Selected Articles\u2026"), this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.isEmpty())
            return;
        bool ok = false;
        const QString title =
            QInputDialog::getText(this, tr("New Story"), tr("Title:"), QLineEdit::Normal,
                                  m_library.article(ids.first()).value_or(Article{}).title, &ok);
        if (ok && !title.trimmed().isEmpty() && m_library.splitStory(ids, title) > 0)
            reloadStories();
    });
    menu.addSeparator();
    menu.addAction(tr("Delete"), this, [this] { Q_EMIT deleteRequested(selectedIds()); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void LibraryPanel::showStoryMenu(const QPoint &pos) {
    const QModelIndex index = m_stories->indexAt(pos);
    if (!index.isValid())
        return;
    const qint64 story = index.data(StoryListModel::IdRole).toLongLong();
    const QString title = index.data(StoryListModel::TitleRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Rename Story\u2026"), this, [this, story, title] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Story"), tr("Title:"),
                                                   QLineEdit::Normal, title, &ok);
        if (ok && !name.trimmed().isEmpty() && m_library.renameStory(story, name))
            reloadStories();
    });
    menu.addAction(tr("Merge Into\u2026"), this, [this, story] {
        StoryPicker picker(m_library, tr("Merge Into"), story, this);
        if (picker.exec() == QDialog::Accepted && picker.story() > 0 &&
            m_library.mergeStories(story, picker.story()))
            reloadStories();
    });
    menu.exec(m_stories->viewport()->mapToGlobal(pos));
}

void LibraryPanel::editDetails(qint64 id) {
    const std::optional<Article> before = m_library.article(id);
    if (!before)
        return;
    ArticleDetailsDialog dialog(*before, m_library.outlets(), m_library.tags(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Article after = dialog.edited();
    after.body = before->body;
    Q_EMIT detailsEdited(*before, after);
}

void LibraryPanel::reload(const QList<qint64> &select) {
    reloadFilters();
    reloadStories();
    applySearch();
    // The title gets what the others leave: the outlet at most a third of the panel (long
    // names are elided; the header can be dragged).
    m_table->resizeColumnToContents(LibraryModel::Outlet);
    m_table->resizeColumnToContents(LibraryModel::Date);
    m_table->resizeColumnToContents(LibraryModel::Words);
    m_table->setColumnWidth(
        LibraryModel::Outlet,
        std::min(m_table->columnWidth(LibraryModel::Outlet), std::max(80, width() / 3)));
    if (!select.isEmpty()) {
        this->select(select);
        // The caller opens what it selected itself; do not compare it a second time.
        m_selectionDelay->stop();
    }
}

void LibraryPanel::reloadFilters() {
    // The outlets and tags the library has; what was chosen stays chosen while it exists.
    const auto refill = [](QComboBox *box, const QString &all, const QStringList &names) {
        const QSignalBlocker blocker(box);
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(all, QString());
        for (const QString &name : names)
            box->addItem(name, name);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_outlet, tr("All outlets"), m_library.outlets());
    const QStringList tags = m_library.tags();
    refill(m_tag, tr("All tags"), tags);
    m_tag->setVisible(!tags.isEmpty());
}

void LibraryPanel::setDateRange(const QDate &from, const QDate &to) {
    const QLocale locale;
    m_dates->setItemText(
        m_dates->count() - 1,
        tr("%1 to %2").arg(DateFormat::date(from, locale), DateFormat::date(to, locale)));
    m_dates->setCurrentIndex(m_dates->count() - 1);
    m_lastDateChoice = m_dates->count() - 1;
    m_from = from;
    m_to = to;
    reloadStories();
    applySearch();
}

void LibraryPanel::applyDates() {
    const int days = m_dates->currentData().toInt();
    m_dates->setItemText(m_dates->count() - 1, tr("Dates\u2026"));
    m_from = days > 0 ? QDate::currentDate().addDays(-days) : QDate();
    m_to = QDate();
    reloadStories();
    applySearch();
}

void LibraryPanel::setScope(qint64 story, qint64 feed, const QString &label) {
    m_scopeStory = story;
    m_scopeFeed = feed;
    if (story == 0)
        m_stories->clearSelection(); // the story opened last is no longer shown
    if (feed == 0)
        m_feeds->clearSelection();
    m_scope->setText(label);
    m_scope->setVisible(story > 0 || feed > 0);
    applySearch();
}

void LibraryPanel::applySearch() {
    const QString text = m_search->text().trimmed();
    Library::SearchFilter filter;
    filter.outlet = m_outlet->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    filter.from = m_from;
    filter.to = m_to;
    filter.story = m_scopeStory;
    filter.feed = m_scopeFeed;
    // A search lists best matches first with where they matched; no search, newest first.
    QHeaderView *header = m_table->horizontalHeader();
    const bool searching = !text.isEmpty();
    const bool wasSearching = !m_model->text().isEmpty();
    m_table->setColumnHidden(LibraryModel::Match, !searching);
    {
        const QSignalBlocker blocker(header); // one query, not one per change
        if (searching && !wasSearching)
            header->setSortIndicator(LibraryModel::Match, Qt::DescendingOrder);
        else if (!searching && header->sortIndicatorSection() == LibraryModel::Match)
            header->setSortIndicator(LibraryModel::Date, Qt::DescendingOrder);
    }
    m_model->setOrder(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_model->setQuery(text, filter); // one query for the order and the filter together
    const bool narrowed = searching || !filter.outlet.isEmpty() || !filter.tag.isEmpty() ||
                          m_from.isValid() || m_to.isValid() || filter.story > 0 || filter.feed > 0;
    const int total = m_library.articleCount();
    m_count->setText(narrowed ? tr("%n of %1 article(s) match", nullptr, m_model->matchCount())
                                    .arg(QLocale().toString(total))
                              : tr("%n article(s)", nullptr, total));
}

void LibraryPanel::select(const QList<qint64> &ids) {
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id); // reads the rows up to it when needed
        if (row < 0)
            continue;
        selection.select(m_model->index(row, 0), m_model->index(row, 0));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.first().topLeft());
}

QList<qint64> LibraryPanel::selectedIds() const {
    QList<QModelIndex> rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : rows)
        ids.append(index.data(LibraryModel::IdRole).toLongLong());
    return ids;
}

QString LibraryPanel::trimmedHtml(const Article &article) {
    if (article.trimmed.isEmpty())
        return tr("<p>Nothing was trimmed from this article.</p>");
    QString html = tr("<p>Set aside when <b>%1</b> was imported (share prompts, newsletter boxes, "
                      "author notes, "
                      "credits and the like):</p>")
                       .arg(article.title.toHtmlEscaped());
    // Muted as on the comparison page, in the colour of the current theme.
    const QString muted = Theme::isDark(QApplication::palette()) ? QStringLiteral("#a0a4aa")
                                                                 : QStringLiteral("#5f6368");
    for (const QString &p : article.trimmed)
        html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(muted, p.toHtmlEscaped());
    if (!article.credits.isEmpty())
        html += tr("<p><b>Credits</b>: %1</p>")
                    .arg(article.credits.join(QStringLiteral("; ")).toHtmlEscaped());
    return html;
}

void LibraryPanel::showTrimmed(qint64 id) {
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
    if (!article->trimmed.isEmpty()) {
        // The reader may judge the trimmed text part of the article: it goes back at the end
        // of the body, and the comparison is made again.
        QPushButton *putBack =
            buttons->addButton(tr("Put Back in the Article"), QDialogButtonBox::ActionRole);
        putBack->setToolTip(tr("Add the trimmed text to the end of the article's text"));
        connect(putBack, &QPushButton::clicked, dialog, [this, dialog, id] {
            QString error;
            if (!m_library.restoreTrimmed(id, &error)) {
                QMessageBox::warning(dialog, tr("Put Back"),
                                     tr("The trimmed text could not be put back: %1").arg(error));
                return;
            }
            dialog->accept();
            reload({id});
            Q_EMIT selectionChanged(selectedIds());
        });
    }
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(640, 420);
    dialog->open();
}

void LibraryPanel::reloadFeeds() {
    const QList<Library::Feed> feeds = m_library.feeds();
    m_feeds->clear();
    for (const Library::Feed &f : feeds) {
        const QString name = f.title.isEmpty() ? f.url : f.title;
        auto *item = new QListWidgetItem(
            f.unread > 0 ? tr("%1 (%2)").arg(name).arg(f.unread) : name, m_feeds);
        item->setData(Qt::UserRole, f.id);
        item->setData(Qt::UserRole + 1, name);
        QString tip = f.url;
        tip +=
            u'\n' + (f.lastChecked.isValid()
                         ? tr("Checked %1").arg(DateFormat::dateTime(f.lastChecked.toLocalTime()))
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
    fitToRows(m_feeds, m_feeds->count());
}

void LibraryPanel::reloadStories() {
    m_storyModel->setDates(m_from, m_to); // reads them again
    const bool any = m_storyModel->storyCount() > 0;
    m_storiesLabel->setVisible(any);
    m_stories->setVisible(any);
    fitToRows(m_stories, m_storyModel->rowCount(), 6); // two lines a story: up to twelve lines
}

} // namespace Parallax
