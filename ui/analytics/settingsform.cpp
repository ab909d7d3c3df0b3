#include "analytics/settingsform.h"

#include "analytics/geometryfieldeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace vigil {

namespace {

const char *const kErrorStyle = "color: #f87171;";

// The setting a validator path belongs to: "zones[0].points[2]" → "zones".
QString topField(const QString &path)
{
    const qsizetype end = path.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
    return end < 0 ? path : path.left(end);
}

// Decimals enough to show the range limits and the value exactly (at most 3).
int decimalsFor(const SettingDescriptor &d, double value)
{
    if (d.integer)
        return 0;
    int decimals = d.type == SettingType::Duration ? 1 : 2;
    for (double v : {d.minimum, d.maximum, value}) {
        while (decimals < 3 &&
               std::abs(v * std::pow(10, decimals) - std::round(v * std::pow(10, decimals))) > 1e-9)
            ++decimals;
    }
    return decimals;
}

} // namespace

QString SettingsForm::objectClassName(const QString &classId)
{
    if (classId == QStringLiteral("person"))
        return tr("Person");
    if (classId == QStringLiteral("vehicle"))
        return tr("Vehicle");
    if (classId == QStringLiteral("object"))
        return tr("Other object");
    if (classId == QStringLiteral("motion"))
        return tr("Motion");
    return classId;
}

SettingsForm::SettingsForm(const SettingsSchema &schema, const QJsonObject &settings,
                           const QImage &still, QSize sourceSize, QWidget *parent)
    : QWidget(parent), m_schema(schema)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    QStringList dropped;
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!schema.field(it.key()))
            dropped << it.key();
    }

    for (const SettingDescriptor &descriptor : schema.fields) {
        const QJsonValue value = settings.contains(descriptor.id) ? settings.value(descriptor.id)
                                                                  : descriptor.defaultValue;
        Field field = makeField(descriptor, value, still, sourceSize);
        field.editor->setObjectName(descriptor.id);
        field.error = new QLabel(this);
        field.error->setObjectName(descriptor.id + QStringLiteral("Error"));
        field.error->setStyleSheet(QString::fromLatin1(kErrorStyle));
        field.error->setWordWrap(true);
        field.error->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(field.editor);
        cell->addWidget(field.error);
        const QString label = descriptor.name.text(QLocale().name()) + QLatin1Char(':');
        const bool geometry =
            descriptor.type == SettingType::PolygonList || descriptor.type == SettingType::LineList;
        if (geometry) {
            // Full width: the picture needs the room.
            layout->addWidget(new QLabel(label, this));
            layout->addLayout(cell, 1);
        } else {
            form->addRow(label, cell);
        }
        m_fields.append(field);
    }
    layout->addLayout(form);
    if (!dropped.isEmpty()) {
        auto *note = new QLabel(
            tr("Stored settings this plugin version no longer knows will be removed on saving: %1")
                .arg(dropped.join(QStringLiteral(", "))),
            this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    revalidate();
}

SettingsForm::Field SettingsForm::makeField(const SettingDescriptor &descriptor,
                                            const QJsonValue &value, const QImage &still,
                                            QSize sourceSize)
{
    switch (descriptor.type) {
    case SettingType::Number:
    case SettingType::Duration:
        return makeNumberField(descriptor, value);
    case SettingType::Enum:
        return makeEnumField(descriptor, value);
    case SettingType::ObjectClassList:
        return makeClassListField(descriptor, value);
    case SettingType::Path:
        return makePathField(descriptor, value);
    case SettingType::PolygonList:
    case SettingType::LineList:
        break;
    }
    auto *editor = new GeometryFieldEditor(descriptor, value, still, sourceSize, this);
    connect(editor, &GeometryFieldEditor::changed, this, &SettingsForm::revalidate);
    Field field;
    field.descriptor = descriptor;
    field.editor = editor;
    field.value = [editor] { return QJsonValue(editor->value()); };
    return field;
}

SettingsForm::Field SettingsForm::makeNumberField(const SettingDescriptor &d,
                                                  const QJsonValue &value)
{
    auto *spin = new QDoubleSpinBox(this);
    const double v = value.toDouble(d.minimum);
    spin->setDecimals(decimalsFor(d, v));
    // A stored value outside the range stays visible (and is reported) instead of being
    // silently clamped.
    spin->setRange(std::min(d.minimum, v), std::max(d.maximum, v));
    spin->setValue(v);
    spin->setKeyboardTracking(true);
    if (d.type == SettingType::Duration)
        spin->setSuffix(tr(" s"));
    spin->setToolTip(
        tr("%1 to %2").arg(QLocale().toString(d.minimum), QLocale().toString(d.maximum)));
    connect(spin, &QDoubleSpinBox::valueChanged, this, &SettingsForm::revalidate);
    Field field;
    field.descriptor = d;
    field.editor = spin;
    field.value = [spin] { return QJsonValue(spin->value()); };
    return field;
}

SettingsForm::Field SettingsForm::makeEnumField(const SettingDescriptor &d, const QJsonValue &value)
{
    auto *combo = new QComboBox(this);
    for (const QString &option : d.values)
        combo->addItem(option, option);
    const int index = combo->findData(value.toString());
    if (index < 0 && value.isString())
        combo->addItem(value.toString(), value.toString()); // kept visible; validation reports it
    combo->setCurrentIndex(index < 0 ? combo->count() - 1 : index);
    connect(combo, &QComboBox::currentIndexChanged, this, &SettingsForm::revalidate);
    Field field;
    field.descriptor = d;
    field.editor = combo;
    field.value = [combo] { return QJsonValue(combo->currentData().toString()); };
    return field;
}

SettingsForm::Field SettingsForm::makePathField(const SettingDescriptor &d, const QJsonValue &value)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(value.toString(), box);
    edit->setObjectName(QStringLiteral("path"));
    edit->setPlaceholderText(tr("Default"));
    auto *browse = new QToolButton(box);
    browse->setObjectName(QStringLiteral("browse"));
    browse->setText(tr("Browse…"));
    row->addWidget(edit, 1);
    row->addWidget(browse);
    connect(edit, &QLineEdit::textChanged, this, &SettingsForm::revalidate);
    connect(browse, &QToolButton::clicked, this, [this, edit, d] {
        const QString chosen =
            QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text(), d.fileFilter);
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    Field field;
    field.descriptor = d;
    field.editor = box;
    field.value = [edit] { return QJsonValue(edit->text().trimmed()); };
    return field;
}

SettingsForm::Field SettingsForm::makeClassListField(const SettingDescriptor &d,
                                                     const QJsonValue &value)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    QStringList chosen;
    for (const QJsonValue &item : value.toArray())
        chosen << item.toString();
    QList<QCheckBox *> checks;
    for (const QString &classId : d.values) {
        auto *check = new QCheckBox(objectClassName(classId), box);
        check->setObjectName(classId);
        check->setChecked(chosen.contains(classId));
        connect(check, &QCheckBox::toggled, this, &SettingsForm::revalidate);
        row->addWidget(check);
        checks << check;
    }
    row->addStretch(1);
    Field field;
    field.descriptor = d;
    field.editor = box;
    field.value = [checks] {
        QJsonArray classes;
        for (QCheckBox *check : checks) {
            if (check->isChecked())
                classes.append(check->objectName());
        }
        return QJsonValue(classes);
    };
    return field;
}

