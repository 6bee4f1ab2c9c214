/// Writes a draft survey as Chorus YAML laid out as the shipped surveys are: settings first, then
/// pages and their questions (each with a comment naming its row), then the form's option lists.
enum SurveyYAMLWriter {
    static func write(_ survey: DraftSurvey) -> YAMLLines {
        var out = YAMLLines()
        out.comment("Imported from \(survey.sourceFile) by `chorus-server surveys import`. Edit this file from now on; the format is in docs/survey-format.md.")
        out.comment("Check it with `chorus-server surveys check FOLDER` and try it with `chorus-server surveys preview --surveys FOLDER`.")
        out.blank()
        out.scalar("id", survey.id, indent: "", from: survey.idLocation)
        out.add("version: \(survey.version)", from: survey.versionLocation)
        out.text("title", survey.title, indent: "")
        out.scalar("audience", survey.audience, indent: "", from: survey.audienceLocation)
        if let runBy = survey.runBy { out.text("run_by", runBy, indent: "") }
        out.blank()
        if survey.introIsPlaceholder {
            out.comment("PLACEHOLDER written by the importer: say what the survey is for, who runs it, that taking part is her choice, and how the results are used.")
        }
        out.text("intro", survey.intro, indent: "")
        if let consent = survey.consent { out.text("consent", consent, indent: "") }
        if let closing = survey.closing { out.text("closing", closing, indent: "") }
        out.blank()
        out.add("pages:")
        for page in survey.pages {
            if let row = page.groupRow {
                out.comment("survey sheet, group at row \(row)", indent: "  ")
            } else {
                out.comment("questions outside any group, gathered on one page", indent: "  ")
            }
            out.text("title", page.title, indent: "    ", dash: true)
            out.add("    questions:")
            for question in page.questions {
                write(question, to: &out)
            }
        }
        let lists = survey.lists.sorted { ($0.location.row ?? 0) < ($1.location.row ?? 0) }
        if !lists.isEmpty {
            out.blank()
            out.comment("The choices sheet.")
            out.add("option_lists:")
            for list in lists {
                out.add("  \(YAMLScalar.inline(list.name) ?? list.name):", from: list.location)
                for option in list.options {
                    let id = YAMLScalar.inline(option.id, flow: true) ?? YAMLScalar.quoted(option.id)
                    if option.label.languages == ["en"], let label = YAMLScalar.inline(option.label.byLanguage["en"]!, flow: true) {
                        out.add("    - {id: \(id), label: \(label)}", from: option.location)
                    } else {
                        out.add("    - id: \(id)", from: option.location)
                        out.text("label", option.label, indent: "      ")
                    }
                }
            }
        }
        return out
    }

    private static func write(_ question: DraftQuestion, to out: inout YAMLLines) {
        let indent = "        "
        out.comment("row \(question.row)", indent: "      ")
        out.scalar("id", question.id, indent: indent, dash: true, from: question.nameLocation)
        out.scalar("type", question.type, indent: indent, from: question.typeLocation)
        if let list = question.scaleList { out.scalar("options", list, indent: indent, from: question.typeLocation) }
        out.text("label", question.label, indent: indent)
        if let hint = question.hint { out.text("hint", hint, indent: indent) }
        if let relevant = question.relevant { out.scalar("relevant", relevant, indent: indent, from: question.relevantLocation) }
        if question.identifying { out.add(indent + "identifying: true", from: question.identifyingLocation) }
        if question.quotePermission { out.add(indent + "quote_permission: true", from: question.quotePermissionLocation) }
    }
}
