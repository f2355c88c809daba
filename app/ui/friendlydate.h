// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

// A day as a person says it: "today", "yesterday", "on Monday" within the
// week, "on 3 March" this year, "on 3 March 2025" before. Not "2026-11-26".
namespace FriendlyDate {

// Inside a sentence ("Saved today"), or on its own, as a heading starts
// ("Today"): two sets of whole words for translators, never a capital
// letter added to a word that may not take one.
enum class Use { InSentence, OnItsOwn };

[[nodiscard]] QString day(QDate day, QDate today, const QLocale &locale = QLocale(), Use use = Use::InSentence);
} // namespace FriendlyDate
