// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonkind.h"

using namespace Qt::StringLiterals;

QString jsonKindOf(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"true or false"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"text"_s;
    case QJsonValue::Array: return u"a list"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"nothing"_s;
}
