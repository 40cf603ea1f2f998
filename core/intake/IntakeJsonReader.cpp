// IntakeJson: reading an intake file (docs/intake-format.md) and resolving it against the
// guides. The verdict is written in IntakeJson.cpp.
#include "common/MessageText.h"
#include "intake/IntakeJson.h"

#include "catalog/CatalogFieldReader.h"
#include "catalog/CatalogJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace onetrip {

namespace {

using Presence = CatalogFieldReader::Presence;

QString key(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

constexpr std::initializer_list<MaterialState> kAllStates = {
    MaterialState::Pending,           MaterialState::Provided,
    MaterialState::ObtainedBySharing, MaterialState::ReplacedByCommitment,
    MaterialState::Missing,           MaterialState::Defective,
    MaterialState::Deferred,          MaterialState::NotApplicable};
constexpr std::initializer_list<DefectReason> kAllDefects = {
    DefectReason::Expired,   DefectReason::Unsigned,        DefectReason::Unclear,
    DefectReason::WrongForm, DefectReason::NotEnoughCopies, DefectReason::DataMismatch,
    DefectReason::Other};

// "latest", a version number (one item) or {code: "latest" | number} (a bundle's items).
void readVersions(const QJsonValue &v, IntakeInput &input, CatalogProblems &problems)
{
    const QString field = key("guideVersion");
    auto one = [&](const QJsonValue &value, const QString &code, const QString &at) {
        if (value.isString() && value.toString() == QLatin1String("latest"))
            return;
        const double d = value.toDouble(-1);
        if (!value.isDouble() || d < 1 || d != std::trunc(d) || d > 1'000'000) {
            problems.append({{},
                             at,
                             QCoreApplication::translate(
                                 "IntakeJson", "Expected \"latest\" or a guide version number "
                                               "(1, 2, ...).")});
            return;
        }
        input.versions.insert(code, int(d));
    };
    if (v.isUndefined())
        return;
    if (!v.isObject()) {
        if (!input.bundleCode.isEmpty() && !(v.isString() && v.toString() == key("latest"))) {
            problems.append({{},
                             field,
                             QCoreApplication::translate(
                                 "IntakeJson", "A bundle pins each item's guide: give an object "
                                               "such as {\"JN-SG01\": 3}, or \"latest\".")});
            return;
        }
        one(v, input.itemCode, field);
        return;
    }
    const QJsonObject pins = v.toObject();
    for (auto it = pins.constBegin(); it != pins.constEnd(); ++it)
        one(it.value(), it.key(), field + u'.' + it.key());
}

MaterialCheck readCheck(CatalogFieldReader &r)
{
    MaterialCheck check;
    check.rowKey = r.text(key("row"), Presence::Required).trimmed();
    check.state = r.enumValue(key("state"), materialStateFromKey, kAllStates,
                              MaterialState::Pending, Presence::Required);
    // -1: not given; resolve() takes the number the guide requires.
    check.copiesReceived = r.integer(key("copies"), 0, CatalogJson::MaxCopies, -1);
    if (r.has(key("defect"))) {
        check.defect = r.enumValue(key("defect"), defectReasonFromKey, kAllDefects,
                                   DefectReason::Other, Presence::Required);
        if (check.state != MaterialState::Defective)
            r.report(r.fieldPath(key("defect")),
                     QCoreApplication::translate(
                         "IntakeJson", "A defect is given only with the state \"defective\"."));
    } else if (check.state == MaterialState::Defective) {
        r.report(r.fieldPath(key("defect")),
                 QCoreApplication::translate("IntakeJson",
                                             "Required with the state \"defective\": say what is "
                                             "wrong (expired, unsigned, unclear, wrong-form, "
                                             "not-enough-copies, data-mismatch, other)."));
    }
    check.note = r.text(key("note"));
    r.rejectUnknownKeys();
    return check;
}

} // namespace

IntakeJson::ReadResult IntakeJson::read(const QByteArray &json)
{
    ReadResult result;
    CatalogProblems problems;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString why =
            error.error != QJsonParseError::NoError
                ? QCoreApplication::translate("IntakeJson", "The file is not valid JSON: %1 "
                                                            "(at byte %2).")
                      .arg(error.errorString())
                      .arg(error.offset)
                : QCoreApplication::translate("IntakeJson", "The file must hold one JSON object.");
        result.problems.append({{}, why});
        return result;
    }
    IntakeInput &in = result.input;
    const QJsonObject root = doc.object();
    CatalogFieldReader r(root, {}, {}, problems);
    const QString format = r.text(key("format"));
    if (!format.isEmpty() && format != QLatin1String(FormatName))
        r.report(key("format"),
                 QCoreApplication::translate("IntakeJson", "Expected \"%1\" or nothing, found "
                                                           "\"%2\".")
                     .arg(QLatin1String(FormatName), quotedValue(format)));
    in.itemCode = r.key(key("item"), Presence::Optional).trimmed();
    in.bundleCode = r.key(key("bundle"), Presence::Optional).trimmed();
    if (in.itemCode.isEmpty() == in.bundleCode.isEmpty())
        r.report(key("item"), QCoreApplication::translate(
                                  "IntakeJson", "Give exactly one of \"item\" (an item code) and "
                                                "\"bundle\" (a bundle code)."));
    r.has(key("guideVersion"));
    readVersions(root.value(key("guideVersion")), in, problems);

