#include "XmlFieldFiller.h"

#include <QRegularExpression>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>
#include <vector>

namespace vanphong::drafts {

namespace {

constexpr size_t None = size_t(-1);

struct Token
{
    enum Kind { Text, Start, End, Empty, Other };
    Kind kind = Text;
    qsizetype begin = 0;
    qsizetype end = 0; // one past the last byte
    QByteArray name;   // a tag's element name
};

bool startsAt(const QByteArray &xml, qsizetype at, const char *what)
{
    const auto length = qsizetype(std::strlen(what));
    return at + length <= xml.size() && std::memcmp(xml.constData() + at, what, size_t(length)) == 0;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

QByteArray nameAt(const QByteArray &xml, qsizetype from, qsizetype end)
{
    qsizetype to = from;
    while (to < end && !isSpace(xml[to]) && xml[to] != '>' && xml[to] != '/')
        ++to;
    return xml.mid(from, to - from);
}

// Tags and text, as they lie in the bytes; quotes in attributes are respected.
std::vector<Token> tokenize(const QByteArray &xml)
{
    std::vector<Token> out;
    const qsizetype n = xml.size();
    qsizetype i = 0;
    while (i < n) {
        if (xml[i] != '<') {
            qsizetype j = xml.indexOf('<', i);
            if (j < 0)
                j = n;
            out.push_back({Token::Text, i, j, {}});
            i = j;
            continue;
        }
        const auto skipTo = [&](const char *closing) {
            const qsizetype j = xml.indexOf(closing, i);
            return j < 0 ? n : j + qsizetype(std::strlen(closing));
        };
        if (startsAt(xml, i, "<!--")) {
            out.push_back({Token::Other, i, skipTo("-->"), {}});
        } else if (startsAt(xml, i, "<![CDATA[")) {
            out.push_back({Token::Other, i, skipTo("]]>"), {}});
        } else if (startsAt(xml, i, "<?") || startsAt(xml, i, "<!")) {
            out.push_back({Token::Other, i, skipTo(">"), {}});
        } else {
            qsizetype j = i + 1;
            char quote = 0;
            for (; j < n; ++j) {
                const char c = xml[j];
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    break;
                }
            }
            const qsizetype end = j < n ? j + 1 : n;
            if (i + 1 < n && xml[i + 1] == '/')
                out.push_back({Token::End, i, end, nameAt(xml, i + 2, end)});
            else if (end - 2 > i && xml[end - 2] == '/')
                out.push_back({Token::Empty, i, end, nameAt(xml, i + 1, end)});
            else
                out.push_back({Token::Start, i, end, nameAt(xml, i + 1, end)});
        }
        i = out.back().end;
    }
    return out;
}

// The part read as paragraphs of text: where each piece of text lies, and
// which elements are open around it up from its paragraph.
struct TextMap
{
    struct Segment
    {
        size_t token = 0;
        qsizetype flatBegin = 0;
        size_t paragraph = None;
        std::vector<size_t> open; // start tokens, the paragraph's first
    };
    struct Paragraph
    {
        size_t start = 0;
        size_t end = None;
        QByteArray parent; // the element holding the paragraph
    };
    struct Marker
    {
        qsizetype begin = 0; // in `flat`
        qsizetype end = 0;
        QString name;
    };

    std::vector<Token> tokens;
    std::vector<size_t> matchingEnd; // per start token
    std::vector<Segment> segments;
    std::vector<Paragraph> paragraphs;
    QByteArray flat; // the segments' bytes, one after the other
    std::vector<Marker> markers;

