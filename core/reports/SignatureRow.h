#pragma once

#include <QList>
#include <QString>

class QTextCursor;

namespace vanphong::reports {

// The signatures under a paper (the minutes, a hand-over or destruction
// record): one column per signer, the title in bold, an optional hint in
// italics ("(Ký, ghi rõ họ tên)"), room for the hand and the seal (about
// 30 mm: six lines of 14 pt), then the name when the data holds it. Kept on
// one page and never alone at the top of one. Printed words are Vietnamese.
class SignatureRow final
{
public:
    struct Signer
    {
        QString title; // "NGƯỜI GHI BIÊN BẢN", "BÊN NHẬN"
        QString name;  // empty: the name is written by hand
        QString hint;  // "(Ký, ghi rõ họ tên)"; empty: none
    };

    // `keepWithPrevious`: how many blocks before it stay on its page.
    static void insert(QTextCursor &cursor, const QList<Signer> &signers, int keepWithPrevious = 2);
};

} // namespace vanphong::reports
