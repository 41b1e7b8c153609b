#include "annotateoptionset.h"

#include <QCommandLineParser>

namespace {

std::optional<QString> valueIfSet(const QCommandLineParser& parser,
                                  const QCommandLineOption& option) {
    if (!parser.isSet(option))
        return std::nullopt;
    return parser.value(option);
}

} // namespace

AnnotateOptionSet::AnnotateOptionSet(QCommandLineParser& parser)
    : m_company(QStringLiteral("company"),
                QStringLiteral("annotate: the company mentioned, by name or alias (a new name "
                               "creates it); partnerships: only those of NAME."),
                QStringLiteral("NAME"))
    , m_quote(QStringLiteral("quote"),
              QStringLiteral("annotate: mark the first unmarked whole-word TEXT."),
              QStringLiteral("TEXT"))
    , m_all(QStringLiteral("all"),
            QStringLiteral("annotate: mark every unmarked occurrence of the company's names."))
    , m_start(QStringLiteral("start"),
              QStringLiteral("annotate: where the mention starts (UTF-16 offset in the text)."),
              QStringLiteral("N"))
    , m_end(QStringLiteral("end"), QStringLiteral("annotate: where the mention ends."),
            QStringLiteral("M"))
    , m_partnership(QStringLiteral("partnership"),
                    QStringLiteral("annotate: record a partnership of companies A and B (the "
                                   "two arguments after ID)."))
    , m_kind(QStringLiteral("kind"),
             QStringLiteral("annotate --partnership: its kind (default: partnership)."),
             QStringLiteral("K"))
    , m_status(QStringLiteral("status"),
               QStringLiteral("annotate --partnership: announced (default), current, former or "
                              "rumoured."),
               QStringLiteral("S"))
    , m_evidence(QStringLiteral("evidence"),
                 QStringLiteral("annotate --partnership: the sentence with TEXT is the "
                                "evidence."),
                 QStringLiteral("TEXT"))
    , m_note(QStringLiteral("note"),
             QStringLiteral("annotate: set the article's note (\"\" deletes it)."),
             QStringLiteral("TEXT")) {
    parser.addOptions({m_company, m_quote, m_all, m_start, m_end, m_partnership, m_kind, m_status,
                       m_evidence, m_note});
}

AnnotateOptions AnnotateOptionSet::values(const QCommandLineParser& parser) const {
    AnnotateOptions options;
    options.company = valueIfSet(parser, m_company);
    options.quote = valueIfSet(parser, m_quote);
    options.start = valueIfSet(parser, m_start);
    options.end = valueIfSet(parser, m_end);
    options.kind = valueIfSet(parser, m_kind);
    options.status = valueIfSet(parser, m_status);
    options.evidence = valueIfSet(parser, m_evidence);
    options.note = valueIfSet(parser, m_note);
    options.all = parser.isSet(m_all);
    options.partnership = parser.isSet(m_partnership);
    return options;
}

QString AnnotateOptionSet::notReadBy(const QCommandLineParser& parser,
                                     const QString& command) const {
    if (command == QLatin1String("annotate"))
        return {};
    for (const QCommandLineOption* option :
         {&m_company, &m_quote, &m_all, &m_start, &m_end, &m_partnership, &m_kind, &m_status,
          &m_evidence, &m_note}) {
        if (option == &m_company && command == QLatin1String("partnerships"))
            continue;
        if (parser.isSet(*option))
            return QStringLiteral("--") + option->names().constFirst();
    }
    return {};
}