    TextMap(const QByteArray &xml, XmlFieldFiller::Dialect dialect)
        : tokens(tokenize(xml))
        , matchingEnd(tokens.size(), None)
    {
        const bool docx = dialect == XmlFieldFiller::Dialect::Docx;
        const auto isParagraph = [docx](const QByteArray &name) {
            return docx ? name == "w:p" : (name == "text:p" || name == "text:h");
        };
        std::vector<size_t> stack;          // open start tokens
        std::vector<size_t> paragraphStack; // positions in `stack` of open paragraphs
        std::vector<size_t> paragraphIndex; // their index in `paragraphs`
        for (size_t t = 0; t < tokens.size(); ++t) {
            const Token &token = tokens[t];
            switch (token.kind) {
            case Token::Start:
                if (isParagraph(token.name)) {
                    paragraphs.push_back({t, None, stack.empty() ? QByteArray() : tokens[stack.back()].name});
                    paragraphStack.push_back(stack.size());
                    paragraphIndex.push_back(paragraphs.size() - 1);
                }
                stack.push_back(t);
                break;
            case Token::End:
                // Tolerant: closes up to the element of that name.
                while (!stack.empty()) {
                    const size_t open = stack.back();
                    stack.pop_back();
                    if (!paragraphStack.empty() && paragraphStack.back() == stack.size()) {
                        paragraphs[paragraphIndex.back()].end = t;
                        paragraphStack.pop_back();
                        paragraphIndex.pop_back();
                    }
                    if (tokens[open].name == token.name) {
                        matchingEnd[open] = t;
                        break;
                    }
                }
                break;
            case Token::Text: {
                if (paragraphStack.empty())
                    break;
                if (docx && (stack.empty() || tokens[stack.back()].name != "w:t"))
                    break;
                Segment s;
                s.token = t;
                s.flatBegin = flat.size();
                s.paragraph = paragraphIndex.back();
                s.open.assign(stack.begin() + std::ptrdiff_t(paragraphStack.back()), stack.end());
                segments.push_back(std::move(s));
                flat.append(xml.constData() + token.begin, token.end - token.begin);
                break;
            }
            case Token::Empty:
            case Token::Other:
                break;
            }
        }
        findMarkers();
    }

    size_t segmentAt(qsizetype flatOffset) const
    {
        auto it = std::upper_bound(segments.begin(), segments.end(), flatOffset,
                                   [](qsizetype offset, const Segment &s) { return offset < s.flatBegin; });
        return size_t(it - segments.begin()) - 1;
    }
    qsizetype segmentEnd(size_t s) const
    {
        return s + 1 < segments.size() ? segments[s + 1].flatBegin : flat.size();
    }

private:
    void findMarkers()
    {
        const qsizetype n = flat.size();
        qsizetype from = 0;
        while ((from = flat.indexOf("{{", from)) >= 0) {
            qsizetype q = from + 2;
            while (q < n && flat[q] == ' ')
                ++q;
            const qsizetype nameBegin = q;
            while (q < n && (std::isalnum(static_cast<unsigned char>(flat[q])) || flat[q] == '_'))
                ++q;
            const qsizetype nameEnd = q;
            while (q < n && flat[q] == ' ')
                ++q;
            if (nameEnd > nameBegin && startsAt(flat, q, "}}")) {
                const size_t first = segmentAt(from);
                const size_t last = segmentAt(q + 1);
                // A marker never runs from one paragraph into the next.
                if (segments[first].paragraph == segments[last].paragraph)
                    markers.push_back({from, q + 2, QString::fromLatin1(flat.mid(nameBegin, nameEnd - nameBegin))});
                from = q + 2;
            } else {
                from += 1;
            }
        }
    }
};

struct Edit
{
    qsizetype at = 0;
    qsizetype length = 0;
    QByteArray with;
};

// A copy of a start tag for the next paragraph or run: without the
// attributes that must be unique in the document.
QByteArray clonedStart(const QByteArray &tag)
{
    static const QRegularExpression unique(QStringLiteral("\\s(?:xml:id|w14:paraId|w14:textId|text:id)=\"[^\"]*\""));
    return QString::fromUtf8(tag).remove(unique).toUtf8();
}

} // namespace

QByteArray XmlFieldFiller::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            out += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else if (c == QLatin1Char('\t'))
            out += QLatin1Char(' ');
        else if (c.unicode() >= 0x20 && c.unicode() != 0xFFFE && c.unicode() != 0xFFFF)
            out += c;
    }
    return out.toUtf8();
}

QStringList XmlFieldFiller::fieldsIn(const QByteArray &xml, Dialect dialect)
{
    const TextMap map(xml, dialect);
    QStringList names;
    for (const auto &m : map.markers)
        if (!names.contains(m.name))
            names << m.name;
    return names;
}

