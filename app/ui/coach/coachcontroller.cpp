// SPDX-License-Identifier: GPL-3.0-or-later
#include "coachcontroller.h"

#include "coach/coach.h"
#include "content/contentrepository.h"
#include "storage/autosaver.h"
#include "storage/savefile.h"
#include "storage/workinprogressstore.h"

#include <QClipboard>
#include <QDir>
#include <QUrl>
#include <QGuiApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

bool isParagraphBreak(QChar c)
{
    return c == u'\n' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
}

// A replacement at the start of a sentence starts with a capital too.
QString matchingCase(const QString &replacement, const QString &replaced)
{
    if (replacement.isEmpty() || replaced.isEmpty() || !replaced.at(0).isUpper() || !replacement.at(0).isLower())
        return replacement;
    return replacement.at(0).toUpper() + replacement.mid(1);
}

} // namespace

CoachController::CoachController(const ContentRepository &content, Autosaver *autosaver, QObject *parent)
    : QObject(parent), m_content(content), m_autosaver(autosaver)
{
}

CoachController::~CoachController() = default;

QString CoachController::example() const
{
    if (!m_example.isEmpty())
        return m_example;
    // Blaming sentences the drills already hold, each showing a different kind
    // of trouble: three at most, so the example reads as an example.
    QStringList sentences;
    QSet<QString> kinds;
    for (const Drill &drill : m_content.drills()) {
        if (sentences.size() == 3)
            break;
        const auto found = findings(drill.statement);
        if (!found.isEmpty() && !kinds.contains(found.constFirst().kind)) {
            kinds.insert(found.constFirst().kind);
            sentences.append(drill.statement);
        }
    }
    m_example = sentences.join(u' ');
    return m_example;
}

const Coach &CoachController::coach() const
{
    if (!m_coach)
        m_coach = std::make_unique<Coach>(m_content);
    return *m_coach;
}

QList<CoachFinding> CoachController::findings(const QString &text) const
{
    QList<CoachFinding> all;
    qsizetype begin = 0;
    while (begin <= text.size()) {
        qsizetype end = begin;
        while (end < text.size() && !isParagraphBreak(text.at(end)))
            ++end;
        if (end > begin) {
            for (CoachFinding finding : coach().findings(text.mid(begin, end - begin))) {
                finding.start += begin;
                finding.end += begin;
                all.append(finding);
            }
        }
        begin = end + 1;
    }
    return all;
}

QVariant CoachController::analyze(const QString &text) const
{
    QVariantList list;
    for (const CoachFinding &f : findings(text)) {
        list.append(QVariantMap{{u"kind"_s, f.kind},
                                {u"kindLabel"_s, kindLabel(f.kind)},
                                {u"start"_s, int(f.start)},
                                {u"end"_s, int(f.end)},
                                {u"excerpt"_s, text.mid(f.start, f.end - f.start)},
                                {u"message"_s, f.message},
                                {u"suggestion"_s, f.suggestion},
                                {u"replacement"_s, matchingCase(f.replacement, text.mid(f.start, f.end - f.start))}});
    }
    const CoachAnalysis whole = coach().analyze(text);
    const CoachParts &parts = whole.parts;
    const QVariantMap partsMap{{u"feeling"_s, parts.feeling.isNull() ? u""_s : parts.feeling},
                               {u"situation"_s, parts.situation.isNull() ? u""_s : parts.situation},
                               {u"need"_s, parts.need.isNull() ? u""_s : parts.need},
                               {u"request"_s, parts.request.isNull() ? u""_s : parts.request}};
    // Without blame it can still land as a complaint ("you rarely listen to
    // me"), so a clean verdict also says what would help it be heard.
    QString verdict;
    if (text.trimmed().isEmpty())
        verdict = QString();
    else if (!list.isEmpty())
        verdict = tr("%n thing(s) to look at before you say it.", nullptr, int(list.size()));
    else if (parts.feeling.isEmpty())
        verdict = tr("Nothing here is likely to sting. To be heard, add how it feels for you: \u201CI feel \u2026 when \u2026\u201D");
    else if (parts.need.isEmpty() && parts.request.isEmpty())
        verdict = tr("Nothing here would put your partner on the defensive. You might add what you need, or a request they could say yes to.");
    else
        verdict = tr("Nothing here would put your partner on the defensive.");
    // The whole kinder sentence, for the whole text; empty when nothing was found.
    const QString rewrite = list.isEmpty() ? QString() : whole.rewrite;
    return QVariantMap{{u"findings"_s, list},
                       {u"parts"_s, partsMap},
                       {u"rewrite"_s, rewrite.isNull() ? u""_s : rewrite},
                       {u"clean"_s, list.isEmpty()},
                       {u"verdict"_s, verdict}};
}

