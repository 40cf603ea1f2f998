#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace onetrip {

// The whole content of the file at `path`, or nullopt when it cannot be opened for reading;
// then `error`, when given, receives the system's reason (QFile::errorString()). The data
// files' readers share it and each phrase its own message.
std::optional<QByteArray> readWholeFile(const QString &path, QString *error = nullptr);

} // namespace onetrip
