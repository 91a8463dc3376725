#pragma once

#include "models/PiiMask.h"
#include "models/Queries.h"

#include <QSqlDatabase>
#include <QWidget>

class QLineEdit;
class QLabel;
class QTreeView;
class QTimer;

namespace c360 {
class Normalizer;
class SearchResultModel;
} // namespace c360

namespace c360::ui {

// The search box and its results: name (Chinese names of two characters too), phone in any
// written form, email, order or ticket number. Emits partyActivated when the agent opens one.
class SearchPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)
public:
    SearchPanel(QSqlDatabase db, const Normalizer& normalizer, QWidget* parent = nullptr);
    ~SearchPanel() override;

    void setQuery(const QString& text); // types into the box and searches at once
    // Searches for `text` while the box shows `shown` (a popped number masked for the role); the real
    // query holds until the agent edits the box.
    void setQuery(const QString& text, const QString& shown);
    void focusSearch();
    int resultCount() const;
    void refresh();       // re-run the current query (after a sync)
    bool activateFirst(); // opens the first result, if any
    PartySummary resultAt(int row) const;
    void focusResults();
    void clearResults();                     // empty box and list, focus stays where it is
    void setMasker(const PiiMasker& masker); // phones and e-mails in the results, per role

Q_SIGNALS:
    void partyActivated(qint64 partyId);
    void message(const QString& text);

private:
    void runSearch();
    void activateRow(int row);

    QSqlDatabase m_db;
    std::unique_ptr<SearchRepository> m_repo;
    const Normalizer& m_normalizer;
    QLineEdit* m_edit = nullptr;
    QString m_hiddenQuery; // searched while the box shows m_shownQuery
    QString m_shownQuery;
    QLabel* m_hint = nullptr;
    QTreeView* m_view = nullptr;
    QTimer* m_debounce = nullptr;
    SearchResultModel* m_model = nullptr;
};

} // namespace c360::ui
