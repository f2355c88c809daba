// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QVariantMap>

// One row's values keyed by role name: what a QML view needs to act on its
// current item without reaching into the model role by role.
inline QVariantMap rowValues(const QAbstractItemModel &model, int row)
{
    QVariantMap values;
    const QModelIndex idx = model.index(row, 0);
    if (!idx.isValid())
        return values;
    const auto names = model.roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        values.insert(QString::fromLatin1(it.value()), idx.data(it.key()));
    return values;
}
