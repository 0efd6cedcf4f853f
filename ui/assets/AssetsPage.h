#pragma once

#include "assets/AssetEvent.h"
#include "assets/AssetRegister.h"
#include "reports/AssetPrintout.h"
#include "registers/RegisterPage.h"
#include "registers/RegisterTableModel.h"

class QComboBox;
class QPushButton;

namespace vanphong::ui {

// The asset register (RegisterPage): its items in both books with their
// value now; entering and correcting an item, its movements (hand-over,
// repair, upgrade, disposal…), the year's depreciation, the categories and
// rules, and every asset paper. The accountant's and the office chief's to
// change; everyone reads.
class AssetsPage final : public RegisterPage
{
    Q_OBJECT
public:
    using Model = RegisterTableModel<assets::Asset, assets::AssetFilter>;

    explicit AssetsPage(AppController &controller, QWidget *parent = nullptr);
    ~AssetsPage() override;

    void reload() override;
    void addItem();
    // A movement of the selected item.
    void recordMovement(assets::AssetEvent::Kind kind);
    void showDepreciation();
    void showInventory();
    void showRules();

    Model *model() const { return m_model; }
    QComboBox *bookFilter() const { return m_book; }
    QComboBox *statusFilter() const { return m_status; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *handOverButton() const { return m_handOver; }
    QPushButton *disposeButton() const { return m_dispose; }
    QPushButton *printButton() const { return m_print; }

protected:
    void showDetail() override;

private:
    assets::AssetFilter currentFilter() const;
    const assets::Asset *selected() const;
    void editSelected();
    void exportList();
    void print(reports::AssetPrintout::Paper paper);

    Model *m_model;
    QComboBox *m_book;
    QComboBox *m_status;
    QPushButton *m_edit;
    QPushButton *m_handOver;
    QPushButton *m_dispose;
    QPushButton *m_more;
    QPushButton *m_print;
};

} // namespace vanphong::ui
