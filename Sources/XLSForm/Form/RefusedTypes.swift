/// XLSForm types Chorus will not import, each with the reason an author is told. Nothing is
/// dropped in silence: a form that asked for a location and quietly lost the question would
/// look imported while asking something else; one that kept it would put her at risk.
enum RefusedTypes {
    /// Type (first word, lower-cased) → why it is refused and what to do instead.
    static func reason(for type: String) -> String? {
        if let reason = byType[type] { return reason }
        if metadata.contains(type) {
            return "'\(type)' is metadata that records when, on what device or by whom the form was filled in. Chorus never records it: it could tell someone who she is or that she took part. Delete this row."
        }
        return nil
    }

    static let metadata: Set<String> = [
        "start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username", "email",
        "audit", "start-geopoint", "background-geopoint", "uri:email", "uri:username", "uri:phonenumber",
        "uri:deviceid", "uri:subscriberid", "uri:simserial",
    ]

    private static let location = "would record where she is, or where she lives; Chorus never collects a location. Ask for a broad area as select_one with bands (marked identifying), or delete the row."
    private static let upload = "would take a photo, a recording or a file from her device, which can show her face, her voice, her home or the people around her; Chorus accepts no uploads. Ask in words (a text question), or delete the row."
    private static let when = "would record an exact date or time, such as a date of birth or of an incident, which can single her out; Chorus never collects one. Ask for a period as select_one with bands, or delete the row."

    private static let byType: [String: String] = [
        "geopoint": "geopoint " + location,
        "geotrace": "geotrace " + location,
        "geoshape": "geoshape " + location,
        "image": "image " + upload,
        "audio": "audio " + upload,
        "background-audio": "background-audio would record the sound around her while she answers; Chorus never records sound. Delete the row.",
        "video": "video " + upload,
        "file": "file " + upload,
        "barcode": "barcode would scan a code from something she holds, which could be traced to her; Chorus does not scan. Delete the row.",
        "date": "date " + when,
        "datetime": "datetime " + when,
        "time": "time " + when,
        "calculate": "calculate stores a value worked out from her answers beside them, which Chorus does not do: what is stored is only what she chose to answer. Delete the row; work such values out at analysis.",
        "hidden": "hidden stores a value she never sees beside her answers, which Chorus does not do: what is stored is only what she chose to answer. Delete the row.",
        "range": "range is not a Chorus type. Use select_one with the appearance 'likert' (a scale), or integer, and import again.",
        "rank": "rank is not a Chorus type. Ask select_one questions instead, or a select_multiple for 'which matter most', and import again.",
        "acknowledge": "acknowledge asks her to tick that she agrees, which Chorus does not do: taking part is already her choice, and she can skip anything. Put the text in a note, or in the 'consent' setting.",
        "trigger": "trigger asks her to tick that she agrees, which Chorus does not do: taking part is already her choice, and she can skip anything. Put the text in a note, or in the 'consent' setting.",
        "begin repeat": "a repeat asks the same questions again for each person or event she lists, which Chorus does not do: each answer is one value, so the analyst can protect small groups. Ask about the most recent one, or how many, and import again.",
        "select_one_from_file": "select_one_from_file reads its options from a separate file, which Chorus cannot import. Copy the options into the choices sheet and use select_one.",
        "select_multiple_from_file": "select_multiple_from_file reads its options from a separate file, which Chorus cannot import. Copy the options into the choices sheet and use select_multiple.",
        "select_one_external": "select_one_external reads its options from a separate file, which Chorus cannot import. Copy the options into the choices sheet and use select_one.",
        "xml-external": "xml-external reads data from a separate file, which Chorus cannot import. Delete the row.",
        "csv-external": "csv-external reads data from a separate file, which Chorus cannot import. Delete the row.",
        "osm": "osm asks her to mark a map, which would record a location; Chorus never collects one. Delete the row.",
    ]
}