    if (const std::optional<QJsonObject> answers = r.object(key("answers"))) {
        for (auto it = answers->constBegin(); it != answers->constEnd(); ++it) {
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
                r.report(key("answers.") + it.key(),
                         CatalogFieldReader::wrongType(CatalogFieldReader::typeText(), it.value()));
                continue;
            }
            in.answers.insert(it.key(), it.value().toString().trimmed());
        }
    }

    const QJsonArray materials = r.array(key("materials"));
    for (qsizetype i = 0; i < materials.size(); ++i) {
        const QString path = key("materials[") + QString::number(i) + u']';
        if (!materials.at(i).isObject()) {
            r.report(path, CatalogFieldReader::wrongType(CatalogFieldReader::typeObject(),
                                                         materials.at(i)));
            continue;
        }
        CatalogFieldReader mr(materials.at(i).toObject(), {}, path + u'.', problems);
        in.checks.append(readCheck(mr));
        in.checkFields.append(path);
    }

    if (const std::optional<QJsonObject> flags = r.object(key("flags"))) {
        CatalogFieldReader fr(*flags, {}, key("flags."), problems);
        in.falseCommitmentFlagged = fr.boolean(key("falseCommitment"), false);
        fr.rejectUnknownKeys();
    }
    in.commitmentSigned = r.boolean(key("commitmentSigned"), false);
    in.supplementDays = r.integer(key("supplementDays"), 0, CatalogJson::MaxLimitDays, 0);
    r.rejectUnknownKeys();

    for (const CatalogProblem &p : problems)
        result.problems.append({p.field, p.message});
    return result;
}

IntakeJson::ReadResult IntakeJson::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult result;
        result.problems.append({{},
                                QCoreApplication::translate("IntakeJson", "Cannot read %1: %2.")
                                    .arg(path, file.errorString())});
        return result;
    }
    return read(file.readAll());
}

IntakeProblems IntakeJson::resolve(const IntakeInput &input, const QList<ServiceGuide> &guides,
                                   IntakeRequest &request)
{
    IntakeProblems problems;
    request = IntakeRequest{};
    request.guides = guides;
    request.falseCommitmentFlagged = input.falseCommitmentFlagged;
    request.commitmentSigned = input.commitmentSigned;
    request.supplementDays = input.supplementDays;

    // Sorted, so problems come in the same order every run (QHash order is random).
    QStringList pinned = input.versions.keys();
    pinned.sort();
    for (const QString &code : std::as_const(pinned)) {
        const bool known = std::any_of(guides.cbegin(), guides.cend(),
                                       [&](const ServiceGuide &g) { return g.code == code; });
        if (!known)
            problems.append(
                {key("guideVersion.") + code,
                 QCoreApplication::translate("IntakeJson", "%1 is not an item of this application.")
                     .arg(code)});
    }

    const QList<Situation> questions = Checklist::questions(guides);
    QStringList asked = input.answers.keys();
    asked.sort();
    for (const QString &id : std::as_const(asked)) {
        const QString answer = input.answers.value(id);
        const QString field = key("answers.") + id;
        const auto q = std::find_if(questions.cbegin(), questions.cend(),
                                    [&](const Situation &s) { return s.id == id; });
        QStringList ids;
        if (q == questions.cend()) {
            for (const Situation &s : questions)
                ids.append(s.id);
            problems.append(
                {field,
                 QCoreApplication::translate("IntakeJson", "No such situation question. The "
                                                           "questions are: %1.")
                     .arg(ids.isEmpty() ? QStringLiteral("-") : ids.join(QStringLiteral(", ")))});
            continue;
        }
        if (!q->option(answer)) {
            for (const SituationOption &o : q->options)
                ids.append(o.id);
            problems.append(
                {field, QCoreApplication::translate("IntakeJson", "Unknown answer \"%1\". Expected "
                                                                  "one of: %2.")
                            .arg(quotedValue(answer), ids.join(QStringLiteral(", ")))});
            continue;
        }
        request.answers.insert(id, answer);
    }

    const QList<ChecklistRow> rows = Checklist::build(guides, request.answers);
    QSet<QString> seen;
    for (qsizetype i = 0; i < input.checks.size(); ++i) {
        MaterialCheck check = input.checks.at(i);
        const QString field = input.checkFields.value(i) + key(".row");
        QString code;
        QString id = check.rowKey;
        const qsizetype slash = check.rowKey.lastIndexOf(u'/');
        if (slash >= 0) {
            code = check.rowKey.left(slash);
            id = check.rowKey.mid(slash + 1);
        } else if (guides.size() == 1) {
            code = guides.constFirst().code;
        } else {
            problems.append(
                {field, QCoreApplication::translate("IntakeJson", "In a bundle, name the item too: "
                                                                  "\"ITEMCODE/%1\".")
                            .arg(quotedValue(check.rowKey))});
            continue;
        }
        const auto g = std::find_if(guides.cbegin(), guides.cend(),
                                    [&](const ServiceGuide &s) { return s.code == code; });
        const MaterialRequirement *m = g == guides.cend() ? nullptr : g->material(id);
        if (!m) {
            if (!check.rowKey.isEmpty())
                problems.append({field, QCoreApplication::translate(
                                            "IntakeJson", "\"%1\" is not a material of this "
                                                          "application's guides.")
                                            .arg(quotedValue(check.rowKey))});
            continue;
        }
        // A shared material is one row whichever item names it.
        const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const ChecklistRow &r) {
            return r.usedBy.contains(qMakePair(code, id));
        });
        check.rowKey = row == rows.cend() ? Checklist::rowKey(code, id) : row->key;
        if (seen.contains(check.rowKey)) {
            problems.append({field, QCoreApplication::translate(
                                        "IntakeJson", "%1 is checked twice; give one entry per "
                                                      "material.")
                                        .arg(check.rowKey)});
            continue;
        }
        seen.insert(check.rowKey);
        if (check.copiesReceived < 0) {
            // Not given: "provided" means the copies the checklist asks for.
            check.copiesReceived = row == rows.cend() ? m->copies : row->material.copies;
        }
        request.checks.append(check);
    }
    return problems;
}

} // namespace onetrip
