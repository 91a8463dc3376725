#include "SearchPanel.h"

#include "models/Queries.h"
#include "models/Roles.h"
#include "models/SearchResultModel.h"
#include "ui/Theme.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace c360::ui {

namespace {

// The cell that matched the search is bold, so the agent sees why a row is there.
class MatchedCellDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == SearchResultModel::matchedColumn(index.data(MatchedOnRole).toString())) {
            option->font.setBold(true);
        }
    }
};

} // namespace

SearchPanel::SearchPanel(QSqlDatabase db, const Normalizer& normalizer, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_normalizer(normalizer)
    , m_edit(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_debounce(new QTimer(this))
    , m_model(new SearchResultModel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setAccessibleName(tr("Search customers by name, phone, e-mail, order or ticket number"));
    m_edit->setPlaceholderText(tr("Name, phone, email, order or ticket number"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("Search the customer cache (Ctrl+F). Enter opens the first match."));
    m_hint->setObjectName(QStringLiteral("searchHint"));
    m_hint->setWordWrap(true);
    QPalette pal = m_hint->palette();
    pal.setColor(QPalette::WindowText, theme::muted(pal));
    m_hint->setPalette(pal);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new MatchedCellDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents); // at most a page of results
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(180);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_debounce->start(); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        runSearch();
        activateFirst();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) { activateRow(index.row()); });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex& index) { activateRow(index.row()); });
    m_hint->setText(tr("Type at least one character."));
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setQuery(const QString& text) {
    setQuery(text, text);
}

void SearchPanel::setQuery(const QString& text, const QString& shown) {
    m_hiddenQuery = text == shown ? QString() : text;
    m_shownQuery = shown;
    m_edit->setText(shown);
    m_debounce->stop();
    runSearch();
}

void SearchPanel::focusSearch() {
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchPanel::setMasker(const PiiMasker& masker) {
    m_model->setMasker(masker);
}

int SearchPanel::resultCount() const {
    return m_model->rowCount();
}

void SearchPanel::refresh() {
    if (!m_edit->text().trimmed().isEmpty()) {
        runSearch();
    }
}

PartySummary SearchPanel::resultAt(int row) const {
    return m_model->partyAt(row);
}

void SearchPanel::focusResults() {
    m_view->setFocus(Qt::OtherFocusReason);
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
}

void SearchPanel::clearResults() {
    m_hiddenQuery.clear();
    m_edit->clear();
    m_model->setResults({});
    m_hint->setText(tr("Type at least one character."));
}

bool SearchPanel::activateFirst() {
    if (m_model->rowCount() == 0) {
        return false;
    }
    activateRow(0);
    return true;
}

void SearchPanel::runSearch() {
    const bool hidden = !m_hiddenQuery.isEmpty() && m_edit->text() == m_shownQuery;
    const QString query = (hidden ? m_hiddenQuery : m_edit->text()).trimmed();
    if (query.isEmpty()) {
        m_model->setResults({});
        m_hint->setText(tr("Type at least one character."));
        return;
    }
    if (!m_repo) {
        m_repo = std::make_unique<SearchRepository>(m_db, m_normalizer); // keeps its prepared statements
    }
    const auto results = m_repo->search(query, 100);
    if (!results) {
        m_model->setResults({});
        m_hint->setText(results.error().message);
        Q_EMIT message(results.error().message);
        return;
    }
    m_model->setResults(*results);
    if (results->isEmpty()) {
        m_hint->setText(tr("No customer matches “%1”.").arg(hidden ? m_shownQuery : query));
    } else {
        m_hint->setText(tr("%n customer(s) found", nullptr, int(results->size())));
    }
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_view->resizeColumnToContents(c);
    }
}

void SearchPanel::activateRow(int row) {
    const qint64 id = m_model->partyAt(row).id;
    if (id > 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        Q_EMIT partyActivated(id);
    }
}

} // namespace c360::ui