QVariant CoachController::suggestionAt(const QString &text, int position) const
{
    const QList<CoachFinding> found = findings(text);
    qsizetype chosen = -1;
    for (qsizetype i = 0; i < found.size() && chosen < 0; ++i) {
        const CoachFinding &f = found.at(i);
        if (!f.replacement.isEmpty() && f.start <= position && position <= f.end)
            chosen = i;
    }
    for (qsizetype i = 0; i < found.size() && chosen < 0; ++i) {
        if (!found.at(i).replacement.isEmpty())
            chosen = i;
    }
    if (chosen < 0)
        return QVariantMap();
    const CoachFinding &f = found.at(chosen);
    return QVariantMap{{u"index"_s, int(chosen)},
            {u"start"_s, int(f.start)},
            {u"end"_s, int(f.end)},
            {u"replacement"_s, matchingCase(f.replacement, text.mid(f.start, f.end - f.start))}};
}

int CoachController::findingAt(const QVariantList &findings, int position) const
{
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const QVariantMap f = findings.at(i).toMap();
        if (f.value(u"start"_s).toInt() <= position && position <= f.value(u"end"_s).toInt())
            return int(i);
    }
    return -1;
}

QVariantList CoachController::findingsAt(const QVariantList &findings, int position) const
{
    QVariantList held;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const QVariantMap f = findings.at(i).toMap();
        if (f.value(u"start"_s).toInt() <= position && position <= f.value(u"end"_s).toInt())
            held.append(int(i));
    }
    return held;
}

QString CoachController::kindLabel(const QString &kind) const
{
    if (kind == "absolute"_L1)
        return tr("Sweeping word");
    if (kind == "you-blame"_L1)
        return tr("Blame");
    if (kind == "thought-as-feeling"_L1)
        return tr("A thought, not a feeling");
    if (kind == "evaluative-feeling"_L1)
        return tr("A judgement as a feeling");
    if (kind == "label"_L1)
        return tr("Label");
    if (kind == "demand"_L1)
        return tr("Demand");
    if (kind == "contempt"_L1)
        return tr("Contempt");
    if (kind == "defensiveness"_L1)
        return tr("Defensiveness");
    if (kind == "stonewalling"_L1)
        return tr("Shutting the talk down");
    return kind;
}

QVariant CoachController::fauxFeeling(const QString &word) const
{
    const QString wanted = word.trimmed();
    for (const FauxFeeling &faux : m_content.fauxFeelings()) {
        if (faux.word.compare(wanted, Qt::CaseInsensitive) == 0) {
            return QVariantMap{{u"word"_s, faux.word},
                    {u"note"_s, faux.note},
                    {u"feelings"_s, faux.feelings},
                    {u"needs"_s, faux.needs}};
        }
    }
    return QVariantMap();
}

void CoachController::copyToClipboard(const QString &text) const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

ActionResult CoachController::saveToFile(const QString &text, const QUrl &file) const
{
    const QString path = file.toLocalFile();
    if (path.isEmpty())
        return ActionResult::failure(tr("No file was chosen, so nothing was saved."));
    QString error;
    // A text file ends with a line break, as editors expect.
    const QString lines = text.isEmpty() || text.endsWith(u'\n') ? text : text + u'\n';
    if (!writeFileAtomically(path, lines.toUtf8(), &error))
        return ActionResult::failure(tr("Your words could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
    return ActionResult::success(tr("Saved your words to %1.").arg(QDir::toNativeSeparators(path)));
}

QString CoachController::freeWrite() const
{
    return m_autosaver->text(WorkInProgressStore::freeWriteSlot()).value_or(QString());
}

bool CoachController::hasFreeWrite() const
{
    return m_autosaver->text(WorkInProgressStore::freeWriteSlot()).has_value();
}

void CoachController::keepFreeWrite(const QString &text)
{
    const auto kept = m_autosaver->text(WorkInProgressStore::freeWriteSlot());
    if (kept == text)
        return;
    m_autosaver->keep(WorkInProgressStore::freeWriteSlot(), text);
    emit freeWriteChanged();
}

void CoachController::reload()
{
    emit freeWriteChanged();
}