XmlFieldFiller::Outcome XmlFieldFiller::fill(const QByteArray &xml, Dialect dialect, const QHash<QString, QString> &values)
{
    const TextMap map(xml, dialect);
    const bool docx = dialect == Dialect::Docx;
    Outcome outcome;
    std::vector<Edit> edits;

    // Paragraphs made only of markers whose values are all empty are left out.
    std::vector<std::pair<qsizetype, qsizetype>> removed; // byte ranges
    {
        std::vector<QByteArray> rest(map.paragraphs.size()); // each paragraph's text without its markers
        std::vector<int> state(map.paragraphs.size(), 0);    // 0 no marker, 1 all empty, 2 keep
        for (size_t s = 0; s < map.segments.size(); ++s)
            rest[map.segments[s].paragraph] += map.flat.mid(map.segments[s].flatBegin, map.segmentEnd(s) - map.segments[s].flatBegin);
        for (size_t p = 0; p < map.paragraphs.size(); ++p)
            for (const auto &m : map.markers) {
                if (map.segments[map.segmentAt(m.begin)].paragraph != p)
                    continue;
                const QString bytes = QString::fromLatin1(map.flat.mid(m.begin, m.end - m.begin));
                rest[p].replace(bytes.toLatin1(), QByteArray());
                const auto value = values.find(m.name);
                state[p] = (value == values.end() || !value->trimmed().isEmpty()) ? 2 : std::max(state[p], 1);
            }
        for (size_t p = 0; p < map.paragraphs.size(); ++p) {
            const auto &paragraph = map.paragraphs[p];
            // A table cell of a DOCX needs a paragraph of its own.
            if (state[p] != 1 || !rest[p].trimmed().isEmpty() || paragraph.end == None || (docx && paragraph.parent == "w:tc"))
                continue;
            const qsizetype begin = map.tokens[paragraph.start].begin;
            const qsizetype end = map.tokens[paragraph.end].end;
            removed.push_back({begin, end});
            edits.push_back({begin, end - begin, {}});
        }
    }
    const auto inRemoved = [&removed](qsizetype at) {
        return std::any_of(removed.begin(), removed.end(), [at](const auto &r) { return at >= r.first && at < r.second; });
    };

    std::set<size_t> preserved; // DOCX text elements told to keep their spaces
    for (const auto &m : map.markers) {
        const auto value = values.find(m.name);
        if (value == values.end()) {
            if (!outcome.unknown.contains(m.name))
                outcome.unknown << m.name;
            continue;
        }
        const size_t first = map.segmentAt(m.begin);
        const size_t last = map.segmentAt(m.end - 1);
        if (inRemoved(map.tokens[map.segments[first].token].begin))
            continue;
        for (size_t s = first; s <= last; ++s) {
            const auto &segment = map.segments[s];
            const qsizetype from = std::max(m.begin, segment.flatBegin);
            const qsizetype to = std::min(m.end, map.segmentEnd(s));
            Edit edit{map.tokens[segment.token].begin + (from - segment.flatBegin), to - from, {}};
            if (s == first) {
                const QStringList parts = value->split(QLatin1Char('\n'));
                edit.with = escaped(parts.first());
                for (qsizetype i = 1; i < parts.size(); ++i) {
                    // Closes the paragraph and what is open inside it, then opens the same again.
                    for (auto it = segment.open.rbegin(); it != segment.open.rend(); ++it)
                        edit.with += "</" + map.tokens[*it].name + '>';
                    for (const size_t open : segment.open) {
                        const Token &tag = map.tokens[open];
                        QByteArray start = clonedStart(xml.mid(tag.begin, tag.end - tag.begin));
                        if (docx && start == "<w:t>")
                            start = "<w:t xml:space=\"preserve\">";
                        edit.with += start;
                        // A DOCX paragraph's or run's look is its first child (w:pPr, w:rPr).
                        size_t next = open + 1;
                        while (next < map.tokens.size() && map.tokens[next].kind == Token::Text
                               && xml.mid(map.tokens[next].begin, map.tokens[next].end - map.tokens[next].begin).trimmed().isEmpty())
                            ++next;
                        if (docx && next < map.tokens.size() && map.tokens[next].name.endsWith("Pr")) {
                            const Token &look = map.tokens[next];
                            const qsizetype end = look.kind == Token::Start && map.matchingEnd[next] != None
                                                      ? map.tokens[map.matchingEnd[next]].end
                                                      : look.end;
                            edit.with += xml.mid(look.begin, end - look.begin);
                        }
                    }
                    edit.with += escaped(parts.at(i));
                }
            }
            edits.push_back(std::move(edit));
            if (docx && !segment.open.empty() && preserved.insert(segment.open.back()).second) {
                const Token &tag = map.tokens[segment.open.back()];
                if (xml.mid(tag.begin, tag.end - tag.begin) == "<w:t>")
                    edits.push_back({tag.begin, tag.end - tag.begin, "<w:t xml:space=\"preserve\">"});
            }
        }
    }

    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.at > b.at; });
    outcome.xml = xml;
    for (const Edit &e : edits)
        outcome.xml.replace(e.at, e.length, e.with);
    return outcome;
}

} // namespace vanphong::drafts