QJsonObject SettingsForm::settings() const
{
    QJsonObject result;
    for (const Field &field : m_fields)
        result.insert(field.descriptor.id, field.value());
    return result;
}

QStringList SettingsForm::fieldIds() const
{
    QStringList ids;
    for (const Field &field : m_fields)
        ids << field.descriptor.id;
    return ids;
}

const SettingsForm::Field *SettingsForm::field(const QString &fieldId) const
{
    for (const Field &field : m_fields) {
        if (field.descriptor.id == fieldId)
            return &field;
    }
    return nullptr;
}

QWidget *SettingsForm::editor(const QString &fieldId) const
{
    const Field *f = field(fieldId);
    return f ? f->editor : nullptr;
}

QLabel *SettingsForm::errorLabel(const QString &fieldId) const
{
    const Field *f = field(fieldId);
    return f ? f->error : nullptr;
}

GeometryFieldEditor *SettingsForm::geometryEditor(const QString &fieldId) const
{
    return qobject_cast<GeometryFieldEditor *>(editor(fieldId));
}

void SettingsForm::revalidate()
{
    m_errors = validateSettings(m_schema, settings()).errors;
    for (const Field &field : std::as_const(m_fields)) {
        if (auto *geometry = qobject_cast<GeometryFieldEditor *>(field.editor)) {
            for (const QString &problem : geometry->unfinishedShapes())
                m_errors.append({field.descriptor.id, problem});
        }
    }
    for (const Field &field : std::as_const(m_fields)) {
        QStringList messages;
        for (const FieldError &error : std::as_const(m_errors)) {
            if (topField(error.field) == field.descriptor.id)
                messages << (error.field == field.descriptor.id ? error.message : error.toString());
        }
        field.error->setText(messages.join(QLatin1Char('\n')));
        field.error->setVisible(!messages.isEmpty());
    }
    emit changed();
}

} // namespace vigil
