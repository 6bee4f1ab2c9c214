import Analysis
import ArgumentParser
import Foundation

/// `report --coding SHEET`: the reviewed coding sheet, the taxonomy it uses and the local places
/// to redact.
struct CodingOptions: ParsableArguments {
    @ArgumentParser.Option(help: "The coding sheet written by `code` and reviewed by you: counts its themes and takes approved quotes.")
    var coding: String?

    @ArgumentParser.Option(help: "The theme taxonomy the sheet uses (default: themes.yaml in the --surveys folder).")
    var themes: String?

    @ArgumentParser.Option(help: "Local place names to redact from quotes, one per line (use the same file as for `code`).")
    var places: String?

    /// The sheet, read and checked before the passphrase is asked for; nil without `--coding`.
    func load(k: Int, surveys: URL) throws -> Coding? {
        guard let coding else { return nil }
        return try Coding(
            sheet: URL(fileURLWithPath: coding), themes: themes.map(URL.init(fileURLWithPath:)), surveys: surveys,
            places: places.map(URL.init(fileURLWithPath:)), k: k)
    }
}
