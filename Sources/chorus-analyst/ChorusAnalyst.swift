import ArgumentParser

/// The offline analysis tool. It opens sealed responses and publishes protected findings.
/// It never opens a network socket: run it on a machine that is not online.
@main
struct ChorusAnalyst: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chorus-analyst",
        abstract: "Chorus offline analysis: keys, and findings that never single anybody out.",
        discussion: """
            Keep the secret key (analysis.key) and this tool on an offline machine. Give only \
            analysis.pub to the server. See README.md for a round from start to finish.
            """,
        subcommands: [Keygen.self, Report.self, Code.self, Microdata.self, Releases.self]
    )
}

/// A failure the analyst can act on: ArgumentParser prints it and exits non-zero.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
