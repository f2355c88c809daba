// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstate.h"

#include "content/contentrepository.h"
#include "models/guidemodel.h"

namespace {
AppState *s_instance = nullptr;
}

AppState::AppState(const ContentRepository &content, QString dataDir, QObject *parent)
    : QObject(parent), m_content(content), m_dataDir(std::move(dataDir)),
      m_guide(new GuideModel(content, this))
{
}

AppState::~AppState()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void AppState::setInstance(AppState *instance)
{
    s_instance = instance;
}

AppState *AppState::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "AppState::create", "main() must call AppState::setInstance() before loading QML");
    // main() owns the instance; the engine must not delete it.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString AppState::version() const
{
    return QStringLiteral(HEARTH_VERSION);
}

QStringList AppState::contentProblems() const
{
    QStringList problems;
    for (const ContentError &error : m_content.errors())
        problems.append(error.toString());
    return problems;
}

QString AppState::careNoteTitle() const
{
    return m_content.careNote() ? m_content.careNote()->title : QString();
}

QString AppState::careNoteText() const
{
    return m_content.careNote() ? m_content.careNote()->text : QString();
}
