#pragma once

#include "office/Permission.h"
#include "registers/RegisterColumn.h"
#include "registers/RegisterYears.h"

#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class AppController;
class ColumnFitter;
class FlowLayout;
class RegisterListModel;

// What every register page is, whatever its register (incoming, outgoing,
// the archive's dossiers...): a heading; the main action and the search on
// the first row; the filters and the book's actions (import, export, print)
// wrapping below; the list, sortable, with its columns fitted to the width;
// beside it the selected line's details with the line's actions, folded away
// when the window is narrow; the same keys on every page (Ctrl+N the main
// action, Ctrl+F the search, Ctrl+P the book, Ctrl+Shift+S the book as PDF,
// the line's actions on its context menu). A page builds itself from these
// pieces in its constructor and ends with finishPage(); it reads its lines in
// reload() and describes the selected one in showDetail().
class RegisterPage : public QWidget
{
    Q_OBJECT
public:
    ~RegisterPage() override;

    // Reads the lines again with the filters and the search as they are.
    virtual void reload() = 0;
    // Forgets the file's lines (the file is locked or closed).
    virtual void clear();

    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QTextBrowser *detail() const { return m_detail; }

protected:
    RegisterPage(AppController &controller, const QString &heading, QWidget *parent);

    AppController &controller() const { return m_controller; }
    office::OfficeSession *session() const;

    // The list: its model, the column sorted by at first (descending: the newest first), and the columns' widths.
    template<typename Line>
    void setList(RegisterListModel *model, int sortColumn, const QList<registers::RegisterColumn<Line>> &columns)
    {
        QList<std::pair<int, int>> caps;  // column, its widest
        QList<std::pair<int, int>> ranks; // column, its rank to be hidden
        int textColumn = 0;
        for (int c = 0; c < columns.size(); ++c) {
            if (columns.at(c).maxWidth == 0)
                textColumn = c;
            else
                caps.append({c, columns.at(c).maxWidth});
            if (columns.at(c).hideRank > 0)
                ranks.append({columns.at(c).hideRank, c});
        }
        setList(model, sortColumn, textColumn, caps, ranks);
    }

    // The main action, on the first row (Ctrl+N); hidden from who may not use it.
    QPushButton *setMainAction(const QString &text, office::Permission permission);
    // Filters, in the wrapping row: a change reads the lines again.
    // "All years", then the years `which` holds lines for with this year among
    // them (and next year, with `nextYear`: a list planned ahead); read again
    // at each reload, since a line may bring a new year.
    QComboBox *addYearFilter(registers::RegisterYears::Register which, bool nextYear = false);
    // Turns the year filter to `year`, offering it if the file just got it; without reading the lines.
    void showYear(int year);
    QComboBox *addChoiceFilter(const QList<std::pair<QString, QString>> &choices); // shown text, data; the first is "any"
    // The office's document types, filled at the first reload (the types arrive with the file).
    QComboBox *addTypeFilter();
    void fillTypeFilter();
    QComboBox *addMarksFilter();
    QLineEdit *addTextFilter(const QString &placeholder);
    // The book's actions in the wrapping row: the clerk's import (given `import`),
    // export, and print (given `print`; with `toPdf` for Ctrl+Shift+S).
    // The permissions gating them are the document registers' unless told (the asset register has its own).
    void addBookActions(const QString &importTip, std::function<void()> import, std::function<void()> exportList,
                        std::function<void(bool toPdf)> print, office::Permission importPermission = office::Permission::RegisterDocuments,
                        office::Permission exportPermission = office::Permission::ExportRegisters);
    // A button of the whole register (not of a line) in the wrapping row, before the book's actions.
    void addPageAction(QPushButton *button);
    // A row of the selected line's actions under its details; they are also its context menu.
    void addLineActions(const QList<QPushButton *> &row);
    // Under the details and their actions (the line's files).
    void addDetailWidget(QWidget *widget);
    // Lays the page out; the last call of the page's constructor.
    void finishPage();

    // The selected line's row in the model; -1 for none.
    int selectedRow() const;
    void selectLine(qint64 id);
    // The ids of `kind`'s lines ("in", "out") that the search's text finds, best first.
    QList<qint64> searchedIds(const QString &kind) const;
    bool searching() const;
    // After reload() set the lines: fits the columns and shows the selection's details.
    void linesShown();
    // Every filter and the search back to "all", without reading the lines.
    void resetFilters();

    // The selected line's details and which actions it allows.
    virtual void showDetail() = 0;

private:
    // The year filter's years as the file holds them, the chosen one kept.
    void fillYearFilter();
    void setList(RegisterListModel *model, int sortColumn, int textColumn, const QList<std::pair<int, int>> &caps,
                 QList<std::pair<int, int>> ranks);
    void showContextMenu(const QPoint &at);

    AppController &m_controller;
    QLabel *m_heading;
    QHBoxLayout *m_firstRow;
    FlowLayout *m_filters;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QComboBox *m_types = nullptr;
    QComboBox *m_years = nullptr;
    registers::RegisterYears::Register m_yearsOf = registers::RegisterYears::Register::Incoming;
    bool m_nextYear = false;
    QList<QComboBox *> m_choices;
    QList<QLineEdit *> m_texts;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    RegisterListModel *m_model = nullptr;
    ColumnFitter *m_fitter = nullptr;
    QWidget *m_detailBox;
    QVBoxLayout *m_detailLayout;
    QTextBrowser *m_detail;
    QList<QPushButton *> m_lineActions;
    QList<QWidget *> m_bookActions;
};

} // namespace vanphong::ui
