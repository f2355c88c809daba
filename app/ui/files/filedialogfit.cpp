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

QQuickItem *nameField(QObject *dialog)
{
    auto *footer = dialog->property("footer").value<QQuickItem *>();
    return footer ? footer->findChild<QQuickItem *>(u"fileNameTextField"_s) : nullptr;
}

void saveOnReturn(QObject *dialog, QQuickItem *field)
{
    // Marks a dialog already fitted: the dialog is kept and opened again.
    static constexpr char fitted[] = "_hearthSavesOnReturn";
    if (dialog->property(fitted).toBool())
        return;
    field->installEventFilter(new ReturnSaves(dialog));
    dialog->setProperty(fitted, true);
}

// Qt puts the keys in the list of files; a person saving types a name.
void startInName(QQuickItem *field)
{
    if (!field->isVisible())
        return; // an open dialog has no name field
    field->forceActiveFocus(Qt::PopupFocusReason);
    const QString name = field->property("text").toString();
    const qsizetype dot = name.lastIndexOf(u'.');
    QMetaObject::invokeMethod(field, "select", Q_ARG(int, 0), Q_ARG(int, int(dot > 0 ? dot : name.size())));
}

} // namespace

FileDialogFit::FileDialogFit(QObject *parent)
    : QObject(parent)
{
}

int FileDialogFit::fit(QWindow *window, const QVariantMap &colours, int width) const
{
    if (!window)
        return 0;
    int fitted = 0;
    const QObjectList children = window->children();
    for (QObject *child : children) {
        if (!child->inherits("QQuickFileDialogImpl"))
            continue;
        QQuickItem *field = nameField(child);
        // The name field, made before this, keeps the window's palette until
        // it is next resolved (seen on 6.4.2): give it the colours as well.
        for (QObject *control : {child, static_cast<QObject *>(field)}) {
            auto *palette = control ? control->property("palette").value<QObject *>() : nullptr;
            for (auto it = colours.cbegin(); palette && it != colours.cend(); ++it)
                palette->setProperty(it.key().toLatin1().constData(), it.value().value<QColor>());
        }
        if (width > 0)
            child->setProperty("width", width);
        if (field) {
            saveOnReturn(child, field);
            if (child->property("visible").toBool())
                startInName(field);
        }
        ++fitted;
    }
    return fitted;
}
