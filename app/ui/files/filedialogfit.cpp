// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialogfit.h"

#include "filechoices.h"

#include <QColor>
#include <QFileInfo>
#include <QKeyEvent>
#include <QQuickItem>
#include <QWindow>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Return in the name field saves, as the accept button does: after the field
// has handled the key, since its editingFinished is what hands the typed name
// to the dialog. A name that is a folder opens it instead, as the button would.
class ReturnSaves : public QObject
{
public:
    explicit ReturnSaves(QObject *dialog)
        : QObject(dialog)
        , m_dialog(dialog)
    {
    }

protected:
    bool eventFilter(QObject *field, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
            || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier
            || field->property("text").toString().trimmed().isEmpty())
            return false;
        QTimer::singleShot(0, m_dialog, [dialog = m_dialog] {
            const QString path = FileRules::localPath(dialog->property("selectedFile").toUrl());
            if (path.isEmpty())
                return;
            if (QFileInfo(path).isDir())
                dialog->setProperty("currentFolder", QUrl::fromLocalFile(path));
            else
                QMetaObject::invokeMethod(dialog, "accept");
        });
        return false;
    }

private:
    QObject *m_dialog;
};

void saveOnReturn(QObject *dialog)
{
    // Marks a dialog already fitted: the dialog is kept and opened again.
    static constexpr char fitted[] = "_hearthSavesOnReturn";
    if (dialog->property(fitted).toBool())
        return;
    auto *footer = dialog->property("footer").value<QQuickItem *>();
    QObject *field = footer ? footer->findChild<QObject *>(u"fileNameTextField"_s) : nullptr;
    if (!field)
        return;
    field->installEventFilter(new ReturnSaves(dialog));
    dialog->setProperty(fitted, true);
}

} // namespace

FileDialogFit::FileDialogFit(QObject *parent)
    : QObject(parent)
{
}

int FileDialogFit::fit(QWindow *window, const QVariantMap &colours) const
{
    if (!window)
        return 0;
    int fitted = 0;
    const QObjectList children = window->children();
    for (QObject *child : children) {
        if (!child->inherits("QQuickFileDialogImpl"))
            continue;
        if (auto *palette = child->property("palette").value<QObject *>()) {
            for (auto it = colours.cbegin(); it != colours.cend(); ++it)
                palette->setProperty(it.key().toLatin1().constData(), it.value().value<QColor>());
        }
        saveOnReturn(child);
        ++fitted;
    }
    return fitted;
}
