#include "ShortcutSheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace c360::ui {

namespace {

// A menu text without its mnemonic: "&Hold" -> "Hold", "保持(&H)" -> "保持".
QString plain(QString text) {
    static const QRegularExpression chineseMnemonic(QStringLiteral("\\(&.\\)"));
    text.remove(chineseMnemonic);
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

} // namespace

ShortcutSheet::ShortcutSheet(QMenuBar* menus, QWidget* parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_tree->setObjectName(QStringLiteral("shortcutList"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    for (QAction* top : menus->actions()) {
        QMenu* menu = top->menu();
        if (menu == nullptr || !top->isVisible()) {
            continue;
        }
        auto* group = new QTreeWidgetItem(m_tree, {plain(top->text())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (QAction* a : menu->actions()) {
            if (a->isSeparator() || !a->isVisible() || a->shortcuts().isEmpty()) {
                continue;
            }
            QStringList keys;
            for (const QKeySequence& k : a->shortcuts()) {
                keys << k.toString(QKeySequence::NativeText);
            }
            new QTreeWidgetItem(group, {plain(a->text()), keys.join(tr(" or "))});
        }
        if (group->childCount() == 0) {
            delete m_tree->takeTopLevelItem(m_tree->indexOfTopLevelItem(group));
        }
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(520, 560);
}

QStringList ShortcutSheet::lines() const {
    QStringList out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* group = m_tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            out << group->text(0) + QStringLiteral(" / ") + group->child(j)->text(0) + QStringLiteral(" = ") +
                       group->child(j)->text(1);
        }
    }
    return out;
}

} // namespace c360::ui
